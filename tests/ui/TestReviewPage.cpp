// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's review mode, driven as an advisor would: drop a learner's package on the page, read the verdicts
// and check lists, see a tampered package flagged, write notes that come back after reopening (and never touch the
// package), and export the review PDF.
#include "core/services/PathwayProgressModel.h"
#include "core/services/ReviewNotes.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"
#include "tests/core/portfolio/ExternalTool.h"
#include "tests/core/portfolio/ReviewFixture.h"
#include "ui/CheckListView.h"
#include "ui/EmptyState.h"
#include "ui/ReviewCredentialDelegate.h"
#include "ui/ReviewPage.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Credfolio;
using Credfolio::Ui::ReviewPage;
using Delegate = Credfolio::Ui::ReviewCredentialDelegate;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

template <typename T>
T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestReviewPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Services::Workspace> m_workspace;
    QString m_package;

    bool waitForReview(ReviewPage &page)
    {
        return QTest::qWaitFor([&] { return !page.isBusy() && page.isReviewing(); }, 30000);
    }

    void dropOn(QWidget &target, const QString &path)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = target.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&target, &drop);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = Services::Workspace::open(m_dir.filePath(QStringLiteral("advisor.sqlite")));
        QVERIFY2(workspace, qPrintable(workspace ? QString() : workspace.error().toString()));
        m_workspace = std::move(workspace).value();
        // No test reaches the internet: "today" is checked only with what the advisor's cache holds.
        QVERIFY(m_workspace->setOffline(true));
        m_package = m_dir.filePath(QStringLiteral("nadia.credfolio"));
        writeFile(m_package, Portfolio::Test::reviewPackageBytes());
    }

    void startsEmptyWithAnOpenButton()
    {
        ReviewPage page(m_workspace.get());
        auto *empty = child<Ui::EmptyState>(page, "reviewEmptyState");
        QVERIFY(empty->isVisibleTo(&page));
        QVERIFY(!empty->title().isEmpty());
        const auto buttons = empty->findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.begin(), buttons.end(),
                            [](QPushButton *button) { return button->text() == ReviewPage::tr("Open Package…"); }));
        QVERIFY(page.acceptDrops());
    }

    void aDroppedPackageIsVerifiedAndShown()
    {
        ReviewPage page(m_workspace.get());
        page.resize(1100, 760);
        page.show();
        QSignalSpy ready(&page, &ReviewPage::reviewReady);
        dropOn(page, m_package);
        QVERIFY(page.isBusy() || page.isReviewing());
        QVERIFY(waitForReview(page));
        QCOMPARE(ready.count(), 1);

        QCOMPARE(child<QLabel>(page, "reviewLearner")->text(), Portfolio::Test::kLearner);
        QVERIFY(child<QLabel>(page, "reviewMeta")->text().contains(QStringLiteral("2026")));
        QCOMPARE(child<QLabel>(page, "reviewSignature")->text(),
                 ReviewPage::tr("Signature intact: the package is exactly as the learner signed it."));
        QVERIFY(!page.isSignatureWarningShown());
        QVERIFY(child<QLabel>(page, "reviewLearnerMessage")->text().contains(Portfolio::Test::kMessage));

        auto *list = child<QListWidget>(page, "reviewCredentials");
        QCOMPARE(list->count(), 3);
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            QVERIFY(!item->text().isEmpty());
            QCOMPARE(item->data(Delegate::AsSentLabelRole).toString(), ReviewPage::tr("As sent: Valid"));
            QCOMPARE(item->data(Delegate::TodayLabelRole).toString(), ReviewPage::tr("Today: offline"));
            QVERIFY(item->data(Qt::AccessibleTextRole).toString().contains(ReviewPage::tr("As sent: Valid")));
        }

        // Selecting a credential shows its check list as sent, and the learner's note.
        list->setCurrentRow(1);
        auto *asSent = child<Ui::CheckListView>(page, "asSentChecks");
        QCOMPARE(asSent->verdict(), Ui::CheckListView::tr("Verified"));
        QCOMPARE(asSent->report().format, page.review()->credentials.at(1).asSent.format);
        QCOMPARE(child<QLabel>(page, "learnerNote")->text(), QStringLiteral("Learner note 2"));
        auto *reports = child<QTabWidget>(page, "reviewReports");
        QVERIFY(!reports->isTabEnabled(1)); // offline: nothing to show for today

        // The pathway progress, by the advisor's own evaluator.
        auto *tree = child<QTreeView>(page, "reviewRequirements");
        QVERIFY(tree->model()->rowCount() > 0);
    }

    void todayIsCheckedWhenOnline()
    {
        // The corpus credentials name only did:key issuers and bundled contexts: the live check needs no network.
        QVERIFY(m_workspace->setOffline(false));
        ReviewPage page(m_workspace.get());
        page.openPackage(m_package);
        QVERIFY(waitForReview(page));
        QVERIFY(m_workspace->setOffline(true));
        auto *list = child<QListWidget>(page, "reviewCredentials");
        QCOMPARE(list->item(0)->data(Delegate::TodayLabelRole).toString(), ReviewPage::tr("Today: Valid"));
        list->setCurrentRow(0);
        QVERIFY(child<QTabWidget>(page, "reviewReports")->isTabEnabled(1));
        QCOMPARE(child<Ui::CheckListView>(page, "todayChecks")->verdict(), Ui::CheckListView::tr("Verified"));
    }

    void aTamperedPackageIsFlaggedButStillShown()
    {
        QByteArray bytes = readFile(m_package);
        const qsizetype at = bytes.indexOf("look at my data analytics");
        QVERIFY(at > 0);
        bytes[at + 16] = 'A';
        const QString tampered = m_dir.filePath(QStringLiteral("tampered.credfolio"));
        writeFile(tampered, bytes);

        ReviewPage page(m_workspace.get());
        page.resize(1100, 760);
        page.show();
        dropOn(page, tampered);
        QVERIFY(waitForReview(page));
        QVERIFY(page.isSignatureWarningShown());
        QCOMPARE(child<QLabel>(page, "reviewSignature")->text(),
                 ReviewPage::tr("This package was changed after it was signed."));
        QCOMPARE(child<QListWidget>(page, "reviewCredentials")->count(), 3);
    }

    void somethingElseIsRefused()
    {
        ReviewPage page(m_workspace.get());
        const QString notAPackage = m_dir.filePath(QStringLiteral("notes.credfolio"));
        writeFile(notAPackage, "{\"hello\": 1}");
        QSignalSpy failed(&page, &ReviewPage::openFailed);
        page.openPackage(notAPackage);
        QVERIFY(failed.wait(30000));
        QVERIFY(!page.isReviewing());
        QVERIFY(!page.message().isEmpty());
        QCOMPARE(child<Ui::EmptyState>(page, "reviewEmptyState")->text(), page.message());

        // A file that is not a .credfolio is not taken by a drop.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("photo.png")))});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(&page, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void notesStayInTheAdvisorsLibrary()
    {
        const QByteArray packageBefore = readFile(m_package);
        QString requirementKey;
        {
            ReviewPage page(m_workspace.get());
            page.resize(1100, 760);
            page.show();
            page.openPackage(m_package);
            QVERIFY(waitForReview(page));
            auto *overall = child<QPlainTextEdit>(page, "overallNote");
            overall->setFocus();
            QTest::keyClicks(overall, QStringLiteral("Take Statistics II next term."));
            auto *list = child<QListWidget>(page, "reviewCredentials");
            list->setCurrentRow(2);
            auto *credentialNote = child<QPlainTextEdit>(page, "credentialNote");
            credentialNote->setFocus();
            QTest::keyClicks(credentialNote, QStringLiteral("CLR checked with the registrar."));

            child<QTabWidget>(page, "reviewTabs")->setCurrentIndex(1);
            auto *tree = child<QTreeView>(page, "reviewRequirements");
            auto *requirementNote = child<QPlainTextEdit>(page, "requirementNote");
            tree->setCurrentIndex(QModelIndex());
            QVERIFY(!requirementNote->isEnabled()); // a note needs a requirement to belong to
            tree->setCurrentIndex(tree->model()->index(0, 0));
            QVERIFY(requirementNote->isEnabled());
            requirementNote->setFocus();
            QTest::keyClicks(requirementNote, QStringLiteral("Capstone next."));
            requirementKey = Portfolio::requirementKey(
                page.review()->pathways.first().pathwayId,
                tree->currentIndex().data(Services::PathwayProgressModel::PathRole).toString());

            // Closing saves at once.
            auto *close = child<QToolButton>(page, "closePackageButton");
            QVERIFY(close->isEnabled());
            QTest::mouseClick(close, Qt::LeftButton);
            QVERIFY(!page.isReviewing());
        }
        QCOMPARE(readFile(m_package), packageBefore);

        const auto stored = Services::loadReviewNotes(m_workspace->library(), Portfolio::Test::reviewContents().id);
        QVERIFY(stored);
        QCOMPARE(stored->overall, QStringLiteral("Take Statistics II next term."));
        QCOMPARE(stored->credentials.value(
                     Portfolio::contentHash(Portfolio::Test::reviewContents().credentials.at(2).original)),
                 QStringLiteral("CLR checked with the registrar."));
        QCOMPARE(stored->requirements.value(requirementKey), QStringLiteral("Capstone next."));

        // Reopened, the notes are where they were written.
        ReviewPage page(m_workspace.get());
        page.openPackage(m_package);
        QVERIFY(waitForReview(page));
        QCOMPARE(child<QPlainTextEdit>(page, "overallNote")->toPlainText(),
                 QStringLiteral("Take Statistics II next term."));
        child<QListWidget>(page, "reviewCredentials")->setCurrentRow(2);
        QCOMPARE(child<QPlainTextEdit>(page, "credentialNote")->toPlainText(),
                 QStringLiteral("CLR checked with the registrar."));
        child<QListWidget>(page, "reviewCredentials")->setCurrentRow(0);
        QVERIFY(child<QPlainTextEdit>(page, "credentialNote")->toPlainText().isEmpty());
    }

    void theReviewExportsAsPdf()
    {
        ReviewPage page(m_workspace.get());
        page.openPackage(m_package);
        QVERIFY(waitForReview(page));
        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        QVERIFY2(page.exportReviewPdf(pdf), qPrintable(page.message()));
        RUN_TOOL(text, "pdftotext", (QStringList{pdf, QStringLiteral("-")}), "poppler-utils");
        const QString plain = QString::fromUtf8(text.out).simplified();
        QVERIFY(plain.contains(Portfolio::Test::kLearner));
        auto *list = child<QListWidget>(page, "reviewCredentials");
        for (int i = 0; i < list->count(); ++i)
            QVERIFY2(plain.contains(list->item(i)->text().simplified()), qPrintable(list->item(i)->text()));
        QVERIFY(plain.contains(QStringLiteral("Take Statistics II next term."))); // the notes saved above
    }

    // The split between the credential list and the reports is as the advisor left it.
    void theSplitIsRemembered()
    {
        QList<int> sizes;
        {
            ReviewPage page(m_workspace.get());
            page.resize(1100, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.openPackage(m_package);
            QVERIFY(waitForReview(page));
            auto *splitter = child<QSplitter>(page, "reviewSplitter");
            const QList<int> before = splitter->sizes();
            splitter->setSizes({before.at(0) + 90, before.at(1) - 90});
            // What dragging the handle does after moving it: the splitter says so, and the page keeps it.
            emit splitter->splitterMoved(before.at(0) + 90, 1);
            sizes = splitter->sizes();
        }
        ReviewPage page(m_workspace.get());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.openPackage(m_package);
        QVERIFY(waitForReview(page));
        QCOMPARE(child<QSplitter>(page, "reviewSplitter")->sizes(), sizes);
    }
};

QTEST_MAIN(TestReviewPage)
#include "TestReviewPage.moc"
