// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/net/RemoteDocument.h"

#include <QString>
#include <QUrl>

namespace Credfolio::Net {

/// The limits every fetch obeys. A plain value; the Fetcher copies it.
struct FetcherPolicy {
    int connectTimeoutMs = 15000;      ///< per hop: until the response headers have arrived
    int totalTimeoutMs = 15000;        ///< the whole fetch, redirects included
    qint64 maxBytes = 5 * 1024 * 1024; ///< body size limit unless FetchOptions::maxBytes says otherwise
    int maxRedirects = 5;              ///< more hops than this: net.redirects
};

/// True for "localhost" and IP literals in 127.0.0.0/8 or ::1.
bool isLoopbackHost(const QString &host);

/// May a request go to this URL? https with a host, or http to a loopback host. Anything else (other
/// schemes, relative or invalid URLs, http to other hosts): net.insecure-url naming the URL.
Result<void> checkUrlAllowed(const QUrl &url);

/// The media type of a Content-Type value, without parameters, lower case ("application/json").
QString mediaType(const QString &contentTypeHeader);

/// Does a document (fetched, cached or bundled) answer a request with these options? A status other than
/// 2xx: net.http-status unless options.acceptErrorStatus; a 2xx document whose type is not among
/// options.acceptedContentTypes (when given): net.content-type; a body over maxBytes: net.too-large.
Result<void> checkDocument(const RemoteDocument &document, const FetchOptions &options, qint64 maxBytes);

} // namespace Credfolio::Net
