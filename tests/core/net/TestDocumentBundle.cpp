// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/DocumentBundle.h"
#include "core/net/Fetcher.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Net;
using namespace Credfolio::Test;

namespace {

struct Resource {
    QUrl url;
    QString file;
    QString contentType;
};

QList<Resource> corpusResources()
{
    const QJsonArray resources = QJsonDocument::fromJson(readData(QStringLiteral("corpus/web/manifest.json")))
                                     .object()
                                     .value(QLatin1String("resources"))
                                     .toArray();
    QList<Resource> result;
    for (const QJsonValue &value : resources) {
        const QJsonObject object = value.toObject();
        result.append({QUrl(object.value(QLatin1String("url")).toString()),
                       QStringLiteral("corpus/web/") + object.value(QLatin1String("file")).toString(),
                       object.value(QLatin1String("contentType")).toString()});
    }
    return result;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray manifestFor(const QString &file)
{
    QJsonObject resource{{QStringLiteral("url"), QStringLiteral("https://badges.example.org/x.json")},
                         {QStringLiteral("file"), file},
                         {QStringLiteral("contentType"), QStringLiteral("application/json")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("resources"), QJsonArray{resource}}}).toJson();
}

} // namespace

class TestDocumentBundle : public QObject {
    Q_OBJECT

private slots:
    void loadsEveryCorpusDocument();
    void fetcherAnswersFromBundleOffline();
    void bundleTakesPrecedenceOverNetwork();
    void fetchedAtMemberAndMediaType();
    void lookupIgnoresFragmentAndDefaultPort();
    void escapingPathsAreRefused_data();
    void escapingPathsAreRefused();
    void brokenManifestsAreRefused();
    void unknownUrlOfflineIsOffline();
};

void TestDocumentBundle::loadsEveryCorpusDocument()
{
    const Result<DocumentBundle> bundle = DocumentBundle::load(dataPath(QStringLiteral("corpus/web/manifest.json")));
    QVERIFY2(bundle.has_value(), qPrintable(bundle.has_value() ? QString() : bundle.error().toString()));
    const QList<Resource> resources = corpusResources();
    QCOMPARE(bundle->size(), resources.size());
    for (const Resource &resource : resources) {
        const std::optional<RemoteDocument> document = bundle->find(resource.url);
        QVERIFY2(document.has_value(), qPrintable(resource.url.toString()));
        QCOMPARE(document->body, readData(resource.file));
        QCOMPARE(document->contentType, resource.contentType);
        QCOMPARE(document->fetchedAt, QFileInfo(dataPath(resource.file)).lastModified().toUTC());
        QCOMPARE(document->httpStatus, 200);
        QVERIFY(document->fromCache);
    }
}

void TestDocumentBundle::fetcherAnswersFromBundleOffline()
{
    Fetcher fetcher;
    fetcher.setOffline(true);
    QVERIFY(fetcher.loadBundle(dataPath(QStringLiteral("corpus/web/manifest.json"))).has_value());
    for (const Resource &resource : corpusResources()) {
        const Result<RemoteDocument> document = fetcher.fetch(resource.url);
        QVERIFY2(document.has_value(), qPrintable(resource.url.toString()));
        QCOMPARE(document->body, readData(resource.file));
        QCOMPARE(document->url, resource.url);
        QVERIFY(document->fromCache);
    }
}

void TestDocumentBundle::bundleTakesPrecedenceOverNetwork()
{
    // Online, every host leads to a closed port: only the bundle can answer.
    FetcherPolicy policy;
    policy.totalTimeoutMs = 2000;
    Fetcher fetcher(policy);
    fetcher.mapHost(QStringLiteral("credentials.example.org"), 443, QHostAddress(QHostAddress::LocalHost), 1);
    const QUrl did(QStringLiteral("https://credentials.example.org/.well-known/did.json"));
    QCOMPARE(fetcher.fetch(did).error().code, QStringLiteral("net.unreachable"));
    QVERIFY(fetcher.loadBundle(dataPath(QStringLiteral("corpus/web/manifest.json"))).has_value());
    const Result<RemoteDocument> document = fetcher.fetch(did);
    QVERIFY(document.has_value());
    QCOMPARE(document->body, readData(QStringLiteral("corpus/web/credentials.example.org/.well-known/did.json")));
    // Bundled documents still pass the request's checks.
    FetchOptions options;
    options.acceptedContentTypes = {QStringLiteral("text/html")};
    QCOMPARE(fetcher.fetch(did, options).error().code, QStringLiteral("net.content-type"));
}

