// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Credfolio {

namespace {
QTranslator *ownTranslator = nullptr;
QTranslator *qtTranslator = nullptr;

void replaceTranslator(QCoreApplication &app, QTranslator *&slot)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = new QTranslator(&app);
}
} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    replaceTranslator(app, qtTranslator);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    replaceTranslator(app, ownTranslator);
    const bool translated =
        ownTranslator->load(locale, QStringLiteral("credfolio"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // A language Credfolio does not speak falls back to English, with English plural forms.
    if (translated || ownTranslator->load(QStringLiteral(":/i18n/credfolio_en.qm"))) {
        QCoreApplication::installTranslator(ownTranslator);
    }
    return translated || locale.language() == QLocale::C;
}

QList<QLocale> availableLanguages()
{
    return {QLocale(QLocale::English), QLocale(QLocale::German), QLocale(QLocale::Spanish)};
}

} // namespace Credfolio
