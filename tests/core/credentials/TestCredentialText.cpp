// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/CredentialJson.h"
#include "core/credentials/CredentialReader.h"
#include "core/credentials/JsonFields.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Credentials;

// Dates as credentials write them, the model's names, and the summary `credfolio-cli show` prints.
class TestCredentialText : public QObject {
    Q_OBJECT

private slots:
    void dateTimes_data();
    void dateTimes();
    void numericDates();
    void keys();
    void summaryJson();
    void summaryOfClr();
    void summaryText();
};

void TestCredentialText::dateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: invalid
    QTest::addColumn<bool>("assumedUtc");
    QTest::newRow("Z") << QStringLiteral("2010-01-01T00:00:00Z") << QStringLiteral("2010-01-01T00:00:00.000Z") << false;
    QTest::newRow("lower-case z") << QStringLiteral("2010-01-01t10:00:00z")
                                  << QStringLiteral("2010-01-01T10:00:00.000Z") << false;
    QTest::newRow("fraction") << QStringLiteral("2026-07-31T15:06:53.123456Z")
                              << QStringLiteral("2026-07-31T15:06:53.123Z") << false;
    QTest::newRow("one fraction digit") << QStringLiteral("2026-07-31T15:06:53.5Z")
                                        << QStringLiteral("2026-07-31T15:06:53.500Z") << false;
    QTest::newRow("positive offset") << QStringLiteral("2020-03-01T01:30:00+02:00")
                                     << QStringLiteral("2020-02-29T23:30:00.000Z") << false;
    QTest::newRow("negative offset") << QStringLiteral("2020-01-01T20:00:00-05:30")
                                     << QStringLiteral("2020-01-02T01:30:00.000Z") << false;
    QTest::newRow("no offset") << QStringLiteral("2020-01-01T20:00:00") << QStringLiteral("2020-01-01T20:00:00.000Z")
                               << true;
    QTest::newRow("date only") << QStringLiteral("2015-04-30") << QStringLiteral("2015-04-30T00:00:00.000Z") << true;
    QTest::newRow("24:00") << QStringLiteral("1999-12-31T24:00:00Z") << QStringLiteral("2000-01-01T00:00:00.000Z")
                           << false;
    QTest::newRow("February 30") << QStringLiteral("2020-02-30T00:00:00Z") << QString() << false;
    QTest::newRow("hour 25") << QStringLiteral("2020-01-01T25:00:00Z") << QString() << false;
    QTest::newRow("space separator") << QStringLiteral("2020-01-01 00:00:00Z") << QString() << false;
    QTest::newRow("offset too large") << QStringLiteral("2020-01-01T00:00:00+15:00") << QString() << false;
    QTest::newRow("no seconds") << QStringLiteral("2020-01-01T00:00Z") << QString() << false;
    QTest::newRow("words") << QStringLiteral("yesterday") << QString() << false;
}

void TestCredentialText::dateTimes()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    QFETCH(bool, assumedUtc);
    bool assumed = false;
    const QDateTime parsed = Detail::parseDateTime(text, &assumed);
    if (utc.isEmpty()) {
        QVERIFY(!parsed.isValid());
        return;
    }
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.toString(Qt::ISODateWithMs), utc);
    QCOMPARE(assumed, assumedUtc);
}

void TestCredentialText::numericDates()
{
    QCOMPARE(Detail::numericDate(QJsonValue(1752678413)).toString(Qt::ISODate), QStringLiteral("2025-07-16T15:06:53Z"));
    QCOMPARE(Detail::numericDate(QJsonValue(1.5)).toMSecsSinceEpoch(), 1500);
    QVERIFY(!Detail::numericDate(QJsonValue(QStringLiteral("1752678413"))).isValid()); // NumericDate is a number
    QVERIFY(!Detail::numericDate(QJsonValue(1e300)).isValid());
    QVERIFY(!Detail::numericDate(QJsonValue()).isValid());
}

void TestCredentialText::keys()
{
    QCOMPARE(formatKey(Format::Ob2Hosted), QStringLiteral("ob2-hosted"));
    QCOMPARE(formatKey(Format::Ob2Signed), QStringLiteral("ob2-signed"));
    QCOMPARE(formatKey(Format::VcJsonLd), QStringLiteral("vc-json-ld"));
    QCOMPARE(formatKey(Format::VcJwt), QStringLiteral("vc-jwt"));
    QCOMPARE(containerKey(Container::Json), QStringLiteral("json"));
    QCOMPARE(containerKey(Container::Jwt), QStringLiteral("jwt"));
    QCOMPARE(containerKey(Container::Png), QStringLiteral("png"));
    QCOMPARE(containerKey(Container::Svg), QStringLiteral("svg"));
    QCOMPARE(containerKey(Container::Url), QStringLiteral("url"));
    QCOMPARE(kindKey(Kind::Clr), QStringLiteral("clr"));
    QCOMPARE(formatName(Format::Ob2Hosted), QStringLiteral("Open Badges 2.0 (hosted)"));
    QVERIFY(formatName(Format::VcJwt) != formatName(Format::VcJsonLd));
}

