// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/CredentialReader.h"
#include "core/services/InMemoryPathwaySource.h"
#include "core/services/PathwayProgressModel.h"
#include "core/services/SamplePathways.h"
#include "tests/support/TestData.h"
#include "ui/EmptyState.h"
#include "ui/PathwaysPage.h"
#include "ui/ProgressRing.h"
#include "ui/TwoLineDelegate.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Credfolio;
using namespace Credfolio::Services;
using Credfolio::Ui::PathwaysPage;
using Model = Credfolio::Services::PathwayProgressModel;

namespace {

const QString kBlockName = QStringLiteral("B.S. Business Analytics — Data Analytics Block");
const QString kCyberName = QStringLiteral("Professional Certificate in Cybersecurity Operations");
const QString kData101Credential = QStringLiteral("urn:uuid:d4498969-8df0-495c-9b59-a4cebe094f3a");
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

QList<LearnerCredential> learner()
{
    return {corpus("ob3/di-rdfc-valid.json", Pathways::Standing::Valid),
            corpus("status/di-rdfc-status-revoked.json", Pathways::Standing::Revoked),
            corpus("bulk/rdfc/ob3-rdfc-0002.json", Pathways::Standing::Valid)};
}

Pathways::Pathway sample(const QString &name)
{
    for (const SamplePathway &s : samplePathways()) {
        if (s.name == name) {
            return *pathwayFromBytes(s.bytes);
        }
    }
    qFatal("no sample");
}

struct Fixture {
    InMemoryPathwaySource source;
    QUndoStack undo;
    PathwaysPage page{&source, &undo};

    explicit Fixture(const QStringList &pathways = {})
    {
        source.setCredentials(learner());
        for (const QString &name : pathways) {
            if (!source.addPathway(sample(name))) {
                qFatal("cannot add");
            }
        }
        page.resize(1100, 720);
        page.show();
    }

    template <typename T>
    T *find(const char *name)
    {
        T *child = page.findChild<T *>(QLatin1String(name));
        if (!child) {
            qFatal("no child %s", name);
        }
        return child;
    }
    QTreeView *tree() { return find<QTreeView>("requirementTree"); }
    QString label(const char *name) { return find<QLabel>(name)->text(); }

    QModelIndex row(const QStringList &labels)
    {
        QModelIndex parent;
        QAbstractItemModel *model = tree()->model();
        for (const QString &label : labels) {
            QModelIndex found;
            for (int r = 0; r < model->rowCount(parent) && !found.isValid(); ++r) {
                if (model->index(r, 0, parent).data().toString() == label) {
                    found = model->index(r, 0, parent);
                }
            }
            if (!found.isValid()) {
                return {};
            }
            parent = found;
        }
        return parent;
    }
};

QStringList listTexts(QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i) {
        texts.append(list->item(i)->text());
    }
    return texts;
}

} // namespace

class TestPathwaysPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void withoutPathwaysItOffersToAddOne()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QVERIFY(f.page.isShowingEmptyState());
        auto *empty = f.find<Ui::EmptyState>("pathwaysEmptyState");
        QCOMPARE(empty->title(), QStringLiteral("No pathways yet"));
        auto *button = empty->findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Add Pathway…"));
        QVERIFY(!f.find<QAction>("removePathwayAction")->isEnabled());
    }

    void addingASampleFromTheMenuAddsIt()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        auto *add = f.find<QToolButton>("addPathwayButton");
        QCOMPARE(add->accessibleName(), QStringLiteral("Add pathway"));
        QTest::mouseClick(add, Qt::LeftButton);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QStringList texts;
        for (QAction *action : menu->actions()) {
            texts.append(action->text());
            if (action->text() == kBlockName) {
                menu->setActiveAction(action);
            }
        }
        QVERIFY2(texts.contains(QStringLiteral("From File…")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(kCyberName));
        QTest::keyClick(menu, Qt::Key_Return);

        QTRY_COMPARE(f.source.pathways().size(), 1);
        QVERIFY(!f.page.isShowingEmptyState());
        auto *list = f.find<QListWidget>("pathwayList");
        QCOMPARE(listTexts(list), QStringList{kBlockName});
        QCOMPARE(f.label("pathwayTitle"), kBlockName);
        QCOMPARE(f.label("pathwayInstitution"), QStringLiteral("Northfield State University"));

        // Adding it again does not duplicate it, and says so.
        QVERIFY(!f.page.addSamplePathway(samplePathways().at(0).resourcePath));
        QCOMPARE(f.source.pathways().size(), 1);
        QCOMPARE(f.page.message(), QStringLiteral("“%1” is already in your pathways.").arg(kBlockName));

        f.undo.undo();
        QCOMPARE(f.source.pathways().size(), 0);
        QVERIFY(f.page.isShowingEmptyState());
        f.undo.redo();
        QCOMPARE(listTexts(list), QStringList{kBlockName});
    }

    void headerShowsOverallProgress()
    {
        Fixture f({kBlockName});
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        // The certificate is half done (DATA 101 and DATA 120 of four), the other two parts of the block are not
        // started: (0.5 + 0 + 0) / 3, and 6 of the block's 30 credits.
        auto *ring = f.find<Ui::ProgressRing>("overallProgress");
        QCOMPARE(ring->text(), QStringLiteral("17%"));
        auto *list = f.find<QListWidget>("pathwayList");
        QCOMPARE(list->item(0)->data(Ui::TwoLineDelegate::TrailingRole).toString(), ring->text());
        QCOMPARE(f.label("pathwayCreditsValue"), QStringLiteral("6 of 30"));
        QCOMPARE(f.label("pathwayCreditsCaption"), QStringLiteral("credits earned"));
        QCOMPARE(f.label("pathwayCountedValue"), QStringLiteral("2"));
        auto *note = f.find<QLabel>("wouldCountNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(QStringLiteral("1 of your credentials would count here")),
                 qPrintable(note->text()));
    }

    void treeShowsRequirementsAndTheirStates()
    {
        Fixture f({kBlockName});
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QAbstractItemModel *model = f.tree()->model();
        QCOMPARE(model->rowCount(), 3);
        const QModelIndex certificate = f.row({QStringLiteral("Certificate in Data Analytics")});
        QVERIFY(f.tree()->isExpanded(certificate));
        QCOMPARE(certificate.data(Model::StateRole).toString(), QStringLiteral("inProgress"));
        QCOMPARE(certificate.siblingAtColumn(Model::ProgressColumn).data().toString(), QStringLiteral("50%"));

        const QModelIndex data101 =
            f.row({QStringLiteral("Certificate in Data Analytics"), QStringLiteral("DATA 101")});
        QCOMPARE(data101.data(Model::StateRole).toString(), QStringLiteral("met"));
        QCOMPARE(data101.siblingAtColumn(Model::StatusColumn).data().toString(),
                 QStringLiteral("Foundations of Data Analysis"));
        const QModelIndex data110 =
            f.row({QStringLiteral("Certificate in Data Analytics"), QStringLiteral("DATA 110")});
        QCOMPARE(data110.data(Model::StateRole).toString(), QStringLiteral("notStarted"));
        QCOMPARE(data110.siblingAtColumn(Model::StatusColumn).data().toString(),
                 QStringLiteral("SQL for Data Analysis (revoked)"));
        QCOMPARE(f.row({QStringLiteral("Statistics (one of)")}).data(Model::StateRole).toString(),
                 QStringLiteral("notStarted"));
        QCOMPARE(f.row({QStringLiteral("Upper-division analytics electives")})
                     .siblingAtColumn(Model::ProgressColumn)
                     .data()
                     .toString(),
                 QStringLiteral("0 of 18 cr"));
    }

    void clickingASatisfiedRequirementOpensItsCredential()
    {
        Fixture f({kBlockName});
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QSignalSpy opened(&f.page, &PathwaysPage::credentialActivated);
        const QModelIndex data101 =
            f.row({QStringLiteral("Certificate in Data Analytics"), QStringLiteral("DATA 101")});
        const QRect status = f.tree()->visualRect(data101.siblingAtColumn(Model::StatusColumn));
        QVERIFY(!status.isEmpty());
        QTest::mouseClick(f.tree()->viewport(), Qt::LeftButton, {}, status.center());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), kData101Credential);

        // A group has no credential of its own: clicking it opens nothing.
        const QModelIndex statistics = f.row({QStringLiteral("Statistics (one of)")});
        QTest::mouseClick(f.tree()->viewport(), Qt::LeftButton, {},
                          f.tree()->visualRect(statistics.siblingAtColumn(Model::StatusColumn)).center());
        QCOMPARE(opened.size(), 1);
    }

    void whatsMissingListsTheNextSteps()
    {
        Fixture f({kBlockName});
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        auto *missing = f.find<QListWidget>("missingList");
        const QStringList titles = listTexts(missing);
        QCOMPARE(titles, (QStringList{QStringLiteral("Statistics (one of) — 1 more"),
                                      QStringLiteral("Upper-division analytics electives — 18 more credits"),
                                      QStringLiteral("DATA 110"),
                                      QStringLiteral("Data Ethics and Privacy (micro-credential)")}));
        QCOMPARE(missing->item(0)->data(Ui::TwoLineDelegate::SubtitleRole).toString(),
                 QStringLiteral("choose from STAT 210 Applied Statistics, MATH 250 Probability and Statistics"));
        QListWidgetItem *data110 = missing->item(int(titles.indexOf(QStringLiteral("DATA 110"))));
        QCOMPARE(data110->data(Ui::TwoLineDelegate::SubtitleRole).toString(),
                 QStringLiteral("Certificate in Data Analytics · 3 cr"));
        QCOMPARE(data110->data(Ui::TwoLineDelegate::WarningRole).toString(),
                 QStringLiteral("SQL for Data Analysis would count if it were valid"));

        // Activating a step selects it in the tree.
        missing->setFocus();
        missing->setCurrentItem(data110);
        QTest::keyClick(missing, Qt::Key_Return);
        QCOMPARE(f.tree()->currentIndex().data().toString(), QStringLiteral("DATA 110"));
        QCOMPARE(f.tree()->currentIndex().data(Model::CredentialIdRole).toString(), kData110Revoked);
    }

    void keyboardMovesBetweenPathwaysAndOpensCredentials()
    {
        Fixture f({kBlockName, kCyberName});
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        auto *list = f.find<QListWidget>("pathwayList");
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(f.label("pathwayTitle"), kBlockName);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(f.label("pathwayTitle"), kCyberName);
        QCOMPARE(f.find<Ui::ProgressRing>("overallProgress")->text(), QStringLiteral("0%"));
        QCOMPARE(f.tree()->model()->index(0, 0).data().toString(), QStringLiteral("Core courses"));
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(f.page.currentPathwayId(), sample(kBlockName).id);

        // Tab into the tree, down to DATA 101, Enter opens its credential.
        QTest::keyClick(list, Qt::Key_Tab);
        QTRY_VERIFY(f.tree()->hasFocus());
        QSignalSpy opened(&f.page, &PathwaysPage::credentialActivated);
        f.tree()->setCurrentIndex(f.tree()->model()->index(0, 0));
        QTest::keyClick(f.tree(), Qt::Key_Down);
        QCOMPARE(f.tree()->currentIndex().data().toString(), QStringLiteral("DATA 101"));
        QTest::keyClick(f.tree(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), kData101Credential);

        // Delete removes the selected pathway; Undo puts it back in its place.
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(listTexts(list), QStringList{kCyberName});
        QCOMPARE(f.undo.undoText(), QStringLiteral("Remove Pathway “%1”").arg(kBlockName));
        f.undo.undo();
        QCOMPARE(listTexts(list), (QStringList{kBlockName, kCyberName}));
    }

    void addingFromAFile()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.page));
        QVERIFY(!f.page.addPathwayFromFile(Test::dataPath(QStringLiteral("pathways/broken/BrokenNOfZero.json"))));
        QVERIFY2(f.page.message().startsWith(QStringLiteral("This file could not be added as a pathway: ")),
                 qPrintable(f.page.message()));
        QVERIFY(f.find<QLabel>("pathwayMessage")->isVisible());
        QVERIFY(f.source.pathways().isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cyber.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(samplePathways().at(1).bytes);
        file.close();
        QVERIFY(f.page.addPathwayFromFile(path));
        QVERIFY(f.page.message().isEmpty());
        QCOMPARE(f.label("pathwayTitle"), kCyberName);
        QCOMPARE(f.source.pathways().size(), 1);
    }
};

QTEST_MAIN(TestPathwaysPage)
#include "TestPathwaysPage.moc"
