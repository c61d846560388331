// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "core/crypto/Hash.h"
#include "core/crypto/Verifier.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Credfolio;
using namespace Credfolio::Crypto;

namespace {

QByteArray flipBit(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes[index] ^ 0x01);
    return bytes;
}

PublicKey pemKey(const char *file)
{
    Result<PublicKey> key =
        PublicKey::fromPem(Test::readData(QStringLiteral("crypto/openssl-cli/") + QLatin1String(file)));
    if (!key)
        qFatal("cannot read %s: %s", file, qPrintable(key.error().toString()));
    return *key;
}

QByteArray hexFile(const QString &relative)
{
    return QByteArray::fromHex(Test::readData(relative).trimmed());
}

} // namespace

class TestVerifier : public QObject {
    Q_OBJECT

private slots:
    void rfc8032_data()
    {
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
            QTest::newRow(qPrintable(v.value(QStringLiteral("name")).toString()))
                << QByteArray::fromHex(v.value(QStringLiteral("publicKey")).toString().toLatin1())
                << QByteArray::fromHex(v.value(QStringLiteral("message")).toString().toLatin1())
                << QByteArray::fromHex(v.value(QStringLiteral("signature")).toString().toLatin1());
        }
    }

    void rfc8032()
    {
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        const Result<PublicKey> key = PublicKey::fromRawEd25519(publicKey);
        QVERIFY(key.has_value());
        QCOMPARE(verifySignature(*key, SignatureAlgorithm::EdDSA, message, signature).value(), true);
        QCOMPARE(verifySignature(*key, SignatureAlgorithm::EdDSA, message, flipBit(signature, 0)).value(), false);
        QCOMPARE(verifySignature(*key, SignatureAlgorithm::EdDSA, message, flipBit(signature, 63)).value(), false);
        if (!message.isEmpty())
            QCOMPARE(verifySignature(*key, SignatureAlgorithm::EdDSA, flipBit(message, message.size() - 1), signature)
                         .value(),
                     false);
        else
            QCOMPARE(verifySignature(*key, SignatureAlgorithm::EdDSA, QByteArray(1, '\0'), signature).value(), false);
        QCOMPARE(verifySignature(*key, SignatureAlgorithm::EdDSA, message, signature.chopped(1)).value(), false);
        QCOMPARE(verifySignature(*key, SignatureAlgorithm::EdDSA, message, {}).value(), false);
    }

    void vcDiEddsa_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("eddsa-rdfc-2022") << "eddsa-rdfc-2022"
                                         << "DataInt";
        QTest::newRow("eddsa-rdfc-2022 employ") << "eddsa-rdfc-2022/employ"
                                                << "DataInt";
        QTest::newRow("eddsa-jcs-2022") << "eddsa-jcs-2022"
                                        << "JCS";
        QTest::newRow("Ed25519Signature2020") << "Ed25519Signature2020"
                                              << "EdSig";
    }

    void vcDiEddsa()
    {
        QFETCH(QString, folder);
        QFETCH(QString, suffix);
        const QString base = QStringLiteral("vc-di-eddsa/TestVectors/") + folder + QLatin1Char('/');
        const QJsonObject keyPair =
            QJsonDocument::fromJson(Test::readData(QStringLiteral("vc-di-eddsa/TestVectors/keyPair.json"))).object();
        const Result<PublicKey> key =
            PublicKey::fromMultikey(keyPair.value(QStringLiteral("publicKeyMultibase")).toString());
        QVERIFY(key.has_value());

        const QByteArray combined = hexFile(base + QStringLiteral("combinedHash") + suffix + QStringLiteral(".txt"));
        QCOMPARE(combined, hexFile(base + QStringLiteral("proofHash") + suffix + QStringLiteral(".txt")) +
                               hexFile(base + QStringLiteral("docHash") + suffix + QStringLiteral(".txt")));
        const QByteArray proofValue =
            Test::readData(base + QStringLiteral("sigBTC58") + suffix + QStringLiteral(".txt")).trimmed();
        const Result<QByteArray> signature = Codec::multibaseDecode(proofValue);
        QVERIFY(signature.has_value());
        QCOMPARE(*signature, hexFile(base + QStringLiteral("sigHex") + suffix + QStringLiteral(".txt")));

        QCOMPARE(verifySignature(*key, SignatureAlgorithm::EdDSA, combined, *signature).value(), true);
        QCOMPARE(verifySignature(*key, SignatureAlgorithm::EdDSA, flipBit(combined, 10), *signature).value(), false);
        QCOMPARE(verifySignature(*key, SignatureAlgorithm::EdDSA, combined, flipBit(*signature, 40)).value(), false);
        // The hash order matters (standards §17.4): document hash first is a different message.
        QCOMPARE(verifySignature(*key, SignatureAlgorithm::EdDSA, QByteArray(combined.sliced(32) + combined.first(32)),
                                 *signature)
                     .value(),
                 false);
    }

    void opensslCliSignatures()
    {
        const QByteArray message = Test::readData(QStringLiteral("crypto/openssl-cli/message.txt"));
        const auto sig = [](const char *file) {
            return Test::readData(QStringLiteral("crypto/openssl-cli/") + QLatin1String(file));
        };
        const PublicKey rsa = pemKey("rsa2048-public.pem");
        QCOMPARE(verifySignature(rsa, SignatureAlgorithm::RS256, message, sig("rsa2048-rs256.sig")).value(), true);
        QCOMPARE(verifySignature(rsa, SignatureAlgorithm::PS256, message, sig("rsa2048-ps256.sig")).value(), true);
        // The two paddings are not interchangeable.
        QCOMPARE(verifySignature(rsa, SignatureAlgorithm::PS256, message, sig("rsa2048-rs256.sig")).value(), false);
        QCOMPARE(verifySignature(rsa, SignatureAlgorithm::RS256, message, sig("rsa2048-ps256.sig")).value(), false);
        QCOMPARE(verifySignature(rsa, SignatureAlgorithm::RS256, QByteArray(message + ' '), sig("rsa2048-rs256.sig"))
                     .value(),
                 false);
        QCOMPARE(
            verifySignature(rsa, SignatureAlgorithm::PS256, message, flipBit(sig("rsa2048-ps256.sig"), 100)).value(),
            false);

        const PublicKey p384 = pemKey("p384-public.pem");
        const QByteArray der384 = sig("p384-es384.der.sig");
        QCOMPARE(verifySignature(p384, SignatureAlgorithm::ES384, message, der384, EcdsaEncoding::Der).value(), true);
        QCOMPARE(verifySignature(p384, SignatureAlgorithm::ES384, QByteArray(message + ' '), der384, EcdsaEncoding::Der)
                     .value(),
                 false);
        // DER given where JOSE raw r||s is expected is simply not a valid signature.
        QCOMPARE(verifySignature(p384, SignatureAlgorithm::ES384, message, der384).value(), false);

        const PublicKey p256 = pemKey("p256-public.pem");
        QCOMPARE(
            verifySignature(p256, SignatureAlgorithm::ES256, message, sig("p256-es256.der.sig"), EcdsaEncoding::Der)
                .value(),
            true);

        const PublicKey ed = pemKey("ed25519-public.pem");
        QCOMPARE(verifySignature(ed, SignatureAlgorithm::EdDSA, message, sig("ed25519.sig")).value(), true);
    }

    void contextsAreReused()
    {
        // Each key keeps ready-made OpenSSL contexts: a failed check must not spoil the next one, and
        // several threads may verify with one key at once.
        const QByteArray message = Test::readData(QStringLiteral("crypto/openssl-cli/message.txt"));
        struct Case {
            PublicKey key;
            SignatureAlgorithm alg;
            QByteArray signature;
            EcdsaEncoding encoding;
        };
        const QList<Case> cases{
            {pemKey("rsa2048-public.pem"), SignatureAlgorithm::RS256,
             Test::readData(QStringLiteral("crypto/openssl-cli/rsa2048-rs256.sig")), EcdsaEncoding::Raw},
            {pemKey("rsa2048-public.pem"), SignatureAlgorithm::PS256,
             Test::readData(QStringLiteral("crypto/openssl-cli/rsa2048-ps256.sig")), EcdsaEncoding::Raw},
            {pemKey("p384-public.pem"), SignatureAlgorithm::ES384,
             Test::readData(QStringLiteral("crypto/openssl-cli/p384-es384.der.sig")), EcdsaEncoding::Der},
            {pemKey("ed25519-public.pem"), SignatureAlgorithm::EdDSA,
             Test::readData(QStringLiteral("crypto/openssl-cli/ed25519.sig")), EcdsaEncoding::Raw},
        };
        for (const Case &c : cases) {
            for (int round = 0; round < 3; ++round) {
                QCOMPARE(verifySignature(c.key, c.alg, message, c.signature, c.encoding).value(), true);
                QCOMPARE(verifySignature(c.key, c.alg, message, flipBit(c.signature, 20), c.encoding).value(), false);
                QCOMPARE(verifySignature(c.key, c.alg, QByteArray(message + 'x'), c.signature, c.encoding).value(),
                         false);
            }
        }
        std::atomic<int> failures = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 25; ++i) {
                    const Case &c = cases[(t + i) % cases.size()];
                    const bool tamper = (i % 3) == 0;
                    const Result<bool> r = verifySignature(c.key, c.alg, message,
                                                           tamper ? flipBit(c.signature, 5) : c.signature, c.encoding);
                    if (!r || *r == tamper)
                        ++failures;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
    }

    void derRoundTrip()
    {
        // OpenSSL's DER signatures, taken apart into r||s and rebuilt, must verify as JOSE raw signatures.
        const QByteArray message = Test::readData(QStringLiteral("crypto/openssl-cli/message.txt"));
        const QByteArray der = Test::readData(QStringLiteral("crypto/openssl-cli/p384-es384.der.sig"));
        // SEQUENCE (short form) { INTEGER r, INTEGER s }
        QCOMPARE(der.at(0), char(0x30));
        qsizetype at = 2;
        QByteArray raw;
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(der.at(at), char(0x02));
            const int length = der.at(at + 1);
            QByteArray integer = der.mid(at + 2, length);
            while (integer.size() > 48 && integer.at(0) == 0)
                integer.remove(0, 1);
            raw += QByteArray(48 - integer.size(), '\0') + integer;
            at += 2 + length;
        }
        QCOMPARE(rawEcdsaToDer(raw, 48), der);
        QCOMPARE(verifySignature(pemKey("p384-public.pem"), SignatureAlgorithm::ES384, message, raw).value(), true);
    }

    void derEncoding()
    {
        QByteArray raw(64, '\0');
        raw[31] = 0x01;
        raw[32] = char(0x80);
        // r = 1 (minimal: one byte), s = 0x80 00..00 (high bit set: a 0x00 in front keeps it positive).
        QCOMPARE(rawEcdsaToDer(raw, 32).toHex(), QByteArray("3026"
                                                            "020101"
                                                            "022100"
                                                            "80") +
                                                     QByteArray(62, '0'));
        QVERIFY(rawEcdsaToDer(QByteArray(64, '\0'), 32).isEmpty());
        QVERIFY(rawEcdsaToDer(QByteArray(63, '\1'), 32).isEmpty());
    }

    void keyAlgorithmMismatch_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("alg");
        QTest::newRow("ES256 with Ed25519") << "ed25519-public.pem" << int(SignatureAlgorithm::ES256);
        QTest::newRow("EdDSA with P-256") << "p256-public.pem" << int(SignatureAlgorithm::EdDSA);
        QTest::newRow("ES256 with P-384") << "p384-public.pem" << int(SignatureAlgorithm::ES256);
        QTest::newRow("ES384 with P-256") << "p256-public.pem" << int(SignatureAlgorithm::ES384);
        QTest::newRow("RS256 with P-256") << "p256-public.pem" << int(SignatureAlgorithm::RS256);
        QTest::newRow("EdDSA with RSA") << "rsa2048-public.pem" << int(SignatureAlgorithm::EdDSA);
        QTest::newRow("ES256 with RSA") << "rsa2048-public.pem" << int(SignatureAlgorithm::ES256);
    }

    void keyAlgorithmMismatch()
    {
        QFETCH(QString, file);
        QFETCH(int, alg);
        const PublicKey key = pemKey(qPrintable(file));
        const Result<bool> result = verifySignature(key, SignatureAlgorithm(alg), "data", QByteArray(64, 'x'));
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("crypto.key-algorithm-mismatch"));
        QVERIFY(!result.error().message.isEmpty());
    }

    void nullKey()
    {
        const Result<bool> result =
            verifySignature(PublicKey(), SignatureAlgorithm::EdDSA, "data", QByteArray(64, 'x'));
        QCOMPARE(result.error().code, QStringLiteral("crypto.key-algorithm-mismatch"));
    }

    void rsaTooSmall()
    {
        // A real, valid RS256 signature by a 1024-bit key: refused before any check.
        const PublicKey key = pemKey("rsa1024-public.pem");
        const QByteArray message = Test::readData(QStringLiteral("crypto/openssl-cli/message.txt"));
        const Result<bool> result =
            verifySignature(key, SignatureAlgorithm::RS256, message,
                            Test::readData(QStringLiteral("crypto/openssl-cli/rsa1024-rs256.sig")));
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("crypto.rsa-key-too-small"));
    }
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "TestVerifier.moc"
