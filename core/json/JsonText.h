// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <string>

// Byte-level helpers of the JSON reader (UTF-8, escapes, numbers, positions). Internal to core/json.
namespace Credfolio::Json::Detail {

/// 1-based line and column (in code points) of a byte position.
struct TextPosition {
    qint64 line = 1;
    qint64 column = 1;
};

/// The position of `pos` counted from `begin` (lines end at '\n'; `begin..pos` must be valid UTF-8).
TextPosition textPosition(const char *begin, const char *pos);

/// "line L, column C (byte offset O)": line and column counted from `begin`, the offset from `data`.
QString positionDetail(const char *data, const char *begin, const char *pos);

/// The length (2-4) of the well-formed UTF-8 sequence at p (whose first byte is >= 0x80), or 0 when it is
/// ill-formed or truncated (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
int validUtf8Length(const char *p, const char *end);

/// The character at p for a message: 'x' for printable ASCII, else U+XXXX (or a byte value).
QString describeCharacter(const char *p, const char *end);

/// The value of four hex digits at p, or -1.
int readHex4(const char *p, const char *end);

/// Appends the UTF-8 encoding of a Unicode scalar value.
void appendUtf8(std::string &out, char32_t codePoint);

namespace Tables {
constexpr std::array<bool, 256> plainStringBytes()
{
    std::array<bool, 256> table{};
    for (int byte = 0x20; byte < 0x80; ++byte) {
        table[static_cast<size_t>(byte)] = byte != '"' && byte != '\\';
    }
    return table;
}
inline constexpr std::array<bool, 256> kPlainStringBytes = plainStringBytes();
} // namespace Tables

/// True for bytes that stand for themselves inside a string: ASCII except controls, '"' and '\'.
inline bool isPlainStringByte(char c)
{
    return Tables::kPlainStringBytes[static_cast<unsigned char>(c)];
}

enum class NumberStatus { Ok, Invalid, LeadingZero, OutOfRange };

struct ParsedNumber {
    double value = 0;
    /// After Ok/OutOfRange: the end of the number; after Invalid: where the grammar broke.
    const char *end = nullptr;
};

/// Reads the RFC 8259 number at p (p < end, *p is '-' or a digit) as the correctly rounded binary64, like
/// JavaScript: an underflow gives ±0, an overflow to infinity is OutOfRange.
NumberStatus parseJsonNumber(const char *p, const char *end, ParsedNumber &out);

} // namespace Credfolio::Json::Detail
