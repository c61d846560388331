// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonld/JsonLdError.h"

#include <QCoreApplication>

namespace Credfolio::JsonLd {

Error jsonLdError(const char *specError, const QString &what)
{
    const QString spec = QString::fromLatin1(specError);
    QString code = QStringLiteral("jsonld.") + spec;
    code.replace(QLatin1Char(' '), QLatin1Char('-'));
    code.replace(QLatin1Char('@'), QString());
    code = code.toLower();
    const QString message =
        QCoreApplication::translate("Credfolio::JsonLd", "The JSON-LD document could not be processed (%1).").arg(spec);
    return makeError(code, message, what.isEmpty() ? spec : spec + QStringLiteral(": ") + what);
}

QString specErrorOf(const Error &error)
{
    const qsizetype colon = error.detail.indexOf(QStringLiteral(": "));
    return colon < 0 ? error.detail : error.detail.left(colon);
}

} // namespace Credfolio::JsonLd
