// SPDX-License-Identifier: GPL-3.0-or-later
// Library: tags, collections, notes, settings, pathways, issuers, the trash, backup and restore.
#include "StoreTestSupport.h"
#include "core/store/Library.h"
#include "tests/support/TestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Credfolio;
using namespace Credfolio::Store;
using namespace Credfolio::Test;

class TestLibraryOrganize : public QObject {
    Q_OBJECT

private slots:
    void init();
    void tagsWithCounts();
    void orderedCollections();
    void notes();
    void settings();
    void pathways();
    void issuersAndTrust();
    void trashAndUndo();
    void backupAndRestoreAreByteExact();
    void restoreRefusesWhatIsNotALibrary();

private:
    QList<qint64> importSome();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Library> m_library;
};

void TestLibraryOrganize::init()
{
    m_library.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("library.sqlite"));
    Result<std::unique_ptr<Library>> library = Library::open(m_path);
    QVERIFY(library);
    m_library = std::move(library).value();
}

// Four top-level credentials (the last a CLR holding three).
QList<qint64> TestLibraryOrganize::importSome()
{
    const QStringList files = {QStringLiteral("ob3/di-rdfc-valid.json"), QStringLiteral("ob3-jwt/jwt-eddsa-valid.jwt"),
                               QStringLiteral("baked/ob2-signed.png"), QStringLiteral("clr/clr-valid.json")};
    QList<NewCredential> batch;
    for (const QString &file : files) {
        batch.append(newCredential(corpusCredential(file), file));
    }
    const Result<BatchResult> added = m_library->addBatch(batch);
    if (!added) {
        qFatal("import failed: %s", qPrintable(errorOf(added)));
    }
    QList<qint64> ids;
    for (const ImportOutcome &outcome : added->outcomes) {
        ids.append(outcome.id);
    }
    return ids;
}

void TestLibraryOrganize::tagsWithCounts()
{
    const QList<qint64> ids = importSome();
    QVERIFY(m_library->addTag({ids.at(0), ids.at(1)}, QStringLiteral("Data")));
    QVERIFY(m_library->addTag({ids.at(1)}, QStringLiteral("  job  ")));
    QVERIFY(m_library->addTag({ids.at(1)}, QStringLiteral("DATA"))); // the same tag, any case
    QCOMPARE(m_library->addTag({ids.at(1)}, QStringLiteral(" ")).error().code, QStringLiteral("store.bad-name"));
    QList<TagCount> tags = m_library->tags().value();
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags.at(0).name, QStringLiteral("Data"));
    QCOMPARE(tags.at(0).count, 2);
    QCOMPARE(tags.at(1).name, QStringLiteral("job"));
    const QList<CredentialRow> rows = m_library->list().value();
    const auto row =
        std::find_if(rows.cbegin(), rows.cend(), [&](const CredentialRow &r) { return r.id == ids.at(1); });
    QVERIFY(row != rows.cend());
    QCOMPARE(row->tags, QStringList({QStringLiteral("Data"), QStringLiteral("job")}));
    QCOMPARE(m_library->credential(ids.at(1))->row.tags, QStringList({QStringLiteral("Data"), QStringLiteral("job")}));

    // Renaming into an existing tag merges the two.
    QVERIFY(m_library->renameTag(QStringLiteral("job"), QStringLiteral("data")));
    tags = m_library->tags().value();
    QCOMPARE(tags.size(), 1);
    QCOMPARE(tags.at(0).count, 2);
    QCOMPARE(m_library->renameTag(QStringLiteral("nope"), QStringLiteral("x")).error().code,
             QStringLiteral("store.not-found"));

    // Removing the last use of a tag forgets it; the trash does not count.
    QVERIFY(m_library->removeCredentials({ids.at(0)}));
    QCOMPARE(m_library->tags()->at(0).count, 1);
    QVERIFY(m_library->removeTag({ids.at(0), ids.at(1)}, QStringLiteral("Data")));
    QVERIFY(m_library->tags()->isEmpty());
}

