// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LibraryArea.h"

#include "core/services/CredentialDetails.h"
#include "core/services/ImportController.h"
#include "core/services/PathwaySource.h"
#include "core/services/Workspace.h"
#include "ui/CredentialDetailView.h"
#include "ui/LibraryPage.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>

namespace Credfolio::Ui {

namespace {
const auto kSplitterKey = QStringLiteral("LibraryArea/splitter");
} // namespace

LibraryArea::LibraryArea(Services::Workspace &workspace, Services::PathwaySource *pathways,
                         Services::ImportController &controller, QUndoStack *undoStack, QAction *importAction,
                         QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_pathways(pathways)
    , m_controller(controller)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_page(new LibraryPage(&workspace, undoStack, importAction, m_splitter))
    , m_detail(new CredentialDetailView(m_splitter))
{
    setObjectName(QStringLiteral("libraryArea"));
    m_splitter->setObjectName(QStringLiteral("librarySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_page);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The details stay readable beside the library: the library's toolbar wraps instead (WrappingRow).
    m_detail->setMinimumWidth(380);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });
    m_detail->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_page, &LibraryPage::currentCredentialChanged, this, &LibraryArea::showCredential);
    if (m_pathways) // read on a worker: the pathways a credential counts toward are known once they arrive
        connect(m_pathways, &Services::PathwaySource::credentialsChanged, this, &LibraryArea::reloadDetail);
    connect(m_page, &LibraryPage::credentialActivated, this, [this](qint64 id) {
        showCredential(id);
        m_detail->setFocus(Qt::OtherFocusReason);
    });
    connect(m_page, &LibraryPage::reverifyRequested, this,
            [this](const QList<qint64> &ids) { m_controller.reverify(ids); });
    connect(m_detail, &CredentialDetailView::verifyRequested, this, [this] {
        if (m_current != 0 && m_controller.reverify({m_current}))
            m_detail->setVerifying(true);
    });
    connect(m_detail, &CredentialDetailView::noteEdited, this, [this](const QString &text) {
        if (const Result<void> saved = Services::saveNote(m_workspace, m_current, text); !saved)
            QMessageBox::warning(this, tr("Note not saved"), saved.error().toString());
    });
    connect(m_detail, &CredentialDetailView::tagsEdited, this, [this](const QStringList &tags) {
        if (const Result<void> saved = Services::saveTags(m_workspace, m_current, tags); !saved)
            QMessageBox::warning(this, tr("Tags not saved"), saved.error().toString());
        m_page->refresh();
    });
    connect(m_detail, &CredentialDetailView::pathwayActivated, this, &LibraryArea::pathwayActivated);
    connect(&m_controller, &Services::ImportController::reverified, this, [this] {
        m_detail->setVerifying(false);
        refresh();
    });
}

void LibraryArea::showCredential(qint64 id)
{
    m_current = id;
    reloadDetail();
}

void LibraryArea::showCredentialById(const QString &credentialId)
{
    const Result<qint64> id = Services::findStoredCredential(m_workspace, credentialId);
    if (id && *id != 0)
        showCredential(*id);
}

void LibraryArea::refresh()
{
    m_page->refresh();
    reloadDetail();
}

void LibraryArea::reloadDetail()
{
    if (m_current == 0) {
        m_detail->hide();
        return;
    }
    const Result<Services::CredentialDetail> detail =
        Services::loadCredentialDetail(m_workspace, m_current, m_pathways);
    if (!detail) {
        m_current = 0;
        m_detail->hide();
        return;
    }
    m_detail->setDetail(*detail);
    if (m_detail->isHidden()) {
        m_detail->show();
        // A splitter lays out a pane that was hidden by its stretch factors: the learner's split is applied
        // again once both panes are there.
        m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());
    }
}

} // namespace Credfolio::Ui
