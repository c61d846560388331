// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QBoxLayout;

namespace Credfolio::Ui {

/// A row of two parts: a lead that takes the spare width (a search field) and the controls after it. When the
/// row is too narrow for both, the controls move onto a line of their own, so a toolbar never forces a wide
/// window (the credential's details beside the library keep a readable width).
class WrappingRow : public QWidget {
    Q_OBJECT

public:
    WrappingRow(QWidget *lead, QWidget *trailing, QWidget *parent = nullptr);

    bool isWrapped() const { return m_wrapped; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QBoxLayout *m_box;
    QWidget *m_lead;
    QWidget *m_trailing;
    bool m_wrapped = false;
};

} // namespace Credfolio::Ui
