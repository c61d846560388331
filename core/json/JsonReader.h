// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>

namespace Credfolio::Json {

/// Upper bounds applied while reading untrusted JSON.
struct ParseLimits {
    /// Larger inputs are refused before any parsing (json.too-large).
    qsizetype maxBytes = 16 * 1024 * 1024;
    /// Maximum number of nested objects/arrays (json.too-deep). The reader never recurses: nesting is
    /// kept on an explicit stack, so any depth is safe for the call stack.
    int maxDepth = 128;
};

/// Strict RFC 8259 / I-JSON (RFC 7493) reading of untrusted bytes into Qt's JSON value types.
///
/// - UTF-8 is validated (overlong forms, UTF-8-encoded surrogates and code points above U+10FFFF are
///   rejected: json.invalid-utf8); one leading byte order mark is skipped.
/// - Duplicate member names (compared after unescaping) are rejected (json.duplicate-key, reported at the
///   repetition that comes first in the document, once its object is complete); unpaired
///   surrogate escapes are rejected (json.lone-surrogate); anything after the value is an error
///   (json.trailing-data); an input of only whitespace is json.empty.
/// - Numbers are read as IEEE-754 binary64, correctly rounded like JavaScript (`12345678901234567890` is
///   12345678901234567168), and handed to QJsonValue as that double: isDouble() is true and toDouble() returns
///   it exactly, even when integral (QJsonValue itself may keep an integral double in an integer slot, which only
///   loses the sign of -0; JCS and JSON-LD write -0 as 0 anyway). A number whose magnitude overflows to
///   infinity is json.number-out-of-range; one that underflows becomes 0, as in JavaScript.
/// - Other grammar errors are json.syntax. Limits: json.too-large, json.too-deep.
///
/// Errors carry the position in `detail` as "line L, column C (byte offset O)"; lines and columns are 1-based,
/// columns count characters (code points) from the start of the line, and a leading BOM is not counted.
/// Memory is linear in the input, time O(n log n) at worst (each object's members are sorted once, when it closes).
/// Thread-safe (pure function); the result owns its data.
Result<QJsonValue> parse(QByteArrayView bytes, const ParseLimits &limits = {});

/// parse(), then require an object at the top level (json.not-an-object otherwise).
Result<QJsonObject> parseObject(QByteArrayView bytes, const ParseLimits &limits = {});

} // namespace Credfolio::Json
