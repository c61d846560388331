// SPDX-License-Identifier: GPL-3.0-or-later
// The W3C vc-di-eddsa test vectors: each signature verifies (also after the JSON is re-serialized, which
// changes no signed data), and any change to what is signed breaks it. The vectors' issuer
// (https://vc.example/issuers/5678) does not control their did:key, and the report says so.
#include "core/verify/Verifier.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Credfolio;

namespace {

QJsonObject vector(const QString &file)
{
    return QJsonDocument::fromJson(Test::readData(QStringLiteral("vc-di-eddsa/TestVectors/") + file)).object();
}

Verify::VerificationReport verify(const QJsonObject &credential,
                                  QJsonDocument::JsonFormat format = QJsonDocument::Compact)
{
    const Verify::Verifier verifier;
    return verifier.verifyBytes(QJsonDocument(credential).toJson(format));
}

const QStringList kVectors{
    QStringLiteral("eddsa-rdfc-2022/signedDataInt.json"),    QStringLiteral("eddsa-jcs-2022/signedJCS.json"),
    QStringLiteral("Ed25519Signature2020/signedEdSig.json"), QStringLiteral("proof-set-chain/signedProofSet1.json"),
    QStringLiteral("proof-set-chain/signedProofSet2.json"),  QStringLiteral("proof-set-chain/signedProofChain1.json"),
    QStringLiteral("proof-set-chain/signedProofChain2.json")};

} // namespace

class TestVerifierVectors : public QObject {
    Q_OBJECT

private slots:
    void signaturesVerify_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : kVectors)
            QTest::newRow(qPrintable(file)) << file;
    }

    void signaturesVerify()
    {
        QFETCH(QString, file);
        const QJsonObject credential = vector(file);
        QVERIFY(!credential.isEmpty());
        for (auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            const auto report = verify(credential, format);
            const Verify::Check *proof = report.check(u"proof");
            QVERIFY2(proof->status == Verify::CheckStatus::Pass, qPrintable(proof->detail + proof->code));
            const Verify::Check *key = report.check(u"issuer-key");
            QCOMPARE(key->status, Verify::CheckStatus::Fail);
            QCOMPARE(key->code, QStringLiteral("verify.key-not-issuers"));
            QVERIFY(!report.isValid());
        }
    }

    void anyChangeToSignedDataBreaksTheSignature_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        for (const QString &file : kVectors) {
            QTest::addRow("%s: name", qPrintable(file))
                << file << "name" << QJsonValue(QStringLiteral("Alumni Credential!"));
            QTest::addRow("%s: validFrom", qPrintable(file))
                << file << "validFrom" << QJsonValue(QStringLiteral("2023-01-02T00:00:00Z"));
        }
    }

    void anyChangeToSignedDataBreaksTheSignature()
    {
        QFETCH(QString, file);
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QJsonObject credential = vector(file);
        credential.insert(member, value);
        const auto report = verify(credential);
        QCOMPARE(report.check(u"proof")->status, Verify::CheckStatus::Fail);
        QCOMPARE(report.check(u"proof")->code, QStringLiteral("verify.signature-invalid"));
    }

    void aChainedProofNeedsTheProofsItBuildsOn()
    {
        QJsonObject credential = vector(QStringLiteral("proof-set-chain/signedProofChain1.json"));
        QJsonArray proofs = credential.value(QLatin1StringView("proof")).toArray();
        proofs.removeAt(0); // the third proof names the first as previousProof
        credential.insert(QStringLiteral("proof"), proofs);
        const auto report = verify(credential);
        QCOMPARE(report.check(u"proof")->status, Verify::CheckStatus::Fail);
        QCOMPARE(report.check(u"proof")->code, QStringLiteral("verify.previous-proof-missing"));
    }

    void aProofForAnotherPurposeDoesNotCount()
    {
        QJsonObject credential = vector(QStringLiteral("eddsa-rdfc-2022/signedDataInt.json"));
        QJsonObject proof = credential.value(QLatin1StringView("proof")).toObject();
        proof.insert(QStringLiteral("proofPurpose"), QStringLiteral("authentication"));
        credential.insert(QStringLiteral("proof"), proof);
        QCOMPARE(verify(credential).check(u"proof")->code, QStringLiteral("verify.wrong-proof-purpose"));
    }

    void anUnknownSuiteIsUnsupportedNotInvalidSignature()
    {
        QJsonObject credential = vector(QStringLiteral("eddsa-rdfc-2022/signedDataInt.json"));
        QJsonObject proof = credential.value(QLatin1StringView("proof")).toObject();
        proof.insert(QStringLiteral("cryptosuite"), QStringLiteral("ecdsa-sd-2023"));
        credential.insert(QStringLiteral("proof"), proof);
        QCOMPARE(verify(credential).check(u"proof")->code, QStringLiteral("verify.proof-unsupported"));
    }

    void jcsProofContextMustPrefixTheDocuments()
    {
        QJsonObject credential = vector(QStringLiteral("eddsa-jcs-2022/signedJCS.json"));
        QJsonObject proof = credential.value(QLatin1StringView("proof")).toObject();
        if (!proof.contains(QLatin1StringView("@context")))
            QSKIP("this vector's proof carries no @context");
        credential.insert(QStringLiteral("@context"),
                          QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")});
        QCOMPARE(verify(credential).check(u"proof")->code, QStringLiteral("verify.context-mismatch"));
    }
};

QTEST_GUILESS_MAIN(TestVerifierVectors)
#include "TestVerifierVectors.moc"