void TestLibraryOrganize::orderedCollections()
{
    const QList<qint64> ids = importSome();
    const qint64 job = m_library->createCollection(QStringLiteral("Job application")).value();
    const qint64 degree = m_library->createCollection(QStringLiteral("Degree")).value();
    QCOMPARE(m_library->createCollection(QStringLiteral("")).error().code, QStringLiteral("store.bad-name"));
    QList<CollectionInfo> collections = m_library->collections().value();
    QCOMPARE(collections.size(), 2);
    QCOMPARE(collections.at(0).id, job); // creation order
    QCOMPARE(collections.at(1).name, QStringLiteral("Degree"));

    QVERIFY(m_library->addToCollection(job, {ids.at(2), ids.at(0)}));
    QVERIFY(m_library->addToCollection(job, {ids.at(3), ids.at(0)})); // ids.at(0) keeps its place
    QCOMPARE(m_library->collectionItems(job).value(), QList<qint64>({ids.at(2), ids.at(0), ids.at(3)}));
    QVERIFY(m_library->reorderCollection(job, {ids.at(3)}));
    QCOMPARE(m_library->collectionItems(job).value(), QList<qint64>({ids.at(3), ids.at(2), ids.at(0)}));
    QVERIFY(m_library->removeFromCollection(job, {ids.at(2)}));
    QCOMPARE(m_library->collectionItems(job).value(), QList<qint64>({ids.at(3), ids.at(0)}));
    QCOMPARE(m_library->collections()->at(0).count, 2);

    QVERIFY(m_library->renameCollection(degree, QStringLiteral("Degree (BSc)")));
    QVERIFY(m_library->addToCollection(degree, {ids.at(0)}));
    const StoredCredential stored = m_library->credential(ids.at(0)).value();
    QCOMPARE(stored.collections.size(), 2);
    QCOMPARE(stored.collections.at(1).name, QStringLiteral("Degree (BSc)"));

    QVERIFY(m_library->deleteCollection(job));
    QCOMPARE(m_library->collections()->size(), 1);
    QCOMPARE(m_library->count().value(), 4); // the credentials stay
    QCOMPARE(m_library->collectionItems(job).error().code, QStringLiteral("store.not-found"));
    QCOMPARE(m_library->renameCollection(job, QStringLiteral("x")).error().code, QStringLiteral("store.not-found"));
}

void TestLibraryOrganize::notes()
{
    const QList<qint64> ids = importSome();
    QVERIFY(!m_library->note(ids.at(0))->has_value());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(m_library->setNote(ids.at(0), QStringLiteral("Ask Dr. Ruiz for a reference — ✓")));
    std::optional<Note> note = m_library->note(ids.at(0)).value();
    QVERIFY(note);
    QCOMPARE(note->text, QStringLiteral("Ask Dr. Ruiz for a reference — ✓"));
    QVERIFY(note->updatedAt >= before);
    QVERIFY(m_library->setNote(ids.at(0), QStringLiteral("Reference received")));
    QCOMPARE(m_library->credential(ids.at(0))->note->text, QStringLiteral("Reference received"));
    QVERIFY(m_library->setNote(ids.at(0), QString()));
    QVERIFY(!m_library->note(ids.at(0))->has_value());
    QCOMPARE(m_library->setNote(99999, QStringLiteral("x")).error().code, QStringLiteral("store.not-found"));
}

void TestLibraryOrganize::settings()
{
    QVERIFY(!m_library->setting(QStringLiteral("library.id"))->has_value());
    QVERIFY(m_library->setSetting(QStringLiteral("library.id"), QStringLiteral("abc")));
    QVERIFY(m_library->setSetting(QStringLiteral("library.id"), QStringLiteral("def")));
    QCOMPARE(m_library->setting(QStringLiteral("library.id"))->value(), QStringLiteral("def"));
    QVERIFY(m_library->removeSetting(QStringLiteral("library.id")));
    QVERIFY(!m_library->setting(QStringLiteral("library.id"))->has_value());
}

