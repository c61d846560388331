// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Base64Url.h"
#include "core/codec/Multibase.h"
#include "core/codec/Multicodec.h"
#include "core/crypto/Ed25519SigningKey.h"
#include "core/crypto/PublicKey.h"
#include "tests/support/TestData.h"

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

QJsonObject withoutMember(QJsonObject object, const QString &name)
{
    object.remove(name);
    return object;
}

} // namespace

class TestPublicKey : public QObject {
    Q_OBJECT

private slots:
    void jwkRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("bits");
        QTest::newRow("RFC 7515 A.2 RSA") << "crypto/rfc7515/a2-rs256-public.jwk.json" << int(KeyType::Rsa) << 2048;
        QTest::newRow("RFC 7515 A.3 P-256") << "crypto/rfc7515/a3-es256-public.jwk.json" << int(KeyType::P256) << 256;
        QTest::newRow("RFC 8037 A.1 Ed25519")
            << "crypto/rfc8037/a1-ed25519-public.jwk.json" << int(KeyType::Ed25519) << 256;
    }

    void jwkRoundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, type);
        QFETCH(int, bits);
        const QJsonObject jwk = readJson(file);
        const Result<PublicKey> key = PublicKey::fromJwk(jwk);
        QVERIFY2(key.has_value(), qPrintable(key ? QString() : key.error().toString()));
        QCOMPARE(int(key->type()), type);
        QCOMPARE(key->bits(), bits);
        QVERIFY(key->handle() != nullptr);
        QCOMPARE(key->toJwk(), jwk);
    }

    void privateJwkRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("EC with d") << "crypto/rfc7515/a3-es256-private.jwk.json";
        QTest::newRow("OKP with d") << "crypto/rfc8037/a1-ed25519-private.jwk.json";
    }

    void privateJwkRefused()
    {
        QFETCH(QString, file);
        const Result<PublicKey> key = PublicKey::fromJwk(readJson(file));
        QVERIFY(!key);
        QCOMPARE(key.error().code, QStringLiteral("crypto.private-key-in-jwk"));
        QVERIFY(!key.error().message.isEmpty());
    }

    void privateRsaMembersRefused()
    {
        QJsonObject jwk = readJson(QStringLiteral("crypto/rfc7515/a2-rs256-public.jwk.json"));
        jwk.insert(QStringLiteral("p"), QStringLiteral("AQAB"));
        QCOMPARE(PublicKey::fromJwk(jwk).error().code, QStringLiteral("crypto.private-key-in-jwk"));
    }

    void badJwks()
    {
        const QJsonObject ec = readJson(QStringLiteral("crypto/rfc7515/a3-es256-public.jwk.json"));
        QCOMPARE(PublicKey::fromJwk(withoutMember(ec, QStringLiteral("y"))).error().code,
                 QStringLiteral("crypto.bad-jwk"));
        QCOMPARE(PublicKey::fromJwk(withoutMember(ec, QStringLiteral("kty"))).error().code,
                 QStringLiteral("crypto.bad-jwk"));

        QJsonObject padded = ec;
        padded.insert(QStringLiteral("x"), QString(ec.value(QStringLiteral("x")).toString() + QStringLiteral("=")));
        QCOMPARE(PublicKey::fromJwk(padded).error().code, QStringLiteral("crypto.bad-jwk"));

        QJsonObject wrongCurve = ec;
        wrongCurve.insert(QStringLiteral("crv"), QStringLiteral("P-384"));
        QCOMPARE(PublicKey::fromJwk(wrongCurve).error().code, QStringLiteral("crypto.bad-jwk"));

        QJsonObject encryption = ec;
        encryption.insert(QStringLiteral("use"), QStringLiteral("enc"));
        QCOMPARE(PublicKey::fromJwk(encryption).error().code, QStringLiteral("crypto.bad-jwk"));

        QJsonObject secp256k1 = ec;
        secp256k1.insert(QStringLiteral("crv"), QStringLiteral("secp256k1"));
        QCOMPARE(PublicKey::fromJwk(secp256k1).error().code, QStringLiteral("crypto.unsupported-key-type"));

        QJsonObject oct{{QStringLiteral("kty"), QStringLiteral("oct")}};
        QCOMPARE(PublicKey::fromJwk(oct).error().code, QStringLiteral("crypto.unsupported-key-type"));
    }

    void ecPointOffCurveRefused()
    {
        QJsonObject jwk = readJson(QStringLiteral("crypto/rfc7515/a3-es256-public.jwk.json"));
        QByteArray y = Codec::base64UrlDecode(jwk.value(QStringLiteral("y")).toString().toLatin1()).value();
        y[31] = char(y[31] ^ 0x01);
        jwk.insert(QStringLiteral("y"), QString::fromLatin1(Codec::base64UrlEncode(y)));
        const Result<PublicKey> key = PublicKey::fromJwk(jwk);
        QVERIFY(!key);
        QCOMPARE(key.error().code, QStringLiteral("crypto.invalid-key"));
    }

    void didKeyEd25519_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QString>("publicKeyBase58");
        QTest::addColumn<QJsonObject>("jwk");
        const QJsonObject vectors = readJson(QStringLiteral("crypto/did-key/ed25519-x25519.json"));
        for (auto it = vectors.begin(); it != vectors.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            // Older entries give `verificationKeyPair.publicKeyBase58`, newer ones `verificationMethod.publicKeyJwk`.
            const QJsonObject method = entry.contains(QStringLiteral("verificationKeyPair"))
                                           ? entry.value(QStringLiteral("verificationKeyPair")).toObject()
                                           : entry.value(QStringLiteral("verificationMethod")).toObject();
            QTest::newRow(qPrintable(it.key()))
                << it.key() << QByteArray::fromHex(entry.value(QStringLiteral("seed")).toString().toLatin1())
                << method.value(QStringLiteral("publicKeyBase58")).toString()
                << method.value(QStringLiteral("publicKeyJwk")).toObject();
        }
    }

    void didKeyEd25519()
    {
        QFETCH(QString, did);
        QFETCH(QByteArray, seed);
        QFETCH(QString, publicKeyBase58);
        QFETCH(QJsonObject, jwk);
        QVERIFY(!publicKeyBase58.isEmpty() || !jwk.isEmpty());
        const QString multibase = did.mid(QStringLiteral("did:key:").size());
        const Result<PublicKey> key = PublicKey::fromMultikey(multibase);
        QVERIFY2(key.has_value(), qPrintable(key ? QString() : key.error().toString()));
        QCOMPARE(key->type(), KeyType::Ed25519);
        if (!publicKeyBase58.isEmpty())
            QCOMPARE(key->rawEd25519(),
                     Codec::multibaseDecode(QByteArray(QByteArray("z") + publicKeyBase58.toLatin1())).value());
        if (!jwk.isEmpty()) {
            QJsonObject publicJwk = jwk;
            publicJwk.remove(QStringLiteral("d"));
            QCOMPARE(key->toJwk(), publicJwk);
        }
        QCOMPARE(key->toMultikey(), multibase);
        const Result<PublicKey> viaJwk = PublicKey::fromJwk(key->toJwk());
        QVERIFY(viaJwk.has_value());
        QCOMPARE(viaJwk->toMultikey(), multibase);
        // The vector's seed is the private key of the same DID.
        QCOMPARE(seed.size(), 32);
        QCOMPARE(Ed25519SigningKey::fromSeed(seed)->publicKey().toMultikey(), multibase);
    }

    void didKeyNist_data()
    {
        QTest::addColumn<QString>("did");
        QTest::addColumn<QJsonObject>("jwk");
        const QJsonObject vectors = readJson(QStringLiteral("crypto/did-key/nist-curves.json"));
        for (auto it = vectors.begin(); it != vectors.end(); ++it) {
            const QJsonObject method = it.value().toObject().value(QStringLiteral("verificationMethod")).toObject();
            const QJsonObject jwk = method.value(QStringLiteral("publicKeyJwk")).toObject();
            const QString crv = jwk.value(QStringLiteral("crv")).toString();
            if (crv != QLatin1String("P-256") && crv != QLatin1String("P-384"))
                continue; // P-521 is not on the allow-list; see unsupportedMultikeys()
            QTest::newRow(qPrintable(it.key())) << it.key() << jwk;
        }
    }

    void didKeyNist()
    {
        QFETCH(QString, did);
        QFETCH(QJsonObject, jwk);
        const QString multibase = did.mid(QStringLiteral("did:key:").size());
        const Result<PublicKey> key = PublicKey::fromMultikey(multibase);
        QVERIFY2(key.has_value(), qPrintable(key ? QString() : key.error().toString()));
        QCOMPARE(key->toJwk(), jwk);
        QCOMPARE(key->toMultikey(), multibase);
        const Result<PublicKey> fromJwk = PublicKey::fromJwk(jwk);
        QVERIFY(fromJwk.has_value());
        QCOMPARE(fromJwk->toMultikey(), multibase);
        QCOMPARE(fromJwk->type(), key->type());
    }

    void unsupportedMultikeys()
    {
        const QJsonObject vectors = readJson(QStringLiteral("crypto/did-key/nist-curves.json"));
        int p521 = 0;
        for (const QString &did : vectors.keys()) {
            if (!did.startsWith(QLatin1String("did:key:z2J9")))
                continue;
            ++p521;
            QCOMPARE(PublicKey::fromMultikey(did.mid(8)).error().code, QStringLiteral("crypto.unsupported-key-type"));
        }
        QVERIFY(p521 > 0);
        // X25519 (0xec) is a key-agreement key, never a signature key.
        QCOMPARE(PublicKey::fromMultikey(u"z6LShs9GGnqk85isEBzzshkuVWrVKsRp24GnDuHk8QWkARMW").error().code,
                 QStringLiteral("crypto.unsupported-key-type"));
    }

    void badMultikeys()
    {
        const QString good = QStringLiteral("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        QVERIFY(PublicKey::fromMultikey(good).has_value());
        const auto ed25519Multikey = [](qsizetype keyBytes) {
            return QString::fromLatin1(Codec::multibaseEncode(
                Codec::Multibase::Base58Btc,
                Codec::multicodecEncode(Codec::Multicodec::Ed25519Public, QByteArray(keyBytes, '\x07'))));
        };
        QVERIFY(PublicKey::fromMultikey(ed25519Multikey(32)).has_value());
        QCOMPARE(PublicKey::fromMultikey(ed25519Multikey(31)).error().code, QStringLiteral("crypto.bad-multikey"));
        QCOMPARE(PublicKey::fromMultikey(ed25519Multikey(33)).error().code, QStringLiteral("crypto.bad-multikey"));
        QCOMPARE(PublicKey::fromMultikey(QString(good).replace(0, 1, QLatin1Char('u'))).error().code,
                 QStringLiteral("crypto.bad-multikey"));
        QCOMPARE(PublicKey::fromMultikey(QString(good + QLatin1Char('0'))).error().code,
                 QStringLiteral("crypto.bad-multikey"));
        QCOMPARE(PublicKey::fromMultikey(u"").error().code, QStringLiteral("crypto.bad-multikey"));
        // A P-256 multikey whose compressed point has a bad prefix byte.
        const QByteArray bytes = Codec::multibaseDecode("zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv").value();
        QByteArray broken = bytes;
        broken[2] = 0x04;
        QCOMPARE(
            PublicKey::fromMultikey(QString::fromLatin1(Codec::multibaseEncode(Codec::Multibase::Base58Btc, broken)))
                .error()
                .code,
            QStringLiteral("crypto.bad-multikey"));
    }

    void pem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("bits");
        QTest::newRow("RSA 2048") << "crypto/openssl-cli/rsa2048-public.pem" << int(KeyType::Rsa) << 2048;
        QTest::newRow("RSA 1024") << "crypto/openssl-cli/rsa1024-public.pem" << int(KeyType::Rsa) << 1024;
        QTest::newRow("P-256") << "crypto/openssl-cli/p256-public.pem" << int(KeyType::P256) << 256;
        QTest::newRow("P-384") << "crypto/openssl-cli/p384-public.pem" << int(KeyType::P384) << 384;
        QTest::newRow("Ed25519") << "crypto/openssl-cli/ed25519-public.pem" << int(KeyType::Ed25519) << 256;
    }

    void pem()
    {
        QFETCH(QString, file);
        QFETCH(int, type);
        QFETCH(int, bits);
        const Result<PublicKey> key = PublicKey::fromPem(Test::readData(file));
        QVERIFY2(key.has_value(), qPrintable(key ? QString() : key.error().toString()));
        QCOMPARE(int(key->type()), type);
        QCOMPARE(key->bits(), bits);
        // The same key through its JWK.
        const Result<PublicKey> viaJwk = PublicKey::fromJwk(key->toJwk());
        QVERIFY(viaJwk.has_value());
        QCOMPARE(viaJwk->toJwk(), key->toJwk());
    }

    void rfc8410Pem()
    {
        // RFC 8410 §10.1: an Ed25519 SubjectPublicKeyInfo.
        const Result<PublicKey> key =
            PublicKey::fromPem("-----BEGIN PUBLIC KEY-----\n"
                               "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
                               "-----END PUBLIC KEY-----\n");
        QVERIFY(key.has_value());
        QCOMPARE(key->rawEd25519().toHex(),
                 QByteArray("19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1"));
    }

    void badPem()
    {
        QCOMPARE(PublicKey::fromPem("not a key").error().code, QStringLiteral("crypto.bad-pem"));
        QByteArray truncated = Test::readData(QStringLiteral("crypto/openssl-cli/p256-public.pem"));
        truncated.remove(40, 10);
        QCOMPARE(PublicKey::fromPem(truncated).error().code, QStringLiteral("crypto.bad-pem"));
        QCOMPARE(
            PublicKey::fromPem(Test::readData(QStringLiteral("crypto/openssl-cli/x25519-public.pem"))).error().code,
            QStringLiteral("crypto.unsupported-key-type"));
    }

    void rawEd25519()
    {
        QCOMPARE(PublicKey::fromRawEd25519(QByteArray(31, 'a')).error().code, QStringLiteral("crypto.invalid-key"));
        const QByteArray raw = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const Result<PublicKey> key = PublicKey::fromRawEd25519(raw);
        QVERIFY(key.has_value());
        QCOMPARE(key->rawEd25519(), raw);
        QVERIFY(key->toMultikey().startsWith(QLatin1String("z6Mk")));
    }

    void copiesShareTheKey()
    {
        const Result<PublicKey> key = PublicKey::fromMultikey(u"z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2");
        QVERIFY(key.has_value());
        PublicKey copy = *key;
        QCOMPARE(copy.handle(), key->handle());
        PublicKey null;
        QVERIFY(null.isNull());
        QVERIFY(null.toJwk().isEmpty());
        QVERIFY(null.toMultikey().isEmpty());
        null = copy;
        QCOMPARE(null.toMultikey(), key->toMultikey());
    }
};

QTEST_GUILESS_MAIN(TestPublicKey)
#include "TestPublicKey.moc"
