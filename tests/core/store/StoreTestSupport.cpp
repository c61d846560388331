// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreTestSupport.h"

#include "core/credentials/CredentialReader.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace Credfolio::Test {

using Verify::CheckStatus;
using Verify::makeCheck;

Credentials::Credential credentialFrom(const QByteArray &bytes)
{
    Result<Credentials::Credential> credential = Credentials::readCredential(bytes);
    if (!credential) {
        qFatal("cannot read credential: %s", qPrintable(credential.error().toString()));
    }
    return *credential;
}

Credentials::Credential corpusCredential(const QString &relative)
{
    return credentialFrom(readData(QStringLiteral("corpus/") + relative));
}

Verify::VerificationReport passingReport(const QDateTime &checkedAt)
{
    Verify::VerificationReport report;
    report.format = QStringLiteral("vc-json-ld");
    report.checkedAt = checkedAt;
    for (const char *id : {Verify::CheckId::Format, Verify::CheckId::Proof, Verify::CheckId::IssuerKey,
                           Verify::CheckId::Validity, Verify::CheckId::Status, Verify::CheckId::IssuerTrust}) {
        report.checks.append(makeCheck(QLatin1String(id), CheckStatus::Pass, QStringLiteral("fine")));
    }
    return report;
}

Verify::VerificationReport failingReport(const QDateTime &checkedAt, const QString &failing)
{
    Verify::VerificationReport report = passingReport(checkedAt);
    bool after = false;
    for (Verify::Check &check : report.checks) {
        if (check.id == failing) {
            check = makeCheck(failing, CheckStatus::Fail, QStringLiteral("bad"), QStringLiteral("detail"),
                              QStringLiteral("verify.test-failure"));
            after = true;
        } else if (after) {
            check.status = CheckStatus::Skip;
        }
    }
    return report;
}

Store::NewCredential newCredential(const Credentials::Credential &credential, const QString &source)
{
    Store::NewCredential item{credential, passingReport(QDateTime::currentDateTimeUtc()), source};
    for (qsizetype i = 0; i < credential.embedded.size(); ++i) {
        item.report.embedded.append(passingReport(item.report.checkedAt));
    }
    return item;
}

QByteArray withFreshId(const QByteArray &json)
{
    static const QRegularExpression uuid(QStringLiteral("urn:uuid:[0-9a-f-]{36}"));
    QString text = QString::fromUtf8(json);
    const QRegularExpressionMatch match = uuid.match(text);
    if (!match.hasMatch()) {
        qFatal("no urn:uuid id to replace");
    }
    text.replace(match.capturedStart(), match.capturedLength(),
                 QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    return text.toUtf8();
}

QVariant scalar(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("test.scalar.") + QUuid::createUuid().toString(QUuid::Id128);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                value = query.value(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString integrityCheck(const QString &path)
{
    return scalar(path, QStringLiteral("PRAGMA integrity_check")).toString();
}

QStringList corpusFiles(const QString &folder)
{
    const QDir dir(dataPath(QStringLiteral("corpus/") + folder));
    QStringList files;
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &name : names) {
        files.append(folder + QLatin1Char('/') + name);
    }
    return files;
}

} // namespace Credfolio::Test
