// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/DocumentCache.h"

#include <QHash>
#include <QMutex>

namespace Credfolio::Net {

/// A DocumentCache in memory, for tests and for runs without a library. Thread-safe.
class MemoryDocumentCache final : public DocumentCache {
public:
    std::optional<RemoteDocument> find(const QUrl &url) const override;
    Result<void> store(const RemoteDocument &document) override;

    /// How many documents it holds.
    int size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, RemoteDocument> m_documents;
};

} // namespace Credfolio::Net
