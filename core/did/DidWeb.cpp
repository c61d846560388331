// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/did/DidWeb.h"

#include "core/did/DidErrors.h"
#include "core/did/DidSyntax.h"

#include <QHostAddress>
#include <QStringList>

namespace Credfolio::Did {
namespace {

// A DNS name of LDH labels (RFC 1123), at most 253 characters; internationalized names arrive as "xn--" labels.
bool isDnsName(const QString &host)
{
    if (host.isEmpty() || host.size() > 253) {
        return false;
    }
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-'))) {
            return false;
        }
        for (const QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                            (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
            if (!ok) {
                return false;
            }
        }
    }
    // The last label of a DNS name is never all digits: "192.168.0.1" and "1234" are addresses.
    bool numeric = true;
    for (const QChar c : labels.last()) {
        numeric = numeric && c.isDigit();
    }
    return !numeric && QHostAddress(host).isNull();
}

} // namespace

Result<QUrl> didWebUrl(const QString &did)
{
    Result<ParsedDid> parsed = parseDid(did);
    if (!parsed) {
        return parsed.error();
    }
    if (parsed->method != QLatin1String("web")) {
        return Errors::badDid(did, QStringLiteral("not a did:web DID"));
    }
    const QStringList parts = parsed->specificId.split(QLatin1Char(':'));
    for (const QString &part : parts) {
        if (part.isEmpty()) {
            return Errors::badDid(did, QStringLiteral("empty segment"));
        }
    }

    QString host = parts.first();
    int port = -1;
    const qsizetype portAt = host.indexOf(QLatin1String("%3A"), 0, Qt::CaseInsensitive);
    if (portAt >= 0) {
        const QString portText = host.mid(portAt + 3);
        bool ok = false;
        port = portText.toInt(&ok);
        bool digitsOnly = !portText.isEmpty() && portText.size() <= 5;
        for (const QChar c : portText) {
            digitsOnly = digitsOnly && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }
        if (!ok || !digitsOnly || port < 1 || port > 65535) {
            return Errors::badDid(did, QStringLiteral("bad port \"%1\"").arg(portText));
        }
        host.truncate(portAt);
    }
    if (!isDnsName(host)) {
        return Errors::badDid(
            did, QStringLiteral("\"%1\" is not a DNS host name (IP addresses are not allowed)").arg(parts.first()));
    }

    QString path;
    if (parts.size() == 1) {
        path = QStringLiteral("/.well-known/did.json");
    } else {
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString segment = QUrl::fromPercentEncoding(parts.at(i).toLatin1());
            if (segment.contains(QChar::ReplacementCharacter) || segment.contains(QLatin1Char('/')) ||
                segment == QLatin1String(".") || segment == QLatin1String("..") || segment.contains(QLatin1Char('?')) ||
                segment.contains(QLatin1Char('#'))) {
                return Errors::badDid(did, QStringLiteral("path segment \"%1\" is not allowed").arg(parts.at(i)));
            }
            for (const QChar c : segment) {
                if (c.category() == QChar::Other_Control) {
                    return Errors::badDid(did, QStringLiteral("control character in path segment"));
                }
            }
            path += QLatin1Char('/') + segment;
        }
        path += QLatin1String("/did.json");
    }

    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host.toLower());
    if (port > 0) {
        url.setPort(port);
    }
    url.setPath(path, QUrl::DecodedMode);
    if (!url.isValid()) {
        return Errors::badDid(did, url.errorString());
    }
    return url;
}

} // namespace Credfolio::Did
