// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;
class QPalette;

namespace Credfolio::Ui {

/// The user's choice of colours. System follows the platform's palette; Light and Dark are our own
/// palettes, both checked for readable contrast.
enum class Appearance { System, Light, Dark };

QString appearanceKey(Appearance appearance);     ///< "system", "light", "dark" (for settings)
Appearance appearanceFromKey(const QString &key); ///< unknown keys read as System

QPalette lightPalette();
QPalette darkPalette();

/// Applies the Fusion style with the palette for `appearance` to the whole application.
void applyAppearance(QApplication &app, Appearance appearance);

} // namespace Credfolio::Ui
