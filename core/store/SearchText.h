// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Credfolio::Store {

/// The FTS5 MATCH expression for what a learner typed: every word (a run of letters, digits and marks)
/// as a quoted string, all required; the last one as a prefix ("data ana" finds "Data Analysis") unless
/// the text ends in a space. Everything else the learner typed — quotes, '*', '-', ':', parentheses,
/// NEAR/AND/OR/NOT — is a word separator or a quoted word, never FTS syntax. Empty when there is no word.
QString ftsQuery(const QString &text);

} // namespace Credfolio::Store