void TestLibraryOrganize::pathways()
{
    const QByteArray document = R"({"id": "urn:pathway:data", "name": "Data Analytics Certificate"})";
    QVERIFY(m_library->savePathway(QStringLiteral("urn:pathway:data"), QStringLiteral("Data Analytics"), document));
    QVERIFY(m_library->savePathway(QStringLiteral("urn:pathway:bio"), QStringLiteral("Biology"), "{}"));
    QList<PathwayEntry> all = m_library->pathways().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Biology"));
    QCOMPARE(all.at(1).document, document);
    QVERIFY(m_library->savePathway(QStringLiteral("urn:pathway:data"), QStringLiteral("Data Analytics v2"), "{}"));
    const std::optional<PathwayEntry> replaced = m_library->pathway(QStringLiteral("urn:pathway:data")).value();
    QVERIFY(replaced);
    QCOMPARE(replaced->name, QStringLiteral("Data Analytics v2"));
    QCOMPARE(replaced->document, QByteArray("{}"));
    QVERIFY(replaced->updatedAt >= replaced->addedAt);
    QVERIFY(m_library->removePathway(QStringLiteral("urn:pathway:bio")));
    QCOMPARE(m_library->pathways()->size(), 1);
    QCOMPARE(m_library->removePathway(QStringLiteral("urn:pathway:bio")).error().code,
             QStringLiteral("store.not-found"));
}

void TestLibraryOrganize::issuersAndTrust()
{
    importSome();
    const Credentials::Credential rdfc = corpusCredential(QStringLiteral("ob3/di-rdfc-valid.json"));
    QList<IssuerInfo> issuers = m_library->issuers().value();
    const auto find = [&](const QString &id) {
        return std::find_if(issuers.cbegin(), issuers.cend(), [&](const IssuerInfo &info) { return info.id == id; });
    };
    auto it = find(rdfc.issuer.id);
    QVERIFY(it != issuers.cend());
    QCOMPARE(it->name, rdfc.issuer.name);
    QVERIFY(!it->trusted);
    QVERIFY(it->count >= 1);
    QVERIFY(m_library->setIssuerTrusted(rdfc.issuer.id, true));
    QVERIFY(m_library->setIssuerTrusted(QStringLiteral("did:web:registry.example.org"), true));
    issuers = m_library->issuers().value();
    QVERIFY(find(rdfc.issuer.id)->trusted);
    QCOMPARE(find(QStringLiteral("did:web:registry.example.org"))->count, 0);
    // A later import does not undo the learner's trust.
    const Result<BatchResult> added = m_library->addBatch(
        {newCredential(credentialFrom(withFreshId(readData(QStringLiteral("corpus/ob3/di-rdfc-valid.json")))))});
    QVERIFY2(added, qPrintable(errorOf(added)));
    QCOMPARE(added->storedCount(), 1);
    issuers = m_library->issuers().value();
    QVERIFY(find(rdfc.issuer.id)->trusted);
}

void TestLibraryOrganize::trashAndUndo()
{
    const QList<qint64> ids = importSome();
    const StoredCredential clr = m_library->credential(ids.at(3)).value();
    QCOMPARE(clr.children.size(), 3);
    Query everything;
    everything.includeChildren = true;
    QCOMPARE(m_library->count(everything).value(), 7);

    QCOMPARE(m_library->removeCredentials({ids.at(0), ids.at(3)}).value(), 5); // the CLR takes its contents
    QCOMPARE(m_library->count().value(), 2);
    QCOMPARE(m_library->count(everything).value(), 2);
    Query trash;
    trash.trash = true;
    QCOMPARE(m_library->count(trash).value(), 2);
    QVERIFY(m_library->credential(ids.at(0))->inTrash);
    Query search;
    search.text = corpusCredential(QStringLiteral("ob3/di-rdfc-valid.json")).name;
    QCOMPARE(m_library->count(search).value(), 0);

    QCOMPARE(m_library->restoreCredentials({ids.at(3)}).value(), 4);
    QCOMPARE(m_library->count(everything).value(), 6);
    QCOMPARE(m_library->count(trash).value(), 1);

    QVERIFY(m_library->setNote(ids.at(0), QStringLiteral("gone soon")));
    QCOMPARE(m_library->purgeRemoved().value(), 1);
    QCOMPARE(m_library->credential(ids.at(0)).error().code, QStringLiteral("store.not-found"));
    QCOMPARE(m_library->count(trash).value(), 0);
    QCOMPARE(scalar(m_path, QStringLiteral("SELECT count(*) FROM notes")).toInt(), 0);
    QCOMPARE(scalar(m_path, QStringLiteral("SELECT count(*) FROM verifications")).toInt(), 6);
    QCOMPARE(scalar(m_path, QStringLiteral("SELECT count(*) FROM credential_search")).toInt(), 6);
    // What was purged may be imported again.
    const Result<BatchResult> again =
        m_library->addBatch({newCredential(corpusCredential(QStringLiteral("ob3/di-rdfc-valid.json")))});
    QVERIFY2(again, qPrintable(errorOf(again)));
    QCOMPARE(again->storedCount(), 1);
}

