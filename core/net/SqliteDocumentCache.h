// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/DocumentCache.h"
#include "core/sqlite/ThreadConnections.h"

#include <QStringList>

class QSqlDatabase;

namespace Credfolio::Net {

/// A DocumentCache in an SQLite file (the library database), in the table
/// fetched_documents(url PRIMARY KEY, final_url, status, content_type, body BLOB, fetched_at), which it
/// creates when missing. fetched_at is stored as ISO 8601 UTC with milliseconds.
///
/// Threads: usable from any number of threads at once; each thread gets its own QSqlDatabase connection
/// (named after this cache and the thread), all of them closed when the cache is destroyed. Destroy it
/// only when no other thread is using it.
class SqliteDocumentCache final : public DocumentCache {
public:
    explicit SqliteDocumentCache(QString databasePath);
    ~SqliteDocumentCache() override;

    SqliteDocumentCache(const SqliteDocumentCache &) = delete;
    SqliteDocumentCache &operator=(const SqliteDocumentCache &) = delete;

    std::optional<RemoteDocument> find(const QUrl &url) const override;
    Result<void> store(const RemoteDocument &document) override;

    /// Opens (and prepares) the calling thread's connection: net.cache-unavailable when the file cannot
    /// be opened or the table cannot be created. find() and store() do this themselves.
    Result<void> open() const;

    QString databasePath() const { return m_databasePath; }

private:
    Result<QSqlDatabase> connection() const;

    QString m_databasePath;
    Sqlite::ThreadConnections m_connections;
};

} // namespace Credfolio::Net
