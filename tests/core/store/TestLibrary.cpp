// SPDX-License-Identifier: GPL-3.0-or-later
// Library: opening, import batches (duplicates, CLR, invalid, rollback), reads and verification history.
#include "StoreTestSupport.h"
#include "core/store/Library.h"
#include "tests/support/TestData.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Credfolio;
using namespace Credfolio::Store;
using namespace Credfolio::Test;

namespace {

int fileMode(const QString &path)
{
    struct stat status {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? static_cast<int>(status.st_mode & 0777) : -1;
}

} // namespace

class TestLibrary : public QObject {
    Q_OBJECT

private slots:
    void init();
    void freshOpenCreatesAPrivateWalFile();
    void reopenKeepsWhatWasStored();
    void refusesANewerSchema();
    void refusesAFileThatIsNotALibrary();
    void defaultPathFollowsTheEnvironment();
    void storesABatchAndRecognisesDuplicates();
    void aForgedCopyDoesNotKeepTheGenuineOneOut();
    void storesAClrWithItsContents();
    void keepsAnInvalidCredentialFlagged();
    void failedBatchStoresNothing();
    void readsBackTheCredential();
    void keepsTheHistoryOfVerdicts();

private:
    std::unique_ptr<Library> openLibrary();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("nested/folder/library.sqlite"));
}

std::unique_ptr<Library> TestLibrary::openLibrary()
{
    Result<std::unique_ptr<Library>> library = Library::open(m_path);
    if (!library) {
        qWarning() << library.error().toString();
        return nullptr;
    }
    return std::move(library).value();
}

