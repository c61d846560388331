// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/CredentialReader.h"
#include "core/services/InMemoryPathwaySource.h"
#include "core/services/PathwayProgressModel.h"
#include "core/services/PathwaySummary.h"
#include "core/services/SamplePathways.h"
#include "tests/support/TestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Services;
using Model = PathwayProgressModel;

namespace {

const QString kDegreeBlock = QStringLiteral("https://www.northfield-state.example/pathways/bs-business-analytics/"
                                            "analytics-block");
const QString kData101Credential = QStringLiteral("urn:uuid:d4498969-8df0-495c-9b59-a4cebe094f3a");
const QString kData120Credential = QStringLiteral("urn:uuid:5dd91fcc-b55c-4ca7-b3ea-ba12ed5343ca");
const QString kData110Revoked = QStringLiteral("urn:uuid:cd7af090-792f-48b8-ad01-8a1c906637b2");

LearnerCredential corpus(const char *file, Pathways::Standing standing)
{
    Result<Credentials::Credential> read =
        Credentials::readCredential(Test::readData(QStringLiteral("corpus/") + QLatin1String(file)));
    if (!read) {
        qFatal("corpus credential does not read: %s", qPrintable(read.error().toString()));
    }
    return {std::move(read.value()), standing};
}

// Built by hand: the corpus has no upper-division analytics course.
LearnerCredential elective(const QString &id, const QString &name, double credits)
{
    Credentials::Credential c;
    c.id = id;
    c.name = name;
    c.achievement.id = id + QStringLiteral("#achievement");
    c.achievement.name = name;
    c.achievement.achievementType = QStringLiteral("Course");
    c.achievement.fieldOfStudy = QStringLiteral("Business Analytics");
    c.achievement.creditsAvailable = credits;
    c.validFrom = QDateTime(QDate(2025, 5, 1), QTime(12, 0), Qt::UTC);
    return {c, Pathways::Standing::Valid};
}

// The learner of the screenshots: DATA 101 and DATA 120 valid, DATA 110 revoked.
QList<LearnerCredential> learner()
{
    return {corpus("ob3/di-rdfc-valid.json", Pathways::Standing::Valid),
            corpus("status/di-rdfc-status-revoked.json", Pathways::Standing::Revoked),
            corpus("bulk/rdfc/ob3-rdfc-0002.json", Pathways::Standing::Valid)};
}

Pathways::Evaluation evaluateSample(const QList<LearnerCredential> &credentials)
{
    InMemoryPathwaySource source;
    for (const SamplePathway &sample : samplePathways()) {
        Result<Pathways::Pathway> pathway = pathwayFromBytes(sample.bytes);
        if (!pathway || !source.addPathway(*pathway)) {
            qFatal("sample does not load");
        }
    }
    source.setCredentials(credentials);
    const Result<Pathways::Evaluation> evaluation = source.evaluate(kDegreeBlock);
    if (!evaluation) {
        qFatal("%s", qPrintable(evaluation.error().toString()));
    }
    return *evaluation;
}

QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &label)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == label) {
            return index;
        }
    }
    return {};
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

class TestPathwayProgressModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void samplesShipAsResources()
    {
        const QList<SamplePathway> samples = samplePathways();
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples[0].name, QStringLiteral("B.S. Business Analytics — Data Analytics Block"));
        QCOMPARE(samples[0].id, kDegreeBlock);
        QCOMPARE(samples[0].institution, QStringLiteral("Northfield State University"));
        QCOMPARE(samples[1].name, QStringLiteral("Professional Certificate in Cybersecurity Operations"));
        QVERIFY(samples[1].resourcePath.startsWith(QStringLiteral(":/pathways/")));
        QVERIFY(pathwayFromBytes(samples[1].bytes).has_value());
    }

    void unreadableFilesSayWhy()
    {
        const Result<Pathways::Pathway> missing = pathwayFromFile(QStringLiteral("/nonexistent/pathway.json"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("services.pathway-file-unreadable"));
        QVERIFY(missing.error().message.contains(QStringLiteral("pathway.json")));
        const Result<Pathways::Pathway> broken =
            pathwayFromFile(Test::dataPath(QStringLiteral("pathways/broken/BrokenNOfZero.json")));
        QVERIFY(!broken);
        QVERIFY(broken.error().code.startsWith(QStringLiteral("pathways.")));
    }

    void sourceRefusesDuplicatesAndRemoves()
    {
        InMemoryPathwaySource source;
        QSignalSpy changed(&source, &PathwaySource::pathwaysChanged);
        const Pathways::Pathway p = *pathwayFromBytes(samplePathways().at(1).bytes);
        QVERIFY(source.addPathway(p).has_value());
        const Result<void> again = source.addPathway(p);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("services.pathway-exists"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!source.removePathway(QStringLiteral("urn:nope")));
        QVERIFY(source.removePathway(p.id).has_value());
        QVERIFY(source.pathways().isEmpty());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(source.evaluate(p.id).error().code, QStringLiteral("services.unknown-pathway"));
    }

    void treeShowsRequirementsStatesAndCredentials()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEvaluation(evaluateSample(learner()));

        // The block's "all of" list is the top level.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(Model::ProgressColumn, Qt::Horizontal).toString(), QStringLiteral("Progress"));
        const QModelIndex certificate = model.index(0, 0);
        QCOMPARE(certificate.data().toString(), QStringLiteral("Certificate in Data Analytics"));
        QCOMPARE(certificate.data(Model::StateRole).toString(), QStringLiteral("inProgress"));
        QCOMPARE(cell(certificate, Model::ProgressColumn), QStringLiteral("50%"));
        QCOMPARE(certificate.data(Model::FractionRole).toDouble(), 0.5);
        QCOMPARE(cell(certificate, Model::CreditsColumn), QStringLiteral("6 of 9 cr"));
        QCOMPARE(certificate.data(Model::MissingRole).toString(), QStringLiteral("2 more to complete"));

        // The certificate's requirements are its children.
        QCOMPARE(model.rowCount(certificate), 4);
        const QModelIndex data101 = child(model, certificate, QStringLiteral("DATA 101"));
        QVERIFY(data101.isValid());
        QCOMPARE(data101.data(Model::StateRole).toString(), QStringLiteral("met"));
        QCOMPARE(data101.data(Model::CredentialIdRole).toString(), kData101Credential);
        QCOMPARE(data101.data(Model::SatisfiedByRole).toStringList(), QStringList{kData101Credential});
        QCOMPARE(cell(data101, Model::StatusColumn), QStringLiteral("Foundations of Data Analysis"));
        QCOMPARE(cell(data101, Model::CreditsColumn), QStringLiteral("3 cr"));
        QVERIFY(data101.data(Model::MissingRole).toString().isEmpty());
        QCOMPARE(model.flags(data101) & Qt::ItemNeverHasChildren, Qt::ItemNeverHasChildren);

        const QModelIndex data110 = child(model, certificate, QStringLiteral("DATA 110"));
        QCOMPARE(data110.data(Model::StateRole).toString(), QStringLiteral("notStarted"));
        QCOMPARE(data110.data(Model::WouldCountRole).toStringList(),
                 QStringList{QStringLiteral("SQL for Data Analysis")});
        QCOMPARE(cell(data110, Model::StatusColumn), QStringLiteral("SQL for Data Analysis (revoked)"));
        QCOMPARE(data110.data(Model::CredentialIdRole).toString(), kData110Revoked);
        QVERIFY(data110.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Would count if it were valid: SQL for Data Analysis (revoked)")));
        QCOMPARE(data110.data(Model::MissingRole).toString(), QStringLiteral("Still to earn (3 cr)"));

        const QModelIndex data120 = child(model, certificate, QStringLiteral("DATA 120"));
        QCOMPARE(data120.data(Model::CredentialIdRole).toString(), kData120Credential);

        const QModelIndex statistics = model.index(1, 0);
        QCOMPARE(statistics.data().toString(), QStringLiteral("Statistics (one of)"));
        QCOMPARE(statistics.data(Model::StateRole).toString(), QStringLiteral("notStarted"));
        QCOMPARE(cell(statistics, Model::ProgressColumn), QStringLiteral("0 of 1"));
        QCOMPARE(statistics.data(Model::MissingRole).toString(), QStringLiteral("1 more of these 2"));

        const QModelIndex electives = model.index(2, 0);
        QCOMPARE(electives.data(Model::KindRole).toString(), QStringLiteral("minCredits"));
        QCOMPARE(cell(electives, Model::ProgressColumn), QStringLiteral("0 of 18 cr"));
        QCOMPARE(electives.data(Model::MissingRole).toString(), QStringLiteral("18 credits still needed"));
        // The revoked SQL course is a Data Analytics course too: it would count toward the pool.
        QCOMPARE(model.rowCount(electives), 1);
        const QModelIndex revoked = model.index(0, 0, electives);
        QCOMPARE(revoked.data().toString(), QStringLiteral("SQL for Data Analysis"));
        QCOMPARE(revoked.data(Model::ItemTypeRole).toString(), QStringLiteral("wouldCount"));
        QCOMPARE(revoked.data(Model::StandingRole).toString(), QStringLiteral("revoked"));
        QCOMPARE(cell(revoked, Model::StatusColumn), QStringLiteral("Would count if valid (revoked)"));
        QCOMPARE(revoked.data(Model::CredentialIdRole).toString(), kData110Revoked);
        QCOMPARE(model.indexOfNode(data101.data(Model::NodeIndexRole).toInt()), data101);
    }

    void poolCredentialsAreRowsOfTheirOwn()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<LearnerCredential> held = learner();
        held.append(elective(QStringLiteral("urn:test:ba-310"), QStringLiteral("Predictive Analytics"), 3));
        held.append(elective(QStringLiteral("urn:test:ds-320"), QStringLiteral("Machine Learning for Business"), 4));
        model.setEvaluation(evaluateSample(held));

        const QModelIndex electives = model.index(2, 0);
        QCOMPARE(electives.data(Model::StateRole).toString(), QStringLiteral("inProgress"));
        QCOMPARE(cell(electives, Model::ProgressColumn), QStringLiteral("7 of 18 cr"));
        QCOMPARE(electives.data(Model::FractionRole).toDouble(), 7.0 / 18.0);
        QCOMPARE(model.rowCount(electives), 3); // two counted, then the revoked course
        QCOMPARE(model.index(2, 0, electives).data(Model::ItemTypeRole).toString(), QStringLiteral("wouldCount"));
        QStringList names;
        for (int row = 0; row < 2; ++row) {
            const QModelIndex use = model.index(row, 0, electives);
            QCOMPARE(use.data(Model::ItemTypeRole).toString(), QStringLiteral("counted"));
            QVERIFY(use.data(Model::CredentialIdRole).toString().startsWith(QStringLiteral("urn:test:")));
            names.append(use.data().toString());
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("Machine Learning for Business"),
                                     QStringLiteral("Predictive Analytics")}));
        QCOMPARE(electives.data(Model::MissingRole).toString(), QStringLiteral("11 credits still needed"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void summaryAndNextSteps()
    {
        const Pathways::Evaluation evaluation = evaluateSample(learner());
        const PathwaySummary summary = summarize(evaluation);
        QCOMPARE(summary.state, Pathways::NodeState::InProgress);
        QCOMPARE(summary.credentialsCounted, 2);
        QCOMPARE(summary.credentialsWouldCount, 1);
        QCOMPARE(summary.creditsEarned, 6.0);
        QCOMPARE(summary.creditsTotal, std::optional<double>(30));
        QVERIFY(summary.credentialsStillNeeded >= 4);

        const QList<NextStep> steps = nextSteps(evaluation);
        QStringList titles;
        for (const NextStep &step : steps) {
            titles.append(step.title);
        }
        QCOMPARE(steps.size(), 4);
        QVERIFY2(titles.contains(QStringLiteral("DATA 110")), qPrintable(titles.join(QLatin1Char('|'))));
        // Cheapest first: one course, then the credit pool, then the certificate's two missing parts.
        QCOMPARE(titles, (QStringList{QStringLiteral("Statistics (one of) — 1 more"),
                                      QStringLiteral("Upper-division analytics electives — 18 more credits"),
                                      QStringLiteral("DATA 110"),
                                      QStringLiteral("Data Ethics and Privacy (micro-credential)")}));
        for (const NextStep &step : steps) {
            if (step.title == QStringLiteral("DATA 110")) {
                QCOMPARE(step.context, QStringLiteral("Certificate in Data Analytics"));
                QCOMPARE(step.credits, 3.0);
                QCOMPARE(step.wouldCount, QStringList{QStringLiteral("SQL for Data Analysis")});
            }
            if (step.title.startsWith(QStringLiteral("Statistics"))) {
                QCOMPARE(step.choices, (QStringList{QStringLiteral("STAT 210 Applied Statistics"),
                                                    QStringLiteral("MATH 250 Probability and Statistics")}));
                QVERIFY(step.context.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPathwayProgressModel)
#include "TestPathwayProgressModel.moc"
