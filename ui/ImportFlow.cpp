// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImportFlow.h"

#include "core/services/ImportController.h"
#include "core/services/Workspace.h"
#include "ui/ImportDropTarget.h"
#include "ui/ImportFromUrlDialog.h"
#include "ui/ImportProgressDialog.h"
#include "ui/ImportSummaryDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>

namespace Credfolio::Ui {

ImportFlow::ImportFlow(Services::ImportController &controller, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
    , m_dropTarget(new ImportDropTarget(window))
    , m_progress(new ImportProgressDialog(window))
{
    m_progress->follow(&m_controller);
    connect(m_dropTarget, &ImportDropTarget::importRequested, this, &ImportFlow::start);
    connect(&m_controller, &Services::ImportController::finished, this, [this](const Services::ImportSummary &summary) {
        emit imported(summary.storedIds);
        if (summary.cancelled)
            return;
        auto *dialog = new ImportSummaryDialog(summary, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportSummaryDialog::showInLibraryRequested, this, &ImportFlow::showInLibraryRequested);
        dialog->open();
    });
    connect(&m_controller, &Services::ImportController::failed, this, [this](const Error &error) {
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Nothing was imported"), error.message, QMessageBox::Ok, m_window);
        box->setInformativeText(error.detail);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

bool ImportFlow::isRunning() const
{
    return m_controller.isRunning();
}

void ImportFlow::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Credentials"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Credentials (*.json *.jwt *.jws *.txt *.png *.svg);;All files (*)"));
    if (!files.isEmpty()) {
        Services::ImportRequest request;
        request.paths = files;
        start(request);
    }
}

void ImportFlow::importFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(m_window, tr("Import a Folder of Credentials"),
                                          QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!folder.isEmpty()) {
        Services::ImportRequest request;
        request.paths = {folder};
        start(request);
    }
}

bool ImportFlow::refuseUrlsOffline()
{
    if (!m_controller.workspace().isOffline())
        return false;
    auto *box = new QMessageBox(QMessageBox::Information, tr("You are working offline"),
                                tr("Importing from a web address needs the network, and Credfolio is set to work "
                                   "offline. Turn off “Work offline” in Settings → Network, or download the "
                                   "credential and import the file."),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("offlineUrlMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return true;
}

void ImportFlow::importFromUrl()
{
    if (refuseUrlsOffline())
        return;
    auto *dialog = new ImportFromUrlDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { start(dialog->request()); });
    dialog->open();
}

bool ImportFlow::importClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !ImportDropTarget::canImport(mime))
        return false;
    start(ImportDropTarget::requestFromMimeData(mime));
    return true;
}

void ImportFlow::start(const Services::ImportRequest &request)
{
    if (request.isEmpty())
        return;
    if (!request.urls.isEmpty() && refuseUrlsOffline())
        return;
    if (!m_controller.start(request)) {
        QMessageBox::information(m_window, tr("An import is running"),
                                 tr("Wait for the current import to finish, or cancel it, then try again."));
    }
}

} // namespace Credfolio::Ui
