// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Base64Url.h"
#include "core/crypto/Ed25519SigningKey.h"
#include "core/crypto/Jws.h"
#include "tests/support/TestData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Crypto;

namespace {

QJsonObject readJson(const QString &relative)
{
    return QJsonDocument::fromJson(Test::readData(relative)).object();
}

PublicKey jwkKey(const char *file)
{
    Result<PublicKey> key = PublicKey::fromJwk(readJson(QLatin1String(file)));
    if (!key)
        qFatal("cannot read %s: %s", file, qPrintable(key.error().toString()));
    return *key;
}

// A token with the given header text, payload and signature bytes.
QByteArray token(const QByteArray &header, const QByteArray &payload = "{}",
                 const QByteArray &signature = QByteArray(64, 's'))
{
    return Codec::base64UrlEncode(header) + '.' + Codec::base64UrlEncode(payload) + '.' +
           Codec::base64UrlEncode(signature);
}

QString errorCode(const QByteArray &jws)
{
    const Result<JwsCompact> parsed = parseJwsCompact(jws);
    return parsed ? QStringLiteral("(parsed)") : parsed.error().code;
}

} // namespace

class TestJws : public QObject {
    Q_OBJECT

private slots:
    void rfcVectors_data()
    {
        QTest::addColumn<QString>("tokenFile");
        QTest::addColumn<QString>("jwkFile");
        QTest::addColumn<int>("alg");
        QTest::newRow("RFC 7515 A.2 RS256")
            << "crypto/rfc7515/a2-rs256.jws"
            << "crypto/rfc7515/a2-rs256-public.jwk.json" << int(SignatureAlgorithm::RS256);
        QTest::newRow("RFC 7515 A.3 ES256")
            << "crypto/rfc7515/a3-es256.jws"
            << "crypto/rfc7515/a3-es256-public.jwk.json" << int(SignatureAlgorithm::ES256);
        QTest::newRow("RFC 8037 A.4/A.5 EdDSA")
            << "crypto/rfc8037/a4-eddsa.jws"
            << "crypto/rfc8037/a1-ed25519-public.jwk.json" << int(SignatureAlgorithm::EdDSA);
    }

    void rfcVectors()
    {
        QFETCH(QString, tokenFile);
        QFETCH(QString, jwkFile);
        QFETCH(int, alg);
        const QByteArray text = Test::readData(tokenFile).trimmed();
        const Result<JwsCompact> jws = parseJwsCompact(text);
        QVERIFY2(jws.has_value(), qPrintable(jws ? QString() : jws.error().toString()));
        QCOMPARE(int(jws->algorithm), alg);
        QCOMPARE(jws->signingInput(), text.left(text.lastIndexOf('.')));
        const Result<PublicKey> key = PublicKey::fromJwk(readJson(jwkFile));
        QVERIFY(key.has_value());
        QCOMPARE(verifyJws(*jws, *key).value(), true);

        // Tampered payload: one character of the encoded payload changed (the signing input as received).
        JwsCompact tampered = *jws;
        tampered.encodedPayload[5] = tampered.encodedPayload[5] == 'A' ? 'B' : 'A';
        QCOMPARE(verifyJws(tampered, *key).value(), false);
        // Tampered signature.
        JwsCompact badSignature = *jws;
        badSignature.signature[3] = char(badSignature.signature[3] ^ 0x20);
        QCOMPARE(verifyJws(badSignature, *key).value(), false);
    }

