// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Credfolio::Services {
class ImportController;
}

namespace Credfolio::Ui {

/// Modeless progress of an import or re-verification batch: "12 of 40", the file just read, and Cancel. It never
/// runs an event loop of its own; it follows an ImportController and closes itself when the job is done.
class ImportProgressDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportProgressDialog(QWidget *parent = nullptr);

    /// Follows `controller`'s running job: shown after `showAfterMs` (so a batch of one file does not flash a
    /// window), Cancel cancels it, closed when it ends.
    void follow(Services::ImportController *controller, int showAfterMs = 400);
    void setProgress(int done, int total, const QString &current);

    int done() const { return m_done; }
    int total() const { return m_total; }
    QString currentText() const;

signals:
    void cancelRequested();

protected:
    void reject() override; ///< Escape and the window's close button cancel

private:
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_current = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_showTimer = nullptr;
    QString m_currentFull;
    int m_done = 0;
    int m_total = 0;
};

} // namespace Credfolio::Ui
