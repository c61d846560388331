// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialBuilder.h"
#include "PathwayTestUtil.h"
#include "core/pathways/ProgressRenderer.h"

#include <QJsonArray>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Pathways;
using Credentials::Credential;
using Credfolio::Test::CredentialBuilder;

namespace {

QString sampleCourse(const char *code)
{
    return QStringLiteral("https://www.example.edu/achievements/data-analytics/") + QLatin1String(code);
}

Evaluation degreeBlockProgress(QList<Standing> standings = {})
{
    const Pathway block = Test::pathwayFrom(Test::sampleBytes(QStringLiteral("data-analytics-degree-block.json")));
    const QList<Credential> held = {
        CredentialBuilder(sampleCourse("DATA-101"), QStringLiteral("Foundations of Data Analysis"))
            .available(3)
            .result(QStringLiteral("A")),
        CredentialBuilder(sampleCourse("DATA-110"), QStringLiteral("SQL for Data Analysis")).available(3),
        CredentialBuilder(sampleCourse("DATA-120"), QStringLiteral("Data Visualization and Storytelling")).available(3),
        CredentialBuilder(QStringLiteral("https://www.northfield-state.example/achievements/BA-310"),
                          QStringLiteral("Predictive Analytics"))
            .available(3)
            .type(QStringLiteral("Course"))
            .field(QStringLiteral("Business Analytics")),
        CredentialBuilder(QStringLiteral("https://www.northfield-state.example/achievements/DS-320"),
                          QStringLiteral("Machine Learning for Business"))
            .available(3)
            .type(QStringLiteral("Course"))
            .field(QStringLiteral("Data Science")),
    };
    return Test::evaluateAll(block, held, standings);
}

} // namespace

class TestProgressRenderer : public QObject {
    Q_OBJECT

private slots:
    void rendersATree()
    {
        const QString text = renderProgressText(degreeBlockProgress());
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(QStringLiteral("        ✔ DATA 101 — Foundations of Data Analysis (3 cr)")),
                 qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("        ✗ missing: Data Ethics and Privacy (micro-credential) (0 cr)")),
                 qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("    … Upper-division analytics electives — 6 of 18 credits")),
                 qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("      ✗ missing: 12 credits still needed")), qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("      ✔ Predictive Analytics (3 cr)")), qPrintable(text));
        QVERIFY2(lines.contains(QStringLiteral("    ✗ Statistics (one of) — 0 of 1 needed")), qPrintable(text));
        QVERIFY2(lines.front().startsWith(QStringLiteral("… B.S. Business Analytics — Data Analytics Block — ")),
                 qPrintable(text));
        QVERIFY(text.endsWith(QLatin1Char('\n')));
    }

    void rendersWouldCount()
    {
        const QString text = renderProgressText(degreeBlockProgress({Standing::Valid, Standing::Revoked}));
        QVERIFY2(
            text.contains(QStringLiteral(
                "✗ missing: DATA 110 (3 cr)\n          ⚠ would count if valid: SQL for Data Analysis (revoked)\n")),
            qPrintable(text));
    }

    void rendersNOfRemaining()
    {
        const Pathway p = Test::pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "Electives",
            "requirements": {"type": "nOf", "n": 2, "label": "Two electives", "children": [
              {"type": "credential", "label": "E1", "match": {"tags": "e1"}},
              {"type": "credential", "label": "E2", "match": {"tags": "e2"}},
              {"type": "credential", "label": "E3", "match": {"tags": "e3"}},
              {"type": "credential", "label": "E4", "match": {"tags": "e4"}},
              {"type": "credential", "label": "E5", "match": {"tags": "e5"}}]}})");
        const QString text = renderProgressText(Test::evaluateAll(p, {}));
        QVERIFY2(text.contains(QStringLiteral("  ✗ Two electives — 0 of 2 needed\n    ✗ missing: 2 more of these 5\n")),
                 qPrintable(text));
    }

    void jsonCarriesTheWholeEvaluation()
    {
        const QJsonObject json = toJson(degreeBlockProgress({Standing::Valid, Standing::Revoked}));
        QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("credfolio.progress/1"));
        QCOMPARE(json.value(QLatin1String("credentialsConsidered")).toInt(), 5);
        QCOMPARE(json.value(QLatin1String("credentialsCounted")).toInt(), 4);
        const QJsonObject root = json.value(QLatin1String("root")).toObject();
        QCOMPARE(root.value(QLatin1String("type")).toString(), QStringLiteral("pathway"));
        QCOMPARE(root.value(QLatin1String("state")).toString(), QStringLiteral("inProgress"));
        const QJsonObject block = root.value(QLatin1String("children")).toArray().at(0).toObject();
        const QJsonArray parts = block.value(QLatin1String("children")).toArray();
        QCOMPARE(parts.size(), 3);
        const QJsonObject certificate = parts.at(0).toObject();
        QCOMPARE(certificate.value(QLatin1String("pathwayId")).toString(),
                 QStringLiteral("https://www.example.edu/pathways/data-analytics-certificate"));
        const QJsonArray courses = certificate.value(QLatin1String("children"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QLatin1String("children"))
                                       .toArray();
        const QJsonObject data101 = courses.at(0).toObject();
        QCOMPARE(data101.value(QLatin1String("state")).toString(), QStringLiteral("met"));
        QCOMPARE(data101.value(QLatin1String("satisfiedBy"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("achievementId"))
                     .toString(),
                 sampleCourse("DATA-101"));
        const QJsonObject data110 = courses.at(1).toObject();
        QCOMPARE(data110.value(QLatin1String("state")).toString(), QStringLiteral("notStarted"));
        QCOMPARE(data110.value(QLatin1String("wouldCountIfValid"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("standing"))
                     .toString(),
                 QStringLiteral("revoked"));
        const QJsonObject electives = parts.at(2).toObject();
        QCOMPARE(electives.value(QLatin1String("creditsEarned")).toDouble(), 6.0);
        QCOMPARE(electives.value(QLatin1String("creditsRequired")).toDouble(), 18.0);
        QCOMPARE(electives.value(QLatin1String("remaining")).toObject().value(QLatin1String("credits")).toDouble(),
                 12.0);
        QCOMPARE(electives.value(QLatin1String("satisfiedBy")).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestProgressRenderer)
#include "TestProgressRenderer.moc"
