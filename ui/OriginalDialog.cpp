// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OriginalDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Credfolio::Ui {

OriginalDialog::OriginalDialog(const Credentials::Credential &credential, QWidget *parent)
    : QDialog(parent)
    , m_payload(credential.payload)
    , m_text(new QPlainTextEdit(this))
    , m_formatBox(new QCheckBox(this))
    , m_copyButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("originalDialog"));
    setWindowTitle(tr("Original Credential"));
    resize(720, 560);

    // For display only: indentation makes a long one-line JSON credential readable. Never copied or stored.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_payload, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        m_formatted = QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();

    QString intro;
    switch (credential.container) {
    case Credentials::Container::Png:
        intro = tr("This credential was extracted from a PNG badge image. This is the text baked into the image, "
                   "exactly as the issuer signed it.");
        break;
    case Credentials::Container::Svg:
        intro = tr("This credential was extracted from an SVG badge image. This is the text baked into the image, "
                   "exactly as the issuer signed it.");
        break;
    case Credentials::Container::Jwt:
        intro = tr("This credential is a signed token (JWT), shown exactly as the issuer signed it.");
        break;
    case Credentials::Container::Url:
        intro =
            tr("This credential was fetched from %1 and is shown exactly as it was served.").arg(credential.sourceUrl);
        break;
    case Credentials::Container::Json:
        intro = tr("This is the credential exactly as the issuer signed it.");
        break;
    }
    auto *introLabel = new QLabel(intro, this);
    introLabel->setObjectName(QStringLiteral("originalIntro"));
    introLabel->setWordWrap(true);
    introLabel->setTextFormat(Qt::PlainText);

    m_text->setObjectName(QStringLiteral("originalText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setAccessibleName(tr("Original credential text"));
    m_text->setTabChangesFocus(true);

    m_formatBox->setObjectName(QStringLiteral("formatBox"));
    m_formatBox->setText(tr("&Indent for reading"));
    m_formatBox->setAccessibleName(tr("Indent for reading"));
    m_formatBox->setToolTip(tr("Shows the JSON indented. Copy always copies the credential exactly as issued."));
    m_formatBox->setChecked(!m_formatted.isEmpty());
    m_formatBox->setVisible(!m_formatted.isEmpty());
    connect(m_formatBox, &QCheckBox::toggled, this, &OriginalDialog::showPayload);

    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setAccessibleName(tr("Copy"));
    m_copyButton->setToolTip(tr("Copies the credential exactly as issued"));
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(QString::fromUtf8(m_payload));
        m_copyButton->setText(tr("Copied"));
        QTimer::singleShot(1500, m_copyButton, [button = m_copyButton] { button->setText(tr("&Copy")); });
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_formatBox);
    bottom->addStretch(1);
    bottom->addWidget(m_copyButton);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(introLabel);
    layout->addWidget(m_text, 1);
    layout->addLayout(bottom);

    showPayload();
    m_copyButton->setFocus();
}

QString OriginalDialog::text() const
{
    return m_text->toPlainText();
}

void OriginalDialog::showPayload()
{
    m_text->setPlainText(m_formatBox->isChecked() && !m_formatted.isEmpty() ? m_formatted
                                                                            : QString::fromUtf8(m_payload));
}

} // namespace Credfolio::Ui
