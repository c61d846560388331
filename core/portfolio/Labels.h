// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Credfolio::Portfolio {

/// The languages an export's labels can be written in ("en", "de", "es"), English first.
QStringList labelLanguages();

/// While it lives, label() on this thread translates into `language` ("en", "de", "es") with a translator of its
/// own (":/i18n/credfolio_<language>.qm", compiled into the application), whatever the application's translators
/// say; the global translators are never touched, so exports can run on a worker while the GUI is translated.
/// An empty `language` keeps the application's translators. Scopes nest (the previous one comes back).
class LabelScope {
public:
    explicit LabelScope(const QString &language);
    ~LabelScope();
    LabelScope(const LabelScope &) = delete;
    LabelScope &operator=(const LabelScope &) = delete;

    /// False when `language` is not one of labelLanguages() or its translation is not compiled in (then labels
    /// stay in English).
    bool isValid() const { return m_valid; }

private:
    std::unique_ptr<QTranslator> m_translator;
    const QTranslator *m_previous = nullptr;
    bool m_previousActive = false;
    bool m_valid = true;
};

/// `source` (marked with QT_TRANSLATE_NOOP(context, ...) so that lupdate sees it) in the language of the
/// innermost LabelScope of this thread, else through the application's translators.
QString label(const char *context, const char *source);

/// label() in the context "Credfolio::Portfolio".
inline QString label(const char *source)
{
    return label("Credfolio::Portfolio", source);
}

} // namespace Credfolio::Portfolio
