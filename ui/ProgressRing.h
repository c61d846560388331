// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Credfolio::Ui {

/// A large ring showing a fraction, with the percentage in its centre. Green when complete.
class ProgressRing : public QWidget {
    Q_OBJECT

public:
    explicit ProgressRing(QWidget *parent = nullptr);

    void setFraction(double fraction); ///< 0..1
    double fraction() const { return m_fraction; }
    /// The text in the centre ("36%").
    QString text() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_fraction = 0;
};

} // namespace Credfolio::Ui
