// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/net/RemoteDocument.h"

#include <optional>

namespace Credfolio::Net {

/// Where the Fetcher keeps the documents it fetched, with the time each was fetched, so that they can
/// answer offline ("as of <date>"). Entries are keyed by cacheKey(url). Implementations are thread-safe:
/// the Fetcher calls them from whichever worker thread is fetching.
class DocumentCache {
public:
    virtual ~DocumentCache() = default;

    /// The stored copy for url, with fromCache = true and its original fetchedAt; nullopt when there is
    /// none (or it could not be read: that is logged, not returned, since a cache miss is never fatal).
    virtual std::optional<RemoteDocument> find(const QUrl &url) const = 0;

    /// Stores document under cacheKey(document.url), replacing an older copy.
    virtual Result<void> store(const RemoteDocument &document) = 0;
};

/// The key of a URL in caches and bundles: fully encoded, without fragment, without a default port.
QString cacheKey(const QUrl &url);

} // namespace Credfolio::Net
