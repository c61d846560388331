// SPDX-License-Identifier: GPL-3.0-or-later
// Library: pathways, issuers and the trash.
#include "core/store/Library.h"
#include "core/store/SqlSupport.h"
#include "core/store/StoreErrors.h"

namespace Credfolio::Store {
namespace {

using Sql::checked;
using Sql::inTransaction;

PathwayEntry pathwayFrom(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toByteArray(),
            Sql::timeFrom(query.value(3)), Sql::timeFrom(query.value(4))};
}

// "id IN (...) OR parent_id IN (...)": the credentials named and the contents of the CLRs among them.
QString withContents(qsizetype n)
{
    return QStringLiteral("(id IN (") + Sql::placeholders(n) + QStringLiteral(") OR parent_id IN (") +
           Sql::placeholders(n) + QStringLiteral("))");
}

} // namespace

// --- pathways -------------------------------------------------------------------------------------

Result<QList<PathwayEntry>> Library::pathways() const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Result<QSqlQuery> rows = Sql::run(
        *db, QStringLiteral(
                 "SELECT id, name, document, added_at, updated_at FROM pathways ORDER BY name COLLATE NOCASE, id"));
    if (!rows) {
        return rows.error();
    }
    QList<PathwayEntry> result;
    while (rows->next()) {
        result.append(pathwayFrom(*rows));
    }
    return result;
}

Result<std::optional<PathwayEntry>> Library::pathway(const QString &id) const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Result<QSqlQuery> row = Sql::run(
        *db, QStringLiteral("SELECT id, name, document, added_at, updated_at FROM pathways WHERE id = ?"), {id});
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return std::optional<PathwayEntry>{};
    }
    return std::optional<PathwayEntry>(pathwayFrom(*row));
}

Result<void> Library::savePathway(const QString &id, const QString &name, const QByteArray &document)
{
    if (id.isEmpty()) {
        return badNameError();
    }
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        const QString now = Sql::nowText();
        return checked(Sql::run(db,
                                QStringLiteral("INSERT INTO pathways (id, name, document, added_at, updated_at) "
                                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                               "name = excluded.name, document = excluded.document, "
                                               "updated_at = excluded.updated_at"),
                                {id, name, document.isNull() ? QByteArray("") : document, now, now}));
    });
}

Result<void> Library::removePathway(const QString &id)
{
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        const Result<QSqlQuery> removed = Sql::run(db, QStringLiteral("DELETE FROM pathways WHERE id = ?"), {id});
        if (!removed) {
            return removed.error();
        }
        if (removed->numRowsAffected() == 0) {
            return notFoundError(QStringLiteral("pathway ") + id);
        }
        return {};
    });
}

// --- issuers --------------------------------------------------------------------------------------

Result<QList<IssuerInfo>> Library::issuers() const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Result<QSqlQuery> rows =
        Sql::run(*db, QStringLiteral("SELECT i.issuer_id, i.name, i.url, i.image, i.image_type, "
                                     "i.trusted, (SELECT count(*) FROM credentials c WHERE "
                                     "c.issuer_ref = i.id AND c.removed_at IS NULL) "
                                     "FROM issuers i ORDER BY i.name COLLATE NOCASE, i.issuer_id"));
    if (!rows) {
        return rows.error();
    }
    QList<IssuerInfo> result;
    while (rows->next()) {
        result.append({rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                       rows->value(3).toByteArray(), rows->value(4).toString(), rows->value(5).toBool(),
                       rows->value(6).toInt()});
    }
    return result;
}

Result<void> Library::setIssuerTrusted(const QString &issuerId, bool trusted)
{
    if (issuerId.isEmpty()) {
        return badNameError();
    }
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        return checked(Sql::run(db,
                                QStringLiteral("INSERT INTO issuers (issuer_id, trusted) VALUES (?, ?) "
                                               "ON CONFLICT (issuer_id) DO UPDATE SET trusted = excluded.trusted"),
                                {issuerId, trusted ? 1 : 0}));
    });
}

// --- trash ----------------------------------------------------------------------------------------

Result<int> Library::removeCredentials(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return 0;
    }
    int moved = 0;
    const Result<void> done = inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        const Result<QSqlQuery> updated =
            Sql::run(db,
                     QStringLiteral("UPDATE credentials SET removed_at = ? WHERE removed_at IS NULL AND ") +
                         withContents(ids.size()),
                     QVariantList{Sql::nowText()} + Sql::idValues(ids) + Sql::idValues(ids));
        if (!updated) {
            return updated.error();
        }
        moved = updated->numRowsAffected();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return moved;
}

Result<int> Library::restoreCredentials(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return 0;
    }
    int restored = 0;
    const Result<void> done = inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        const Result<QSqlQuery> updated =
            Sql::run(db,
                     QStringLiteral("UPDATE credentials SET removed_at = NULL WHERE removed_at IS NOT NULL AND ") +
                         withContents(ids.size()),
                     Sql::idValues(ids) + Sql::idValues(ids));
        if (!updated) {
            return updated.error();
        }
        restored = updated->numRowsAffected();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return restored;
}

Result<int> Library::purgeRemoved()
{
    int purged = 0;
    const Result<void> done = inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        // The contents of a purged CLR go with it (ON DELETE CASCADE), trashed or not.
        const QString doomed = QStringLiteral("SELECT id FROM credentials WHERE removed_at IS NOT NULL OR parent_id IN "
                                              "(SELECT id FROM credentials WHERE removed_at IS NOT NULL)");
        Result<QSqlQuery> counted =
            Sql::run(db, QStringLiteral("SELECT count(*) FROM (") + doomed + QStringLiteral(")"));
        if (!counted) {
            return counted.error();
        }
        purged = counted->next() ? counted->value(0).toInt() : 0;
        if (const Result<void> r = checked(Sql::run(
                db, QStringLiteral("DELETE FROM credential_search WHERE rowid IN (") + doomed + QStringLiteral(")")));
            !r) {
            return r;
        }
        return checked(
            Sql::run(db, QStringLiteral("DELETE FROM credentials WHERE id IN (") + doomed + QStringLiteral(")")));
    });
    if (!done) {
        return done.error();
    }
    return purged;
}

} // namespace Credfolio::Store
