// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>

namespace Credfolio::Did {

/// A DID split into its method and method-specific id (DID Core §3.1).
struct ParsedDid {
    QString method;     ///< "key", "web", ...
    QString specificId; ///< everything after "did:<method>:"
};

/// Checks the generic DID syntax: "did:", a method name of lower-case letters and digits, ":", then a
/// method-specific id of ALPHA / DIGIT / "." / "-" / "_" / percent-encodings (two hex digits) and ":" separators,
/// not ending in ":". DID URLs (path, query, fragment) are refused. Errors: did.bad-did.
Result<ParsedDid> parseDid(const QString &did);

/// True for an absolute URL ("scheme:..."); relative references are resolved by the caller.
bool isAbsoluteUrl(const QString &url);

} // namespace Credfolio::Did
