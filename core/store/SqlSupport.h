// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/store/LibraryTypes.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace Credfolio::Store::Sql {

/// Dates are stored as ISO 8601 UTC text with milliseconds ("2025-01-31T12:00:00.000Z"), which sorts and
/// compares as text; an invalid date is NULL.
QVariant timeValue(const QDateTime &time);
QDateTime timeFrom(const QVariant &value);
QString nowText();

QString verdictText(Verdict verdict);
Verdict verdictFrom(const QString &text);
Verdict verdictOf(const Verify::VerificationReport &report);

/// What to bind for `value`: a null QString (a field the credential does not have) as '' — Qt binds it as
/// NULL, which the NOT NULL text columns refuse. An untyped or typed-null QVariant stays NULL.
QVariant bindable(const QVariant &value);

/// Prepares, binds in order and runs `sql` (forward-only). store.query-failed on any error.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

/// "?, ?, ?" for n values.
QString placeholders(qsizetype n);
QVariantList idValues(const QList<qint64> &ids);

/// A write transaction (BEGIN IMMEDIATE: takes the write lock at once, so two writers wait for each other
/// instead of failing on upgrade). Rolled back when destroyed without commit().
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

/// Runs `body(db)` in one write transaction on `db`: committed when it succeeds, else rolled back.
template <typename Body>
Result<void> inTransaction(const Result<QSqlDatabase> &db, Body body)
{
    if (!db) {
        return db.error();
    }
    Transaction transaction(*db);
    if (const Result<void> begun = transaction.begin(); !begun) {
        return begun;
    }
    if (const Result<void> done = body(*db); !done) {
        return done;
    }
    return transaction.commit();
}

/// The error of a failed statement, or success.
Result<void> checked(const Result<QSqlQuery> &query);

/// The first column of every row, as ids.
Result<QList<qint64>> idsOf(Result<QSqlQuery> query);

/// Rebuilds the full-text entries of the credentials matching `where` (a condition on `c`, the
/// credentials table): name, description, issuer name, achievement name, and keywords (skills,
/// alignments, field of study, learner tags).
Result<void> reindex(const QSqlDatabase &db, const QString &where, const QVariantList &binds);
Result<void> reindexIds(const QSqlDatabase &db, const QList<qint64> &ids);

} // namespace Credfolio::Store::Sql
