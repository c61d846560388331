// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/MemoryDocumentCache.h"

#include <QMutexLocker>

namespace Credfolio::Net {

std::optional<RemoteDocument> MemoryDocumentCache::find(const QUrl &url) const
{
    const QMutexLocker locker(&m_mutex);
    const auto it = m_documents.constFind(cacheKey(url));
    if (it == m_documents.constEnd()) {
        return std::nullopt;
    }
    RemoteDocument document = *it;
    document.url = url;
    document.fromCache = true;
    return document;
}

Result<void> MemoryDocumentCache::store(const RemoteDocument &document)
{
    const QMutexLocker locker(&m_mutex);
    m_documents.insert(cacheKey(document.url), document);
    return {};
}

int MemoryDocumentCache::size() const
{
    const QMutexLocker locker(&m_mutex);
    return int(m_documents.size());
}

} // namespace Credfolio::Net
