// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Credfolio::Test {

/// The entries of tests/data/corpus/manifest.json.
inline QJsonArray corpusEntries()
{
    return QJsonDocument::fromJson(readData(QStringLiteral("corpus/manifest.json")))
        .object()
        .value(QLatin1StringView("entries"))
        .toArray();
}

/// The corpus manifest's format name (vc-json-ld, vc-jwt, ob2-signed-jws, ob2-hosted-json) as a Format.
inline std::optional<Credentials::Format> manifestFormat(const QString &name)
{
    if (name == QLatin1StringView("vc-json-ld")) {
        return Credentials::Format::VcJsonLd;
    }
    if (name == QLatin1StringView("vc-jwt")) {
        return Credentials::Format::VcJwt;
    }
    if (name == QLatin1StringView("ob2-signed-jws")) {
        return Credentials::Format::Ob2Signed;
    }
    if (name == QLatin1StringView("ob2-hosted-json")) {
        return Credentials::Format::Ob2Hosted;
    }
    return std::nullopt;
}

/// The corpus manifest's container name (json, jwt, jws, png, svg) as a Container.
inline std::optional<Credentials::Container> manifestContainer(const QString &name)
{
    if (name == QLatin1StringView("json")) {
        return Credentials::Container::Json;
    }
    if (name == QLatin1StringView("jwt") || name == QLatin1StringView("jws")) {
        return Credentials::Container::Jwt;
    }
    if (name == QLatin1StringView("png")) {
        return Credentials::Container::Png;
    }
    if (name == QLatin1StringView("svg")) {
        return Credentials::Container::Svg;
    }
    return std::nullopt;
}

/// The error code a broken corpus file must give, by its manifest reason; empty for readable files.
inline QString expectedErrorCode(const QString &reason)
{
    if (reason == QLatin1StringView("malformed-json")) {
        return QStringLiteral("json.syntax");
    }
    if (reason == QLatin1StringView("malformed-jws")) {
        return QStringLiteral("credentials.malformed-jws");
    }
    if (reason == QLatin1StringView("truncated-image")) {
        return QStringLiteral("codec.png-truncated");
    }
    if (reason == QLatin1StringView("corrupt-image")) {
        return QStringLiteral("codec.png-bad-crc");
    }
    return {};
}

} // namespace Credfolio::Test
