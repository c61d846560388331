// SPDX-License-Identifier: GPL-3.0-or-later
// Library: tags, collections, notes and library settings.
#include "core/store/Library.h"
#include "core/store/SqlSupport.h"
#include "core/store/StoreErrors.h"

namespace Credfolio::Store {
namespace {

using Sql::checked;
using Sql::idsOf;
using Sql::inTransaction;

Result<QList<qint64>> taggedWith(const QSqlDatabase &db, const QString &tag)
{
    return idsOf(Sql::run(db,
                          QStringLiteral("SELECT ct.credential_ref FROM credential_tags ct JOIN tags t "
                                         "ON t.id = ct.tag_ref WHERE t.name = ?"),
                          {tag}));
}

Result<void> dropUnusedTags(const QSqlDatabase &db)
{
    const Result<QSqlQuery> dropped =
        Sql::run(db, QStringLiteral("DELETE FROM tags WHERE id NOT IN (SELECT tag_ref FROM credential_tags)"));
    return dropped ? Result<void>() : Result<void>(dropped.error());
}

Result<void> requireCollection(const QSqlDatabase &db, qint64 collection)
{
    Result<QSqlQuery> found = Sql::run(db, QStringLiteral("SELECT 1 FROM collections WHERE id = ?"), {collection});
    if (!found) {
        return found.error();
    }
    if (!found->next()) {
        return notFoundError(QStringLiteral("collection %1").arg(collection));
    }
    return {};
}

} // namespace

// --- tags -----------------------------------------------------------------------------------------

Result<QList<TagCount>> Library::tags() const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Result<QSqlQuery> rows = Sql::run(*db, QStringLiteral("SELECT t.name, count(c.id) FROM tags t "
                                                          "LEFT JOIN credential_tags ct ON ct.tag_ref = t.id "
                                                          "LEFT JOIN credentials c ON c.id = ct.credential_ref "
                                                          "AND c.removed_at IS NULL "
                                                          "GROUP BY t.id ORDER BY t.name COLLATE NOCASE"));
    if (!rows) {
        return rows.error();
    }
    QList<TagCount> tags;
    while (rows->next()) {
        tags.append({rows->value(0).toString(), rows->value(1).toInt()});
    }
    return tags;
}

Result<void> Library::addTag(const QList<qint64> &ids, const QString &tag)
{
    const QString name = tag.trimmed();
    if (name.isEmpty()) {
        return badNameError();
    }
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        if (const Result<void> r =
                checked(Sql::run(db, QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"), {name}));
            !r) {
            return r;
        }
        if (const Result<void> r = checked(Sql::run(
                db,
                QStringLiteral("INSERT OR IGNORE INTO credential_tags (credential_ref, tag_ref) "
                               "SELECT c.id, (SELECT id FROM tags WHERE name = ?) FROM credentials c WHERE c.id IN (") +
                    Sql::placeholders(ids.size()) + QStringLiteral(")"),
                QVariantList{name} + Sql::idValues(ids)));
            !r) {
            return r;
        }
        return Sql::reindexIds(db, ids);
    });
}

Result<void> Library::removeTag(const QList<qint64> &ids, const QString &tag)
{
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        if (const Result<void> r = checked(Sql::run(
                db,
                QStringLiteral("DELETE FROM credential_tags WHERE tag_ref = (SELECT id FROM tags WHERE name = ?) "
                               "AND credential_ref IN (") +
                    Sql::placeholders(ids.size()) + QStringLiteral(")"),
                QVariantList{tag.trimmed()} + Sql::idValues(ids)));
            !r) {
            return r;
        }
        if (const Result<void> r = dropUnusedTags(db); !r) {
            return r;
        }
        return Sql::reindexIds(db, ids);
    });
}

