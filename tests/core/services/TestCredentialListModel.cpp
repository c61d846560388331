// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/CredentialListModel.h"
#include "core/store/Library.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Credfolio;
using Model = Services::CredentialListModel;
using Pathways::Standing;

namespace {

const QStringList kSubjects = {QStringLiteral("Astronomy"), QStringLiteral("Botany"), QStringLiteral("Chemistry"),
                               QStringLiteral("Drawing"), QStringLiteral("Economics")};

Verify::VerificationReport reportFor(Standing standing)
{
    using Verify::CheckStatus;
    Verify::VerificationReport report;
    report.format = QStringLiteral("ob3-jsonld");
    report.checkedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    if (standing == Standing::Unknown) {
        return report;
    }
    report.checks.append(Verify::makeCheck(QStringLiteral("format"), CheckStatus::Pass, QStringLiteral("ok")));
    report.checks.append(Verify::makeCheck(QStringLiteral("proof"),
                                           standing == Standing::Invalid ? CheckStatus::Fail : CheckStatus::Pass,
                                           QStringLiteral("proof")));
    report.checks.append(Verify::makeCheck(QStringLiteral("validity"),
                                           standing == Standing::Expired ? CheckStatus::Fail : CheckStatus::Pass,
                                           QStringLiteral("validity"), {}, QStringLiteral("verify.expired")));
    report.checks.append(Verify::makeCheck(QStringLiteral("status"),
                                           standing == Standing::Revoked ? CheckStatus::Fail : CheckStatus::Pass,
                                           QStringLiteral("status")));
    return report;
}

/// Credential i: "<Subject> <i>" from issuer i % 3; every 10th expired, every 15th revoked, every 25th invalid,
/// every 40th never checked; issued i days after 2020-01-01.
Store::NewCredential credential(int i)
{
    Store::NewCredential item;
    Credentials::Credential &c = item.credential;
    c.id = QStringLiteral("urn:uuid:test-%1").arg(i);
    c.name = QStringLiteral("%1 %2").arg(kSubjects.at(i % kSubjects.size())).arg(i, 4, 10, QLatin1Char('0'));
    c.description = QStringLiteral("Credential number %1").arg(i);
    c.issuer.id = QStringLiteral("did:example:issuer-%1").arg(i % 3);
    c.issuer.name = QStringLiteral("Issuer %1").arg(QChar(u'A' + i % 3));
    c.achievement.name = c.name;
    c.achievement.achievementType = QStringLiteral("Course");
    c.achievement.creditsAvailable = 1 + i % 4;
    c.validFrom = QDateTime(QDate(2020, 1, 1).addDays(i), QTime(12, 0), Qt::UTC);
    c.original = QStringLiteral("{\"test\": %1}").arg(i).toUtf8();
    c.payload = c.original;
    Standing standing = Standing::Valid;
    if (i % 40 == 0) {
        standing = Standing::Unknown;
    } else if (i % 25 == 0) {
        standing = Standing::Invalid;
    } else if (i % 15 == 0) {
        standing = Standing::Revoked;
    } else if (i % 10 == 0) {
        standing = Standing::Expired;
    }
    item.report = reportFor(standing);
    item.source = QStringLiteral("test");
    return item;
}

int expectedCount(const std::function<bool(int)> &matches, int total)
{
    int n = 0;
    for (int i = 1; i <= total; ++i) {
        n += matches(i) ? 1 : 0;
    }
    return n;
}

} // namespace

class TestCredentialListModel : public QObject {
    Q_OBJECT

