// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

namespace Credfolio::Ui {

/// What the About dialog shows besides our own version: the libraries Credfolio runs on, as
/// (name, version) pairs gathered by the application entry point.
struct AboutInfo {
    QList<QPair<QString, QString>> components;
};

class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(const AboutInfo &info, QWidget *parent = nullptr);
    /// The dialog's text as shown (for tests and accessibility).
    QString text() const;

private:
    QString m_text;
};

} // namespace Credfolio::Ui
