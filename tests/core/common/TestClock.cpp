// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Clock.h"

#include <QTest>
#include <QTimeZone>

using namespace Credfolio;

class TestClock : public QObject {
    Q_OBJECT

private slots:
    void fixedClockAlwaysAnswersItsInstantInUtc()
    {
        const QDateTime at = QDateTime::fromString(QStringLiteral("2030-01-02T03:04:05+02:00"), Qt::ISODate);
        FixedClock clock(at);
        QCOMPARE(clock.now(), at);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
        QCOMPARE(clock.now().toString(Qt::ISODate), QStringLiteral("2030-01-02T01:04:05Z"));
    }

    void systemClockIsNearTheSystemTime()
    {
        SystemClock clock;
        const qint64 drift = qAbs(clock.now().secsTo(QDateTime::currentDateTimeUtc()));
        QVERIFY(drift <= 1);
        QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
