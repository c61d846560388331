// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ImportSummary.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Credfolio::Ui {

/// The end of an import batch: how many credentials were added (and how many of them do not verify), which were
/// already in the library, and which inputs could not be read, each with its reason.
class ImportSummaryDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const Services::ImportSummary &summary, QWidget *parent = nullptr);

    QString headline() const;
    QString explanation() const;
    /// The rows listed under "Already in your library" and "Could not be read": {name, reason}.
    QList<QStringList> duplicateRows() const;
    QList<QStringList> problemRows() const;

signals:
    /// "Show in Library": select these (the new) credentials in the library.
    void showInLibraryRequested(const QList<qint64> &ids);

private:
    Services::ImportSummary m_summary;
    QLabel *m_headline = nullptr;
    QLabel *m_explanation = nullptr;
    QTreeWidget *m_details = nullptr;
    QPushButton *m_showButton = nullptr;
};

} // namespace Credfolio::Ui
