// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SqlSupport.h"

#include "core/store/StoreErrors.h"

#include <QSqlError>

namespace Credfolio::Store::Sql {

QVariant timeValue(const QDateTime &time)
{
    if (!time.isValid()) {
        return QVariant(QMetaType::fromType<QString>());
    }
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString verdictText(Verdict verdict)
{
    return verdictKey(verdict);
}

Verdict verdictFrom(const QString &text)
{
    if (text == QLatin1String("valid")) {
        return Verdict::Valid;
    }
    if (text == QLatin1String("invalid")) {
        return Verdict::Invalid;
    }
    return Verdict::Unchecked;
}

Verdict verdictOf(const Verify::VerificationReport &report)
{
    if (report.checks.isEmpty() && report.embedded.isEmpty()) {
        return Verdict::Unchecked;
    }
    if (report.couldNotBeChecked()) {
        return Verdict::Unchecked;
    }
    return report.isValid() ? Verdict::Valid : Verdict::Invalid;
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull()) {
        return QStringLiteral("");
    }
    return value;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return queryError(query);
    }
    for (const QVariant &value : binds) {
        query.addBindValue(bindable(value));
    }
    if (!query.exec()) {
        return queryError(query);
    }
    return query;
}

QString placeholders(qsizetype n)
{
    QString text;
    for (qsizetype i = 0; i < n; ++i) {
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    }
    return text;
}

QVariantList idValues(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (const qint64 id : ids) {
        values.append(id);
    }
    return values;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return queryError(query);
    }
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return queryError(query);
    }
    m_active = false;
    return {};
}

Result<void> checked(const Result<QSqlQuery> &query)
{
    return query ? Result<void>() : Result<void>(query.error());
}

Result<QList<qint64>> idsOf(Result<QSqlQuery> query)
{
    if (!query) {
        return query.error();
    }
    QList<qint64> ids;
    while (query->next()) {
        ids.append(query->value(0).toLongLong());
    }
    return ids;
}

Result<void> reindex(const QSqlDatabase &db, const QString &where, const QVariantList &binds)
{
    const Result<QSqlQuery> removed =
        run(db,
            QStringLiteral("DELETE FROM credential_search WHERE rowid IN (SELECT c.id FROM credentials c WHERE ") +
                where + QStringLiteral(")"),
            binds);
    if (!removed) {
        return removed.error();
    }
    const Result<QSqlQuery> inserted =
        run(db,
            QStringLiteral("INSERT INTO credential_search (rowid, name, description, issuer, achievement, keywords) "
                           "SELECT c.id, c.name, c.description, coalesce(i.name, ''), c.achievement_name, "
                           "c.skills || ' ' || c.alignments || ' ' || c.field_of_study || ' ' || "
                           "coalesce((SELECT group_concat(t.name, ' ') FROM credential_tags ct "
                           "JOIN tags t ON t.id = ct.tag_ref WHERE ct.credential_ref = c.id), '') "
                           "FROM credentials c LEFT JOIN issuers i ON i.id = c.issuer_ref WHERE ") +
                where,
            binds);
    if (!inserted) {
        return inserted.error();
    }
    return {};
}

Result<void> reindexIds(const QSqlDatabase &db, const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return {};
    }
    return reindex(db, QStringLiteral("c.id IN (") + placeholders(ids.size()) + QStringLiteral(")"), idValues(ids));
}

} // namespace Credfolio::Store::Sql
