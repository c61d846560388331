// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/did/DidSyntax.h"

#include "core/did/DidErrors.h"
#include "core/did/Limits.h"

namespace Credfolio::Did {
namespace {

bool isAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

} // namespace

Result<ParsedDid> parseDid(const QString &did)
{
    if (did.size() > Limits::kMaxDidLength) {
        return Errors::badDid(did, QStringLiteral("longer than %1 characters").arg(Limits::kMaxDidLength));
    }
    if (!did.startsWith(QLatin1String("did:"))) {
        return Errors::badDid(did, QStringLiteral("does not start with \"did:\""));
    }
    const qsizetype methodEnd = did.indexOf(QLatin1Char(':'), 4);
    if (methodEnd <= 4) {
        return Errors::badDid(did, QStringLiteral("no method name"));
    }
    ParsedDid parsed;
    parsed.method = did.mid(4, methodEnd - 4);
    for (const QChar c : std::as_const(parsed.method)) {
        if (!isAlnum(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))) {
            return Errors::badDid(did, QStringLiteral("method names are lower-case letters and digits"));
        }
    }
    parsed.specificId = did.mid(methodEnd + 1);
    if (parsed.specificId.isEmpty() || parsed.specificId.endsWith(QLatin1Char(':'))) {
        return Errors::badDid(did, QStringLiteral("empty method-specific id"));
    }
    const QString &id = parsed.specificId;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (isAlnum(c) || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_') ||
            c == QLatin1Char(':')) {
            continue;
        }
        if (c == QLatin1Char('%') && i + 2 < id.size() && isHex(id.at(i + 1)) && isHex(id.at(i + 2))) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('%')) {
            return Errors::badDid(did, QStringLiteral("bad percent-encoding at offset %1").arg(methodEnd + 1 + i));
        }
        return Errors::badDid(did, QStringLiteral("character U+%1 at offset %2 is not allowed in a DID")
                                       .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                       .arg(methodEnd + 1 + i));
    }
    return parsed;
}

bool isAbsoluteUrl(const QString &url)
{
    const qsizetype colon = url.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return false;
    }
    const QChar first = url.at(0);
    if (!isAlnum(first) || first.isDigit()) {
        return false;
    }
    for (qsizetype i = 1; i < colon; ++i) {
        const QChar c = url.at(i);
        if (!isAlnum(c) && c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char('.')) {
            return false;
        }
    }
    return true;
}

} // namespace Credfolio::Did
