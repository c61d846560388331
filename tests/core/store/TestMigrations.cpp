// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a library written by every earlier schema version (fixtures in tests/data/store/).
#include "StoreTestSupport.h"
#include "core/net/SqliteDocumentCache.h"
#include "core/store/Library.h"
#include "core/store/Migrations.h"
#include "tests/support/TestData.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Store;
using namespace Credfolio::Test;

namespace {

// Runs the fixture's statements (one per line) on a new database file.
bool createFromFixture(const QString &path, const QByteArray &fixture, const QStringList &extra = {})
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        QStringList statements;
        for (const QByteArray &line : fixture.split('\n')) {
            if (!line.trimmed().isEmpty() && !line.startsWith("--")) {
                statements.append(QString::fromUtf8(line));
            }
        }
        statements += extra;
        for (const QString &statement : std::as_const(statements)) {
            if (ok && !query.exec(statement)) {
                qWarning() << query.lastError().text() << statement.left(200);
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    return ok;
}

// Every table, index and trigger with its SQL, sorted: two libraries with equal schemas give equal lists.
QStringList schemaOf(const QString &path)
{
    QStringList schema;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
            while (query.next()) {
                schema.append(query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() +
                              QLatin1Char(' ') + query.value(2).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    return schema;
}

QString fixtureName(int version)
{
    return QStringLiteral("store/schema-v%1.sql").arg(version);
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void everyEarlierVersionHasAFixture();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void failedMigrationLeavesTheFileAsItWas();
    void migrationsAreNumberedInOrder();
};

void TestMigrations::everyEarlierVersionHasAFixture()
{
    QVERIFY(latestSchemaVersion() >= 2);
    for (int version = 1; version < latestSchemaVersion(); ++version) {
        QVERIFY2(QFile::exists(dataPath(fixtureName(version))), qPrintable(fixtureName(version)));
    }
}

void TestMigrations::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < latestSchemaVersion(); ++version) {
        QTest::addRow("from v%d", version) << version;
    }
}

void TestMigrations::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(createFromFixture(path, readData(fixtureName(version))));
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), version);

    Result<std::unique_ptr<Library>> opened = Library::open(path);
    QVERIFY2(opened, qPrintable(errorOf(opened)));
    const std::unique_ptr<Library> library = std::move(opened).value();
    QCOMPARE(library->schemaVersion(), latestSchemaVersion());
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));

    // The same schema as a library made by this build from scratch.
    const QString freshPath = dir.filePath(QStringLiteral("fresh.sqlite"));
    QVERIFY(Library::open(freshPath));
    QCOMPARE(schemaOf(path), schemaOf(freshPath));

    // Everything the old version stored is still there and usable.
    QCOMPARE(library->count().value(), 2);
    const StoredCredential first = library->credential(1).value();
    QCOMPARE(first.original, readData(QStringLiteral("corpus/ob3/di-rdfc-valid.json")));
    QCOMPARE(first.credential.name, first.row.name);
    QCOMPARE(first.row.issuerName, QStringLiteral("Riverbend Community College"));
    QCOMPARE(first.note->text, QStringLiteral("Written in version 1"));
    QCOMPARE(first.report.checks.size(), 2);
    const StoredCredential second = library->credential(2).value();
    QCOMPARE(second.original, readData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt")));
    QCOMPARE(second.row.verdict, Verdict::Invalid);
    QCOMPARE(second.row.tags, QStringList({QStringLiteral("Transcript")}));
    QCOMPARE(library->verificationHistory(2)->size(), 1);
    QCOMPARE(library->collectionItems(1).value(), QList<qint64>({2, 1}));
    QCOMPARE(library->setting(QStringLiteral("library.id"))->value(), QStringLiteral("v1-library"));
    QVERIFY(library->issuers()->at(0).trusted);
    const Net::SqliteDocumentCache cache(path);
    QCOMPARE(cache.find(QUrl(QStringLiteral("https://example.org/doc")))->body, QByteArray("{}"));

    // Search covers the old rows (name, issuer, skills, alignments, learner tags).
    for (const char *text : {"foundations of dat", "riverbend", "sql", "relational", "transcript"}) {
        Query query;
        query.text = QLatin1String(text);
        QVERIFY2(library->count(query).value() == 1, text);
    }
    // The duplicate check knows the old rows.
    const Result<BatchResult> again =
        library->addBatch({newCredential(corpusCredential(QStringLiteral("ob3/di-rdfc-valid.json")))});
    QCOMPARE(again->outcomes.at(0).kind, ImportOutcome::Kind::Duplicate);
    QCOMPARE(again->outcomes.at(0).id, 1);
}

void TestMigrations::failedMigrationLeavesTheFileAsItWas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // A table in the way of migration 2's CREATE TABLE pathways.
    QVERIFY(createFromFixture(path, readData(fixtureName(1)), {QStringLiteral("CREATE TABLE pathways (x)")}));
    const QStringList before = schemaOf(path);
    const Result<std::unique_ptr<Library>> library = Library::open(path);
    QVERIFY(!library);
    QCOMPARE(library.error().code, QStringLiteral("store.migration-failed"));
    QVERIFY(library.error().detail.contains(QStringLiteral("migration 2")));
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(schemaOf(path), before); // the ALTER TABLE before the failure was rolled back too
    QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
}

void TestMigrations::migrationsAreNumberedInOrder()
{
    int expected = 1;
    for (const Migration &migration : migrations()) {
        QCOMPARE(migration.version, expected++);
        QVERIFY(!migration.statements.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
