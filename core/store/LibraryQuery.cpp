// SPDX-License-Identifier: GPL-3.0-or-later
// Library reads: list(), count(), credential(), verificationHistory().
#include "core/credentials/CredentialReader.h"
#include "core/json/JsonReader.h"
#include "core/store/Library.h"
#include "core/store/SearchText.h"
#include "core/store/SqlSupport.h"
#include "core/store/StoreErrors.h"

namespace Credfolio::Store {
namespace {

const QChar tagSeparator(0x1f);

// The list row's columns, in the order rowFrom() reads them.
const char *const rowColumns =
    "c.id, c.parent_id, c.credential_id, c.name, c.description, i.issuer_id, i.name, c.achievement_name, "
    "c.achievement_type, c.kind, c.format, c.verdict, c.first_failure, c.valid_from, c.valid_until, c.checked_at, "
    "c.added_at, c.credits, (SELECT group_concat(t.name, char(31)) FROM credential_tags ct JOIN tags t "
    "ON t.id = ct.tag_ref WHERE ct.credential_ref = c.id), c.image IS NOT NULL";
constexpr int rowColumnCount = 20;

CredentialRow rowFrom(const QSqlQuery &query)
{
    CredentialRow row;
    row.id = query.value(0).toLongLong();
    if (!query.value(1).isNull()) {
        row.parentId = query.value(1).toLongLong();
    }
    row.credentialId = query.value(2).toString();
    row.name = query.value(3).toString();
    row.description = query.value(4).toString();
    row.issuerId = query.value(5).toString();
    row.issuerName = query.value(6).toString();
    row.achievementName = query.value(7).toString();
    row.achievementType = query.value(8).toString();
    row.kind = query.value(9).toString();
    row.format = query.value(10).toString();
    row.verdict = Sql::verdictFrom(query.value(11).toString());
    row.firstFailure = query.value(12).toString();
    row.validFrom = Sql::timeFrom(query.value(13));
    row.validUntil = Sql::timeFrom(query.value(14));
    row.checkedAt = Sql::timeFrom(query.value(15));
    row.addedAt = Sql::timeFrom(query.value(16));
    if (!query.value(17).isNull()) {
        row.credits = query.value(17).toDouble();
    }
    const QString tags = query.value(18).toString();
    if (!tags.isEmpty()) {
        row.tags = tags.split(tagSeparator);
        row.tags.sort(Qt::CaseInsensitive);
    }
    row.hasImage = query.value(19).toBool();
    return row;
}

struct Filter {
    QString where;
    QVariantList binds;
};

Filter filterFor(const Query &query)
{
    QStringList conditions;
    Filter filter;
    conditions.append(query.trash ? QStringLiteral("c.removed_at IS NOT NULL")
                                  : QStringLiteral("c.removed_at IS NULL"));
    if (!query.includeChildren) {
        conditions.append(query.trash ? QStringLiteral("(c.parent_id IS NULL OR c.parent_id IN "
                                                       "(SELECT id FROM credentials WHERE removed_at IS NULL))")
                                      : QStringLiteral("c.parent_id IS NULL"));
    }
    // Text without any word (only punctuation) filters nothing, like an empty search box.
    if (const QString match = ftsQuery(query.text); !match.isEmpty()) {
        conditions.append(
            QStringLiteral("c.id IN (SELECT rowid FROM credential_search WHERE credential_search MATCH ?)"));
        filter.binds.append(match);
    }
    if (!query.issuerId.isEmpty()) {
        conditions.append(QStringLiteral("i.issuer_id = ?"));
        filter.binds.append(query.issuerId);
    }
    if (query.verdict) {
        conditions.append(QStringLiteral("c.verdict = ?"));
        filter.binds.append(Sql::verdictText(*query.verdict));
    }
    if (query.issuedFrom.isValid()) {
        conditions.append(QStringLiteral("c.valid_from >= ?"));
        filter.binds.append(Sql::timeValue(query.issuedFrom));
    }
    if (query.issuedBefore.isValid()) {
        conditions.append(QStringLiteral("c.valid_from < ?"));
        filter.binds.append(Sql::timeValue(query.issuedBefore));
    }
    if (!query.tag.isEmpty()) {
        conditions.append(QStringLiteral("EXISTS (SELECT 1 FROM credential_tags ct JOIN tags t ON t.id = ct.tag_ref "
                                         "WHERE ct.credential_ref = c.id AND t.name = ?)"));
        filter.binds.append(query.tag);
    }
    if (query.collection) {
        conditions.append(
            QStringLiteral("c.id IN (SELECT credential_ref FROM collection_items WHERE collection_ref = ?)"));
        filter.binds.append(*query.collection);
    }
    if (query.expiringWithinDays) {
        const QDateTime now = query.now.isValid() ? query.now.toUTC() : QDateTime::currentDateTimeUtc();
        conditions.append(QStringLiteral("c.valid_until >= ? AND c.valid_until <= ?"));
        filter.binds << Sql::timeValue(now) << Sql::timeValue(now.addDays(*query.expiringWithinDays));
    }
    filter.where = conditions.join(QStringLiteral(" AND "));
    return filter;
}

QString orderFor(const Query &query, QVariantList *binds)
{
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    const QString name = QStringLiteral("c.name COLLATE NOCASE") + direction;
    switch (query.sort) {
    case SortKey::Name:
        return name;
    case SortKey::Issuer:
        return QStringLiteral("coalesce(i.name, '') COLLATE NOCASE") + direction + QStringLiteral(", ") + name;
    case SortKey::DateIssued:
        return QStringLiteral("c.valid_from IS NULL, c.valid_from") + direction;
    case SortKey::DateAdded:
        return QStringLiteral("c.added_at") + direction;
    case SortKey::Expiry:
        return QStringLiteral("c.valid_until IS NULL, c.valid_until") + direction;
    case SortKey::Position:
        if (!query.collection) {
            return name;
        }
        binds->append(*query.collection);
        return QStringLiteral("(SELECT position FROM collection_items WHERE collection_ref = ? AND "
                              "credential_ref = c.id)") +
               direction;
    }
    return name;
}

Result<Verify::VerificationReport> reportFrom(const QByteArray &text)
{
    const Result<QJsonObject> json = Json::parseObject(text);
    if (!json) {
        return queryError(QStringLiteral("stored report: ") + json.error().toString());
    }
    if (json->isEmpty()) {
        return Verify::VerificationReport{};
    }
    return Verify::VerificationReport::fromJson(*json);
}

} // namespace

Result<QList<CredentialRow>> Library::list(const Query &query) const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    // The page's ids are chosen and sorted first; only its rows then get their tags and other columns (SQLite
    // would otherwise compute the per-row tag sub-query for every match before sorting).
    Filter filter = filterFor(query);
    const QString order = orderFor(query, &filter.binds) + QStringLiteral(", c.id");
    filter.binds << query.limit << qMax(0, query.offset);
    QVariantList outerBinds;
    const QString outerOrder = orderFor(query, &outerBinds) + QStringLiteral(", c.id");
    filter.binds.append(outerBinds);
    Result<QSqlQuery> rows = Sql::run(
        *db,
        QStringLiteral("SELECT ") + QLatin1String(rowColumns) +
            QStringLiteral(" FROM (SELECT c.id FROM credentials c LEFT JOIN issuers i ON i.id = c.issuer_ref WHERE ") +
            filter.where + QStringLiteral(" ORDER BY ") + order +
            QStringLiteral(" LIMIT ? OFFSET ?) page JOIN credentials c ON c.id = page.id "
                           "LEFT JOIN issuers i ON i.id = c.issuer_ref ORDER BY ") +
            outerOrder,
        filter.binds);
    if (!rows) {
        return rows.error();
    }
    QList<CredentialRow> result;
    while (rows->next()) {
        result.append(rowFrom(*rows));
    }
    return result;
}

