// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace Credfolio::Ui {

/// Colours for "met", "in progress", "not started" and "would count if valid" that read on the palette's base
/// colour, light or dark.
inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

inline QColor metColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4c, 0xc2, 0x7f) : QColor(0x1f, 0x8a, 0x4c);
}

inline QColor progressColor(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

inline QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x3c) : QColor(0x9a, 0x62, 0x00);
}

/// The unfilled part of a progress bar or ring.
inline QColor trackColor(const QPalette &palette)
{
    QColor track = palette.color(QPalette::Text);
    track.setAlphaF(isDark(palette) ? 0.16f : 0.11f);
    return track;
}

} // namespace Credfolio::Ui