    void rfc7515Payload()
    {
        const Result<JwsCompact> jws =
            parseJwsCompact(Test::readData(QStringLiteral("crypto/rfc7515/a2-rs256.jws")).trimmed());
        QVERIFY(jws.has_value());
        // RFC 7515 A.2: the payload keeps its CR LF line breaks; it is never re-encoded.
        QCOMPARE(jws->payload,
                 QByteArray("{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}"));
        QCOMPARE(jws->header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    }

    void algNone()
    {
        QCOMPARE(errorCode(Test::readData(QStringLiteral("crypto/rfc7515/a5-none.jws")).trimmed() + "c2ln"),
                 QStringLiteral("crypto.jws-alg-none"));
        QCOMPARE(errorCode(token("{\"alg\":\"none\"}")), QStringLiteral("crypto.jws-alg-none"));
        QCOMPARE(errorCode(token("{\"alg\":\"NONE\"}")), QStringLiteral("crypto.jws-alg-none"));
        // The unsecured JWS exactly as RFC 7515 A.5 writes it (empty signature) is named for its alg.
        QCOMPARE(errorCode(Test::readData(QStringLiteral("crypto/rfc7515/a5-none.jws")).trimmed()),
                 QStringLiteral("crypto.jws-alg-none"));
    }

    void hmacRefused()
    {
        QCOMPARE(errorCode(Test::readData(QStringLiteral("crypto/rfc7515/a1-hs256.jws")).trimmed()),
                 QStringLiteral("crypto.jws-alg-hmac"));
        QCOMPARE(errorCode(token("{\"alg\":\"HS384\"}")), QStringLiteral("crypto.jws-alg-hmac"));
        QCOMPARE(errorCode(token("{\"alg\":\"HS512\"}")), QStringLiteral("crypto.jws-alg-hmac"));
    }

    void hmacKeyConfusion()
    {
        // The classic attack: HS256 keyed with the issuer's RSA public key (which everyone has).
        const QByteArray pem = Test::readData(QStringLiteral("crypto/openssl-cli/rsa2048-public.pem"));
        const QByteArray input = Codec::base64UrlEncode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + '.' +
                                 Codec::base64UrlEncode("{\"iss\":\"https://university.example\"}");
        const QByteArray mac = QMessageAuthenticationCode::hash(input, pem, QCryptographicHash::Sha256);
        const QByteArray forged = input + '.' + Codec::base64UrlEncode(mac);
        const Result<JwsCompact> parsed = parseJwsCompact(forged);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, QStringLiteral("crypto.jws-alg-hmac"));
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void unsupportedAlgorithms_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("RS512") << QByteArray("{\"alg\":\"RS512\"}");
        QTest::newRow("ES512") << QByteArray("{\"alg\":\"ES512\"}");
        QTest::newRow("ES256K") << QByteArray("{\"alg\":\"ES256K\"}");
        QTest::newRow("lower-case eddsa") << QByteArray("{\"alg\":\"eddsa\"}");
        QTest::newRow("Ed25519 (RFC 9864)") << QByteArray("{\"alg\":\"Ed25519\"}");
        QTest::newRow("empty") << QByteArray("{\"alg\":\"\"}");
    }

    void unsupportedAlgorithms()
    {
        QFETCH(QByteArray, header);
        QCOMPARE(errorCode(token(header)), QStringLiteral("crypto.jws-alg-unsupported"));
    }