void TestLibraryOrganize::backupAndRestoreAreByteExact()
{
    const QList<qint64> ids = importSome();
    QVERIFY(m_library->addTag({ids.at(1)}, QStringLiteral("keep")));
    QVERIFY(m_library->setNote(ids.at(2), QStringLiteral("baked one")));
    QVERIFY(m_library->savePathway(QStringLiteral("urn:p"), QStringLiteral("P"), "{\"a\":1}"));
    Query everything;
    everything.includeChildren = true;
    QMap<qint64, QByteArray> originals;
    const QList<CredentialRow> before = m_library->list(everything).value();
    for (const CredentialRow &row : before) {
        originals.insert(row.id, m_library->credential(row.id)->original);
    }
    QCOMPARE(originals.size(), 7);

    const QString backup = m_dir->filePath(QStringLiteral("backups/2026-11-29.credfolio-library"));
    QVERIFY(m_library->backupTo(backup));
    struct stat status {};
    QCOMPARE(::stat(QFile::encodeName(backup).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, 0600u);
    QCOMPARE(integrityCheck(backup), QStringLiteral("ok"));
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("backups"))).entryList(QDir::Files).size() == 1); // no leftovers

    // Changes after the backup are undone by the restore.
    QVERIFY(m_library->removeCredentials({ids.at(0)}));
    QVERIFY(m_library->purgeRemoved());
    QVERIFY(m_library->addBatch({newCredential(corpusCredential(QStringLiteral("ob3-jwt/jwt-rs256-valid.jwt")))}));
    m_library.reset();

    QVERIFY(Library::restore(backup, m_path));
    QCOMPARE(integrityCheck(m_path), QStringLiteral("ok"));
    Result<std::unique_ptr<Library>> reopened = Library::open(m_path);
    QVERIFY(reopened);
    m_library = std::move(reopened).value();
    const QList<CredentialRow> rows = m_library->list(everything).value();
    QCOMPARE(rows.size(), 7);
    for (const CredentialRow &row : rows) {
        QVERIFY(originals.contains(row.id));
        QCOMPARE(m_library->credential(row.id)->original, originals.value(row.id));
    }
    QCOMPARE(m_library->credential(ids.at(1))->row.tags, QStringList({QStringLiteral("keep")}));
    QCOMPARE(m_library->note(ids.at(2))->value().text, QStringLiteral("baked one"));
    QCOMPARE(m_library->pathway(QStringLiteral("urn:p"))->value().document, QByteArray("{\"a\":1}"));
    Query search;
    search.text = QStringLiteral("keep");
    QCOMPARE(m_library->count(search).value(), 1);
}

void TestLibraryOrganize::restoreRefusesWhatIsNotALibrary()
{
    importSome();
    m_library.reset();
    const QByteArray before = [&] {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    const QString garbage = m_dir->filePath(QStringLiteral("garbage.sqlite"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.write(QByteArray(8192, '\x7f'));
    file.close();
    QCOMPARE(Library::restore(garbage, m_path).error().code, QStringLiteral("store.not-a-library"));

    // A healthy SQLite file that is not a Credfolio library.
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    scalar(other, QStringLiteral("CREATE TABLE t (x)"));
    QCOMPARE(Library::restore(other, m_path).error().code, QStringLiteral("store.not-a-library"));

    // A library from a newer Credfolio.
    const QString newer = m_dir->filePath(QStringLiteral("newer.sqlite"));
    {
        auto library = Library::open(newer);
        QVERIFY(library);
    }
    scalar(newer, QStringLiteral("PRAGMA user_version = 7"));
    QCOMPARE(Library::restore(newer, m_path).error().code, QStringLiteral("store.schema-too-new"));
    QCOMPARE(Library::restore(m_dir->filePath(QStringLiteral("missing")), m_path).error().code,
             QStringLiteral("store.not-a-library"));

    QFile after(m_path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before); // untouched
    const QStringList leftovers = QDir(m_dir->path()).entryList({QStringLiteral("*.partial-*")}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestLibraryOrganize)
#include "TestLibraryOrganize.moc"
