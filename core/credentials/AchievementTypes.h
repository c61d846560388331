// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Credfolio::Credentials {

/// The name of an Open Badges 3.0 achievementType for people ("BachelorDegree" -> "Bachelor's degree"), as an
/// English source text marked for translation in the context "Credfolio::Credentials"; nullptr for extensions
/// ("ext:…") and values the specification does not list. Translate it with the translator the text is for
/// (the UI's, or an export's label language).
const char *achievementTypeName(const QString &type);

/// A value without a name, as words: "ext:FieldTrip" -> "Field Trip".
QString achievementTypeWords(const QString &type);

} // namespace Credfolio::Credentials