void TestCredentialText::summaryJson()
{
    const Result<Credential> read = readCredential(Test::readData(QStringLiteral("corpus/ob3/di-rdfc-valid.json")));
    QVERIFY(read);
    const QJsonObject summary = toSummaryJson(read.value());
    QCOMPARE(summary.value(QLatin1StringView("format")).toString(), QStringLiteral("vc-json-ld"));
    QCOMPARE(summary.value(QLatin1StringView("container")).toString(), QStringLiteral("json"));
    QCOMPARE(summary.value(QLatin1StringView("kind")).toString(), QStringLiteral("badge"));
    QCOMPARE(summary.value(QLatin1StringView("specVersion")).toString(), QStringLiteral("OB 3.0"));
    QCOMPARE(summary.value(QLatin1StringView("id")).toString(),
             QStringLiteral("urn:uuid:d4498969-8df0-495c-9b59-a4cebe094f3a"));
    QCOMPARE(summary.value(QLatin1StringView("name")).toString(), QStringLiteral("Foundations of Data Analysis"));
    QCOMPARE(summary.value(QLatin1StringView("issuer")).toObject().value(QLatin1StringView("name")).toString(),
             QStringLiteral("Riverbend Community College"));
    const QJsonObject achievement = summary.value(QLatin1StringView("achievement")).toObject();
    QCOMPARE(achievement.value(QLatin1StringView("type")).toString(), QStringLiteral("Course"));
    QCOMPARE(achievement.value(QLatin1StringView("id")).toString(),
             QStringLiteral("https://www.example.edu/achievements/data-analytics/DATA-101"));
    QCOMPARE(summary.value(QLatin1StringView("validFrom")).toString(), QStringLiteral("2026-07-31T15:06:53Z"));
    QCOMPARE(summary.value(QLatin1StringView("validUntil")).toString(), QStringLiteral("2036-11-25T15:06:53Z"));
    QVERIFY(summary.value(QLatin1StringView("awardedDate")).isNull());
    QCOMPARE(summary.value(QLatin1StringView("credits")).toDouble(), 3.0);
    const QJsonArray alignments = summary.value(QLatin1StringView("alignments")).toArray();
    QCOMPARE(alignments.size(), 1);
    QCOMPARE(alignments.first().toObject().value(QLatin1StringView("targetCode")).toString(),
             QStringLiteral("15-2051.00"));
    const QJsonArray results = summary.value(QLatin1StringView("results")).toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().toObject().value(QLatin1StringView("value")).toString(), QStringLiteral("A"));
    QCOMPARE(summary.value(QLatin1StringView("embedded")).toInt(), 0);
    QCOMPARE(summary.value(QLatin1StringView("warnings")).toArray().size(), 0);
}

void TestCredentialText::summaryOfClr()
{
    const Result<Credential> read = readCredential(Test::readData(QStringLiteral("corpus/clr/clr-valid.json")));
    QVERIFY(read);
    const QJsonObject summary = toSummaryJson(read.value());
    QCOMPARE(summary.value(QLatin1StringView("kind")).toString(), QStringLiteral("clr"));
    QCOMPARE(summary.value(QLatin1StringView("embedded")).toInt(), 3);
    QVERIFY(summary.value(QLatin1StringView("credits")).isNull());

    const Result<Credential> offline = readCredential(Test::readData(QStringLiteral("corpus/ob2/hosted-valid.json")));
    QVERIFY(offline);
    const QJsonArray warnings = toSummaryJson(offline.value()).value(QLatin1StringView("warnings")).toArray();
    QVERIFY(!warnings.isEmpty());
    QCOMPARE(warnings.first().toObject().value(QLatin1StringView("code")).toString(),
             QStringLiteral("credentials.not-fetched"));
}

void TestCredentialText::summaryText()
{
    const Result<Credential> read =
        readCredential(Test::readData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt")));
    QVERIFY(read);
    const QString text = toSummaryText(read.value());
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("SQL for Data Analysis"));
    QVERIFY(text.contains(QLatin1StringView("Riverbend Community College")));
    QVERIFY(text.contains(QLatin1StringView("2026-10-14")));
    QVERIFY(text.contains(QLatin1StringView("2036-11-25")));
    QVERIFY(text.contains(formatName(Format::VcJwt)));
}

QTEST_GUILESS_MAIN(TestCredentialText)
#include "TestCredentialText.moc"
