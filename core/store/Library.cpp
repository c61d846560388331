// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Library.h"

#include "core/store/Migrations.h"
#include "core/store/SqlSupport.h"
#include "core/store/StoreErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Credfolio::Store {
namespace {

// The file is created here, owner-only, before SQLite sees it; SQLite gives its -wal and -shm files the
// database file's permissions.
Result<void> createFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return {};
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return openError(path, QStringLiteral("cannot create folder ") + info.absolutePath());
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return openError(path, file.errorString());
    }
    return {};
}

} // namespace

int BatchResult::storedCount() const
{
    return static_cast<int>(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const ImportOutcome &outcome) {
        return outcome.kind == ImportOutcome::Kind::Stored;
    }));
}

int BatchResult::duplicateCount() const
{
    return static_cast<int>(outcomes.size()) - storedCount();
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return QStringLiteral("valid");
    case Verdict::Invalid:
        return QStringLiteral("invalid");
    case Verdict::Unchecked:
        break;
    }
    return QStringLiteral("unchecked");
}

Library::Library(QString path)
    : m_path(path)
    , m_connections(std::move(path), QStringLiteral("credfolio.store.library"))
{
}

Library::~Library() = default;

QString Library::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("CREDFOLIO_LIBRARY");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

Result<std::unique_ptr<Library>> Library::open(const QString &path)
{
    if (path.isEmpty()) {
        return openError(path, QStringLiteral("empty path"));
    }
    const Result<void> created = createFile(path);
    if (!created) {
        return created.error();
    }
    std::unique_ptr<Library> library(new Library(QFileInfo(path).absoluteFilePath()));
    Result<QSqlDatabase> db = library->connection();
    if (!db) {
        return db.error();
    }
    QSqlQuery query(*db);
    // WAL: readers (the GUI) never wait for the import writer, and a commit is one append + fsync.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return openError(path, QStringLiteral("cannot switch to WAL: ") + query.lastError().text());
    }
    query.finish(); // a statement still in progress would keep the migrations from committing
    const Result<void> migrated = applyMigrations(*db, path);
    if (!migrated) {
        return migrated.error();
    }
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next() ||
        query.value(0).toInt() != applicationId) {
        return openError(path, QStringLiteral("not a Credfolio library (application_id)"));
    }
    return library;
}

Result<QSqlDatabase> Library::connection() const
{
    const Sqlite::Connection connection = m_connections.connection([](QSqlDatabase &db) {
        QSqlQuery query(db);
        // Per connection: foreign keys are off by default in SQLite; NORMAL sync is durable in WAL mode
        // except for the last commits on power loss, never corrupting.
        for (const auto *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
            if (!query.exec(QLatin1String(pragma))) {
                return query.lastError().text();
            }
        }
        return QString();
    });
    if (!connection.isOpen()) {
        return openError(m_path, connection.failure);
    }
    return connection.db;
}

int Library::schemaVersion() const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return 0;
    }
    Result<QSqlQuery> query = Sql::run(*db, QStringLiteral("PRAGMA user_version"));
    return query && query->next() ? query->value(0).toInt() : 0;
}

} // namespace Credfolio::Store
