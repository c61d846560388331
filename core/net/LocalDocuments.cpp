// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/LocalDocuments.h"

#include "core/net/Fetcher.h"

namespace Credfolio::Net {

LocalDocuments::LocalDocuments(const Fetcher &fetcher)
    : m_fetcher(fetcher)
{
}

Result<RemoteDocument> LocalDocuments::fetch(const QUrl &url, const FetchOptions &options) const
{
    return m_fetcher.fetchWithoutNetwork(url, options);
}

} // namespace Credfolio::Net
