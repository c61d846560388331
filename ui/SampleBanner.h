// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Credfolio::Ui {

/// The strip across the top of the sample portfolio's window that says its credentials are examples, with a way
/// to import one's own (back in the learner's library) and a way to close the samples.
class SampleBanner : public QFrame {
    Q_OBJECT

public:
    explicit SampleBanner(QWidget *parent = nullptr);

    QString text() const;
    void retranslate();

signals:
    void importOwnRequested();
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Credfolio::Ui
