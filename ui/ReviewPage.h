// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/portfolio/Review.h"
#include "core/services/ReviewNotes.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeView;
template <typename T>
class QFutureWatcher;

namespace Credfolio::Services {
class PathwayProgressModel;
class Workspace;
} // namespace Credfolio::Services

namespace Credfolio::Ui {

class CheckListView;
class EmptyState;

/// The career advisor's review of a learner's package (`.credfolio`): open it (button or drop), see whether its
/// signature holds, every credential verified as of the day it was sent and today, the learner's pathway progress
/// by the advisor's own evaluator, and keep notes (overall, per credential, per requirement) in the advisor's own
/// library; export the review as a PDF.
class ReviewPage : public QWidget {
    Q_OBJECT

public:
    /// `workspace` (not owned, may be nullptr: no live check and no notes) gives the fetcher, trust and library.
    explicit ReviewPage(Services::Workspace *workspace, QWidget *parent = nullptr);
    ~ReviewPage() override;

    /// Reads and verifies the package on a worker thread; reviewReady() or openFailed() follows.
    void openPackage(const QString &path);
    /// Saves the notes and returns to the empty state.
    void closePackage();
    /// Writes the review PDF; on failure shows why and returns false.
    bool exportReviewPdf(const QString &path);

    bool isBusy() const;
    bool isReviewing() const { return m_review.has_value(); }
    const Portfolio::Review *review() const { return m_review ? &*m_review : nullptr; }
    QString learnerName() const;
    QString signatureText() const;
    bool isSignatureWarningShown() const;
    /// The message shown after a failed open or export, or an empty string.
    QString message() const;

    void retranslate();

signals:
    void reviewReady();
    void openFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildEmpty();
    void buildBusy();
    void buildReview();
    QWidget *buildCredentialsTab();
    QWidget *buildPathwaysTab();
    void finishOpening();
    void showReview();
    void showCredential(int row);
    void showPathway(int index);
    void showRequirement();
    void fillCredentialList();
    void fillBanner();
    void restyleBanner();
    void notesEdited();
    void saveNotes();
    void chooseAndOpen();
    void chooseAndExport();
    QString currentCredentialHash() const;
    QString currentRequirementKey() const;

    Services::Workspace *m_workspace;
    std::optional<Portfolio::Review> m_review;
    Services::ReviewNotes m_notes;
    QString m_packageId;
    QString m_message;
    bool m_filling = false;

    QFutureWatcher<std::shared_ptr<const Result<Portfolio::Review>>> *m_watcher = nullptr;
    QTimer *m_saveTimer = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;

    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QWidget *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QWidget *m_reviewWidget = nullptr;

    QFrame *m_banner = nullptr;
    QLabel *m_learner = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_signature = nullptr;
    QLabel *m_signatureDetail = nullptr;
    QLabel *m_learnerMessage = nullptr;
    QTabWidget *m_tabs = nullptr;

    QListWidget *m_credentials = nullptr;
    QLabel *m_credentialTitle = nullptr;
    QTabWidget *m_reports = nullptr;
    CheckListView *m_asSentView = nullptr;
    CheckListView *m_todayView = nullptr;
    QLabel *m_learnerNoteTitle = nullptr;
    QLabel *m_learnerNote = nullptr;
    QLabel *m_credentialNoteTitle = nullptr;
    QPlainTextEdit *m_credentialNote = nullptr;

    QComboBox *m_pathwayPicker = nullptr;
    QTreeView *m_tree = nullptr;
    Services::PathwayProgressModel *m_model = nullptr;
    QLabel *m_requirementNoteTitle = nullptr;
    QPlainTextEdit *m_requirementNote = nullptr;

    QLabel *m_overallTitle = nullptr;
    QPlainTextEdit *m_overallNote = nullptr;
};

} // namespace Credfolio::Ui
