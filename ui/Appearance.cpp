// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace Credfolio::Ui {

namespace {

struct Colors {
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight, highlightedText, link,
        placeholder, disabledText, toolTipBase, toolTipText, mid, dark, light;
};

QPalette paletteFrom(const Colors &c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.buttonText);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.link);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Light, c.light);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, c.disabledText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    return p;
}

} // namespace

QString appearanceKey(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return QStringLiteral("light");
    case Appearance::Dark:
        return QStringLiteral("dark");
    case Appearance::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance appearanceFromKey(const QString &key)
{
    if (key == QLatin1String("light")) {
        return Appearance::Light;
    }
    if (key == QLatin1String("dark")) {
        return Appearance::Dark;
    }
    return Appearance::System;
}

QPalette lightPalette()
{
    return paletteFrom({.window = QColor(0xf4, 0xf5, 0xf8),
                        .windowText = QColor(0x1d, 0x22, 0x2b),
                        .base = Qt::white,
                        .alternateBase = QColor(0xf0, 0xf2, 0xf6),
                        .text = QColor(0x1d, 0x22, 0x2b),
                        .button = QColor(0xfa, 0xfb, 0xfc),
                        .buttonText = QColor(0x1d, 0x22, 0x2b),
                        .highlight = QColor(0x2f, 0x6f, 0xde),
                        .highlightedText = Qt::white,
                        .link = QColor(0x1f, 0x5f, 0xcc),
                        .placeholder = QColor(0x5f, 0x67, 0x74),
                        .disabledText = QColor(0x9a, 0xa1, 0xac),
                        .toolTipBase = QColor(0x1d, 0x22, 0x2b),
                        .toolTipText = Qt::white,
                        .mid = QColor(0xc9, 0xce, 0xd6),
                        .dark = QColor(0xa0, 0xa7, 0xb2),
                        .light = Qt::white});
}

QPalette darkPalette()
{
    return paletteFrom({.window = QColor(0x23, 0x25, 0x2b),
                        .windowText = QColor(0xe3, 0xe6, 0xeb),
                        .base = QColor(0x1b, 0x1d, 0x22),
                        .alternateBase = QColor(0x28, 0x2b, 0x32),
                        .text = QColor(0xe3, 0xe6, 0xeb),
                        .button = QColor(0x30, 0x33, 0x3b),
                        .buttonText = QColor(0xe3, 0xe6, 0xeb),
                        .highlight = QColor(0x35, 0x70, 0xe0),
                        .highlightedText = Qt::white,
                        .link = QColor(0x7d, 0xaa, 0xff),
                        .placeholder = QColor(0xa3, 0xaa, 0xb6),
                        .disabledText = QColor(0x6e, 0x74, 0x7e),
                        .toolTipBase = QColor(0xe3, 0xe6, 0xeb),
                        .toolTipText = QColor(0x1b, 0x1d, 0x22),
                        .mid = QColor(0x44, 0x48, 0x52),
                        .dark = QColor(0x15, 0x16, 0x1a),
                        .light = QColor(0x3a, 0x3e, 0x47)});
}

void applyAppearance(QApplication &app, Appearance appearance)
{
    // The platform's palette as it was before we first changed anything: what "System" goes back to.
    static const QPalette systemPalette = app.palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    switch (appearance) {
    case Appearance::Light:
        app.setPalette(lightPalette());
        break;
    case Appearance::Dark:
        app.setPalette(darkPalette());
        break;
    case Appearance::System:
        app.setPalette(systemPalette);
        break;
    }
}

} // namespace Credfolio::Ui
