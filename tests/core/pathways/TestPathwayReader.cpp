// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/PathwayReader.h"
#include "core/pathways/PathwayWriter.h"
#include "tests/support/TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Pathways;

namespace {

QByteArray readSample(const QString &name)
{
    QFile file(QStringLiteral(CREDFOLIO_TEST_DATA "/../../resources/pathways/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample");
    }
    return file.readAll();
}

} // namespace

class TestPathwayReader : public QObject {
    Q_OBJECT

private slots:
    void readsDegreeBlockSample()
    {
        const Result<ReadPathway> read = readPathway(readSample(QStringLiteral("data-analytics-degree-block.json")));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QVERIFY(read->warnings.isEmpty());
        const Pathway &p = read->pathway;
        QCOMPARE(p.id,
                 QStringLiteral("https://www.northfield-state.example/pathways/bs-business-analytics/analytics-block"));
        QCOMPARE(p.issuer.name, QStringLiteral("Northfield State University"));
        QCOMPARE(p.credits, std::optional<double>(30));
        QCOMPARE(p.sharing, Sharing::CountOnce);
        QCOMPARE(p.requirements.kind, NodeKind::AllOf);
        QCOMPARE(p.requirements.children.size(), 3);

        const Requirement &certificate = p.requirements.children[0];
        QCOMPARE(certificate.kind, NodeKind::Pathway);
        QCOMPARE(certificate.pathwayId, QStringLiteral("https://www.example.edu/pathways/data-analytics-certificate"));
        QCOMPARE(certificate.label, QStringLiteral("Certificate in Data Analytics"));
        QVERIFY(certificate.awardedBy);
        QCOMPARE(certificate.awardedBy->achievementIds,
                 QStringList{QStringLiteral("https://www.example.edu/achievements/data-analytics/certificate")});
        QCOMPARE(certificate.children.size(), 1);
        const Requirement &courses = certificate.children[0];
        QCOMPARE(courses.children.size(), 4);
        QCOMPARE(courses.children[0].label, QStringLiteral("DATA 101"));
        QCOMPARE(courses.children[0].credits, std::optional<double>(3));
        QVERIFY(courses.children[0].match.minResult);
        QCOMPARE(courses.children[0].match.minResult->minimum, QStringLiteral("C"));
        QCOMPARE(courses.children[0].match.minResult->scale.size(), 9);
        QCOMPARE(courses.children[3].match.tagsAll, QStringList{QStringLiteral("data-ethics")});
        QCOMPARE(courses.children[3].match.achievementTypes, QStringList{QStringLiteral("MicroCredential")});

        const Requirement &statistics = p.requirements.children[1];
        QCOMPARE(statistics.kind, NodeKind::NOf);
        QCOMPARE(statistics.n, 1);
        QCOMPARE(statistics.children[0].match.alignments.size(), 1);
        QCOMPARE(statistics.children[0].match.alignments[0].targetCode, QStringLiteral("STAT-210"));

        const Requirement &electives = p.requirements.children[2];
        QCOMPARE(electives.kind, NodeKind::MinCredits);
        QCOMPARE(electives.minCredits, 18.0);
        QVERIFY(electives.pool);
        QCOMPARE(electives.pool->fieldsOfStudy.size(), 3);
        QCOMPARE(electives.pool->issuedNotBefore.date(), QDate(2018, 1, 1));
    }

    void readsCybersecuritySample()
    {
        const Result<ReadPathway> read =
            readPathway(readSample(QStringLiteral("cybersecurity-professional-certificate.json")));
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QVERIFY(read->warnings.isEmpty());
        const Requirement &electives = read->pathway.requirements.children[1];
        QCOMPARE(electives.kind, NodeKind::NOf);
        QCOMPARE(electives.n, 2);
        QCOMPARE(electives.children.size(), 5);
        const Requirement &practicum = read->pathway.requirements.children[2];
        QCOMPARE(practicum.match.minResult->minimum, QStringLiteral("70"));
        QVERIFY(practicum.match.minResult->scale.isEmpty());
        QCOMPARE(practicum.match.resultStatus, QStringList{QStringLiteral("Completed")});
    }

