// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImportFromUrlDialog.h"

#include "ui/StatusColors.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Credfolio::Ui {

ImportFromUrlDialog::ImportFromUrlDialog(QWidget *parent)
    : QDialog(parent)
    , m_field(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("importFromUrlDialog"));
    setWindowTitle(tr("Import from Web Address"));
    setMinimumWidth(520);

    auto *intro = new QLabel(tr("Enter the web address of a hosted badge or credential, as the issuer gave it "
                                "to you."),
                             this);
    intro->setWordWrap(true);

    auto *label = new QLabel(tr("&Address:"), this);
    label->setBuddy(m_field);
    m_field->setObjectName(QStringLiteral("urlField"));
    m_field->setPlaceholderText(QStringLiteral("https://"));
    m_field->setAccessibleName(tr("Web address"));
    m_field->setClearButtonEnabled(true);

    m_problem->setObjectName(QStringLiteral("urlProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, warningColor(problemPalette));
    m_problem->setPalette(problemPalette);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importUrlButton"));
    m_importButton->setAccessibleName(tr("Import"));
    m_importButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QLineEdit::textChanged, this, &ImportFromUrlDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(label);
    layout->addWidget(m_field);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    check();
}

QUrl ImportFromUrlDialog::validate(const QString &text, QString *why)
{
    const QString trimmed = text.trimmed();
    QString problem;
    QUrl url;
    if (!trimmed.isEmpty()) {
        url = QUrl(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            problem = tr("This is not a web address. It should start with https://");
        else if (url.scheme() == QLatin1String("http"))
            problem = tr("Only secure addresses (https://) can be imported: over plain http, anyone on the way "
                         "could change the credential before it reaches you.");
        else if (url.scheme() != QLatin1String("https"))
            problem = tr("Only web addresses starting with https:// can be imported.");
        else if (url.host().isEmpty())
            problem = tr("The address has no host name.");
    }
    if (why)
        *why = problem;
    return trimmed.isEmpty() || !problem.isEmpty() ? QUrl() : url;
}

QUrl ImportFromUrlDialog::url() const
{
    return validate(m_field->text());
}

Services::ImportRequest ImportFromUrlDialog::request() const
{
    Services::ImportRequest request;
    if (const QUrl address = url(); !address.isEmpty())
        request.urls.append(address);
    return request;
}

QString ImportFromUrlDialog::problemText() const
{
    return m_problem->text();
}

void ImportFromUrlDialog::check()
{
    QString why;
    const QUrl address = validate(m_field->text(), &why);
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_problem->setAccessibleName(why);
    m_importButton->setEnabled(!address.isEmpty());
}

} // namespace Credfolio::Ui