Result<void> Library::renameTag(const QString &from, const QString &to)
{
    const QString name = to.trimmed();
    if (name.isEmpty()) {
        return badNameError();
    }
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        Result<QList<qint64>> fromId =
            idsOf(Sql::run(db, QStringLiteral("SELECT id FROM tags WHERE name = ?"), {from}));
        Result<QList<qint64>> toId = idsOf(Sql::run(db, QStringLiteral("SELECT id FROM tags WHERE name = ?"), {name}));
        if (!fromId || !toId) {
            return !fromId ? fromId.error() : toId.error();
        }
        if (fromId->isEmpty()) {
            return notFoundError(QStringLiteral("tag ") + from);
        }
        const Result<QList<qint64>> affected = taggedWith(db, from);
        if (!affected) {
            return affected.error();
        }
        if (toId->isEmpty() || toId->constFirst() == fromId->constFirst()) {
            if (const Result<void> r = checked(Sql::run(db, QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"),
                                                        {name, fromId->constFirst()}));
                !r) {
                return r;
            }
        } else {
            if (const Result<void> r = checked(Sql::run(db,
                                                        QStringLiteral("INSERT OR IGNORE INTO credential_tags "
                                                                       "(credential_ref, tag_ref) SELECT "
                                                                       "credential_ref, ? FROM credential_tags "
                                                                       "WHERE tag_ref = ?"),
                                                        {toId->constFirst(), fromId->constFirst()}));
                !r) {
                return r;
            }
            if (const Result<void> r =
                    checked(Sql::run(db, QStringLiteral("DELETE FROM tags WHERE id = ?"), {fromId->constFirst()}));
                !r) {
                return r;
            }
        }
        return Sql::reindexIds(db, *affected);
    });
}

Result<void> Library::deleteTag(const QString &tag)
{
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        const Result<QList<qint64>> affected = taggedWith(db, tag);
        if (!affected) {
            return affected.error();
        }
        if (const Result<void> r = checked(Sql::run(db, QStringLiteral("DELETE FROM tags WHERE name = ?"), {tag}));
            !r) {
            return r;
        }
        return Sql::reindexIds(db, *affected);
    });
}

// --- collections ----------------------------------------------------------------------------------

Result<QList<CollectionInfo>> Library::collections() const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Result<QSqlQuery> rows =
        Sql::run(*db, QStringLiteral("SELECT k.id, k.name, (SELECT count(*) FROM collection_items ci "
                                     "JOIN credentials c ON c.id = ci.credential_ref "
                                     "WHERE ci.collection_ref = k.id AND c.removed_at IS NULL) "
                                     "FROM collections k ORDER BY k.position, k.id"));
    if (!rows) {
        return rows.error();
    }
    QList<CollectionInfo> result;
    while (rows->next()) {
        result.append({rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toInt()});
    }
    return result;
}

Result<qint64> Library::createCollection(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return badNameError();
    }
    qint64 id = 0;
    const Result<void> done = inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        const Result<QSqlQuery> inserted =
            Sql::run(db,
                     QStringLiteral("INSERT INTO collections (name, position, created_at) "
                                    "VALUES (?, (SELECT coalesce(max(position) + 1, 0) FROM collections), ?)"),
                     {trimmed, Sql::nowText()});
        if (!inserted) {
            return inserted.error();
        }
        id = inserted->lastInsertId().toLongLong();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<void> Library::renameCollection(qint64 collection, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        return badNameError();
    }
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        if (const Result<void> r = requireCollection(db, collection); !r) {
            return r;
        }
        return checked(
            Sql::run(db, QStringLiteral("UPDATE collections SET name = ? WHERE id = ?"), {trimmed, collection}));
    });
}

Result<void> Library::deleteCollection(qint64 collection)
{
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        if (const Result<void> r = requireCollection(db, collection); !r) {
            return r;
        }
        return checked(Sql::run(db, QStringLiteral("DELETE FROM collections WHERE id = ?"), {collection}));
    });
}

Result<void> Library::addToCollection(qint64 collection, const QList<qint64> &ids)
{
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        if (const Result<void> r = requireCollection(db, collection); !r) {
            return r;
        }
        for (const qint64 id : ids) {
            const Result<void> r = checked(Sql::run(
                db,
                QStringLiteral("INSERT OR IGNORE INTO collection_items (collection_ref, credential_ref, position) "
                               "SELECT ?, c.id, (SELECT coalesce(max(position) + 1, 0) FROM collection_items "
                               "WHERE collection_ref = ?) FROM credentials c WHERE c.id = ?"),
                {collection, collection, id}));
            if (!r) {
                return r;
            }
        }
        return {};
    });
}

