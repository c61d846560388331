// SPDX-License-Identifier: GPL-3.0-or-later
// The export service on the sample portfolio (shipped sample credentials and pathways) plus corpus credentials that
// expired or do not verify: which credentials a selection names (collection, pathway), how they are grouped and
// ordered, what is left out, and that the label language of the document is independent of the application's.
#include "core/portfolio/Package.h"
#include "core/services/ExportService.h"
#include "core/services/LibraryEdits.h"
#include "core/services/SamplePortfolio.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"
#include "tests/support/TestData.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Credfolio;

namespace {

const QString kAnalyticsBlock =
    QStringLiteral("https://www.northfield-state.example/pathways/bs-business-analytics/analytics-block");

QString displayName(const Portfolio::PortfolioEntry &entry)
{
    return entry.credential.name.isEmpty() ? entry.credential.achievement.name : entry.credential.name;
}

QStringList namesOf(const QList<Portfolio::PortfolioEntry> &entries)
{
    QStringList names;
    for (const Portfolio::PortfolioEntry &entry : entries)
        names.append(displayName(entry));
    return names;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestExportService : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto workspace = Services::openSamplePortfolio(m_dir->filePath(QStringLiteral("sample.sqlite")));
        QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.error().toString()));
        m_workspace = std::move(workspace).value();
        Services::ImportRequest request;
        request.paths = {Test::dataPath(QStringLiteral("corpus/ob3/di-rdfc-expired.json")),
                         Test::dataPath(QStringLiteral("corpus/ob3/di-rdfc-wrong-key.json"))};
        QThreadPool pool;
        const std::atomic<bool> cancel{false};
        const auto summary = m_workspace->importBatch(request, pool, {}, cancel);
        QVERIFY2(summary, summary ? "" : qPrintable(summary.error().toString()));
        for (const auto &problem : summary->problems)
            qWarning() << problem.source << problem.error.toString();
        QCOMPARE(summary->duplicates.size(), 0);
        QCOMPARE(summary->storedCount(), 2);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void theSamplePathwayIsThere()
    {
        const auto data = Services::collectPortfolio(*m_workspace, Services::ExportSelection{{}, {}, kAnalyticsBlock});
        QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
        QCOMPARE(data->figures.size(), 1);
    }

    void aCollectionSelectsItsCredentials()
    {
        const auto all = Services::collectPortfolio(*m_workspace, {});
        QVERIFY(all && all->entries.size() == 7);
        const auto collection = Services::createCollection(m_workspace->library(), QStringLiteral("Job at ACME"));
        QVERIFY(collection);
        const auto rows = m_workspace->library().list(Store::Query{});
        QVERIFY(rows && rows->size() == 7);
        const QList<qint64> chosen{rows->at(1).id, rows->at(4).id};
        QVERIFY(Services::addToCollection(m_workspace->library(), *collection, chosen));

        Services::ExportSelection selection;
        selection.collection = *collection;
        const auto data = Services::collectPortfolio(*m_workspace, selection, Services::ExportGrouping::Area,
                                                     Services::ExportOrder::Name);
        QVERIFY(data);
        QStringList expected{rows->at(1).name, rows->at(4).name};
        expected.sort(Qt::CaseInsensitive);
        QCOMPARE(namesOf(data->entries), expected);
    }

    void aPathwaySelectsTheCredentialsThatCountTowardIt()
    {
        Services::ExportSelection selection;
        selection.pathwayId = kAnalyticsBlock;
        selection.pathwayOnly = true;
        const auto data = Services::collectPortfolio(*m_workspace, selection, Services::ExportGrouping::Area,
                                                     Services::ExportOrder::Name);
        QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
        QCOMPARE(namesOf(data->entries), m_countingTowardBlock);
        for (const Portfolio::PortfolioEntry &entry : data->entries)
            QVERIFY(!entry.group.contains(QStringLiteral("Data Analytics Block"))); // grouped by area, as asked

        selection.pathwayId = QStringLiteral("https://example.org/no-such-pathway");
        const auto unknown = Services::collectPortfolio(*m_workspace, selection);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("services.unknown-pathway"));
    }

    void groupingByPathwayPutsEachPathwaysCredentialsUnderItsName()
    {
        const auto data = Services::collectPortfolio(*m_workspace, {}, Services::ExportGrouping::Pathway,
                                                     Services::ExportOrder::Name);
        QVERIFY(data && data->entries.size() == 7);
        QStringList groups;
        for (const Portfolio::PortfolioEntry &entry : data->entries) {
            if (groups.isEmpty() || groups.last() != entry.group)
                groups.append(entry.group);
        }
        QCOMPARE(groups.removeDuplicates(), 0); // each section is contiguous
        QVERIFY2(groups.size() >= 3, qPrintable(groups.join(QLatin1String(" | "))));
        // The pathway sections come first, then the areas.
        QCOMPARE(groups.first(), QStringLiteral("B.S. Business Analytics — Data Analytics Block"));
        QStringList inBlock;
        for (const Portfolio::PortfolioEntry &entry : data->entries) {
            if (entry.group == groups.first())
                inBlock.append(displayName(entry));
        }
        QCOMPARE(inBlock, m_countingTowardBlock);

        const auto byArea = Services::collectPortfolio(*m_workspace, {}, Services::ExportGrouping::Area);
        QVERIFY(byArea);
        for (const Portfolio::PortfolioEntry &entry : byArea->entries)
            QVERIFY2(!entry.group.startsWith(QLatin1String("B.S.")), qPrintable(entry.group));
    }

    void theOrderIsTheLearners()
    {
        const auto byName =
            Services::collectPortfolio(*m_workspace, {}, Services::ExportGrouping::Area, Services::ExportOrder::Name);
        QVERIFY(byName);
        // Within each section, names ascend.
        for (qsizetype i = 1; i < byName->entries.size(); ++i) {
            if (byName->entries.at(i).group == byName->entries.at(i - 1).group)
                QVERIFY(QString::localeAwareCompare(displayName(byName->entries.at(i - 1)),
                                                    displayName(byName->entries.at(i))) <= 0);
        }
        // Within each section, dates descend (newest first) or ascend (oldest first).
        const auto datesBySection = [](const Services::PortfolioData &data) {
            QHash<QString, QList<QDateTime>> sections;
            for (const Portfolio::PortfolioEntry &entry : data.entries)
                sections[entry.group].append(entry.credential.awardedDate.isValid() ? entry.credential.awardedDate
                                                                                    : entry.credential.validFrom);
            return sections;
        };
        const auto newest = Services::collectPortfolio(*m_workspace, {}, Services::ExportGrouping::Area,
                                                       Services::ExportOrder::NewestFirst);
        const auto oldest = Services::collectPortfolio(*m_workspace, {}, Services::ExportGrouping::Area,
                                                       Services::ExportOrder::OldestFirst);
        QVERIFY(newest && oldest);
        int compared = 0;
        for (const QList<QDateTime> &down : datesBySection(*newest)) {
            QVERIFY(std::is_sorted(down.rbegin(), down.rend()));
            compared += int(down.size()) - 1;
        }
        for (const QList<QDateTime> &up : datesBySection(*oldest))
            QVERIFY(std::is_sorted(up.begin(), up.end()));
        QVERIFY(compared >= 2);
        QVERIFY(namesOf(newest->entries) != namesOf(oldest->entries));

        const auto byIssuer =
            Services::collectPortfolio(*m_workspace, {}, Services::ExportGrouping::Area, Services::ExportOrder::Issuer);
        QVERIFY(byIssuer);
        for (qsizetype i = 1; i < byIssuer->entries.size(); ++i) {
            const auto &a = byIssuer->entries.at(i - 1);
            const auto &b = byIssuer->entries.at(i);
            if (a.group == b.group)
                QVERIFY(QString::localeAwareCompare(a.credential.issuer.name, b.credential.issuer.name) <= 0);
        }
    }

    void leftOutCredentialsAreCountedWithTheirReason()
    {
        Services::ExportRequest request;
        request.format = Services::ExportFormat::Html;
        const QString path = m_dir->filePath(QStringLiteral("out.html"));
        const auto strict = Services::exportPortfolio(*m_workspace, request, path);
        QVERIFY2(strict, strict ? "" : qPrintable(strict.error().toString()));
        QCOMPARE(strict->selected, 7);
        QCOMPARE(strict->stats.entries, 5);
        QCOMPARE(strict->leftOut.invalid, 1);
        QCOMPARE(strict->leftOut.expired, 1);
        request.options.includeInvalid = true;
        request.options.includeExpired = true;
        const auto everything = Services::exportPortfolio(*m_workspace, request, path);
        QVERIFY(everything);
        QCOMPARE(everything->stats.entries, 7);
        QCOMPARE(everything->leftOut.invalid + everything->leftOut.expired, 0);
    }

    void labelsFollowTheChosenLanguageNotTheApplications()
    {
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Spanish)));
        Services::ExportRequest request;
        request.format = Services::ExportFormat::Html;
        request.options.labelLanguage = QStringLiteral("de");
        const QString german = m_dir->filePath(QStringLiteral("de.html"));
        QVERIFY(Services::exportPortfolio(*m_workspace, request, german));
        const QString html = readText(german);
        QVERIFY(html.contains(QStringLiteral("Nachweisportfolio")));
        QVERIFY(html.contains(QStringLiteral("lang=\"de\"")));

        request.options.labelLanguage = QStringLiteral("en");
        const QString english = m_dir->filePath(QStringLiteral("en.html"));
        QVERIFY(Services::exportPortfolio(*m_workspace, request, english));
        QVERIFY(readText(english).contains(QStringLiteral("Credential portfolio")));
        // The application stays in Spanish.
        QCOMPARE(QCoreApplication::translate("Credfolio::Portfolio", "Skills"), QStringLiteral("Habilidades"));
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));

        request.options.labelLanguage = QStringLiteral("fr");
        const auto french = Services::exportPortfolio(*m_workspace, request, english);
        QVERIFY(!french);
        QCOMPARE(french.error().code, QStringLiteral("services.unknown-language"));
    }

    void aGermanPdfHasGermanLabels()
    {
        Services::ExportRequest request;
        request.options.labelLanguage = QStringLiteral("de");
        request.profile =
            Portfolio::LearnerProfile{QStringLiteral("Ada Lovelace"), QStringLiteral("Analystin"), {}, {}, {}, {}, {}};
        const QString path = m_dir->filePath(QStringLiteral("de.pdf"));
        const auto outcome = Services::exportPortfolio(*m_workspace, request, path);
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().toString()));
        QVERIFY(outcome->stats.pages >= 1);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Exportiert am")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("NACHWEISPORTFOLIO")));
        QVERIFY(text.contains(QStringLiteral("Ada Lovelace")));
        // The areas are named in German too: the samples are courses and a competency.
        QVERIFY2(text.contains(QStringLiteral("KURS")) && text.contains(QStringLiteral("KOMPETENZ")),
                 qPrintable(text.left(1200)));
        QVERIFY(!text.contains(QStringLiteral("COURSE")));
    }

    void aFailedWriteLeavesNothing()
    {
        Services::ExportRequest request;
        request.format = Services::ExportFormat::JsonResume;
        const QString path = m_dir->filePath(QStringLiteral("missing-folder/out.json"));
        const auto outcome = Services::exportPortfolio(*m_workspace, request, path);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, QStringLiteral("portfolio.write-failed"));
        QVERIFY(!QFile::exists(path));
    }

    void aPackageIsDescribedWithoutTheKeychain()
    {
        Services::ExportRequest request;
        request.format = Services::ExportFormat::Package;
        request.selection.pathwayId = kAnalyticsBlock;
        request.selection.pathwayOnly = true;
        const auto described = Services::describePackage(*m_workspace, request);
        QVERIFY2(described, described ? "" : qPrintable(described.error().toString()));
        QCOMPARE(described->stats.entries, m_countingTowardBlock.size());
        QVERIFY(described->stats.bytes > 1000);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Services::Workspace> m_workspace;
    // The sample credentials of the block's courses DATA 101, 110 and 120 (by name); not the invalid corpus copy of
    // "SQL for Data Analysis", nor the Python or teamwork samples.
    const QStringList m_countingTowardBlock = {QStringLiteral("Data Visualization and Storytelling"),
                                               QStringLiteral("Foundations of Data Analysis"),
                                               QStringLiteral("SQL for Data Analysis")};
};

QTEST_MAIN(TestExportService)
#include "TestExportService.moc"
