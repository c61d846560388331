// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LearnerProfileForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Credfolio::Ui {

LearnerProfileForm::LearnerProfileForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [form](const QString &label, QWidget *field) {
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(label, field);
    };
    m_name = addLine("profileName");
    m_name->setPlaceholderText(tr("Your full name"));
    row(tr("&Name:"), m_name);
    m_headline = addLine("profileHeadline");
    m_headline->setPlaceholderText(tr("e.g. Junior data analyst"));
    row(tr("&Headline:"), m_headline);
    m_email = addLine("profileEmail");
    row(tr("E&mail:"), m_email);
    m_phone = addLine("profilePhone");
    row(tr("Phon&e:"), m_phone);
    m_website = addLine("profileWebsite");
    row(tr("&Website:"), m_website);
    m_location = addLine("profileLocation");
    m_location->setPlaceholderText(tr("City, country"));
    row(tr("Loca&tion:"), m_location);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("profileSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("A few sentences about what you do and what you are looking for"));
    m_summary->setFixedHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &LearnerProfileForm::changed);
    row(tr("S&ummary:"), m_summary);
}

QLineEdit *LearnerProfileForm::addLine(const char *objectName)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(QLatin1String(objectName));
    line->setClearButtonEnabled(true);
    connect(line, &QLineEdit::textEdited, this, &LearnerProfileForm::changed);
    return line;
}

Portfolio::LearnerProfile LearnerProfileForm::profile() const
{
    return Portfolio::LearnerProfile{m_name->text().trimmed(),          m_headline->text().trimmed(),
                                     m_email->text().trimmed(),         m_phone->text().trimmed(),
                                     m_website->text().trimmed(),       m_location->text().trimmed(),
                                     m_summary->toPlainText().trimmed()};
}

void LearnerProfileForm::setProfile(const Portfolio::LearnerProfile &profile)
{
    const QSignalBlocker blocker(m_summary);
    m_name->setText(profile.name);
    m_headline->setText(profile.headline);
    m_email->setText(profile.email);
    m_phone->setText(profile.phone);
    m_website->setText(profile.website);
    m_location->setText(profile.location);
    m_summary->setPlainText(profile.summary);
}

} // namespace Credfolio::Ui
