// SPDX-License-Identifier: GPL-3.0-or-later
// Every verification method named by the corpus credentials (Data Integrity proofs in ob3/, JWT `kid` headers
// in ob3-jwt/) resolves through a Fetcher that answers from the corpus's pre-fetched documents, offline -- the
// way `credfolio-cli verify --documents corpus/web/manifest.json --offline` runs. Where the manifest says the key
// is not the issuer's, the resolver shows why: the method is not in the issuer's document, or its controller
// is someone else.
#include "core/codec/Base64Url.h"
#include "core/did/Resolver.h"
#include "core/net/Fetcher.h"
#include "tests/core/did/DidTestUtil.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Did;
using namespace Credfolio::Test;

namespace {

// The verification method of a credential file, or an empty string when it names none.
QString methodOf(const QString &file, const QByteArray &bytes)
{
    if (file.endsWith(QLatin1String(".jwt"))) {
        const QByteArray header = bytes.trimmed().split('.').first();
        const Result<QByteArray> json = Codec::base64UrlDecode(header);
        return json ? QJsonDocument::fromJson(*json).object().value(QLatin1String("kid")).toString() : QString();
    }
    const QJsonValue proof = QJsonDocument::fromJson(bytes).object().value(QLatin1String("proof"));
    const QJsonObject first = proof.isArray() ? proof.toArray().first().toObject() : proof.toObject();
    return first.value(QLatin1String("verificationMethod")).toString();
}

} // namespace

class TestCorpusMethods : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void corpusMethods_data();
    void corpusMethods();

private:
    Net::Fetcher m_fetcher;
};

void TestCorpusMethods::initTestCase()
{
    const Result<void> loaded = m_fetcher.loadBundle(dataPath(QStringLiteral("corpus/web/manifest.json")));
    QVERIFY2(loaded.has_value(), qPrintable(loaded.has_value() ? QString() : loaded.error().toString()));
    m_fetcher.setOffline(true);
}

void TestCorpusMethods::corpusMethods_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("reason");
    const QJsonArray entries =
        readJsonObject(QStringLiteral("corpus/manifest.json")).value(QLatin1String("entries")).toArray();
    int rows = 0;
    int notControlled = 0;
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const QString file = entry.value(QLatin1String("file")).toString();
        if (!file.startsWith(QLatin1String("ob3/")) && !file.startsWith(QLatin1String("ob3-jwt/"))) {
            continue;
        }
        const QString reason = entry.value(QLatin1String("reason")).toString();
        const QString method = methodOf(file, readData(QStringLiteral("corpus/") + file));
        if (method.isEmpty()) {
            // Only credentials that cannot name a key may lack one.
            QVERIFY2(reason == QLatin1String("no-proof") || reason == QLatin1String("malformed-json"),
                     qPrintable(file));
            continue;
        }
        notControlled += reason == QLatin1String("key-not-controlled-by-issuer");
        QTest::newRow(qPrintable(file)) << file << method << entry.value(QLatin1String("issuer")).toString() << reason;
        ++rows;
    }
    QVERIFY(rows >= 30);
    QCOMPARE(notControlled, 4);
}

void TestCorpusMethods::corpusMethods()
{
    QFETCH(QString, file);
    QFETCH(QString, method);
    QFETCH(QString, issuer);
    QFETCH(QString, reason);
    const Resolver resolver(&m_fetcher);
    const Result<ResolvedMethod> resolved = resolver.resolveMethod(method, Relationship::AssertionMethod);
    if (reason != QLatin1String("key-not-controlled-by-issuer")) {
        QVERIFY2(resolved.has_value(), errorText(resolved));
        QCOMPARE(resolved->method.controller, issuer);
        QCOMPARE(resolved->method.id, method);
        QVERIFY(!resolved->method.key.isNull());
        QCOMPARE(resolved->document.computed, !issuer.startsWith(QLatin1String("did:web:")));
        return;
    }
    if (method.startsWith(issuer + QLatin1Char('#'))) {
        // The issuer's own document does not list the key.
        QCOMPARE(codeOf(resolved), QStringLiteral("did.method-not-found"));
    } else {
        // A key that resolves, but whose controller is not the issuer.
        QVERIFY2(resolved.has_value(), errorText(resolved));
        QVERIFY(resolved->method.controller != issuer);
        QCOMPARE(resolved->method.controller, method.left(method.indexOf(QLatin1Char('#'))));
    }
}

QTEST_GUILESS_MAIN(TestCorpusMethods)
#include "TestCorpusMethods.moc"
