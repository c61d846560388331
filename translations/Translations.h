// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Credfolio {

/// Loads Credfolio's and Qt's own translations for `locale` into the application (replacing any loaded
/// before) and makes it the default locale. Returns true when Credfolio has a translation for that
/// language (English needs none and also returns true).
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale::system());

/// The languages Credfolio is translated into, English first.
QList<QLocale> availableLanguages();

} // namespace Credfolio
