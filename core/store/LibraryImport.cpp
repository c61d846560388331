// SPDX-License-Identifier: GPL-3.0-or-later
// Library::addBatch and Library::setReport: everything that writes credentials and verdicts.
#include "core/store/Library.h"
#include "core/store/SqlSupport.h"
#include "core/store/StoreErrors.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>

namespace Credfolio::Store {
namespace {

using Credentials::Credential;
using Verify::VerificationReport;

// A credential not verified yet keeps "{}" (its verdict is unchecked).
QByteArray reportText(const VerificationReport &report)
{
    if (report.checks.isEmpty() && report.embedded.isEmpty()) {
        return QByteArrayLiteral("{}");
    }
    return QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
}

QString joinLines(const QStringList &values)
{
    QStringList kept;
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty()) {
            kept.append(value.trimmed());
        }
    }
    return kept.join(QLatin1Char('\n'));
}

QString alignmentText(const Credential &credential)
{
    QStringList values;
    for (const Credentials::Alignment &alignment : credential.achievement.alignments) {
        values << alignment.targetName << alignment.targetCode;
    }
    return joinLines(values);
}

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

// Writes one batch inside the caller's transaction, with its statements prepared once.
class BatchWriter {
public:
    explicit BatchWriter(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    Result<ImportOutcome> add(const NewCredential &item)
    {
        const QByteArray original = originalOf(item.credential);
        const QByteArray hash = QCryptographicHash::hash(original, QCryptographicHash::Sha256);
        const Result<std::optional<ImportOutcome>> duplicate =
            findDuplicate(item.credential, item.report.isValid(), hash);
        if (!duplicate) {
            return duplicate.error();
        }
        if (*duplicate) {
            return **duplicate;
        }
        const Result<qint64> id = insert(item.credential, original, hash, item.report, item.source, {}, 0);
        if (!id) {
            return id.error();
        }
        ImportOutcome outcome;
        outcome.id = *id;
        for (qsizetype i = 0; i < item.credential.embedded.size(); ++i) {
            const Credential &child = item.credential.embedded.at(i);
            const VerificationReport childReport =
                i < item.report.embedded.size() ? item.report.embedded.at(i) : VerificationReport{};
            const QByteArray childOriginal = originalOf(child);
            const Result<qint64> childId =
                insert(child, childOriginal, QCryptographicHash::hash(childOriginal, QCryptographicHash::Sha256),
                       childReport, item.source, *id, static_cast<int>(i));
            if (!childId) {
                return childId.error();
            }
            outcome.children.append(*childId);
        }
        return outcome;
    }

private:
    static QByteArray originalOf(const Credential &credential)
    {
        return credential.original.isEmpty() ? credential.payload : credential.original;
    }

    // Same bytes: always the same credential. Same id and issuer: the same credential in another form (a JSON
    // file and the badge image it was baked into) — unless this copy verifies and the stored one does not: a
    // forged or damaged copy that came first must not keep the genuine one out.
    Result<std::optional<ImportOutcome>> findDuplicate(const Credential &credential, bool verifies,
                                                       const QByteArray &hash)
    {
        Result<QSqlQuery> query = Sql::run(m_db,
                                           QStringLiteral("SELECT id, removed_at IS NOT NULL FROM credentials "
                                                          "WHERE content_hash = ? AND parent_id IS NULL LIMIT 1"),
                                           {hash});
        if (!query) {
            return query.error();
        }
        if (!query->next() && !credential.id.isEmpty() && !credential.issuer.id.isEmpty()) {
            query = Sql::run(m_db,
                             QStringLiteral("SELECT c.id, c.removed_at IS NOT NULL FROM credentials c "
                                            "JOIN issuers i ON i.id = c.issuer_ref WHERE c.credential_id = ? "
                                            "AND i.issuer_id = ? AND c.parent_id IS NULL "
                                            "AND (c.verdict = 'valid' OR ?) LIMIT 1"),
                             {credential.id, credential.issuer.id, !verifies});
            if (!query) {
                return query.error();
            }
            if (!query->next()) {
                return std::optional<ImportOutcome>{};
            }
        } else if (!query->isValid()) {
            return std::optional<ImportOutcome>{};
        }
        ImportOutcome outcome;
        outcome.kind = ImportOutcome::Kind::Duplicate;
        outcome.id = query->value(0).toLongLong();
        outcome.inTrash = query->value(1).toBool();
        return std::optional<ImportOutcome>(outcome);
    }

    // The issuer's row, created or completed with what this credential says about it.
    Result<QVariant> issuerRef(const Credentials::Profile &issuer)
    {
        if (issuer.id.isEmpty()) {
            return QVariant(QMetaType::fromType<qint64>());
        }
        const auto cached = m_issuers.constFind(issuer.id);
        if (cached != m_issuers.cend()) {
            return QVariant(*cached);
        }
        Result<QSqlQuery> found =
            Sql::run(m_db, QStringLiteral("SELECT id, name FROM issuers WHERE issuer_id = ?"), {issuer.id});
        if (!found) {
            return found.error();
        }
        if (!found->next()) {
            const Result<QSqlQuery> inserted =
                Sql::run(m_db,
                         QStringLiteral("INSERT INTO issuers (issuer_id, name, url, image, image_type) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                         {issuer.id, issuer.name, issuer.url, issuer.image.data, issuer.image.mimeType});
            if (!inserted) {
                return inserted.error();
            }
            const qint64 id = inserted->lastInsertId().toLongLong();
            m_issuers.insert(issuer.id, id);
            return QVariant(id);
        }
        const qint64 id = found->value(0).toLongLong();
        const QString oldName = found->value(1).toString();
        const Result<QSqlQuery> updated =
            Sql::run(m_db,
                     QStringLiteral("UPDATE issuers SET "
                                    "name = CASE WHEN ? <> '' THEN ? ELSE name END, "
                                    "url = CASE WHEN ? <> '' THEN ? ELSE url END, "
                                    "image = coalesce(?, image), "
                                    "image_type = CASE WHEN ? IS NOT NULL THEN ? ELSE image_type END "
                                    "WHERE id = ?"),
                     {issuer.name, issuer.name, issuer.url, issuer.url, issuer.image.data, issuer.image.data,
                      issuer.image.mimeType, id});
        if (!updated) {
            return updated.error();
        }
        if (!issuer.name.isEmpty() && issuer.name != oldName) {
            const Result<void> reindexed = Sql::reindex(m_db, QStringLiteral("c.issuer_ref = ?"), {id});
            if (!reindexed) {
                return reindexed.error();
            }
        }
        m_issuers.insert(issuer.id, id);
        return QVariant(id);
    }

    Result<qint64> insert(const Credential &credential, const QByteArray &original, const QByteArray &hash,
                          const VerificationReport &report, const QString &source, const QVariant &parent, int position)
    {
        if (original.isEmpty()) {
            return queryError(QStringLiteral("credential without original bytes: ") + credential.id);
        }
        const Result<QVariant> issuer = issuerRef(credential.issuer);
        if (!issuer) {
            return issuer.error();
        }
        if (!m_insert) {
            m_insert.emplace(m_db);
            if (!m_insert->prepare(QStringLiteral(
                    "INSERT INTO credentials (parent_id, position, credential_id, issuer_ref, content_hash, "
                    "original, format, container, kind, spec_version, name, description, achievement_id, "
                    "achievement_name, achievement_type, field_of_study, skills, alignments, valid_from, "
                    "valid_until, credits, image, image_type, image_url, source, added_at, verdict, "
                    "first_failure, checked_at, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
                return queryError(*m_insert);
            }
        }
        const Verify::Check *failure = report.firstFailure();
        const QVariantList values = {
            parent.isValid() ? parent : QVariant(QMetaType::fromType<qint64>()),
            position,
            credential.id,
            *issuer,
            hash,
            original,
            Credentials::formatKey(credential.format),
            Credentials::containerKey(credential.container),
            Credentials::kindKey(credential.kind),
            credential.specVersion,
            credential.name,
            credential.description,
            credential.achievement.id,
            credential.achievement.name,
            credential.achievement.achievementType,
            credential.achievement.fieldOfStudy,
            joinLines(credential.achievement.tags),
            alignmentText(credential),
            Sql::timeValue(credential.validFrom),
            Sql::timeValue(credential.validUntil),
            optionalReal(credential.credits()),
            credential.image.data,
            credential.image.mimeType,
            credential.image.url,
            source,
            Sql::nowText(),
            Sql::verdictText(Sql::verdictOf(report)),
            failure ? failure->id : QString(),
            Sql::timeValue(report.checkedAt),
            reportText(report),
        };
        for (int i = 0; i < values.size(); ++i) {
            m_insert->bindValue(i, Sql::bindable(values.at(i)));
        }
        if (!m_insert->exec()) {
            return queryError(*m_insert);
        }
        const qint64 id = m_insert->lastInsertId().toLongLong();
        const Result<QSqlQuery> history =
            Sql::run(m_db,
                     QStringLiteral("INSERT INTO verifications (credential_ref, checked_at, verdict, report) "
                                    "SELECT id, checked_at, verdict, report FROM credentials WHERE id = ?"),
                     {id});
        if (!history) {
            return history.error();
        }
        const Result<void> indexed = Sql::reindexIds(m_db, {id});
        if (!indexed) {
            return indexed.error();
        }
        return id;
    }

    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_insert;
    QHash<QString, qint64> m_issuers;
};

} // namespace

Result<BatchResult> Library::addBatch(const QList<NewCredential> &batch)
{
    BatchResult result;
    const Result<void> written = Sql::inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        BatchWriter writer(db);
        for (const NewCredential &item : batch) {
            const Result<ImportOutcome> outcome = writer.add(item);
            if (!outcome) {
                return outcome.error();
            }
            result.outcomes.append(*outcome);
        }
        return {};
    });
    if (!written) {
        return written.error();
    }
    return result;
}

Result<void> Library::setReport(qint64 id, const Verify::VerificationReport &report)
{
    return Sql::inTransaction(connection(), [&](const QSqlDatabase &db) -> Result<void> {
        const Verify::Check *failure = report.firstFailure();
        const Result<QSqlQuery> updated = Sql::run(
            db,
            QStringLiteral(
                "UPDATE credentials SET verdict = ?, first_failure = ?, checked_at = ?, report = ? WHERE id = ?"),
            {Sql::verdictText(Sql::verdictOf(report)), failure ? failure->id : QString(),
             Sql::timeValue(report.checkedAt), reportText(report), id});
        if (!updated) {
            return updated.error();
        }
        if (updated->numRowsAffected() != 1) {
            return notFoundError(QStringLiteral("credential %1").arg(id));
        }
        return Sql::checked(Sql::run(db,
                                     QStringLiteral("INSERT INTO verifications (credential_ref, checked_at, verdict, "
                                                    "report) SELECT id, checked_at, verdict, report FROM credentials "
                                                    "WHERE id = ?"),
                                     {id}));
    });
}

} // namespace Credfolio::Store
