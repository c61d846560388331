// SPDX-License-Identifier: GPL-3.0-or-later
// The signature layer over the team corpus's signed samples (tests/data/corpus): every JWT/JWS whose key is
// at hand (did:key, did:jwk, OB 2.0 publicKeyPem) must parse, verify or fail exactly as its label says,
// as far as signatures go (expiry, revocation and issuer binding are later layers: their samples carry
// good signatures).
#include "core/codec/Base64Url.h"
#include "core/crypto/Jws.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Crypto;

namespace {

QJsonObject readJson(const QString &relative)
{
    return QJsonDocument::fromJson(Test::readData(relative)).object();
}

// The key a sample names: `kid` as did:key / did:jwk, or the OB 2.0 `verification.creator` URL served from
// the corpus's web/ folder.
Result<PublicKey> sampleKey(const JwsCompact &jws)
{
    const QString kid = jws.header.value(QStringLiteral("kid")).toString();
    if (kid.startsWith(QLatin1String("did:key:")))
        return PublicKey::fromMultikey(QStringView(kid).mid(8).split(u'#').first());
    if (kid.startsWith(QLatin1String("did:jwk:"))) {
        const QByteArray encoded = kid.mid(8).split(QLatin1Char('#')).first().toLatin1();
        return PublicKey::fromJwk(
            QJsonDocument::fromJson(Codec::base64UrlDecode(encoded).value_or(QByteArray())).object());
    }
    const QString creator = QJsonDocument::fromJson(jws.payload)
                                .object()
                                .value(QStringLiteral("verification"))
                                .toObject()
                                .value(QStringLiteral("creator"))
                                .toString();
    const QJsonArray resources =
        readJson(QStringLiteral("corpus/web/manifest.json")).value(QStringLiteral("resources")).toArray();
    for (const QJsonValue &resource : resources) {
        if (resource.toObject().value(QStringLiteral("url")).toString() == creator) {
            const QJsonObject key =
                readJson(QStringLiteral("corpus/web/") + resource.toObject().value(QStringLiteral("file")).toString());
            return PublicKey::fromPem(key.value(QStringLiteral("publicKeyPem")).toString().toUtf8());
        }
    }
    return makeError(QStringLiteral("test.no-key"), QStringLiteral("no key for ") + creator);
}

} // namespace

class TestCorpusJws : public QObject {
    Q_OBJECT

private slots:
    void samples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        const QJsonArray entries =
            readJson(QStringLiteral("corpus/manifest.json")).value(QStringLiteral("entries")).toArray();
        int rows = 0;
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QString container = entry.value(QStringLiteral("container")).toString();
            if ((container != QLatin1String("jwt") && container != QLatin1String("jws")) ||
                entry.value(QStringLiteral("bulk")).toBool())
                continue;
            const QString reason = entry.value(QStringLiteral("reason")).toString();
            QString expected = QStringLiteral("valid-signature");
            if (reason == QLatin1String("tampered") || reason == QLatin1String("wrong-key"))
                expected = QStringLiteral("invalid-signature");
            else if (reason == QLatin1String("alg-none"))
                expected = QStringLiteral("crypto.jws-alg-none");
            else if (reason == QLatin1String("alg-confusion"))
                expected = QStringLiteral("crypto.jws-alg-hmac");
            else if (reason == QLatin1String("malformed-jws"))
                expected = QStringLiteral("parse-error");
            const QString file = entry.value(QStringLiteral("file")).toString();
            QTest::newRow(qPrintable(file)) << file << expected;
            ++rows;
        }
        QVERIFY(rows >= 20);
    }

    void samples()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const Result<JwsCompact> jws = parseJwsCompact(Test::readData(QStringLiteral("corpus/") + file).trimmed());
        if (!jws) {
            if (expected == QLatin1String("parse-error"))
                QVERIFY(jws.error().code.startsWith(QLatin1String("crypto.jws-")));
            else
                QCOMPARE(jws.error().code, expected);
            return;
        }
        QVERIFY2(expected == QLatin1String("valid-signature") || expected == QLatin1String("invalid-signature"),
                 qPrintable(QStringLiteral("parsed although expected ") + expected));
        const Result<PublicKey> key = sampleKey(*jws);
        QVERIFY2(key.has_value(), qPrintable(key ? QString() : key.error().toString()));
        const Result<bool> verdict = verifyJws(*jws, *key);
        QVERIFY2(verdict.has_value(), qPrintable(verdict ? QString() : verdict.error().toString()));
        QCOMPARE(*verdict, expected == QLatin1String("valid-signature"));
    }
};

QTEST_GUILESS_MAIN(TestCorpusJws)
#include "TestCorpusJws.moc"
