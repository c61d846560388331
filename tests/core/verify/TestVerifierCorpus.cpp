// SPDX-License-Identifier: GPL-3.0-or-later
// Every file of the corpus (credentials signed by independent implementations) gets the verdict its manifest
// records, and an invalid one fails on the check that names its defect: a tampered credential as a bad
// signature, an expired one as expired (with its signature still valid), a revoked one as revoked.
#include "core/common/Clock.h"
#include "core/credentials/CredentialReader.h"
#include "core/net/Fetcher.h"
#include "core/verify/Verifier.h"
#include "tests/core/credentials/CorpusManifest.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace Credfolio;

namespace {

// The check that must fail first for each defect the corpus manifest names.
QString failingCheckFor(const QString &reason)
{
    static const QHash<QString, QString> checks{
        {QStringLiteral("tampered"), QStringLiteral("proof")},
        {QStringLiteral("wrong-key"), QStringLiteral("proof")},
        {QStringLiteral("unknown-context"), QStringLiteral("proof")},
        {QStringLiteral("wrong-proof-purpose"), QStringLiteral("proof")},
        {QStringLiteral("no-proof"), QStringLiteral("proof")},
        {QStringLiteral("claim-mismatch"), QStringLiteral("proof")},
        {QStringLiteral("alg-none"), QStringLiteral("proof")},
        {QStringLiteral("alg-confusion"), QStringLiteral("proof")},
        {QStringLiteral("hosted-not-found"), QStringLiteral("proof")},
        {QStringLiteral("hosted-mismatch"), QStringLiteral("proof")},
        {QStringLiteral("key-not-controlled-by-issuer"), QStringLiteral("issuer-key")},
        {QStringLiteral("origin-mismatch"), QStringLiteral("issuer-key")},
        {QStringLiteral("embedded-credential-invalid"), QStringLiteral("embedded")},
        {QStringLiteral("expired"), QStringLiteral("validity")},
        {QStringLiteral("not-yet-valid"), QStringLiteral("validity")},
        {QStringLiteral("revoked"), QStringLiteral("status")},
        {QStringLiteral("malformed-json"), QStringLiteral("format")},
        {QStringLiteral("malformed-jws"), QStringLiteral("format")},
        {QStringLiteral("truncated-image"), QStringLiteral("format")},
        {QStringLiteral("corrupt-image"), QStringLiteral("format")},
    };
    return checks.value(reason);
}

// The stable code of that failure where one code is the only right one.
QString failureCodeFor(const QString &reason)
{
    static const QHash<QString, QString> codes{
        {QStringLiteral("tampered"), QStringLiteral("verify.signature-invalid")},
        {QStringLiteral("wrong-key"), QStringLiteral("verify.signature-invalid")},
        {QStringLiteral("expired"), QStringLiteral("verify.expired")},
        {QStringLiteral("not-yet-valid"), QStringLiteral("verify.not-yet-valid")},
        {QStringLiteral("revoked"), QStringLiteral("verify.revoked")},
        {QStringLiteral("wrong-proof-purpose"), QStringLiteral("verify.wrong-proof-purpose")},
        {QStringLiteral("no-proof"), QStringLiteral("verify.no-proof")},
        {QStringLiteral("claim-mismatch"), QStringLiteral("verify.claim-mismatch")},
        {QStringLiteral("alg-none"), QStringLiteral("verify.alg-none")},
        {QStringLiteral("alg-confusion"), QStringLiteral("verify.alg-hmac")},
        {QStringLiteral("unknown-context"), QStringLiteral("verify.unknown-context")},
        {QStringLiteral("origin-mismatch"), QStringLiteral("verify.origin-mismatch")},
        {QStringLiteral("embedded-credential-invalid"), QStringLiteral("verify.embedded-invalid")},
    };
    return codes.value(reason);
}

// One day after the corpus was generated: its dates are relative to that moment.
QDateTime corpusNow()
{
    const QJsonObject manifest =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/manifest.json"))).object();
    return QDateTime::fromString(manifest.value(QLatin1StringView("generatedAt")).toString(), Qt::ISODate).addDays(1);
}

} // namespace

