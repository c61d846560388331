// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/portfolio/Labels.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Credfolio::Portfolio {

namespace {
// The label translator of this thread's innermost scope (null inside an English scope).
thread_local const QTranslator *t_translator = nullptr;
thread_local bool t_active = false;
} // namespace

QStringList labelLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")};
}

LabelScope::LabelScope(const QString &language)
    : m_previous(t_translator)
    , m_previousActive(t_active)
{
    if (language.isEmpty())
        return;
    t_active = true;
    t_translator = nullptr;
    if (language == u"en")
        return;
    m_valid = labelLanguages().contains(language);
    if (!m_valid)
        return;
    m_translator = std::make_unique<QTranslator>();
    m_valid = m_translator->load(QStringLiteral(":/i18n/credfolio_") + language + QStringLiteral(".qm"));
    if (m_valid)
        t_translator = m_translator.get();
}

LabelScope::~LabelScope()
{
    t_translator = m_previous;
    t_active = m_previousActive;
}

QString label(const char *context, const char *source)
{
    if (!t_active)
        return QCoreApplication::translate(context, source);
    if (t_translator) {
        const QString translated = t_translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

} // namespace Credfolio::Portfolio