void TestLibrary::freshOpenCreatesAPrivateWalFile()
{
    auto library = openLibrary();
    QVERIFY(library);
    const QFileInfo info(m_path);
    QVERIFY(info.exists());
    QCOMPARE(fileMode(m_path), 0600);
    QCOMPARE(library->count().value(), 0);
    QCOMPARE(library->schemaVersion(), 3);
    // Write something so that the -wal file exists, then check it is private too.
    QVERIFY(library->setSetting(QStringLiteral("k"), QStringLiteral("v")));
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    QVERIFY(wal.exists());
    QCOMPARE(fileMode(wal.filePath()), 0600);
    QCOMPARE(scalar(m_path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(integrityCheck(m_path), QStringLiteral("ok"));
}

void TestLibrary::reopenKeepsWhatWasStored()
{
    qint64 id = 0;
    {
        auto library = openLibrary();
        QVERIFY(library);
        const Result<BatchResult> added =
            library->addBatch({newCredential(corpusCredential(QStringLiteral("ob3/di-rdfc-valid.json")))});
        QVERIFY(added);
        id = added->outcomes.at(0).id;
    }
    auto library = openLibrary();
    QVERIFY(library);
    QCOMPARE(library->count().value(), 1);
    QCOMPARE(library->credential(id)->original, readData(QStringLiteral("corpus/ob3/di-rdfc-valid.json")));
}

void TestLibrary::refusesANewerSchema()
{
    {
        auto library = openLibrary();
        QVERIFY(library);
    }
    scalar(m_path, QStringLiteral("PRAGMA user_version = 99"));
    QCOMPARE(scalar(m_path, QStringLiteral("PRAGMA user_version")).toInt(), 99);
    const Result<std::unique_ptr<Library>> library = Library::open(m_path);
    QVERIFY(!library);
    QCOMPARE(library.error().code, QStringLiteral("store.schema-too-new"));
    QVERIFY(library.error().message.contains(QStringLiteral("newer version of Credfolio")));
    QVERIFY(library.error().detail.contains(QStringLiteral("99")));
    QCOMPARE(scalar(m_path, QStringLiteral("PRAGMA user_version")).toInt(), 99); // left unchanged
}

void TestLibrary::refusesAFileThatIsNotALibrary()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const Result<std::unique_ptr<Library>> garbage = Library::open(m_path);
    QVERIFY(!garbage);
    QCOMPARE(garbage.error().code, QStringLiteral("store.open-failed"));

    const Result<std::unique_ptr<Library>> folder = Library::open(m_dir->path());
    QVERIFY(!folder);
    QCOMPARE(folder.error().code, QStringLiteral("store.open-failed"));
}

void TestLibrary::defaultPathFollowsTheEnvironment()
{
    const QString custom = m_dir->filePath(QStringLiteral("elsewhere.sqlite"));
    qputenv("CREDFOLIO_LIBRARY", custom.toUtf8());
    QCOMPARE(Library::defaultPath(), custom);
    qunsetenv("CREDFOLIO_LIBRARY");
    QVERIFY(Library::defaultPath().endsWith(QStringLiteral("/library.sqlite")));
    QVERIFY(Library::defaultPath() != custom);
}

void TestLibrary::storesABatchAndRecognisesDuplicates()
{
    auto library = openLibrary();
    QVERIFY(library);
    const QByteArray rdfc = readData(QStringLiteral("corpus/ob3/di-rdfc-valid.json"));
    const Credentials::Credential jwt = corpusCredential(QStringLiteral("ob3-jwt/jwt-eddsa-valid.jwt"));
    // The same credential with a trailing newline: other bytes, same id and issuer.
    const Credentials::Credential sameId = credentialFrom(rdfc + "\n");
    QVERIFY(!sameId.id.isEmpty());

    const Result<BatchResult> first = library->addBatch(
        {newCredential(credentialFrom(rdfc)), newCredential(jwt), newCredential(credentialFrom(rdfc))});
    QVERIFY2(first, qPrintable(errorOf(first)));
    QCOMPARE(first->storedCount(), 2);
    QCOMPARE(first->outcomes.at(2).kind, ImportOutcome::Kind::Duplicate); // same bytes earlier in the batch
    QCOMPARE(first->outcomes.at(2).id, first->outcomes.at(0).id);

    const Result<BatchResult> second = library->addBatch({newCredential(sameId), newCredential(jwt)});
    QVERIFY(second);
    QCOMPARE(second->storedCount(), 0);
    QCOMPARE(second->outcomes.at(0).id, first->outcomes.at(0).id); // same id + issuer
    QCOMPARE(second->outcomes.at(1).id, first->outcomes.at(1).id); // same bytes
    QVERIFY(!second->outcomes.at(0).inTrash);
    QCOMPARE(library->count().value(), 2);

    QCOMPARE(library->removeCredentials({first->outcomes.at(0).id}).value(), 1);
    const Result<BatchResult> third = library->addBatch({newCredential(credentialFrom(rdfc))});
    QVERIFY(third);
    QCOMPARE(third->outcomes.at(0).kind, ImportOutcome::Kind::Duplicate);
    QVERIFY(third->outcomes.at(0).inTrash);
}

void TestLibrary::aForgedCopyDoesNotKeepTheGenuineOneOut()
{
    auto library = openLibrary();
    QVERIFY(library);
    // The tampered file carries the same credential id and issuer as the genuine one.
    const Credentials::Credential forged = corpusCredential(QStringLiteral("ob3/di-rdfc-tampered.json"));
    const Credentials::Credential genuine = corpusCredential(QStringLiteral("ob3/di-rdfc-valid.json"));
    QCOMPARE(forged.id, genuine.id);
    Store::NewCredential forgedItem = newCredential(forged);
    forgedItem.report = failingReport(QDateTime::currentDateTimeUtc(), QStringLiteral("proof"));

    const Result<BatchResult> first = library->addBatch({forgedItem, newCredential(genuine)});
    QVERIFY2(first, qPrintable(errorOf(first)));
    QCOMPARE(first->storedCount(), 2); // the genuine copy is stored beside the flagged one

    // Once a verifying copy is there, another non-verifying copy with its id is only a duplicate of it.
    const Result<BatchResult> second = library->addBatch({forgedItem});
    QVERIFY(second);
    QCOMPARE(second->outcomes.at(0).kind, ImportOutcome::Kind::Duplicate);
    QCOMPARE(second->outcomes.at(0).id, first->outcomes.at(0).id); // same bytes as the forged row
}

void TestLibrary::storesAClrWithItsContents()
{
    auto library = openLibrary();
    QVERIFY(library);
    const Credentials::Credential clr = corpusCredential(QStringLiteral("clr/clr-valid.json"));
    QCOMPARE(clr.embedded.size(), 3);
    NewCredential item = newCredential(clr, QStringLiteral("/home/learner/clr-valid.json"));
    item.report.embedded[1] = failingReport(item.report.checkedAt, QStringLiteral("proof"));
    const Result<BatchResult> added = library->addBatch({item});
    QVERIFY2(added, qPrintable(errorOf(added)));
    const ImportOutcome outcome = added->outcomes.at(0);
    QCOMPARE(outcome.children.size(), 3);

    Query topLevel;
    QCOMPARE(library->count(topLevel).value(), 1);
    QCOMPARE(library->list(topLevel)->at(0).kind, QStringLiteral("clr"));
    Query all;
    all.includeChildren = true;
    const QList<CredentialRow> rows = library->list(all).value();
    QCOMPARE(rows.size(), 4);
    for (qsizetype i = 0; i < 3; ++i) {
        const StoredCredential child = library->credential(outcome.children.at(i)).value();
        QCOMPARE(child.row.parentId, std::optional<qint64>(outcome.id));
        QCOMPARE(child.original, clr.embedded.at(i).original);
        QCOMPARE(child.credential.id, clr.embedded.at(i).id);
        QCOMPARE(child.credential.name, clr.embedded.at(i).name);
        QCOMPARE(child.row.verdict, i == 1 ? Verdict::Invalid : Verdict::Valid);
        QCOMPARE(child.source, QStringLiteral("/home/learner/clr-valid.json"));
    }
    QCOMPARE(library->credential(outcome.id)->children, outcome.children);

    // Importing the same CLR again: one duplicate, no new rows.
    const Result<BatchResult> again = library->addBatch({item});
    QVERIFY(again);
    QCOMPARE(again->outcomes.at(0).kind, ImportOutcome::Kind::Duplicate);
    QCOMPARE(library->count(all).value(), 4);
}

void TestLibrary::keepsAnInvalidCredentialFlagged()
{
    auto library = openLibrary();
    QVERIFY(library);
    NewCredential bad = newCredential(corpusCredential(QStringLiteral("ob3/di-rdfc-tampered.json")));
    bad.report = failingReport(QDateTime::currentDateTimeUtc(), QStringLiteral("proof"));
    NewCredential unchecked = newCredential(corpusCredential(QStringLiteral("ob3/di-jcs-valid.json")));
    unchecked.report = {};
    const Result<BatchResult> added = library->addBatch(
        {bad, unchecked, newCredential(corpusCredential(QStringLiteral("ob3/ldp-ed25519-2020-valid.json")))});
    QVERIFY(added);
    QCOMPARE(added->storedCount(), 3);
    const Result<StoredCredential> stored = library->credential(added->outcomes.at(0).id);
    QVERIFY2(stored, qPrintable(errorOf(stored)));
    const CredentialRow row = stored->row;
    QCOMPARE(row.verdict, Verdict::Invalid);
    QCOMPARE(row.firstFailure, QStringLiteral("proof"));
    QCOMPARE(library->credential(added->outcomes.at(1).id)->row.verdict, Verdict::Unchecked);

    Query invalid;
    invalid.verdict = Verdict::Invalid;
    QCOMPARE(library->count(invalid).value(), 1);
    QCOMPARE(library->list(invalid)->at(0).id, added->outcomes.at(0).id);
    Query valid;
    valid.verdict = Verdict::Valid;
    QCOMPARE(library->count(valid).value(), 1);
}

void TestLibrary::failedBatchStoresNothing()
{
    auto library = openLibrary();
    QVERIFY(library);
    QVERIFY(library->addBatch({newCredential(corpusCredential(QStringLiteral("ob3/di-rdfc-valid.json")))}));
    Credentials::Credential broken = corpusCredential(QStringLiteral("ob3/di-jcs-valid.json"));
    broken.original.clear();
    broken.payload.clear(); // nothing to keep: the batch must fail as a whole
    const Result<BatchResult> failed = library->addBatch(
        {newCredential(corpusCredential(QStringLiteral("ob3-jwt/jwt-es256-valid.jwt"))),
         newCredential(corpusCredential(QStringLiteral("clr/clr-valid.json"))), newCredential(broken)});
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("store.query-failed"));
    Query all;
    all.includeChildren = true;
    QCOMPARE(library->count(all).value(), 1);
    QCOMPARE(scalar(m_path, QStringLiteral("SELECT count(*) FROM verifications")).toInt(), 1);
    QCOMPARE(scalar(m_path, QStringLiteral("SELECT count(*) FROM credential_search")).toInt(), 1);
    // The library still takes the next batch.
    const Result<BatchResult> next =
        library->addBatch({newCredential(corpusCredential(QStringLiteral("ob3-jwt/jwt-es256-valid.jwt")))});
    QVERIFY(next);
    QCOMPARE(library->count().value(), 2);
}