class TestVerifierCorpus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_fetcher.setOffline(true);
        const Result<void> loaded = m_fetcher.loadBundle(Test::dataPath(QStringLiteral("corpus/web/manifest.json")));
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    }

    void verdictsAgreeWithTheManifest_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("reason");
        const QJsonArray entries = Test::corpusEntries();
        QVERIFY(entries.size() >= 470);
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QString file = entry.value(QLatin1StringView("file")).toString();
            QTest::newRow(qPrintable(file)) << file << entry.value(QLatin1StringView("expected")).toString()
                                            << entry.value(QLatin1StringView("reason")).toString();
        }
    }

    void verdictsAgreeWithTheManifest()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(QString, reason);
        const FixedClock clock(corpusNow());
        const Verify::Verifier verifier(Verify::VerifierOptions{&m_fetcher, &clock, nullptr});
        const Verify::VerificationReport report =
            verifier.verifyBytes(Test::readData(QStringLiteral("corpus/") + file));

        QCOMPARE(report.checks.first().id, QStringLiteral("format"));
        QCOMPARE(report.checks.last().id, QStringLiteral("issuer-trust"));
        QCOMPARE(report.checkedAt, clock.now());
        const Verify::Check *failure = report.firstFailure();
        if (expected == QLatin1String("valid")) {
            QVERIFY2(report.isValid(), qPrintable(failure ? failure->id + QStringLiteral(": ") + failure->detail
                                                          : QStringLiteral("an embedded report fails")));
            QCOMPARE(report.check(u"proof")->status, Verify::CheckStatus::Pass);
            QCOMPARE(report.check(u"issuer-key")->status, Verify::CheckStatus::Pass);
            // Nobody chose a registry here: trust is a warning, never implied by the signature.
            QCOMPARE(report.check(u"issuer-trust")->status, Verify::CheckStatus::Warn);
            return;
        }
        QVERIFY2(!report.isValid(), "a credential the manifest calls invalid was accepted");
        QVERIFY(failure);
        QCOMPARE(failure->id, failingCheckFor(reason));
        QVERIFY(!failure->message.isEmpty());
        if (const QString code = failureCodeFor(reason); !code.isEmpty())
            QCOMPARE(failure->code, code);
        if (failure->id == QLatin1String("validity") || failure->id == QLatin1String("status")) {
            // Expired or revoked, the signature itself is still good, and the learner is told both.
            QCOMPARE(report.check(u"proof")->status, Verify::CheckStatus::Pass);
        } else if (failure->id != QLatin1String("embedded")) {
            // After a failure in format, proof or issuer-key the later checks are listed as skipped.
            QCOMPARE(report.check(u"validity")->status, Verify::CheckStatus::Skip);
            QCOMPARE(report.check(u"status")->status, Verify::CheckStatus::Skip);
        }
    }

    void aRevokedCredentialIsValidBeforeTheNetworkSaysOtherwise()
    {
        // Without its status list (offline, nothing bundled), a revoked credential cannot be shown as revoked, and
        // must not be called revoked either: the status check warns and names why.
        Net::Fetcher offline;
        offline.setOffline(true);
        const FixedClock clock(corpusNow());
        const Verify::Verifier verifier(Verify::VerifierOptions{&offline, &clock, nullptr});
        const auto report =
            verifier.verifyBytes(Test::readData(QStringLiteral("corpus/status/di-rdfc-status-revoked.json")));
        QCOMPARE(report.check(u"status")->status, Verify::CheckStatus::Warn);
        QVERIFY(report.isValid());
    }

    void checkingAtAnotherTimeMovesTheValidityVerdict()
    {
        const QByteArray bytes = Test::readData(QStringLiteral("corpus/ob3/di-rdfc-expired.json"));
        const auto credential = Credentials::readCredential(bytes);
        QVERIFY(credential && credential->validUntil.isValid());
        const FixedClock longAgo(credential->validUntil.addDays(-1));
        const Verify::Verifier verifier(Verify::VerifierOptions{&m_fetcher, &longAgo, nullptr});
        const auto then = verifier.verifyBytes(bytes);
        QVERIFY2(then.isValid(), qPrintable(then.firstFailure() ? then.firstFailure()->detail : QString()));
        const FixedClock now(corpusNow());
        const Verify::Verifier today(Verify::VerifierOptions{&m_fetcher, &now, nullptr});
        QCOMPARE(today.verifyBytes(bytes).firstFailure()->code, QStringLiteral("verify.expired"));
    }

    void bundledDocumentsAreReportedWithTheirDate()
    {
        const FixedClock clock(corpusNow());
        const Verify::Verifier verifier(Verify::VerifierOptions{&m_fetcher, &clock, nullptr});
        const auto report =
            verifier.verifyBytes(Test::readData(QStringLiteral("corpus/ob3/di-rdfc-didweb-valid.json")));
        QVERIFY(report.isValid());
        QVERIFY(report.documentsAsOf.isValid());
        QVERIFY(report.check(u"issuer-key")->detail.contains(QLatin1String("did:web:credentials.example.org")));
    }

    void aReportSurvivesItsJsonForm()
    {
        const FixedClock clock(corpusNow());
        const Verify::Verifier verifier(Verify::VerifierOptions{&m_fetcher, &clock, nullptr});
        const auto report =
            verifier.verifyBytes(Test::readData(QStringLiteral("corpus/clr/clr-embedded-credential-invalid.json")));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QLatin1StringView("verdict")).toString(), QStringLiteral("invalid"));
        const auto back = Verify::VerificationReport::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->embedded.size(), report.embedded.size());
        QVERIFY(!back->isValid());
    }

private:
    Net::Fetcher m_fetcher;
};

QTEST_GUILESS_MAIN(TestVerifierCorpus)
#include "TestVerifierCorpus.moc"