    void rejectsMalformedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        QTest::newRow("not JSON") << "BrokenNotJson.json"
                                  << "pathways.invalid-json"
                                  << "";
        QTest::newRow("duplicate key") << "BrokenDuplicateKey.json"
                                       << "pathways.invalid-json"
                                       << "";
        QTest::newRow("format") << "BrokenFormat.json"
                                << "pathways.unsupported-format"
                                << "$.format";
        QTest::newRow("missing id") << "BrokenMissingId.json"
                                    << "pathways.missing-member"
                                    << "$.id";
        QTest::newRow("n zero") << "BrokenNOfZero.json"
                                << "pathways.invalid-value"
                                << "$.requirements.children[2].n";
        QTest::newRow("n too large") << "BrokenNOfTooLarge.json"
                                     << "pathways.invalid-value"
                                     << "$.requirements.n";
        QTest::newRow("n fraction") << "BrokenNOfFraction.json"
                                    << "pathways.invalid-value"
                                    << "$.requirements.n";
        QTest::newRow("unknown kind") << "BrokenUnknownKind.json"
                                      << "pathways.unknown-kind"
                                      << "$.requirements.children[0].type";
        QTest::newRow("empty children") << "BrokenEmptyChildren.json"
                                        << "pathways.wrong-type"
                                        << "$.requirements.children";
        QTest::newRow("empty match") << "BrokenEmptyMatch.json"
                                     << "pathways.invalid-value"
                                     << "$.requirements.children[0].match";
        QTest::newRow("negative min") << "BrokenMinCreditsNegative.json"
                                      << "pathways.invalid-value"
                                      << "$.requirements.min";
        QTest::newRow("min without source") << "BrokenMinCreditsNothing.json"
                                            << "pathways.missing-member"
                                            << "$.requirements";
        QTest::newRow("scale value") << "BrokenScaleValue.json"
                                     << "pathways.invalid-value"
                                     << "$.requirements.match.result.minimum";
        QTest::newRow("alignment") << "BrokenAlignment.json"
                                   << "pathways.invalid-value"
                                   << "$.requirements.match.alignment[1]";
        QTest::newRow("pathway node") << "BrokenPathwayNode.json"
                                      << "pathways.invalid-value"
                                      << "$.requirements.children[0]";
        QTest::newRow("date") << "BrokenDate.json"
                              << "pathways.invalid-value"
                              << "$.requirements.match.issued.notBefore";
        QTest::newRow("duplicate node id") << "BrokenDuplicateNodeId.json"
                                           << "pathways.duplicate-id"
                                           << "$.requirements.children[1].id";
        QTest::newRow("sharing") << "BrokenSharing.json"
                                 << "pathways.invalid-value"
                                 << "$.policy.sharing";
    }

    void rejectsMalformedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const Result<ReadPathway> read = readPathway(Test::readData(QStringLiteral("pathways/broken/") + file));
        QVERIFY(!read);
        QCOMPARE(read.error().code, code);
        QVERIFY(!read.error().message.isEmpty());
        if (!path.isEmpty()) {
            QCOMPARE(read.error().detail, path);
            QVERIFY2(read.error().message.startsWith(path + QLatin1String(": ")), qPrintable(read.error().message));
        }
    }

    void errorMessageNamesThePath()
    {
        const Result<ReadPathway> read =
            readPathway(Test::readData(QStringLiteral("pathways/broken/BrokenNOfZero.json")));
        QVERIFY(!read);
        QCOMPARE(read.error().message, QStringLiteral("$.requirements.children[2].n: must be a positive integer"));
    }

    void warnsAboutUnknownMembers()
    {
        const QByteArray text = R"({"format": "credfolio.pathway/1", "id": "x", "name": "X", "colour": "blue",
            "requirements": {"type": "credential", "weight": 2, "match": {"achievementId": "a", "grade": "A"}}})";
        const Result<ReadPathway> read = readPathway(text);
        QVERIFY(read);
        QCOMPARE(read->warnings.size(), 3);
        QStringList paths;
        for (const PathwayNote &warning : read->warnings) {
            QCOMPARE(warning.code, QStringLiteral("pathways.unknown-member"));
            paths << warning.path;
        }
        paths.sort();
        QCOMPARE(paths, (QStringList{QStringLiteral("$.colour"), QStringLiteral("$.requirements.match.grade"),
                                     QStringLiteral("$.requirements.weight")}));
    }

    void matcherAcceptsStringOrArray()
    {
        const QByteArray text = R"({"format": "credfolio.pathway/1", "id": "x", "name": "X",
            "requirements": {"type": "credential", "match": {"achievementId": ["a", "b"], "tags": ["python", "sql"],
             "issuer": "did:web:example.edu"}}})";
        const Result<ReadPathway> read = readPathway(text);
        QVERIFY(read);
        QCOMPARE(read->pathway.requirements.match.achievementIds,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(read->pathway.requirements.match.tagsAny,
                 (QStringList{QStringLiteral("python"), QStringLiteral("sql")}));
        QCOMPARE(read->pathway.requirements.match.issuers, QStringList{QStringLiteral("did:web:example.edu")});
    }

    void writerRoundTrips_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::newRow("degree block") << "data-analytics-degree-block.json";
        QTest::newRow("cybersecurity") << "cybersecurity-professional-certificate.json";
    }

    void writerRoundTrips()
    {
        QFETCH(QString, sample);
        const Result<ReadPathway> read = readPathway(readSample(sample));
        QVERIFY(read);
        const QJsonObject written = writePathway(read->pathway);
        QCOMPARE(written.value(QLatin1String("format")).toString(), QStringLiteral("credfolio.pathway/1"));
        const Result<ReadPathway> again = readPathway(QJsonDocument(written).toJson());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QVERIFY(again->warnings.isEmpty());
        QVERIFY(again->pathway == read->pathway);
    }
};

QTEST_GUILESS_MAIN(TestPathwayReader)
#include "TestPathwayReader.moc"
