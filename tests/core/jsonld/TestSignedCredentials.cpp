// SPDX-License-Identifier: GPL-3.0-or-later
// End to end: eddsa-rdfc-2022 and Ed25519Signature2020 signatures made by independent implementations verify
// over OUR expansion, toRdf and RDFC-1.0 output, and fail once the credential is changed. If any step
// produced one different byte, the valid credentials would not verify.
#include "core/codec/Multibase.h"
#include "core/crypto/Hash.h"
#include "core/crypto/PublicKey.h"
#include "core/crypto/Verifier.h"
#include "core/json/JsonReader.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/ToRdf.h"
#include "core/rdf/Canonicalizer.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace Credfolio;

namespace {

QByteArray canonicalRdf(const QJsonObject &document)
{
    auto expanded = JsonLd::expand(document);
    if (!expanded) {
        qWarning() << expanded.error().toString();
        return {};
    }
    auto dataset = JsonLd::toRdf(expanded->expanded);
    auto canonical = dataset ? Rdf::canonicalize(*dataset) : Result<Rdf::CanonResult>(dataset.error());
    return canonical ? canonical->nquads : QByteArray();
}

// verifyData = SHA-256(canonical proof configuration) || SHA-256(canonical document), signed with pure Ed25519
// by the did:key named in the proof's verification method.
bool signatureVerifies(const QJsonObject &credential)
{
    QJsonObject unsecured = credential;
    const QJsonObject proof = unsecured.take(QStringLiteral("proof")).toObject();
    QJsonObject proofConfig = proof;
    const QString proofValue = proofConfig.take(QStringLiteral("proofValue")).toString();
    proofConfig.insert(QStringLiteral("@context"), credential.value(QStringLiteral("@context")));

    const QByteArray canonicalProof = canonicalRdf(proofConfig);
    const QByteArray canonicalDocument = canonicalRdf(unsecured);
    if (canonicalProof.isEmpty() || canonicalDocument.isEmpty()) {
        return false;
    }
    const QString method = proof.value(QStringLiteral("verificationMethod")).toString();
    const auto key = Crypto::PublicKey::fromMultikey(method.section(QLatin1Char('#'), 1));
    const auto signature = Codec::multibaseDecode(proofValue.toUtf8());
    if (!key || !signature) {
        return false;
    }
    const QByteArray verifyData = Crypto::sha256(canonicalProof) + Crypto::sha256(canonicalDocument);
    const auto valid = Crypto::verifySignature(*key, Crypto::SignatureAlgorithm::EdDSA, verifyData, *signature);
    return valid && *valid;
}

} // namespace

class TestSignedCredentials : public QObject {
    Q_OBJECT

private slots:
    void corpusSignaturesVerifyOverOurCanonicalForm_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("signatureValid");
        const char *valid[] = {
            "ob3/di-rdfc-valid.json",         "ob3/ldp-ed25519-2020-valid.json",   "ob3/di-rdfc-expired.json",
            "ob3/di-rdfc-not-yet-valid.json", "ob3/ldp-ed25519-2020-expired.json", "clr/clr-valid.json"};
        for (const char *file : valid) {
            QTest::newRow(file) << QString::fromLatin1(file) << true;
        }
        const char *broken[] = {"ob3/di-rdfc-tampered.json", "ob3/ldp-ed25519-2020-tampered.json",
                                "ob3/di-rdfc-wrong-key.json", "ob3/ldp-ed25519-2020-wrong-key.json"};
        for (const char *file : broken) {
            QTest::newRow(file) << QString::fromLatin1(file) << false;
        }
    }

    void corpusSignaturesVerifyOverOurCanonicalForm()
    {
        QFETCH(QString, file);
        QFETCH(bool, signatureValid);
        const auto credential = Json::parseObject(Test::readData(QStringLiteral("corpus/") + file));
        QVERIFY(credential);
        QCOMPARE(signatureVerifies(*credential), signatureValid);
    }

    void bulkCredentialsAllVerify()
    {
        int verified = 0;
        for (int i = 1; i <= 25; ++i) {
            const QString file = QStringLiteral("corpus/bulk/rdfc/ob3-rdfc-%1.json").arg(i, 4, 10, QLatin1Char('0'));
            const auto credential = Json::parseObject(Test::readData(file));
            QVERIFY2(credential, qPrintable(file));
            QVERIFY2(signatureVerifies(*credential), qPrintable(file));
            ++verified;
        }
        QCOMPARE(verified, 25);
    }

    void anyChangedValueBreaksTheSignature()
    {
        auto credential = Json::parseObject(Test::readData(QStringLiteral("corpus/ob3/di-rdfc-valid.json")));
        QVERIFY(credential);
        QVERIFY(signatureVerifies(*credential));
        QJsonObject changed = *credential;
        changed.insert(QStringLiteral("validFrom"), QStringLiteral("2001-01-01T00:00:00Z"));
        QVERIFY(!signatureVerifies(changed));
    }
};

QTEST_GUILESS_MAIN(TestSignedCredentials)
#include "TestSignedCredentials.moc"
