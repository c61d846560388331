// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/Credential.h"

#include <QCoreApplication>

namespace Credfolio::Credentials {

QString formatName(Format format)
{
    switch (format) {
    case Format::Ob2Hosted:
        return QCoreApplication::translate("Credfolio::Credentials", "Open Badges 2.0 (hosted)");
    case Format::Ob2Signed:
        return QCoreApplication::translate("Credfolio::Credentials", "Open Badges 2.0 (signed)");
    case Format::VcJsonLd:
        return QCoreApplication::translate("Credfolio::Credentials", "Verifiable Credential (JSON-LD)");
    case Format::VcJwt:
        return QCoreApplication::translate("Credfolio::Credentials", "Verifiable Credential (JWT)");
    }
    return {};
}

QString formatKey(Format format)
{
    switch (format) {
    case Format::Ob2Hosted:
        return QStringLiteral("ob2-hosted");
    case Format::Ob2Signed:
        return QStringLiteral("ob2-signed");
    case Format::VcJsonLd:
        return QStringLiteral("vc-json-ld");
    case Format::VcJwt:
        return QStringLiteral("vc-jwt");
    }
    return {};
}

QString containerKey(Container container)
{
    switch (container) {
    case Container::Json:
        return QStringLiteral("json");
    case Container::Jwt:
        return QStringLiteral("jwt");
    case Container::Png:
        return QStringLiteral("png");
    case Container::Svg:
        return QStringLiteral("svg");
    case Container::Url:
        return QStringLiteral("url");
    }
    return {};
}

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Badge:
        return QStringLiteral("badge");
    case Kind::Clr:
        return QStringLiteral("clr");
    case Kind::Endorsement:
        return QStringLiteral("endorsement");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace Credfolio::Credentials
