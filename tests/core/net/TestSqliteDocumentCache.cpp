// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/SqliteDocumentCache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Credfolio;
using namespace Credfolio::Net;

namespace {

RemoteDocument document(const QString &url, const QByteArray &body, const QDateTime &fetchedAt)
{
    RemoteDocument result;
    result.url = QUrl(url);
    result.finalUrl = QUrl(url + QStringLiteral("?final"));
    result.body = body;
    result.contentType = QStringLiteral("application/did+json");
    result.httpStatus = 200;
    result.fetchedAt = fetchedAt;
    return result;
}

} // namespace

class TestSqliteDocumentCache : public QObject {
    Q_OBJECT

private slots:
    void init();
    void persistsAcrossInstances();
    void replacesAndIgnoresFragments();
    void createsTheDocumentedTable();
    void usedFromTwoThreads();
    void unusableFileIsAnError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSqliteDocumentCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("library.sqlite"));
}

void TestSqliteDocumentCache::persistsAcrossInstances()
{
    const QByteArray body("{\"id\":\"did:web:credentials.example.org\"}\0binary\xff", 48);
    const QDateTime fetchedAt(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
    const QString url = QStringLiteral("https://credentials.example.org/.well-known/did.json");
    {
        SqliteDocumentCache cache(m_path);
        QVERIFY(!cache.find(QUrl(url)).has_value());
        QVERIFY(cache.store(document(url, body, fetchedAt)).has_value());
        QVERIFY(cache.find(QUrl(url)).has_value());
    }
    SqliteDocumentCache reopened(m_path);
    const std::optional<RemoteDocument> found = reopened.find(QUrl(url));
    QVERIFY(found.has_value());
    QCOMPARE(found->body, body);
    QCOMPARE(found->fetchedAt, fetchedAt);
    QCOMPARE(found->finalUrl, QUrl(url + QStringLiteral("?final")));
    QCOMPARE(found->contentType, QStringLiteral("application/did+json"));
    QCOMPARE(found->httpStatus, 200);
    QCOMPARE(found->url, QUrl(url));
    QVERIFY(found->fromCache);
}

void TestSqliteDocumentCache::replacesAndIgnoresFragments()
{
    SqliteDocumentCache cache(m_path);
    const QDateTime first(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QString url = QStringLiteral("https://badges.example.org/ob2/keys/key-1.json");
    QVERIFY(cache.store(document(url, "old", first)).has_value());
    QVERIFY(cache.store(document(url + QStringLiteral("#key"), "new", first.addDays(1))).has_value());
    const std::optional<RemoteDocument> found = cache.find(QUrl(url + QStringLiteral("#other")));
    QVERIFY(found.has_value());
    QCOMPARE(found->body, QByteArray("new"));
    QCOMPARE(found->fetchedAt, first.addDays(1));
    QVERIFY(!cache.find(QUrl(QStringLiteral("https://badges.example.org/ob2/keys/key-2.json"))).has_value());
    // An empty body is a document too.
    QVERIFY(cache.store(document(QStringLiteral("https://badges.example.org/empty"), {}, first)).has_value());
    QCOMPARE(cache.find(QUrl(QStringLiteral("https://badges.example.org/empty")))->body, QByteArray());
}

void TestSqliteDocumentCache::createsTheDocumentedTable()
{
    {
        SqliteDocumentCache cache(m_path);
        QVERIFY(cache.open().has_value());
    }
    QStringList columns;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(QStringLiteral("PRAGMA table_info(fetched_documents)"), db);
        while (query.next()) {
            columns.append(query.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    QCOMPARE(columns,
             (QStringList{QStringLiteral("url"), QStringLiteral("final_url"), QStringLiteral("status"),
                          QStringLiteral("content_type"), QStringLiteral("body"), QStringLiteral("fetched_at")}));
}

void TestSqliteDocumentCache::usedFromTwoThreads()
{
    const QDateTime fetchedAt(QDate(2026, 2, 2), QTime(2, 2, 2), Qt::UTC);
    const int perThread = 40;
    {
        SqliteDocumentCache cache(m_path);
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        auto work = [&cache, fetchedAt](int thread) {
            int ok = 0;
            for (int i = 0; i < perThread; ++i) {
                const QString url = QStringLiteral("https://status.example.edu/t%1/%2").arg(thread).arg(i);
                const QByteArray body = url.toUtf8();
                if (cache.store(document(url, body, fetchedAt.addSecs(i))).has_value() &&
                    cache.find(QUrl(url)).value_or(RemoteDocument{}).body == body) {
                    ++ok;
                }
            }
            return ok;
        };
        QFuture<int> first = QtConcurrent::run(&pool, work, 1);
        QFuture<int> second = QtConcurrent::run(&pool, work, 2);
        QCOMPARE(first.result(), perThread);
        QCOMPARE(second.result(), perThread);
    }
    SqliteDocumentCache reopened(m_path);
    for (int thread = 1; thread <= 2; ++thread) {
        for (int i = 0; i < perThread; ++i) {
            const QString url = QStringLiteral("https://status.example.edu/t%1/%2").arg(thread).arg(i);
            const std::optional<RemoteDocument> found = reopened.find(QUrl(url));
            QVERIFY(found.has_value());
            QCOMPARE(found->body, url.toUtf8());
            QCOMPARE(found->fetchedAt, fetchedAt.addSecs(i));
        }
    }
}

void TestSqliteDocumentCache::unusableFileIsAnError()
{
    SqliteDocumentCache cache(m_dir->filePath(QStringLiteral("no-such-folder/library.sqlite")));
    const Result<void> stored =
        cache.store(document(QStringLiteral("https://x.example/"), "x", QDateTime::currentDateTimeUtc()));
    QVERIFY(!stored.has_value());
    QCOMPARE(stored.error().code, QStringLiteral("net.cache-unavailable"));
    QVERIFY(!cache.find(QUrl(QStringLiteral("https://x.example/"))).has_value());
}

QTEST_GUILESS_MAIN(TestSqliteDocumentCache)
#include "TestSqliteDocumentCache.moc"
