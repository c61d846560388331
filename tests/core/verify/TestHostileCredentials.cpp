// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile credential suite (tests/data/hostile/cases.json): every case is refused, or warned about, exactly as
// its entry says: the check, its status and its stable code. The documents the cases name are served by a real
// HTTPS server on 127.0.0.1 under their own host names. No timing is asserted beyond QTest's function timeout
// (QTEST_FUNCTION_TIMEOUT, set where the test is registered): a case that does not finish fails.
#include "core/common/Clock.h"
#include "core/credentials/CredentialReader.h"
#include "core/net/Fetcher.h"
#include "core/verify/Verifier.h"
#include "tests/support/TestCertificateAuthority.h"
#include "tests/support/TestData.h"
#include "tests/support/TestNetwork.h"
#include "tests/support/TestWebServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QtEndian>

#include <zlib.h>

using namespace Credfolio;

namespace {

QJsonObject suite()
{
    return QJsonDocument::fromJson(Test::readData(QStringLiteral("hostile/cases.json"))).object();
}

QJsonObject webManifest()
{
    return QJsonDocument::fromJson(Test::readData(QStringLiteral("hostile/web/manifest.json"))).object();
}

QByteArray pngChunk(QByteArrayView type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian(quint32(data.size()), chunk.data());
    chunk += type.toByteArray() + data;
    const uLong crc =
        crc32(crc32(0L, nullptr, 0), reinterpret_cast<const Bytef *>(chunk.constData() + 4), uInt(chunk.size() - 4));
    QByteArray crcBytes(4, '\0');
    qToBigEndian(quint32(crc), crcBytes.data());
    return chunk + crcBytes;
}

// `png` grown to exactly `size` bytes with private ancillary chunks ("paDd") before IEND; the image and its badge
// are untouched.
QByteArray paddedPng(const QByteArray &png, qsizetype size)
{
    constexpr qsizetype kChunkData = 16 * 1024 * 1024;
    QByteArray padding;
    qsizetype missing = size - png.size();
    while (missing > 0) {
        const qsizetype data = std::min(kChunkData, missing - 12);
        padding += pngChunk("paDd", QByteArray(std::max<qsizetype>(data, 0), 'x'));
        missing = size - png.size() - padding.size();
    }
    return png.first(png.size() - 12) + padding + png.last(12);
}

QString describe(const Verify::VerificationReport &report)
{
    QStringList lines;
    for (const Verify::Check &check : report.checks)
        lines.append(QStringLiteral("%1 %2 %3 (%4)")
                         .arg(check.id, Verify::checkStatusKey(check.status), check.code, check.detail.left(300)));
    return lines.join(QStringLiteral("\n"));
}

} // namespace

