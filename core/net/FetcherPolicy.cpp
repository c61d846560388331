// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/FetcherPolicy.h"

#include "core/net/NetErrors.h"

#include <QHostAddress>

namespace Credfolio::Net {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    QString literal = host;
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']'))) {
        literal = literal.mid(1, literal.size() - 2);
    }
    const QHostAddress address(literal);
    return !address.isNull() && address.isLoopback();
}

Result<void> checkUrlAllowed(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
        return Errors::insecureUrl(url);
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return {};
    }
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host())) {
        return {};
    }
    return Errors::insecureUrl(url);
}

QString mediaType(const QString &contentTypeHeader)
{
    const qsizetype semicolon = contentTypeHeader.indexOf(QLatin1Char(';'));
    const QString type = semicolon < 0 ? contentTypeHeader : contentTypeHeader.left(semicolon);
    return type.trimmed().toLower();
}

Result<void> checkDocument(const RemoteDocument &document, const FetchOptions &options, qint64 maxBytes)
{
    if (maxBytes > 0 && document.body.size() > maxBytes) {
        return Errors::tooLarge(document.url, maxBytes);
    }
    const bool success = document.httpStatus >= 200 && document.httpStatus < 300;
    if (!success) {
        if (options.acceptErrorStatus) {
            return {};
        }
        return Errors::httpStatus(document.url, document.httpStatus, {});
    }
    if (!options.acceptedContentTypes.isEmpty() &&
        !options.acceptedContentTypes.contains(document.contentType, Qt::CaseInsensitive)) {
        return Errors::contentType(document.url, document.contentType, options.acceptedContentTypes);
    }
    return {};
}

} // namespace Credfolio::Net