void TestLibrary::readsBackTheCredential()
{
    auto library = openLibrary();
    QVERIFY(library);
    const QByteArray bytes = readData(QStringLiteral("corpus/baked/ob3-di-rdfc.png"));
    const Credentials::Credential baked = credentialFrom(bytes);
    NewCredential item = newCredential(baked, QStringLiteral("/tmp/badge.png"));
    item.report.documentsAsOf = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const Result<BatchResult> added = library->addBatch({item});
    QVERIFY(added);
    const StoredCredential stored = library->credential(added->outcomes.at(0).id).value();
    QCOMPARE(stored.original, bytes);
    QCOMPARE(stored.credential.name, baked.name);
    QCOMPARE(stored.credential.id, baked.id);
    QCOMPARE(stored.credential.container, Credentials::Container::Png);
    QCOMPARE(stored.row.name, baked.name);
    QCOMPARE(stored.row.issuerId, baked.issuer.id);
    QCOMPARE(stored.row.issuerName, baked.issuer.name);
    QCOMPARE(stored.row.achievementName, baked.achievement.name);
    QCOMPARE(stored.row.format, Credentials::formatKey(baked.format));
    QCOMPARE(stored.row.validFrom, baked.validFrom);
    QCOMPARE(stored.row.validUntil, baked.validUntil);
    QCOMPARE(stored.row.credits, baked.credits());
    QCOMPARE(stored.row.hasImage, !baked.image.data.isEmpty());
    QCOMPARE(stored.source, QStringLiteral("/tmp/badge.png"));
    QCOMPARE(stored.report.toJson(), item.report.toJson());
    QVERIFY(!stored.inTrash);
    QVERIFY(!library->credential(987654));
    QCOMPARE(library->credential(987654).error().code, QStringLiteral("store.not-found"));
}

