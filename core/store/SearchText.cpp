// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/SearchText.h"

#include <QStringList>

namespace Credfolio::Store {
namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

} // namespace

QString ftsQuery(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (isWordCharacter(c) || c.isSurrogate()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    const bool prefixLast = !word.isEmpty();
    if (!word.isEmpty()) {
        words.append(word);
    }
    QStringList terms;
    terms.reserve(words.size());
    for (const QString &w : std::as_const(words)) {
        // Only letters, digits and marks are left, so no '"' needs escaping inside the quotes.
        terms.append(QLatin1Char('"') + w + QLatin1Char('"'));
    }
    if (prefixLast && !terms.isEmpty()) {
        terms.last().append(QLatin1Char('*'));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace Credfolio::Store
