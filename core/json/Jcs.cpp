// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/Jcs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace Credfolio::Json {
namespace {

constexpr int kNumberBufferSize = 40;

// Writes Number.prototype.toString(x) for a finite x; returns the length.
int writeEcmaNumber(char *out, double x)
{
    if (x == 0) {
        out[0] = '0'; // also for -0
        return 1;
    }
    // Shortest round-trip digits in scientific layout: [-]d[.ddd]e(+|-)XX.
    char sci[kNumberBufferSize];
    const std::to_chars_result result = std::to_chars(sci, sci + sizeof sci, x, std::chars_format::scientific);
    const char *p = sci;
    char *w = out;
    if (*p == '-') {
        *w++ = '-';
        ++p;
    }
    char digits[20];
    int k = 0;
    for (; *p != 'e'; ++p) {
        if (*p != '.') {
            digits[k++] = *p;
        }
    }
    int exponent = 0;
    std::from_chars(p + (p[1] == '+' ? 2 : 1), result.ptr, exponent);
    const int n = exponent + 1; // ECMA-262 Number::toString: value = 0.digits * 10^n
    if (k <= n && n <= 21) {
        w = std::copy(digits, digits + k, w);
        w = std::fill_n(w, n - k, '0');
    } else if (0 < n && n <= 21) {
        w = std::copy(digits, digits + n, w);
        *w++ = '.';
        w = std::copy(digits + n, digits + k, w);
    } else if (-6 < n && n <= 0) {
        *w++ = '0';
        *w++ = '.';
        w = std::fill_n(w, -n, '0');
        w = std::copy(digits, digits + k, w);
    } else {
        *w++ = digits[0];
        if (k > 1) {
            *w++ = '.';
            w = std::copy(digits + 1, digits + k, w);
        }
        *w++ = 'e';
        *w++ = n - 1 < 0 ? '-' : '+';
        w = std::to_chars(w, w + 8, std::abs(n - 1)).ptr;
    }
    return static_cast<int>(w - out);
}

class Canonicalizer {
public:
    Result<QByteArray> run(const QJsonValue &value)
    {
        m_out.reserve(4096);
        if (!write(value)) {
            return *m_error;
        }
        return std::move(m_out);
    }

private:
    bool write(const QJsonValue &value);
    bool writeObject(const QJsonObject &object);
    bool writeArray(const QJsonArray &array);
    bool writeNumber(double x);
    void writeString(QStringView text);

    QByteArray m_out;
    std::optional<Error> m_error;
};

bool Canonicalizer::write(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        m_out.append("null");
        return true;
    case QJsonValue::Bool:
        m_out.append(value.toBool() ? "true" : "false");
        return true;
    case QJsonValue::Double:
        return writeNumber(value.toDouble());
    case QJsonValue::String:
        writeString(value.toString());
        return true;
    case QJsonValue::Array:
        return writeArray(value.toArray());
    case QJsonValue::Object:
        return writeObject(value.toObject());
    case QJsonValue::Undefined:
        break;
    }
    m_error = makeError(QStringLiteral("json.undefined-value"),
                        QCoreApplication::translate("Credfolio::Json", "An undefined value cannot be written as JSON"));
    return false;
}

bool Canonicalizer::writeObject(const QJsonObject &object)
{
    // Members sorted by name as UTF-16 code units; QString's operator< compares exactly that. QJsonObject's
    // own order is not relied on (Qt may compare stored keys as UTF-8, i.e. by code point).
    std::vector<std::pair<QString, QJsonValue>> members;
    members.reserve(static_cast<size_t>(object.size()));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        members.emplace_back(it.key(), it.value());
    }
    const auto byName = [](const auto &a, const auto &b) {
        return a.first < b.first;
    };
    if (!std::is_sorted(members.begin(), members.end(), byName)) {
        std::sort(members.begin(), members.end(), byName);
    }
    m_out.append('{');
    bool first = true;
    for (const auto &[name, value] : members) {
        if (!first) {
            m_out.append(',');
        }
        first = false;
        writeString(name);
        m_out.append(':');
        if (!write(value)) {
            return false;
        }
    }
    m_out.append('}');
    return true;
}

bool Canonicalizer::writeArray(const QJsonArray &array)
{
    m_out.append('[');
    bool first = true;
    for (const QJsonValue &element : array) {
        if (!first) {
            m_out.append(',');
        }
        first = false;
        if (!write(element)) {
            return false;
        }
    }
    m_out.append(']');
    return true;
}

bool Canonicalizer::writeNumber(double x)
{
    if (!std::isfinite(x)) {
        m_error = makeError(QStringLiteral("json.non-finite-number"),
                            QCoreApplication::translate("Credfolio::Json", "JSON cannot represent the number %1")
                                .arg(QString::fromLatin1(formatNumber(x))));
        return false;
    }
    char buffer[kNumberBufferSize];
    m_out.append(buffer, writeEcmaNumber(buffer, x));
    return true;
}

void Canonicalizer::writeString(QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Room for the worst case (\u00xx: 6 bytes per code unit), trimmed afterwards.
    const qsizetype start = m_out.size();
    m_out.resize(start + 2 + 6 * text.size());
    char *w = m_out.data() + start;
    *w++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    for (; p < end; ++p) {
        const char16_t unit = *p;
        if (unit >= 0x20 && unit < 0x80 && unit != '"' && unit != '\\') {
            *w++ = static_cast<char>(unit);
            continue;
        }
        if (unit < 0x80) {
            *w++ = '\\';
            switch (unit) {
            case '"':
            case '\\':
                *w++ = static_cast<char>(unit);
                break;
            case '\b':
                *w++ = 'b';
                break;
            case '\t':
                *w++ = 't';
                break;
            case '\n':
                *w++ = 'n';
                break;
            case '\f':
                *w++ = 'f';
                break;
            case '\r':
                *w++ = 'r';
                break;
            default:
                w = std::copy_n("u00", 3, w);
                *w++ = hex[unit >> 4];
                *w++ = hex[unit & 0xF];
                break;
            }
            continue;
        }
        char32_t codePoint = unit;
        if (unit >= 0xD800 && unit <= 0xDFFF) {
            const bool paired = unit <= 0xDBFF && p + 1 < end && p[1] >= 0xDC00 && p[1] <= 0xDFFF;
            codePoint = paired ? 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(p[1]) - 0xDC00) : 0xFFFD;
            p += paired ? 1 : 0;
        }
        if (codePoint < 0x800) {
            *w++ = static_cast<char>(0xC0 | (codePoint >> 6));
        } else if (codePoint < 0x10000) {
            *w++ = static_cast<char>(0xE0 | (codePoint >> 12));
            *w++ = static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        } else {
            *w++ = static_cast<char>(0xF0 | (codePoint >> 18));
            *w++ = static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
            *w++ = static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        }
        *w++ = static_cast<char>(0x80 | (codePoint & 0x3F));
    }
    *w++ = '"';
    m_out.resize(w - m_out.constData());
}

} // namespace

Result<QByteArray> canonicalize(const QJsonValue &value)
{
    Canonicalizer canonicalizer;
    return canonicalizer.run(value);
}

QByteArray formatNumber(double x)
{
    if (std::isnan(x)) {
        return QByteArrayLiteral("NaN");
    }
    if (std::isinf(x)) {
        return x < 0 ? QByteArrayLiteral("-Infinity") : QByteArrayLiteral("Infinity");
    }
    char buffer[kNumberBufferSize];
    return QByteArray(buffer, writeEcmaNumber(buffer, x));
}

} // namespace Credfolio::Json
