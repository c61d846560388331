// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonValue>

namespace Credfolio::Json {

/// The RFC 8785 (JSON Canonicalization Scheme) form of `value`, as UTF-8 bytes: object members sorted by
/// their names compared as UTF-16 code units, no whitespace, minimal string escaping (lowercase \u00xx),
/// numbers as formatNumber() writes them.
///
/// Errors: json.non-finite-number for NaN or an infinity anywhere in the value; json.undefined-value for a
/// QJsonValue::Undefined inside an array or at the top (JSON has no such value). A string holding an unpaired
/// UTF-16 surrogate (impossible for values from parse()) is written with U+FFFD in its place.
/// Thread-safe (pure function).
Result<QByteArray> canonicalize(const QJsonValue &value);

/// ECMAScript Number.prototype.toString(x): the shortest digits that round-trip, plain notation for
/// 1e-6 <= |x| < 1e21 ("100000000000000000000", "0.000001"), exponent form otherwise ("1e+21", "1e-7",
/// "1.5e-323"); -0 gives "0". Non-finite values give "NaN", "Infinity", "-Infinity" as in JavaScript
/// (canonicalize() refuses them instead). Thread-safe.
QByteArray formatNumber(double x);

} // namespace Credfolio::Json