    static constexpr int kCount = 450;
    QTemporaryDir m_dir;
    std::unique_ptr<Store::Library> m_library;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("library.sqlite")));
        Result<std::unique_ptr<Store::Library>> library =
            Store::Library::open(m_dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY2(library, qPrintable(library ? QString() : library.error().detail));
        m_library = std::move(library).value();
        QList<Store::NewCredential> batch;
        for (int i = 1; i <= kCount; ++i) {
            batch.append(credential(i));
        }
        const Result<Store::BatchResult> added = m_library->addBatch(batch);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().detail));
        QCOMPARE(added->storedCount(), kCount);
    }

    void cleanup() { m_library.reset(); }

    void readsTheLibraryInPages()
    {
        Model model(m_library.get());
        QCOMPARE(model.matchCount(), kCount);
        QCOMPARE(model.rowCount(), Model::kPageSize);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // A page just read is enough for any view: the next one is offered once the event loop has turned (a
        // QTreeView laying itself out would otherwise read two pages per keystroke).
        QVERIFY(!model.canFetchMore({}));
        QCoreApplication::processEvents();
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * Model::kPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), kCount);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.libraryIsEmpty());
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 2 * Model::kPageSize);
        QCOMPARE(inserted.at(1).at(2).toInt(), kCount - 1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // By name: "Astronomy 0005" first, every id once.
        QCOMPARE(model.index(0, Model::NameColumn).data().toString(), QStringLiteral("Astronomy 0005"));
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.idAt(row));
            QCOMPARE(model.rowOfId(model.idAt(row)), row);
        }
        QCOMPARE(ids.size(), kCount);
    }

    void searchesAsYouType()
    {
        Model model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy queried(&model, &Model::queried);
        Services::LibraryFilter filter;
        filter.text = QStringLiteral("bota");
        model.setFilter(filter);
        QCOMPARE(queried.count(), 1);
        QCOMPARE(model.matchCount(), kCount / kSubjects.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, Model::NameColumn).data().toString().startsWith(QStringLiteral("Botany")));
        }
        filter.text = QStringLiteral("botany 0011");
        model.setFilter(filter);
        QCOMPARE(model.matchCount(), 1);
        QCOMPARE(model.index(0, Model::NameColumn).data().toString(), QStringLiteral("Botany 0011"));
        filter.text = QStringLiteral("nothing-like-this");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.matchCount(), 0);
        QVERIFY(!model.libraryIsEmpty());
    }

    void filtersByStanding_data()
    {
        QTest::addColumn<int>("standing");
        QTest::addColumn<int>("expected");
        auto standingOf = [](int i) {
            return i % 40 == 0   ? Standing::Unknown
                   : i % 25 == 0 ? Standing::Invalid
                   : i % 15 == 0 ? Standing::Revoked
                   : i % 10 == 0 ? Standing::Expired
                                 : Standing::Valid;
        };
        for (Standing s :
             {Standing::Valid, Standing::Expired, Standing::Revoked, Standing::Invalid, Standing::Unknown}) {
            QTest::addRow("%s", qPrintable(Pathways::standingKey(s)))
                << int(s) << expectedCount([&](int i) { return standingOf(i) == s; }, kCount);
        }
    }

    void filtersByStanding()
    {
        QFETCH(int, standing);
        QFETCH(int, expected);
        Model model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Services::LibraryFilter filter;
        filter.standing = Standing(standing);
        model.setFilter(filter);
        QCOMPARE(model.matchCount(), expected);
        QCoreApplication::processEvents();
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), expected);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(Model::StandingRole).toInt(), standing);
            QCOMPARE(model.index(row, Model::StatusColumn).data().toString(),
                     Services::standingLabel(Standing(standing)));
        }
    }

    void filtersByIssuerAndTag()
    {
        QList<qint64> ids;
        Model all(m_library.get());
        ids << all.idAt(0) << all.idAt(1) << all.idAt(2);
        QVERIFY(m_library->addTag(ids, QStringLiteral("Favourite")));

        Model model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Services::LibraryFilter filter;
        filter.tag = QStringLiteral("favourite");
        model.setFilter(filter);
        QCOMPARE(model.matchCount(), 3);
        QCOMPARE(model.index(0, Model::TagsColumn).data().toString(), QStringLiteral("Favourite"));
        QCOMPARE(model.index(0, 0).data(Model::TagsRole).toStringList(), QStringList{QStringLiteral("Favourite")});

        filter = {};
        filter.issuerId = QStringLiteral("did:example:issuer-1");
        model.setFilter(filter);
        QCOMPARE(model.matchCount(), kCount / 3);
        QCOMPARE(model.index(0, Model::IssuerColumn).data().toString(), QStringLiteral("Issuer B"));

        const Result<Services::FilterChoices> choices = Services::filterChoices(*m_library);
        QVERIFY(choices);
        QCOMPARE(choices->issuers.size(), 3);
        QCOMPARE(choices->issuers.at(0).count, kCount / 3);
        QCOMPARE(choices->tags.size(), 1);
        QCOMPARE(choices->tags.at(0).count, 3);
    }

    void exposesRolesAndColumns()
    {
        Services::LibraryFilter filter;
        filter.text = QStringLiteral("astronomy 0010");
        Model model(m_library.get());
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex name = model.index(0, Model::NameColumn);
        QCOMPARE(name.data(Model::NameRole).toString(), QStringLiteral("Astronomy 0010"));
        QCOMPARE(name.data(Model::IssuerIdRole).toString(), QStringLiteral("did:example:issuer-1"));
        QCOMPARE(name.data(Model::IssuedRole).toDateTime(), QDateTime(QDate(2020, 1, 11), QTime(12, 0), Qt::UTC));
        QVERIFY(!name.data(Model::ExpiresRole).toDateTime().isValid());
        QCOMPARE(name.data(Model::StandingKeyRole).toString(), QStringLiteral("expired"));
        QCOMPARE(name.data(Model::CreditsRole).toDouble(), 3.0);
        QCOMPARE(model.index(0, Model::CreditsColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(name.data(Model::DescriptionRole).toString(), QStringLiteral("Credential number 10"));
        QCOMPARE(name.data(Qt::ToolTipRole).toString(), QStringLiteral("Credential number 10"));
        QVERIFY(!name.data(Model::HasImageRole).toBool());
        QCOMPARE(model.headerData(Model::IssuerColumn, Qt::Horizontal).toString(), QStringLiteral("Issuer"));
    }

    void sortsThroughTheLibrary()
    {
        Model model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(Model::IssuedColumn, Qt::DescendingOrder);
        QCOMPARE(model.filter().sort, Store::SortKey::DateIssued);
        QCOMPARE(model.index(0, Model::NameColumn).data().toString(), QStringLiteral("Astronomy 0450"));
        model.sort(Model::StatusColumn, Qt::AscendingOrder); // not sortable: the order stays
        QCOMPARE(model.filter().sort, Store::SortKey::DateIssued);
        model.sort(Model::NameColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, Model::NameColumn).data().toString(), QStringLiteral("Economics 0449"));
    }

    void refreshShowsDeletionsAndRestores()
    {
        Model model(m_library.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<qint64> ids = {model.idAt(0), model.idAt(1)};
        QVERIFY(m_library->removeCredentials(ids));
        model.refresh();
        QCOMPARE(model.matchCount(), kCount - 2);
        QCOMPARE(model.rowOfId(ids.at(0)), -1);
        QVERIFY(m_library->restoreCredentials(ids));
        model.refresh();
        QCOMPARE(model.matchCount(), kCount);
        QCOMPARE(model.rowOfId(ids.at(0)), 0);
    }

    void emptyLibraryIsTold()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Store::Library>> empty = Store::Library::open(dir.filePath(QStringLiteral("e.sqlite")));
        QVERIFY(empty);
        Model model(empty->get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.libraryIsEmpty());
        QCOMPARE(model.rowCount(), 0);
        Model none(nullptr);
        QVERIFY(none.libraryIsEmpty());
        QVERIFY(!none.canFetchMore({}));
    }

    void standingOfRowFollowsTheFirstFailure()
    {
        Store::CredentialRow row;
        QCOMPARE(Services::standingOfRow(row), Standing::Unknown);
        row.verdict = Store::Verdict::Valid;
        QCOMPARE(Services::standingOfRow(row), Standing::Valid);
        row.verdict = Store::Verdict::Invalid;
        row.firstFailure = QStringLiteral("validity");
        QCOMPARE(Services::standingOfRow(row), Standing::Expired);
        row.firstFailure = QStringLiteral("status");
        QCOMPARE(Services::standingOfRow(row), Standing::Revoked);
        row.firstFailure = QStringLiteral("proof");
        QCOMPARE(Services::standingOfRow(row), Standing::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestCredentialListModel)
#include "TestCredentialListModel.moc"