Result<int> Library::count(const Query &query) const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    const Filter filter = filterFor(query);
    Result<QSqlQuery> rows = Sql::run(
        *db,
        QStringLiteral("SELECT count(*) FROM credentials c LEFT JOIN issuers i ON i.id = c.issuer_ref WHERE ") +
            filter.where,
        filter.binds);
    if (!rows) {
        return rows.error();
    }
    return rows->next() ? rows->value(0).toInt() : 0;
}

Result<StoredCredential> Library::credential(qint64 id) const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Result<QSqlQuery> rows = Sql::run(
        *db,
        QStringLiteral("SELECT ") + QLatin1String(rowColumns) +
            QStringLiteral(", c.original, c.source, c.report, c.image, c.image_type, c.image_url, "
                           "c.removed_at IS NOT NULL FROM credentials c LEFT JOIN issuers i ON i.id = c.issuer_ref "
                           "WHERE c.id = ?"),
        {id});
    if (!rows) {
        return rows.error();
    }
    if (!rows->next()) {
        return notFoundError(QStringLiteral("credential %1").arg(id));
    }
    StoredCredential stored;
    stored.row = rowFrom(*rows);
    int column = rowColumnCount;
    stored.original = rows->value(column++).toByteArray();
    stored.source = rows->value(column++).toString();
    const QByteArray reportJson = rows->value(column++).toByteArray();
    stored.image = rows->value(column++).toByteArray();
    stored.imageType = rows->value(column++).toString();
    stored.imageUrl = rows->value(column++).toString();
    stored.inTrash = rows->value(column++).toBool();

    Result<Verify::VerificationReport> report = reportFrom(reportJson);
    if (!report) {
        return report.error();
    }
    stored.report = *report;
    Result<Credentials::Credential> credential = Credentials::readCredential(stored.original);
    if (credential) {
        stored.credential = *credential;
    } else {
        // Kept anyway (the bytes are the learner's); say why it could not be read again.
        stored.credential.original = stored.original;
        stored.credential.name = stored.row.name;
        stored.credential.warnings.append({credential.error().code, credential.error().message});
    }

    const Result<std::optional<Note>> note = this->note(id);
    if (!note) {
        return note.error();
    }
    stored.note = *note;
    Result<QSqlQuery> collections =
        Sql::run(*db,
                 QStringLiteral("SELECT k.id, k.name, (SELECT count(*) FROM collection_items x JOIN credentials y "
                                "ON y.id = x.credential_ref WHERE x.collection_ref = k.id AND y.removed_at IS NULL) "
                                "FROM collections k JOIN collection_items ci ON ci.collection_ref = k.id "
                                "WHERE ci.credential_ref = ? ORDER BY k.position, k.id"),
                 {id});
    if (!collections) {
        return collections.error();
    }
    while (collections->next()) {
        stored.collections.append(
            {collections->value(0).toLongLong(), collections->value(1).toString(), collections->value(2).toInt()});
    }
    Result<QSqlQuery> children =
        Sql::run(*db, QStringLiteral("SELECT id FROM credentials WHERE parent_id = ? ORDER BY position, id"), {id});
    if (!children) {
        return children.error();
    }
    while (children->next()) {
        stored.children.append(children->value(0).toLongLong());
    }
    return stored;
}

Result<QList<VerificationRecord>> Library::verificationHistory(qint64 id) const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    Result<QSqlQuery> rows = Sql::run(
        *db,
        QStringLiteral("SELECT checked_at, verdict, report FROM verifications WHERE credential_ref = ? ORDER BY id"),
        {id});
    if (!rows) {
        return rows.error();
    }
    QList<VerificationRecord> history;
    while (rows->next()) {
        VerificationRecord record;
        record.checkedAt = Sql::timeFrom(rows->value(0));
        record.verdict = Sql::verdictFrom(rows->value(1).toString());
        Result<Verify::VerificationReport> report = reportFrom(rows->value(2).toByteArray());
        if (!report) {
            return report.error();
        }
        record.report = *report;
        history.append(record);
    }
    return history;
}

} // namespace Credfolio::Store
