// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QString>

// The portfolio's look: one accent colour, quiet greys, DejaVu Sans throughout. Sizes in points. Internal.
namespace Credfolio::Portfolio::Style {

inline const QColor ink{0x1f, 0x29, 0x33};
inline const QColor body{0x3e, 0x4c, 0x59};
inline const QColor muted{0x61, 0x6e, 0x7c};
inline const QColor faint{0x9a, 0xa5, 0xb1};
inline const QColor rule{0xe4, 0xe7, 0xeb};
inline const QColor accent{0x1d, 0x5c, 0x8a};
inline const QColor accentSoft{0xe9, 0xf1, 0xf8};
inline const QColor good{0x23, 0x7a, 0x4b};
inline const QColor goodSoft{0xe5, 0xf4, 0xeb};
inline const QColor warn{0x95, 0x61, 0x00};
inline const QColor warnSoft{0xfd, 0xf3, 0xd8};
inline const QColor bad{0xb4, 0x23, 0x18};
inline const QColor badSoft{0xfd, 0xec, 0xea};

inline const QString sans = QStringLiteral("DejaVu Sans");
inline const QString mono = QStringLiteral("DejaVu Sans Mono");

inline QFont font(qreal points, bool bold = false, const QString &family = sans)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // Any letter spacing turns ligatures off: "fi" stays two characters, so the text is found by search, by
    // pdftotext and by the applicant tracking systems that read résumés.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    return f;
}

inline constexpr qreal marginSide = 50;
inline constexpr qreal marginTop = 46;
inline constexpr qreal marginBottom = 58;
inline constexpr qreal badgeSize = 44;
inline constexpr qreal qrSize = 56;

} // namespace Credfolio::Portfolio::Style
