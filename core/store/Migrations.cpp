// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/Migrations.h"

#include "core/store/StoreErrors.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Credfolio::Store {
namespace {

// Version 1: credentials with their parsed fields and last report, verification history, issuers, tags,
// collections, notes, library settings and the fetched-documents cache (same table as
// Net::SqliteDocumentCache creates, so either may come first).
QStringList version1()
{
    return {
        QStringLiteral("PRAGMA application_id = 1129464902"), // 0x43524446 "CRDF"
        QStringLiteral("CREATE TABLE issuers ("
                       "id INTEGER PRIMARY KEY, issuer_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL DEFAULT '', "
                       "url TEXT NOT NULL DEFAULT '', image BLOB, image_type TEXT NOT NULL DEFAULT '', "
                       "trusted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE credentials ("
                       "id INTEGER PRIMARY KEY, "
                       "parent_id INTEGER REFERENCES credentials(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL DEFAULT 0, "
                       "credential_id TEXT NOT NULL DEFAULT '', "
                       "issuer_ref INTEGER REFERENCES issuers(id), "
                       "content_hash BLOB NOT NULL, original BLOB NOT NULL, "
                       "format TEXT NOT NULL, container TEXT NOT NULL, kind TEXT NOT NULL, "
                       "spec_version TEXT NOT NULL DEFAULT '', "
                       "name TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', "
                       "achievement_id TEXT NOT NULL DEFAULT '', achievement_name TEXT NOT NULL DEFAULT '', "
                       "achievement_type TEXT NOT NULL DEFAULT '', field_of_study TEXT NOT NULL DEFAULT '', "
                       "skills TEXT NOT NULL DEFAULT '', alignments TEXT NOT NULL DEFAULT '', "
                       "valid_from TEXT, valid_until TEXT, credits REAL, "
                       "image BLOB, image_type TEXT NOT NULL DEFAULT '', image_url TEXT NOT NULL DEFAULT '', "
                       "source TEXT NOT NULL DEFAULT '', added_at TEXT NOT NULL, "
                       "verdict TEXT NOT NULL, first_failure TEXT NOT NULL DEFAULT '', checked_at TEXT, "
                       "report TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX credentials_hash ON credentials(content_hash)"),
        QStringLiteral("CREATE INDEX credentials_identity ON credentials(credential_id, issuer_ref)"),
        QStringLiteral("CREATE INDEX credentials_parent ON credentials(parent_id)"),
        QStringLiteral("CREATE INDEX credentials_issuer ON credentials(issuer_ref)"),
        QStringLiteral("CREATE INDEX credentials_name ON credentials(name COLLATE NOCASE)"),
        QStringLiteral("CREATE TABLE verifications ("
                       "id INTEGER PRIMARY KEY, "
                       "credential_ref INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE, "
                       "checked_at TEXT, verdict TEXT NOT NULL, report TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX verifications_credential ON verifications(credential_ref)"),
        QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
        QStringLiteral("CREATE TABLE credential_tags ("
                       "credential_ref INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE, "
                       "tag_ref INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE, "
                       "PRIMARY KEY (credential_ref, tag_ref)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX credential_tags_tag ON credential_tags(tag_ref)"),
        QStringLiteral("CREATE TABLE collections ("
                       "id INTEGER PRIMARY KEY, name TEXT NOT NULL, position INTEGER NOT NULL, "
                       "created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE collection_items ("
                       "collection_ref INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE, "
                       "credential_ref INTEGER NOT NULL REFERENCES credentials(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, PRIMARY KEY (collection_ref, credential_ref)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX collection_items_credential ON collection_items(credential_ref)"),
        QStringLiteral("CREATE TABLE notes ("
                       "credential_ref INTEGER PRIMARY KEY REFERENCES credentials(id) ON DELETE CASCADE, "
                       "text TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS fetched_documents ("
                       "url TEXT PRIMARY KEY NOT NULL, final_url TEXT NOT NULL, status INTEGER NOT NULL, "
                       "content_type TEXT NOT NULL, body BLOB NOT NULL, fetched_at TEXT NOT NULL)"),
    };
}

// Version 2: the trash (removed_at), pathways and the full-text index, filled from what is stored.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE credentials ADD COLUMN removed_at TEXT"),
        QStringLiteral("CREATE INDEX credentials_removed ON credentials(removed_at)"),
        QStringLiteral("CREATE TABLE pathways ("
                       "id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, document BLOB NOT NULL, "
                       "added_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE VIRTUAL TABLE credential_search USING fts5("
                       "name, description, issuer, achievement, keywords, "
                       "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
        QStringLiteral("INSERT INTO credential_search (rowid, name, description, issuer, achievement, keywords) "
                       "SELECT c.id, c.name, c.description, coalesce(i.name, ''), c.achievement_name, "
                       "c.skills || ' ' || c.alignments || ' ' || c.field_of_study || ' ' || "
                       "coalesce((SELECT group_concat(t.name, ' ') FROM credential_tags ct "
                       "JOIN tags t ON t.id = ct.tag_ref WHERE ct.credential_ref = c.id), '') "
                       "FROM credentials c LEFT JOIN issuers i ON i.id = c.issuer_ref"),
    };
}

// Version 3: an index that answers the list's filter (trash, top level) and its default order by name without
// reading the rows, which are large (the original bytes): a broad search of 10,000 credentials then takes about
// a millisecond instead of tens.
QStringList version3()
{
    return {
        QStringLiteral("CREATE INDEX credentials_list ON credentials(removed_at, parent_id, name COLLATE NOCASE, "
                       "issuer_ref)"),
    };
}

int fileVersion(QSqlDatabase &db, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
    return *ok ? query.value(0).toInt() : 0;
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {{1, version1()}, {2, version2()}, {3, version3()}};
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

Result<void> applyMigrations(QSqlDatabase &db, const QString &path)
{
    bool ok = false;
    const int current = fileVersion(db, &ok);
    if (!ok) {
        return openError(path, db.lastError().text());
    }
    if (current > latestSchemaVersion()) {
        return schemaTooNewError(path, current, latestSchemaVersion());
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current) {
            continue;
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return migrationError(path, migration.version, query.lastError().text());
        }
        // Another process may have migrated while we waited for the lock.
        const int now = fileVersion(db, &ok);
        if (ok && now >= migration.version) {
            query.exec(QStringLiteral("COMMIT"));
            continue;
        }
        QStringList statements = migration.statements;
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                const QString detail =
                    query.lastError().text() + QStringLiteral(" [") + statement + QStringLiteral("]");
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return migrationError(path, migration.version, detail);
            }
        }
        if (!query.exec(QStringLiteral("COMMIT"))) {
            const QString detail = query.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return migrationError(path, migration.version, detail);
        }
    }
    return {};
}

} // namespace Credfolio::Store
