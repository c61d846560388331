// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/SqliteDocumentCache.h"

#include "core/net/NetLogging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Credfolio::Net {
namespace {

Error cacheError(const QString &path, const QString &detail)
{
    return makeError(QStringLiteral("net.cache-unavailable"),
                     QCoreApplication::translate("Credfolio::Net", "The document cache %1 cannot be used").arg(path),
                     detail);
}

const char *const createTable = "CREATE TABLE IF NOT EXISTS fetched_documents ("
                                "url TEXT PRIMARY KEY NOT NULL, final_url TEXT NOT NULL, status INTEGER NOT NULL, "
                                "content_type TEXT NOT NULL, body BLOB NOT NULL, fetched_at TEXT NOT NULL)";

} // namespace

SqliteDocumentCache::SqliteDocumentCache(QString databasePath)
    : m_databasePath(databasePath)
    , m_connections(std::move(databasePath), QStringLiteral("credfolio.net.cache"))
{
}

SqliteDocumentCache::~SqliteDocumentCache() = default;

Result<QSqlDatabase> SqliteDocumentCache::connection() const
{
    const Sqlite::Connection connection = m_connections.connection([](QSqlDatabase &db) {
        QSqlQuery query(db);
        return query.exec(QLatin1String(createTable)) ? QString() : query.lastError().text();
    });
    if (!connection.isOpen()) {
        return cacheError(m_databasePath, connection.failure);
    }
    return connection.db;
}

Result<void> SqliteDocumentCache::open() const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    return {};
}

std::optional<RemoteDocument> SqliteDocumentCache::find(const QUrl &url) const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        qCWarning(lcNet) << db.error().toString();
        return std::nullopt;
    }
    QSqlQuery query(*db);
    query.prepare(QStringLiteral(
        "SELECT final_url, status, content_type, body, fetched_at FROM fetched_documents WHERE url = ?"));
    query.addBindValue(cacheKey(url));
    if (!query.exec()) {
        qCWarning(lcNet) << "document cache lookup failed:" << query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        return std::nullopt;
    }
    RemoteDocument document;
    document.url = url;
    document.finalUrl = QUrl(query.value(0).toString(), QUrl::StrictMode);
    document.httpStatus = query.value(1).toInt();
    document.contentType = query.value(2).toString();
    document.body = query.value(3).toByteArray();
    document.fetchedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toUTC();
    document.fromCache = true;
    return document;
}

Result<void> SqliteDocumentCache::store(const RemoteDocument &document)
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO fetched_documents "
                                 "(url, final_url, status, content_type, body, fetched_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(cacheKey(document.url));
    const QUrl finalUrl = document.finalUrl.isEmpty() ? document.url : document.finalUrl;
    query.addBindValue(finalUrl.toString(QUrl::FullyEncoded));
    query.addBindValue(document.httpStatus);
    query.addBindValue(document.contentType);
    // An empty QByteArray binds as NULL; the column is NOT NULL.
    query.addBindValue(document.body.isNull() ? QByteArray("") : document.body);
    query.addBindValue(document.fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        return cacheError(m_databasePath, query.lastError().text());
    }
    return {};
}

} // namespace Credfolio::Net