void TestDocumentBundle::fetchedAtMemberAndMediaType()
{
    const Result<DocumentBundle> bundle = DocumentBundle::load(dataPath(QStringLiteral("net/dated/manifest.json")));
    QVERIFY(bundle.has_value());
    const std::optional<RemoteDocument> document =
        bundle->find(QUrl(QStringLiteral("https://status.example.edu/lists/dated")));
    QVERIFY(document.has_value());
    QCOMPARE(document->fetchedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(document->contentType, QStringLiteral("application/vc+ld+json"));
    QCOMPARE(document->body, readData(QStringLiteral("net/dated/list.json")));
}

void TestDocumentBundle::lookupIgnoresFragmentAndDefaultPort()
{
    const Result<DocumentBundle> bundle = DocumentBundle::load(dataPath(QStringLiteral("corpus/web/manifest.json")));
    QVERIFY(bundle.has_value());
    const QByteArray key = readData(QStringLiteral("corpus/web/badges.example.org/ob2/keys/key-1.json"));
    const QUrl withFragment(QStringLiteral("https://badges.example.org/ob2/keys/key-1.json#key"));
    QCOMPARE(bundle->find(withFragment).value_or(RemoteDocument{}).body, key);
    QCOMPARE(bundle->find(withFragment)->url, withFragment);
    QCOMPARE(bundle->find(QUrl(QStringLiteral("https://BADGES.example.org:443/ob2/keys/key-1.json")))
                 .value_or(RemoteDocument{})
                 .body,
             key);
    QVERIFY(!bundle->find(QUrl(QStringLiteral("https://badges.example.org:8443/ob2/keys/key-1.json"))).has_value());
    QVERIFY(!bundle->find(QUrl(QStringLiteral("http://badges.example.org/ob2/keys/key-1.json"))).has_value());
}

void TestDocumentBundle::escapingPathsAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("parent") << QStringLiteral("../secret.json");
    QTest::newRow("parent inside") << QStringLiteral("inner/../../secret.json");
    QTest::newRow("backslash parent") << QStringLiteral("inner\\..\\..\\secret.json");
    QTest::newRow("absolute") << QStringLiteral("ABSOLUTE");
    QTest::newRow("symbolic link out") << QStringLiteral("link/secret.json");
}

void TestDocumentBundle::escapingPathsAreRefused()
{
    QFETCH(QString, file);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString secret = root.filePath(QStringLiteral("secret.json"));
    QVERIFY(writeFile(secret, "{\"secret\": true}"));
    QVERIFY(writeFile(root.filePath(QStringLiteral("bundle/inner/placeholder")), {}));
    QVERIFY(QFile::link(root.path(), root.filePath(QStringLiteral("bundle/link"))));
    if (file == QLatin1String("ABSOLUTE")) {
        file = secret;
    }
    const QString manifest = root.filePath(QStringLiteral("bundle/manifest.json"));
    QVERIFY(writeFile(manifest, manifestFor(file)));
    const Result<DocumentBundle> bundle = DocumentBundle::load(manifest);
    QVERIFY(!bundle.has_value());
    QCOMPARE(bundle.error().code, QStringLiteral("net.bundle-path"));
    Fetcher fetcher;
    QCOMPARE(fetcher.loadBundle(manifest).error().code, QStringLiteral("net.bundle-path"));
}

void TestDocumentBundle::brokenManifestsAreRefused()
{
    QCOMPARE(DocumentBundle::load(dataPath(QStringLiteral("net/no-such-manifest.json"))).error().code,
             QStringLiteral("net.bundle-unreadable"));
    QCOMPARE(DocumentBundle::load(dataPath(QStringLiteral("net/bad-json.json"))).error().code,
             QStringLiteral("net.bundle-invalid"));
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString manifest = root.filePath(QStringLiteral("manifest.json"));
    QVERIFY(writeFile(manifest, manifestFor(QStringLiteral("missing.json"))));
    QCOMPARE(DocumentBundle::load(manifest).error().code, QStringLiteral("net.bundle-unreadable"));
    QVERIFY(writeFile(manifest, "{\"resources\": {}}"));
    QCOMPARE(DocumentBundle::load(manifest).error().code, QStringLiteral("net.bundle-invalid"));
    QVERIFY(writeFile(manifest, "{\"resources\": [{\"file\": \"manifest.json\"}]}"));
    QCOMPARE(DocumentBundle::load(manifest).error().code, QStringLiteral("net.bundle-invalid"));
}

void TestDocumentBundle::unknownUrlOfflineIsOffline()
{
    Fetcher fetcher;
    fetcher.setOffline(true);
    QVERIFY(fetcher.loadBundle(dataPath(QStringLiteral("corpus/web/manifest.json"))).has_value());
    const QUrl unknown(QStringLiteral("https://badges.example.org/ob2/not-in-the-bundle.json"));
    const Result<RemoteDocument> document = fetcher.fetch(unknown);
    QVERIFY(!document.has_value());
    QCOMPARE(document.error().code, QStringLiteral("net.offline"));
    QVERIFY(document.error().message.contains(unknown.toString()));
}

QTEST_GUILESS_MAIN(TestDocumentBundle)
#include "TestDocumentBundle.moc"
