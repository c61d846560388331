// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayTestUtil.h"
#include "core/pathways/PathwayCatalog.h"

#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Pathways;
using Credfolio::Test::pathwayFrom;

class TestPathwayCatalog : public QObject {
    Q_OBJECT

private slots:
    void findsAndRefusesDuplicates()
    {
        PathwayCatalog catalog;
        const Pathway a = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "urn:a", "name": "A",
            "requirements": {"type": "credential", "match": {"achievementId": "urn:x"}}})");
        QVERIFY(catalog.add(a));
        const Result<void> again = catalog.add(a);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("pathways.duplicate-pathway"));
        QVERIFY(catalog.find(QStringLiteral("urn:a")));
        QCOMPARE(catalog.find(QStringLiteral("urn:a"))->name, QStringLiteral("A"));
        QVERIFY(!catalog.find(QStringLiteral("urn:b")));
        QCOMPARE(catalog.ids(), QStringList{QStringLiteral("urn:a")});
        QCOMPARE(catalog.validate(QStringLiteral("urn:missing")).error().code,
                 QStringLiteral("pathways.unknown-pathway"));
    }

    void reportsUnresolvedReferences()
    {
        PathwayCatalog catalog;
        QVERIFY(catalog.add(pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "urn:degree", "name": "Degree",
            "requirements": {"type": "allOf", "children": [{"type": "pathway", "ref": "urn:certificate"}]}})")));
        const Result<void> result = catalog.validate(QStringLiteral("urn:degree"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("pathways.unresolved-reference"));
        QVERIFY(result.error().message.contains(QLatin1String("urn:certificate")));
        QVERIFY(catalog.add(pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "urn:certificate", "name": "C",
            "requirements": {"type": "credential", "match": {"achievementId": "urn:x"}}})")));
        QVERIFY(catalog.validateAll());
    }

    void detectsCycles_data()
    {
        QTest::addColumn<QByteArrayList>("files");
        QTest::addColumn<QString>("chain");
        QTest::newRow("self") << QByteArrayList{R"({"format": "credfolio.pathway/1", "id": "urn:a", "name": "A",
            "requirements": {"type": "pathway", "ref": "urn:a"}})"}
                              << "urn:a → urn:a";
        QTest::newRow("three") << QByteArrayList{R"({"format": "credfolio.pathway/1", "id": "urn:a", "name": "A",
            "requirements": {"type": "allOf", "children": [{"type": "pathway", "ref": "urn:b"}]}})",
                                                 R"({"format": "credfolio.pathway/1", "id": "urn:b", "name": "B",
            "requirements": {"type": "nOf", "n": 1, "children": [{"type": "credential", "match": {"tags": "x"}},
              {"type": "pathway", "pathway": {"id": "urn:inner", "name": "Inner",
                 "requirements": {"type": "pathway", "ref": "urn:a"}}}]}})"}
                               << "urn:a → urn:b → urn:inner → urn:a";
    }

    void detectsCycles()
    {
        QFETCH(QByteArrayList, files);
        QFETCH(QString, chain);
        PathwayCatalog catalog;
        for (const QByteArray &file : files) {
            QVERIFY(catalog.add(pathwayFrom(file)));
        }
        const Result<void> result = catalog.validate(QStringLiteral("urn:a"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("pathways.cycle"));
        QCOMPARE(result.error().detail, chain);
        QVERIFY(result.error().message.contains(chain));
        QCOMPARE(catalog.validateAll().error().code, QStringLiteral("pathways.cycle"));
        const Result<Evaluation> evaluation = evaluate(*catalog.find(QStringLiteral("urn:a")), catalog, {});
        QVERIFY(!evaluation);
        QCOMPARE(evaluation.error().code, QStringLiteral("pathways.cycle"));
    }

    void samplesValidate()
    {
        PathwayCatalog catalog;
        QVERIFY(catalog.add(pathwayFrom(Test::sampleBytes(QStringLiteral("data-analytics-degree-block.json")))));
        QVERIFY(
            catalog.add(pathwayFrom(Test::sampleBytes(QStringLiteral("cybersecurity-professional-certificate.json")))));
        QVERIFY(catalog.validateAll());
        QCOMPARE(catalog.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPathwayCatalog)
#include "TestPathwayCatalog.moc"
