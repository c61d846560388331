// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QString>

namespace Credfolio::JsonLd {

/// An Error for one of the error conditions named by the JSON-LD 1.1 API specification.
/// `specError` is the spec's string ("protected term redefinition"); the code is "jsonld." followed by it
/// with dashes ("jsonld.protected-term-redefinition"); `detail` starts with the spec string, then `what`.
Error jsonLdError(const char *specError, const QString &what = {});

/// The spec error string carried by an Error made by jsonLdError() (the text of detail before ": ").
QString specErrorOf(const Error &error);

} // namespace Credfolio::JsonLd
