// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Sidebar.h"

#include <QEvent>
#include <QScopedValueRollback>

namespace Credfolio::Ui {

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setIconSize(QSize(22, 22));
    setFrameShape(QFrame::NoFrame);
    setSpacing(2);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedWidth(200);
    setBackgroundRole(QPalette::Window);
    applyStyleSheet();

    const QIcon icons[] = {QIcon(QStringLiteral(":/icons/library.svg")), QIcon(QStringLiteral(":/icons/pathways.svg")),
                           QIcon(QStringLiteral(":/icons/review.svg"))};
    for (const QIcon &icon : icons) {
        auto *item = new QListWidgetItem(icon, QString(), this);
        item->setSizeHint(QSize(0, 38));
    }
    retranslate();
    setCurrentRow(0);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            emit areaChanged(static_cast<Area>(row));
        }
    });
}

void Sidebar::applyStyleSheet()
{
    // A quiet selection that keeps the coloured icons visible in light and dark palettes. A style sheet reads
    // palette() once, so it is set again whenever the palette changes (switching to dark at run time).
    const QScopedValueRollback<bool> guard(m_restyling, true);
    setStyleSheet(QString());
    setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: palette(window); padding: 6px; border-right: 1px solid palette(mid);"
        " outline: 0; }"
        "QListWidget#sidebar::item { padding-left: 6px; border-radius: 6px; }"
        "QListWidget#sidebar::item:selected { background: rgba(61, 123, 236, 0.20);"
        " color: palette(window-text); }"
        "QListWidget#sidebar::item:hover:!selected { background: rgba(128, 128, 128, 0.12); }"));
}

void Sidebar::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    // Queued: a style sheet must not be replaced while Qt is still delivering the change (reparenting, polish).
    if (!m_restyling && !m_restylePending &&
        (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)) {
        m_restylePending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_restylePending = false;
                applyStyleSheet();
            },
            Qt::QueuedConnection);
    }
}

Area Sidebar::currentArea() const
{
    return static_cast<Area>(qMax(0, currentRow()));
}

void Sidebar::setCurrentArea(Area area)
{
    setCurrentRow(static_cast<int>(area));
}

void Sidebar::retranslate()
{
    setAccessibleName(tr("Areas"));
    item(static_cast<int>(Area::Library))->setText(tr("Library"));
    item(static_cast<int>(Area::Pathways))->setText(tr("Pathways"));
    item(static_cast<int>(Area::Review))->setText(tr("Advisor review"));
    item(static_cast<int>(Area::Library))->setToolTip(tr("Your credentials"));
    item(static_cast<int>(Area::Pathways))->setToolTip(tr("Progress toward certificates and degrees"));
    item(static_cast<int>(Area::Review))->setToolTip(tr("Review a portfolio package a learner sent you"));
}

} // namespace Credfolio::Ui
