// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled-context loader: which URLs it serves, which copy, and that the pins are enforced.
#include "core/json/JsonReader.h"
#include "core/jsonld/DocumentLoader.h"
#include "core/jsonld/Expander.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::JsonLd;

class TestDocumentLoader : public QObject {
    Q_OBJECT

private slots:
    void bundledContextsAreServedAndProcessable_data();
    void bundledContextsAreServedAndProcessable();
    void newestCopiesAreBundled();
    void unknownUrlIsNamed();
    void pinMismatchIsRefused();
};

void TestDocumentLoader::bundledContextsAreServedAndProcessable_data()
{
    QTest::addColumn<QString>("url");
    const QStringList urls = {
        QStringLiteral("https://www.w3.org/2018/credentials/v1"),
        QStringLiteral("https://www.w3.org/ns/credentials/v2"),
        QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context.json"),
        QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json"),
        QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"),
        QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"),
        QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"),
        QStringLiteral("https://purl.imsglobal.org/spec/clr/v2p0/context.json"),
        QStringLiteral("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"),
        QStringLiteral("https://w3id.org/security/data-integrity/v1"),
        QStringLiteral("https://w3id.org/security/data-integrity/v2"),
        QStringLiteral("https://w3id.org/security/suites/ed25519-2020/v1"),
        QStringLiteral("https://w3id.org/security/multikey/v1"),
        QStringLiteral("https://w3id.org/security/suites/jws-2020/v1"),
        QStringLiteral("https://w3id.org/security/v1"),
        QStringLiteral("https://w3id.org/security/v2"),
        QStringLiteral("https://www.w3.org/ns/did/v1"),
        QStringLiteral("https://www.w3.org/ns/credentials/examples/v2"),
    };
    for (const QString &url : urls)
        QTest::newRow(qPrintable(url)) << url;
}

void TestDocumentLoader::bundledContextsAreServedAndProcessable()
{
    QFETCH(QString, url);
    const Result<RemoteDocument> document = DocumentLoader::bundled()->load(url);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    QCOMPARE(document->documentUrl, url);
    QVERIFY(document->document.toObject().contains(QLatin1String("@context")));
    // Usable as a context: a document using it expands without error.
    const QJsonObject probe{{QStringLiteral("@context"), url},
                            {QStringLiteral("@id"), QStringLiteral("urn:x:1")},
                            {QStringLiteral("http://example.org/p"), QStringLiteral("v")}};
    const Result<ExpandResult> expanded = expand(probe);
    QVERIFY2(expanded, qPrintable(expanded ? QString() : expanded.error().toString()));
    QCOMPARE(expanded->expanded.size(), 1);
}

void TestDocumentLoader::newestCopiesAreBundled()
{
    const auto contextOf = [](const QString &url) {
        return DocumentLoader::bundled()
            ->load(url)
            .value()
            .document.toObject()
            .value(QLatin1String("@context"))
            .toObject();
    };
    // Terms that only the newest published copies have: without them the canonical form changes silently.
    const QJsonObject ob303 = contextOf(QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
    const QByteArray ob303Text = QJsonDocument(ob303).toJson();
    QVERIFY(ob303Text.contains("endorsementJwt"));
    QVERIFY(ob303Text.contains("\"jti\""));
    const QByteArray clrText =
        QJsonDocument(contextOf(QStringLiteral("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json")))
            .toJson();
    QVERIFY(clrText.contains("\"partial\""));
}

void TestDocumentLoader::unknownUrlIsNamed()
{
    const QString url = QStringLiteral("https://w3id.org/vc/status-list/2021/v1-not-bundled");
    const Result<RemoteDocument> document = DocumentLoader::bundled()->load(url);
    QVERIFY(!document);
    QCOMPARE(document.error().code, QStringLiteral("jsonld.unknown-context"));
    QVERIFY(document.error().detail.contains(url));
}

void TestDocumentLoader::pinMismatchIsRefused()
{
    DocumentLoader loader;
    const QByteArray json = R"({"@context": {"name": "http://schema.org/name"}})";
    const QString pin = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    loader.addDocument(QStringLiteral("https://example.org/good"), json, QStringLiteral("application/ld+json"), pin);
    QByteArray tampered = json;
    tampered.replace("schema.org", "evil.example");
    loader.addDocument(QStringLiteral("https://example.org/bad"), tampered, QStringLiteral("application/ld+json"), pin);
    QVERIFY(loader.load(QStringLiteral("https://example.org/good")));
    const Result<RemoteDocument> bad = loader.load(QStringLiteral("https://example.org/bad"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, QStringLiteral("jsonld.context-integrity"));
}

QTEST_GUILESS_MAIN(TestDocumentLoader)
#include "TestDocumentLoader.moc"
