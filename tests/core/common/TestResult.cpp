// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Result.h"

#include <QTest>

using namespace Credfolio;

class TestResult : public QObject {
    Q_OBJECT

private slots:
    void valueIsReturned()
    {
        Result<int> r = 42;
        QVERIFY(r.has_value());
        QCOMPARE(r.value(), 42);
        QCOMPARE(r.value_or(7), 42);
    }

    void errorCarriesCodeMessageAndDetail()
    {
        Result<int> r = makeError(QStringLiteral("json.duplicate-key"), QStringLiteral("Duplicate key \"a\""),
                                  QStringLiteral("line 1, column 9"));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, QStringLiteral("json.duplicate-key"));
        QCOMPARE(r.error().toString(), QStringLiteral("Duplicate key \"a\" (line 1, column 9)"));
        QCOMPARE(r.value_or(7), 7);
    }

    void voidResult()
    {
        Result<void> ok;
        QVERIFY(ok.has_value());
        Result<void> failed = makeError(QStringLiteral("x"), QStringLiteral("failed"));
        QVERIFY(!failed.has_value());
        QCOMPARE(failed.error().toString(), QStringLiteral("failed"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