void TestLibrary::keepsTheHistoryOfVerdicts()
{
    auto library = openLibrary();
    QVERIFY(library);
    const QDateTime first(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    NewCredential item = newCredential(corpusCredential(QStringLiteral("ob3/di-rdfc-valid.json")));
    item.report = passingReport(first);
    const qint64 id = library->addBatch({item})->outcomes.at(0).id;

    const Verify::VerificationReport revoked = failingReport(first.addDays(30), QStringLiteral("status"));
    QVERIFY(library->setReport(id, revoked));
    const Verify::VerificationReport again = passingReport(first.addDays(60));
    QVERIFY(library->setReport(id, again));

    const QList<VerificationRecord> history = library->verificationHistory(id).value();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).checkedAt, first);
    QCOMPARE(history.at(0).verdict, Verdict::Valid);
    QCOMPARE(history.at(1).verdict, Verdict::Invalid);
    QCOMPARE(history.at(1).report.toJson(), revoked.toJson());
    QCOMPARE(history.at(2).checkedAt, first.addDays(60));
    const CredentialRow row = library->credential(id)->row;
    QCOMPARE(row.verdict, Verdict::Valid);
    QCOMPARE(row.checkedAt, first.addDays(60));

    QVERIFY(library->setReport(id, revoked));
    QCOMPARE(library->credential(id)->row.firstFailure, QStringLiteral("status"));
    QCOMPARE(library->setReport(4242, revoked).error().code, QStringLiteral("store.not-found"));
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "TestLibrary.moc"
