// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ImportRequest.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Credfolio::Ui {

/// Asks for the web address of a hosted credential. Only https addresses are accepted, and the dialog says why
/// another one is not.
class ImportFromUrlDialog : public QDialog {
    Q_OBJECT

public:
    explicit ImportFromUrlDialog(QWidget *parent = nullptr);

    /// The address to import when `text` is an https URL with a host; else an empty URL and, in `why`, a sentence
    /// saying what is wrong (empty for an empty text).
    static QUrl validate(const QString &text, QString *why = nullptr);

    QUrl url() const;
    Services::ImportRequest request() const;
    QString problemText() const;

private:
    void check();

    QLineEdit *m_field = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace Credfolio::Ui
