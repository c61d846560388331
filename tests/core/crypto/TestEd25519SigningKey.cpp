// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "core/crypto/Ed25519SigningKey.h"
#include "core/crypto/Verifier.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Crypto;

class TestEd25519SigningKey : public QObject {
    Q_OBJECT

private slots:
    void rfc8032_data()
    {
        QTest::addColumn<QByteArray>("secretKey");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        const QJsonArray vectors =
            QJsonDocument::fromJson(Test::readData(QStringLiteral("crypto/rfc8032/ed25519.json")))
                .object()
                .value(QStringLiteral("vectors"))
                .toArray();
        QCOMPARE(vectors.size(), 4);
        for (const QJsonValue &value : vectors) {
            const QJsonObject v = value.toObject();
            const auto hex = [&](const char *name) {
                return QByteArray::fromHex(v.value(QLatin1String(name)).toString().toLatin1());
            };
            QTest::newRow(qPrintable(v.value(QStringLiteral("name")).toString()))
                << hex("secretKey") << hex("publicKey") << hex("message") << hex("signature");
        }
    }

    void rfc8032()
    {
        QFETCH(QByteArray, secretKey);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        const Result<Ed25519SigningKey> key = Ed25519SigningKey::fromSeed(secretKey);
        QVERIFY(key.has_value());
        QCOMPARE(key->seed(), secretKey);
        QCOMPARE(key->publicKey().rawEd25519(), publicKey);
        QCOMPARE(key->sign(message), signature);
        QCOMPARE(verifySignature(key->publicKey(), SignatureAlgorithm::EdDSA, message, signature).value(), true);
    }

    void vcDiEddsaKeyPair()
    {
        // The vectors' private Multikey (0x1300 + seed) gives the public Multikey and reproduces each proofValue.
        const QJsonObject keyPair =
            QJsonDocument::fromJson(Test::readData(QStringLiteral("vc-di-eddsa/TestVectors/keyPair.json"))).object();
        const Result<QByteArray> secret =
            Codec::multibaseDecode(keyPair.value(QStringLiteral("privateKeyMultibase")).toString().toLatin1());
        QVERIFY(secret.has_value());
        const Result<Codec::MulticodecValue> seed = Codec::multicodecDecode(*secret);
        QVERIFY(seed.has_value());
        QCOMPARE(seed->code, Codec::Multicodec::Ed25519Private);
        const Result<Ed25519SigningKey> key = Ed25519SigningKey::fromSeed(seed->payload);
        QVERIFY(key.has_value());
        QCOMPARE(key->publicKey().toMultikey(), keyPair.value(QStringLiteral("publicKeyMultibase")).toString());

        const QString base = QStringLiteral("vc-di-eddsa/TestVectors/");
        const QStringList suites{QStringLiteral("eddsa-rdfc-2022/%1DataInt.txt"),
                                 QStringLiteral("eddsa-jcs-2022/%1JCS.txt"),
                                 QStringLiteral("Ed25519Signature2020/%1EdSig.txt")};
        for (const QString &suite : suites) {
            const QByteArray hashData =
                QByteArray::fromHex(Test::readData(base + suite.arg(QLatin1String("combinedHash"))).trimmed());
            const QByteArray proofValue = Test::readData(base + suite.arg(QLatin1String("sigBTC58"))).trimmed();
            QCOMPARE(Codec::multibaseEncode(Codec::Multibase::Base58Btc, key->sign(hashData)), proofValue);
        }
    }

    void generate()
    {
        const Result<Ed25519SigningKey> first = Ed25519SigningKey::generate();
        const Result<Ed25519SigningKey> second = Ed25519SigningKey::generate();
        QVERIFY(first.has_value() && second.has_value());
        QCOMPARE(first->seed().size(), 32);
        QVERIFY(first->seed() != second->seed());
        const QByteArray signature = first->sign("portfolio");
        QCOMPARE(signature.size(), 64);
        QCOMPARE(verifySignature(first->publicKey(), SignatureAlgorithm::EdDSA, "portfolio", signature).value(), true);
        QCOMPARE(verifySignature(second->publicKey(), SignatureAlgorithm::EdDSA, "portfolio", signature).value(),
                 false);
        // The seed restores the same key.
        const Result<Ed25519SigningKey> restored = Ed25519SigningKey::fromSeed(first->seed());
        QVERIFY(restored.has_value());
        QCOMPARE(restored->publicKey().rawEd25519(), first->publicKey().rawEd25519());
        QCOMPARE(restored->sign("portfolio"), signature);
    }

    void badSeed()
    {
        QCOMPARE(Ed25519SigningKey::fromSeed(QByteArray(31, 'x')).error().code, QStringLiteral("crypto.invalid-key"));
        QCOMPARE(Ed25519SigningKey::fromSeed(QByteArray(64, 'x')).error().code, QStringLiteral("crypto.invalid-key"));
    }
};

QTEST_GUILESS_MAIN(TestEd25519SigningKey)
#include "TestEd25519SigningKey.moc"
