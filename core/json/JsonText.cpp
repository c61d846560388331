// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/JsonText.h"

#include <charconv>
#include <cstdint>

namespace Credfolio::Json::Detail {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

const char *skipDigits(const char *p, const char *end)
{
    while (p < end && isDigit(*p)) {
        ++p;
    }
    return p;
}

// from_chars reports underflow and overflow alike: tell them apart by the decimal magnitude, which is
// hundreds of orders of magnitude apart for the two (the digits are never all zero here).
bool overflows(const char *intBegin, const char *intEnd, const char *fracBegin, const char *fracEnd, qint64 exponent)
{
    qint64 magnitude = 0;
    const char *p = intBegin;
    while (p < intEnd && *p == '0') {
        ++p;
    }
    if (p < intEnd) {
        magnitude = intEnd - p;
    } else {
        const char *q = fracBegin;
        while (q < fracEnd && *q == '0') {
            ++q;
        }
        magnitude = -(q - fracBegin);
    }
    return magnitude + exponent > 0;
}

} // namespace

TextPosition textPosition(const char *begin, const char *pos)
{
    TextPosition at;
    const char *lineStart = begin;
    for (const char *p = begin; p < pos; ++p) {
        if (*p == '\n') {
            ++at.line;
            lineStart = p + 1;
        }
    }
    for (const char *p = lineStart; p < pos; ++p) {
        if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) {
            ++at.column;
        }
    }
    return at;
}

QString positionDetail(const char *data, const char *begin, const char *pos)
{
    const TextPosition at = textPosition(begin, pos);
    return QStringLiteral("line %1, column %2 (byte offset %3)")
        .arg(at.line)
        .arg(at.column)
        .arg(static_cast<qint64>(pos - data));
}

int validUtf8Length(const char *p, const char *end)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(p);
    const unsigned char lead = bytes[0];
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    int length = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : low;   // overlong
        high = lead == 0xED ? 0x9F : high; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : low;   // overlong
        high = lead == 0xF4 ? 0x8F : high; // above U+10FFFF
    } else {
        return 0;
    }
    if (end - p < length || bytes[1] < low || bytes[1] > high) {
        return 0;
    }
    for (int i = 2; i < length; ++i) {
        if ((bytes[i] & 0xC0) != 0x80) {
            return 0;
        }
    }
    return length;
}

QString describeCharacter(const char *p, const char *end)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(p);
    if (bytes[0] >= 0x21 && bytes[0] < 0x7F) {
        return QLatin1Char('\'') + QLatin1Char(static_cast<char>(bytes[0])) + QLatin1Char('\'');
    }
    char32_t codePoint = bytes[0];
    if (bytes[0] >= 0x80) {
        const int length = validUtf8Length(p, end);
        if (length == 0) {
            return QStringLiteral("byte 0x%1").arg(QString::number(bytes[0], 16).toUpper());
        }
        codePoint = bytes[0] & (0x7F >> length);
        for (int i = 1; i < length; ++i) {
            codePoint = (codePoint << 6) | (bytes[i] & 0x3F);
        }
    }
    return QStringLiteral("U+%1").arg(QString::number(codePoint, 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

int readHex4(const char *p, const char *end)
{
    if (end - p < 4) {
        return -1;
    }
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = p[i];
        int digit = -1;
        if (c >= '0' && c <= '9') {
            digit = c - '0';
        } else if (c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        } else {
            return -1;
        }
        value = value * 16 + digit;
    }
    return value;
}

void appendUtf8(std::string &out, char32_t codePoint)
{
    if (codePoint < 0x80) {
        out.push_back(static_cast<char>(codePoint));
    } else if (codePoint < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (codePoint >> 18)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
    }
}

NumberStatus parseJsonNumber(const char *p, const char *end, ParsedNumber &out)
{
    const char *start = p;
    const bool negative = *p == '-';
    if (negative) {
        ++p;
    }
    const char *intBegin = p;
    if (p == end || !isDigit(*p)) {
        out.end = p;
        return NumberStatus::Invalid;
    }
    p = *p == '0' ? p + 1 : skipDigits(p, end);
    if (p < end && isDigit(*p)) {
        out.end = p;
        return NumberStatus::LeadingZero;
    }
    const char *intEnd = p;
    const char *fracBegin = p;
    const char *fracEnd = p;
    if (p < end && *p == '.') {
        fracBegin = ++p;
        fracEnd = p = skipDigits(p, end);
        if (fracEnd == fracBegin) {
            out.end = p;
            return NumberStatus::Invalid;
        }
    }
    qint64 exponent = 0;
    const bool hasExponent = p < end && (*p == 'e' || *p == 'E');
    if (hasExponent) {
        ++p;
        const bool negativeExponent = p < end && *p == '-';
        if (p < end && (*p == '-' || *p == '+')) {
            ++p;
        }
        const char *digits = p;
        for (; p < end && isDigit(*p); ++p) {
            exponent = qMin<qint64>(exponent * 10 + (*p - '0'), 1'000'000'000); // saturate: far beyond range
        }
        if (p == digits) {
            out.end = p;
            return NumberStatus::Invalid;
        }
        exponent = negativeExponent ? -exponent : exponent;
    }
    out.end = p;
    // Up to 15 digits an integer is exact in a double: skip the general conversion.
    if (!hasExponent && fracBegin == fracEnd && intEnd - intBegin <= 15) {
        std::int64_t integer = 0;
        for (const char *q = intBegin; q < intEnd; ++q) {
            integer = integer * 10 + (*q - '0');
        }
        out.value = negative ? -static_cast<double>(integer) : static_cast<double>(integer);
        return NumberStatus::Ok;
    }
    // libstdc++ 12 from_chars is correctly rounded (round-half-even) for any number of digits.
    double value = 0;
    const std::from_chars_result result = std::from_chars(start, p, value);
    if (result.ec == std::errc::result_out_of_range) {
        if (overflows(intBegin, intEnd, fracBegin, fracEnd, exponent)) {
            return NumberStatus::OutOfRange;
        }
        value = negative ? -0.0 : 0.0;
    } else if (result.ec != std::errc() || result.ptr != p) {
        out.end = start;
        return NumberStatus::Invalid;
    }
    out.value = value;
    return NumberStatus::Ok;
}

} // namespace Credfolio::Json::Detail
