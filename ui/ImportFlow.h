// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ImportRequest.h"

#include <QObject>

class QWidget;

namespace Credfolio::Services {
class ImportController;
}

namespace Credfolio::Ui {

class ImportDropTarget;
class ImportProgressDialog;

/// Every way a learner brings credentials in — files, a folder, a URL, the clipboard, drag and drop onto the
/// window — ending in one import batch with a progress dialog (cancellable) and a summary.
class ImportFlow : public QObject {
    Q_OBJECT

public:
    /// `window` receives drops and parents the dialogs; neither is owned.
    ImportFlow(Services::ImportController &controller, QWidget *window);

    bool isRunning() const;

public slots:
    void importFiles();
    void importFolder();
    void importFromUrl();
    /// Imports what the clipboard holds (a JSON credential, a JWT, a URL, files); false when it holds none of these.
    bool importClipboard();
    void start(const Credfolio::Services::ImportRequest &request);

signals:
    /// A batch finished and stored these new credentials (possibly none).
    void imported(const QList<qint64> &ids);
    void showInLibraryRequested(const QList<qint64> &ids);

private:
    /// Offline, nothing can be imported from a web address: says so (returns true) instead.
    bool refuseUrlsOffline();

    Services::ImportController &m_controller;
    QWidget *m_window;
    ImportDropTarget *m_dropTarget;
    ImportProgressDialog *m_progress;
};

} // namespace Credfolio::Ui