class TestHostileCredentials : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QJsonObject manifest = webManifest();
        QStringList hosts;
        for (const char *member : {"resources", "redirects"}) {
            for (const QJsonValue &entry : manifest.value(QLatin1StringView(member)).toArray()) {
                const QString host = QUrl(entry.toObject().value(QLatin1StringView("url")).toString()).host();
                if (!hosts.contains(host))
                    hosts.append(host);
            }
        }
        m_server = std::make_unique<Test::TestWebServer>(m_ca.issue(hosts));
        QVERIFY(m_server->serveManifest(Test::dataPath(QStringLiteral("hostile/web/manifest.json"))));
        for (const QJsonValue &value : manifest.value(QLatin1StringView("redirects")).toArray()) {
            const QJsonObject redirect = value.toObject();
            m_server->setResponse(
                QUrl(redirect.value(QLatin1StringView("url")).toString()),
                Test::TestResponse::redirect(redirect.value(QLatin1StringView("location")).toString().toUtf8()));
        }
        QVERIFY(m_server->start());
        m_hosts = hosts;
        m_checkedAt = QDateTime::fromString(suite().value(QLatin1StringView("checkedAt")).toString(), Qt::ISODate);
        QVERIFY(m_checkedAt.isValid());
    }

    void cleanupTestCase() { m_server.reset(); }

    void everyCaseGetsItsExpectedVerdict_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("padTo");
        QTest::addColumn<QJsonObject>("expected");
        const QJsonArray cases = suite().value(QLatin1StringView("cases")).toArray();
        QVERIFY(cases.size() >= 20);
        for (const QJsonValue &value : cases) {
            const QJsonObject entry = value.toObject();
            const QString file = entry.value(QLatin1StringView("file")).toString();
            const qint64 padTo = entry.value(QLatin1StringView("padToBytes")).toInteger();
            const QString tag = padTo > 0 ? QStringLiteral("%1 padded to %2 bytes").arg(file).arg(padTo) : file;
            QTest::newRow(qPrintable(tag)) << file << padTo << entry.value(QLatin1StringView("expected")).toObject();
        }
    }

    void everyCaseGetsItsExpectedVerdict()
    {
        QFETCH(QString, file);
        QFETCH(qint64, padTo);
        QFETCH(QJsonObject, expected);
        QByteArray bytes = Test::readData(QStringLiteral("hostile/") + file);
        if (padTo > 0) {
            bytes = paddedPng(bytes, qsizetype(padTo));
            QCOMPARE(bytes.size(), qsizetype(padTo));
        }
        Net::FetcherPolicy policy;
        policy.connectTimeoutMs = 5000;
        policy.totalTimeoutMs = 10000;
        Net::Fetcher fetcher(policy); // a fresh one per case: nothing cached from another case
        fetcher.addTrustedCertificates({m_ca.certificate()});
        Test::routeToServer(fetcher, *m_server, m_hosts);
        const FixedClock clock(m_checkedAt);
        const Verify::Verifier verifier(Verify::VerifierOptions{&fetcher, &clock, nullptr});

        QElapsedTimer timer;
        timer.start();
        const Verify::VerificationReport report = verifier.verifyBytes(bytes);
        qInfo("%s: verified in %lld ms", qPrintable(file), timer.elapsed());
        const QString why = describe(report);

        if (const QString readError = expected.value(QLatin1StringView("readError")).toString(); !readError.isEmpty()) {
            const auto read = Credentials::readCredential(bytes, Credentials::ReadOptions{&fetcher, false});
            QVERIFY2(!read, "a file the suite says cannot be read was read");
            QCOMPARE(read.error().code, readError);
            QVERIFY(!read.error().message.isEmpty());
            QVERIFY2(!report.isValid(), qPrintable(why));
            QCOMPARE(report.firstFailure()->id, QStringLiteral("format"));
            QCOMPARE(report.firstFailure()->code, readError);
            QCOMPARE(report.check(u"proof")->status, Verify::CheckStatus::Skip);
            return;
        }

        const QString checkId = expected.value(QLatin1StringView("check")).toString();
        const Verify::Check *check = report.check(checkId);
        QVERIFY2(check, qPrintable(why));
        QVERIFY2(Verify::checkStatusKey(check->status) == expected.value(QLatin1StringView("status")).toString(),
                 qPrintable(why));
        QVERIFY2(check->code == expected.value(QLatin1StringView("code")).toString(), qPrintable(why));
        QVERIFY(!check->message.isEmpty());
        const QString detail = expected.value(QLatin1StringView("detailContains")).toString();
        QVERIFY2(detail.isEmpty() || check->detail.contains(detail), qPrintable(why));

        const bool valid = expected.value(QLatin1StringView("valid")).toBool(false);
        QVERIFY2(report.isValid() == valid, qPrintable(why));
        if (!valid)
            QCOMPARE(report.firstFailure()->id, checkId); // refused for the reason named, not an earlier one
        // Nothing in the suite is revoked: a list that cannot be trusted or read never says "revoked".
        QVERIFY2(report.check(u"status")->code != QLatin1String("verify.revoked"), qPrintable(why));

        if (const QString nameHex = expected.value(QLatin1StringView("issuerNameUtf8Hex")).toString();
            !nameHex.isEmpty()) {
            const auto read = Credentials::readCredential(bytes, Credentials::ReadOptions{&fetcher, false});
            QVERIFY(read);
            QCOMPARE(read->issuer.name.toUtf8().toHex(), nameHex.toLatin1()); // byte for byte, not normalised
        }
    }

private:
    Test::TestCertificateAuthority m_ca;
    std::unique_ptr<Test::TestWebServer> m_server;
    QStringList m_hosts;
    QDateTime m_checkedAt;
};

QTEST_GUILESS_MAIN(TestHostileCredentials)
#include "TestHostileCredentials.moc"
