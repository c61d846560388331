// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/portfolio/Portfolio.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Credfolio::Ui {

/// "About you": the learner profile printed at the top of every export (name, headline, contact, summary).
class LearnerProfileForm : public QWidget {
    Q_OBJECT

public:
    explicit LearnerProfileForm(QWidget *parent = nullptr);

    Portfolio::LearnerProfile profile() const;
    void setProfile(const Portfolio::LearnerProfile &profile);

signals:
    void changed();

private:
    QLineEdit *addLine(const char *objectName);

    QLineEdit *m_name = nullptr;
    QLineEdit *m_headline = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_location = nullptr;
    QPlainTextEdit *m_summary = nullptr;
};

} // namespace Credfolio::Ui
