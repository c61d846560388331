// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImportProgressDialog.h"

#include "core/services/ImportController.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Credfolio::Ui {

ImportProgressDialog::ImportProgressDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_current(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_showTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("importProgressDialog"));
    setWindowTitle(tr("Importing Credentials"));
    setModal(false);
    setMinimumWidth(440);

    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setText(tr("Reading and verifying credentials…"));

    m_count->setObjectName(QStringLiteral("importProgressCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_current->setObjectName(QStringLiteral("importProgressCurrent"));
    m_current->setTextFormat(Qt::PlainText);
    m_current->setForegroundRole(QPalette::PlaceholderText);
    m_current->setMinimumWidth(1); // long names are elided, never widen the dialog

    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setAccessibleName(tr("Import progress"));
    m_bar->setRange(0, 0); // busy until the first report says how many
    m_bar->setTextVisible(false);

    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel import"));
    m_cancel->setToolTip(tr("Stops the import. Nothing of this batch is added to your library."));
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressDialog::reject);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_count);
    layout->addWidget(m_current);
    layout->addSpacing(6);
    layout->addWidget(buttons);

    m_showTimer->setSingleShot(true);
    connect(m_showTimer, &QTimer::timeout, this, &QWidget::show);
    setProgress(0, 0, QString());
}

void ImportProgressDialog::follow(Services::ImportController *controller, int showAfterMs)
{
    connect(controller, &Services::ImportController::progress, this, &ImportProgressDialog::setProgress);
    connect(this, &ImportProgressDialog::cancelRequested, controller, &Services::ImportController::cancel);
    // Shown only while a batch runs, and only when it lasts: a quick import never flashes a dialog.
    const auto began = [this, showAfterMs] {
        m_cancel->setEnabled(true);
        m_cancel->setText(tr("Cancel"));
        setProgress(0, 0, QString());
        if (showAfterMs <= 0)
            show();
        else
            m_showTimer->start(showAfterMs);
    };
    connect(controller, &Services::ImportController::runningChanged, this, [this, began](bool running) {
        if (running) {
            began();
            return;
        }
        m_showTimer->stop();
        hide();
    });
    if (controller->isRunning())
        began();
}

void ImportProgressDialog::setProgress(int done, int total, const QString &current)
{
    m_done = done;
    m_total = total;
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
        m_count->setText(tr("%1 of %2 handled").arg(QLocale().toString(done), QLocale().toString(total)));
    } else {
        m_bar->setRange(0, 0);
        m_count->setText(tr("Looking for credentials…"));
    }
    m_currentFull = current;
    // A path shows its file name (the whole path in the tooltip); a name or "pasted text" shows as it is.
    const QString shown = QFileInfo(current).fileName().isEmpty() ? current : QFileInfo(current).fileName();
    m_current->setText(fontMetrics().elidedText(shown, Qt::ElideMiddle, qMax(200, m_current->width())));
    m_current->setToolTip(current);
    m_bar->setAccessibleDescription(m_count->text());
}

QString ImportProgressDialog::currentText() const
{
    return m_currentFull;
}

void ImportProgressDialog::reject()
{
    if (!m_cancel->isEnabled())
        return;
    m_cancel->setEnabled(false);
    m_cancel->setText(tr("Cancelling…"));
    m_title->setText(tr("Cancelling — nothing of this batch will be kept…"));
    emit cancelRequested();
}

} // namespace Credfolio::Ui