    void headerRules_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("code");
        QTest::newRow("no alg") << QByteArray("{\"typ\":\"JWT\"}") << "crypto.jws-alg-missing";
        QTest::newRow("alg not a string") << QByteArray("{\"alg\":1}") << "crypto.jws-alg-missing";
        QTest::newRow("crit") << QByteArray("{\"alg\":\"EdDSA\",\"crit\":[\"exp\"],\"exp\":1}")
                              << "crypto.jws-crit-unsupported";
        QTest::newRow("empty crit") << QByteArray("{\"alg\":\"EdDSA\",\"crit\":[]}") << "crypto.jws-crit-unsupported";
        QTest::newRow("b64 false") << QByteArray("{\"alg\":\"EdDSA\",\"b64\":false,\"crit\":[\"b64\"]}")
                                   << "crypto.jws-b64-false";
        QTest::newRow("b64 not a boolean")
            << QByteArray("{\"alg\":\"EdDSA\",\"b64\":\"false\"}") << "crypto.jws-bad-header";
        QTest::newRow("zip") << QByteArray("{\"alg\":\"EdDSA\",\"zip\":\"DEF\"}") << "crypto.jws-zip";
        QTest::newRow("duplicate alg") << QByteArray("{\"alg\":\"EdDSA\",\"alg\":\"none\"}") << "crypto.jws-bad-header";
        QTest::newRow("duplicate alg, none first")
            << QByteArray("{\"alg\":\"none\",\"alg\":\"EdDSA\"}") << "crypto.jws-bad-header";
        QTest::newRow("array header") << QByteArray("[\"alg\",\"EdDSA\"]") << "crypto.jws-bad-header";
        QTest::newRow("not JSON") << QByteArray("alg=EdDSA") << "crypto.jws-bad-header";
        QTest::newRow("trailing data") << QByteArray("{\"alg\":\"EdDSA\"}x") << "crypto.jws-bad-header";
    }

    void headerRules()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, code);
        QCOMPARE(errorCode(token(header)), code);
    }

    void remoteKeysAreOnlyData()
    {
        // jku / x5u are kept as header data; parsing never fetches anything (there is no network here).
        const Result<JwsCompact> jws = parseJwsCompact(token(
            "{\"alg\":\"EdDSA\",\"jku\":\"https://attacker.example/jwks\",\"x5u\":\"https://attacker.example/c\"}"));
        QVERIFY(jws.has_value());
        QCOMPARE(jws->header.value(QStringLiteral("jku")).toString(), QStringLiteral("https://attacker.example/jwks"));
    }

    void malformed_data()
    {
        const QByteArray good = Test::readData(QStringLiteral("crypto/rfc8037/a4-eddsa.jws")).trimmed();
        const QList<QByteArray> parts = good.split('.');
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("2 parts") << QByteArray(parts[0] + '.' + parts[1]);
        QTest::newRow("4 parts") << QByteArray(good + '.' + parts[2]);
        QTest::newRow("1 part") << QByteArray(parts[0]);
        QTest::newRow("empty") << QByteArray(QByteArray());
        QTest::newRow("JWE-like 5 parts") << QByteArray(parts[0] + "...." + parts[2]);
        QTest::newRow("empty signature") << QByteArray(parts[0] + '.' + parts[1] + '.');
        QTest::newRow("padding in header") << QByteArray(parts[0] + "=." + parts[1] + '.' + parts[2]);
        QTest::newRow("standard alphabet")
            << QByteArray(parts[0] + '.' + parts[1] + '.' + QByteArray(parts[2]).replace('_', '/'));
        QTest::newRow("space in payload")
            << QByteArray(parts[0] + '.' + parts[1].left(4) + ' ' + parts[1].mid(4) + '.' + parts[2]);
        QTest::newRow("bad length") << QByteArray(parts[0] + "A." + parts[1] + '.' + parts[2]);
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(errorCode(text), QStringLiteral("crypto.jws-malformed"));
    }

    void keyAlgorithmMismatch()
    {
        // An ES256 token offered an Ed25519 key (and the reverse) cannot be checked.
        const Result<JwsCompact> es256 =
            parseJwsCompact(Test::readData(QStringLiteral("crypto/rfc7515/a3-es256.jws")).trimmed());
        QVERIFY(es256.has_value());
        const Result<bool> result = verifyJws(*es256, jwkKey("crypto/rfc8037/a1-ed25519-public.jwk.json"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("crypto.key-algorithm-mismatch"));

        const Result<JwsCompact> eddsa =
            parseJwsCompact(Test::readData(QStringLiteral("crypto/rfc8037/a4-eddsa.jws")).trimmed());
        QVERIFY(eddsa.has_value());
        QCOMPARE(verifyJws(*eddsa, jwkKey("crypto/rfc7515/a2-rs256-public.jwk.json")).error().code,
                 QStringLiteral("crypto.key-algorithm-mismatch"));
    }

    void rsaKeyTooSmall()
    {
        // A genuine RS256 signature from a 1024-bit key, packed as a JWS: refused, not "valid".
        const QByteArray pem = Test::readData(QStringLiteral("crypto/openssl-cli/rsa1024-public.pem"));
        const Result<PublicKey> key = PublicKey::fromPem(pem);
        QVERIFY(key.has_value());
        const Result<JwsCompact> jws = parseJwsCompact(token("{\"alg\":\"RS256\"}", "x", QByteArray(128, 'x')));
        QVERIFY(jws.has_value());
        QCOMPARE(verifyJws(*jws, *key).error().code, QStringLiteral("crypto.rsa-key-too-small"));
    }

    void signAndVerify()
    {
        const QJsonObject privateJwk = readJson(QStringLiteral("crypto/rfc8037/a1-ed25519-private.jwk.json"));
        const Result<QByteArray> seed =
            Codec::base64UrlDecode(privateJwk.value(QStringLiteral("d")).toString().toLatin1());
        QVERIFY(seed.has_value());
        const Result<Ed25519SigningKey> key = Ed25519SigningKey::fromSeed(*seed);
        QVERIFY(key.has_value());

        // RFC 8037 A.4: {"alg":"EdDSA"} over "Example of Ed25519 signing" gives exactly the RFC's token.
        QCOMPARE(signJwsCompact({}, "Example of Ed25519 signing", *key),
                 Test::readData(QStringLiteral("crypto/rfc8037/a4-eddsa.jws")).trimmed());

        const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("vc+jwt")},
                                 {QStringLiteral("alg"), QStringLiteral("RS256")}};
        const QByteArray signedToken = signJwsCompact(header, "{\"sub\":\"learner\"}", *key);
        const Result<JwsCompact> jws = parseJwsCompact(signedToken);
        QVERIFY(jws.has_value());
        QCOMPARE(jws->algorithm, SignatureAlgorithm::EdDSA); // the header's alg is always overwritten
        QCOMPARE(jws->header.value(QStringLiteral("typ")).toString(), QStringLiteral("vc+jwt"));
        QCOMPARE(jws->payload, QByteArray("{\"sub\":\"learner\"}"));
        QCOMPARE(verifyJws(*jws, key->publicKey()).value(), true);
        QCOMPARE(verifyJws(*jws, jwkKey("crypto/rfc8037/a1-ed25519-public.jwk.json")).value(), true);
        const Result<Ed25519SigningKey> other = Ed25519SigningKey::generate();
        QVERIFY(other.has_value());
        QCOMPARE(verifyJws(*jws, other->publicKey()).value(), false);
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "TestJws.moc"
