// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace Credfolio::Ui {

/// The application's areas, in sidebar order.
enum class Area { Library, Pathways, Review };

/// The navigation list on the left of the main window: one row per Area, keyboard navigable.
class Sidebar : public QListWidget {
    Q_OBJECT

public:
    explicit Sidebar(QWidget *parent = nullptr);

    Area currentArea() const;
    void setCurrentArea(Area area);
    /// Re-reads the row labels (after a language change).
    void retranslate();

signals:
    void areaChanged(Credfolio::Ui::Area area);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyleSheet();
    bool m_restyling = false;
    bool m_restylePending = false;
};

} // namespace Credfolio::Ui
