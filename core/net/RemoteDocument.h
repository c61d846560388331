// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Credfolio::Net {

/// A document obtained for a URL: from the network, from the cache, or from a pre-fetched bundle.
struct RemoteDocument {
    QUrl url;             ///< the URL that was asked for
    QUrl finalUrl;        ///< after redirects (equal to url when there were none)
    QByteArray body;      ///< exactly as received
    QString contentType;  ///< media type without parameters, lower case ("application/json")
    int httpStatus = 200; ///< the HTTP status of the final response (200, 404, 410, ...)
    QDateTime fetchedAt;  ///< when it was obtained from its origin (UTC): "as of" for cached copies
    bool fromCache = false;
};

/// Options for one request.
struct FetchOptions {
    QStringList acceptedContentTypes; ///< empty: any; else a response with another type is an error
    qint64 maxBytes = 0;              ///< 0: the fetcher's default limit
    bool acceptErrorStatus = false;   ///< true: 4xx/5xx responses are returned (e.g. OB 2.0 hosted 410 Gone)
};

} // namespace Credfolio::Net