Result<void> Library::removeFromCollection(qint64 collection, const QList<qint64> &ids)
{
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        return checked(Sql::run(db,
                                QStringLiteral("DELETE FROM collection_items WHERE collection_ref = ? AND "
                                               "credential_ref IN (") +
                                    Sql::placeholders(ids.size()) + QStringLiteral(")"),
                                QVariantList{collection} + Sql::idValues(ids)));
    });
}

Result<void> Library::reorderCollection(qint64 collection, const QList<qint64> &ids)
{
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        if (const Result<void> r = requireCollection(db, collection); !r) {
            return r;
        }
        const Result<QList<qint64>> current = idsOf(Sql::run(
            db,
            QStringLiteral("SELECT credential_ref FROM collection_items WHERE collection_ref = ? ORDER BY position"),
            {collection}));
        if (!current) {
            return current.error();
        }
        QList<qint64> order;
        for (const qint64 id : ids) {
            if (current->contains(id) && !order.contains(id)) {
                order.append(id);
            }
        }
        for (const qint64 id : *current) {
            if (!order.contains(id)) {
                order.append(id);
            }
        }
        for (qsizetype i = 0; i < order.size(); ++i) {
            const Result<void> r = checked(Sql::run(
                db,
                QStringLiteral(
                    "UPDATE collection_items SET position = ? WHERE collection_ref = ? AND credential_ref = ?"),
                {i, collection, order.at(i)}));
            if (!r) {
                return r;
            }
        }
        return {};
    });
}

Result<QList<qint64>> Library::collectionItems(qint64 collection) const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    if (const Result<void> r = requireCollection(*db, collection); !r) {
        return r.error();
    }
    return idsOf(Sql::run(*db,
                          QStringLiteral("SELECT ci.credential_ref FROM collection_items ci JOIN credentials c "
                                         "ON c.id = ci.credential_ref WHERE ci.collection_ref = ? "
                                         "AND c.removed_at IS NULL ORDER BY ci.position"),
                          {collection}));
}

// --- notes ----------------------------------------------------------------------------------------

Result<void> Library::setNote(qint64 id, const QString &text)
{
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        Result<QSqlQuery> exists = Sql::run(db, QStringLiteral("SELECT 1 FROM credentials WHERE id = ?"), {id});
        if (!exists) {
            return exists.error();
        }
        if (!exists->next()) {
            return notFoundError(QStringLiteral("credential %1").arg(id));
        }
        if (text.trimmed().isEmpty()) {
            return checked(Sql::run(db, QStringLiteral("DELETE FROM notes WHERE credential_ref = ?"), {id}));
        }
        return checked(Sql::run(db,
                                QStringLiteral("INSERT INTO notes (credential_ref, text, updated_at) VALUES (?, ?, ?) "
                                               "ON CONFLICT (credential_ref) DO UPDATE SET text = excluded.text, "
                                               "updated_at = excluded.updated_at"),
                                {id, text, Sql::nowText()}));
    });
}

Result<std::optional<Note>> Library::note(qint64 id) const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Result<QSqlQuery> row =
        Sql::run(*db, QStringLiteral("SELECT text, updated_at FROM notes WHERE credential_ref = ?"), {id});
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return std::optional<Note>{};
    }
    return std::optional<Note>(Note{row->value(0).toString(), Sql::timeFrom(row->value(1))});
}

// --- settings -------------------------------------------------------------------------------------

Result<std::optional<QString>> Library::setting(const QString &key) const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Result<QSqlQuery> row = Sql::run(*db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return std::optional<QString>{};
    }
    return std::optional<QString>(row->value(0).toString());
}

Result<void> Library::setSetting(const QString &key, const QString &value)
{
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        return checked(Sql::run(db,
                                QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                {key, value.isNull() ? QStringLiteral("") : value}));
    });
}

Result<void> Library::removeSetting(const QString &key)
{
    return inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        return checked(Sql::run(db, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}));
    });
}

} // namespace Credfolio::Store
