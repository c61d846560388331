// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"

#include <QDialog>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;

namespace Credfolio::Ui {

/// "Show original": the credential text exactly as issued (JSON or a JWT), read-only and copyable. JSON can be
/// shown indented for reading; Copy always copies the exact bytes, whose signature still verifies.
class OriginalDialog : public QDialog {
    Q_OBJECT

public:
    explicit OriginalDialog(const Credentials::Credential &credential, QWidget *parent = nullptr);

    QString text() const; ///< what the text area shows

private:
    void showPayload();

    QByteArray m_payload;
    QString m_formatted; ///< indented JSON, or empty when the payload is not a JSON object or array
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_formatBox = nullptr;
    QPushButton *m_copyButton = nullptr;
};

} // namespace Credfolio::Ui
