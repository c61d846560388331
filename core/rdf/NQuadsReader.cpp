// SPDX-License-Identifier: GPL-3.0-or-later
// The N-Quads 1.1 reader: a hand-written scanner over validated UTF-8, one statement per line.
#include "core/rdf/NQuads.h"

#include <QCoreApplication>
#include <QLatin1StringView>

namespace Credfolio::Rdf {

namespace {

constexpr QLatin1StringView kXsdString("http://www.w3.org/2001/XMLSchema#string");

bool inRange(char32_t c, char32_t lo, char32_t hi)
{
    return c >= lo && c <= hi;
}

bool isPnCharsBase(char32_t c)
{
    return inRange(c, 'A', 'Z') || inRange(c, 'a', 'z') || inRange(c, 0xC0, 0xD6) || inRange(c, 0xD8, 0xF6) ||
           inRange(c, 0xF8, 0x2FF) || inRange(c, 0x370, 0x37D) || inRange(c, 0x37F, 0x1FFF) ||
           inRange(c, 0x200C, 0x200D) || inRange(c, 0x2070, 0x218F) || inRange(c, 0x2C00, 0x2FEF) ||
           inRange(c, 0x3001, 0xD7FF) || inRange(c, 0xF900, 0xFDCF) || inRange(c, 0xFDF0, 0xFFFD) ||
           inRange(c, 0x10000, 0xEFFFF);
}

bool isPnCharsU(char32_t c)
{
    return isPnCharsBase(c) || c == '_' || c == ':';
}

bool isPnChars(char32_t c)
{
    return isPnCharsU(c) || c == '-' || inRange(c, '0', '9') || c == 0xB7 || inRange(c, 0x300, 0x36F) ||
           inRange(c, 0x203F, 0x2040);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6))).append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12))).append(char(0x80 | ((c >> 6) & 0x3F))).append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)))
            .append(char(0x80 | ((c >> 12) & 0x3F)))
            .append(char(0x80 | ((c >> 6) & 0x3F)))
            .append(char(0x80 | (c & 0x3F)));
    }
}

bool isAbsoluteIri(QByteArrayView iri)
{
    if (iri.isEmpty() || !((iri[0] >= 'a' && iri[0] <= 'z') || (iri[0] >= 'A' && iri[0] <= 'Z')))
        return false;
    for (qsizetype i = 1; i < iri.size(); ++i) {
        const char c = iri[i];
        if (c == ':')
            return true;
        const bool schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                c == '+' || c == '-' || c == '.';
        if (!schemeChar)
            return false;
    }
    return false;
}

class Reader {
public:
    explicit Reader(QByteArrayView input)
        : m_begin(input.data())
        , m_pos(input.data())
        , m_end(input.data() + input.size())
        , m_lineStart(input.data())
    {
    }

    Result<Dataset> run();

private:
    bool atEnd() const { return m_pos >= m_end; }
    char peek() const { return m_pos < m_end ? *m_pos : '\0'; }
    void skipSpaces()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t'))
            ++m_pos;
    }
    bool fail(const QString &what);
    bool validateUtf8();
    char32_t decodeCodePoint();
    bool readUchar(QByteArray &out);
    bool readIri(Term &term);
    bool readBlank(Term &term);
    bool readLiteral(Term &term);
    bool readStatement(Quad &quad);
    bool readEndOfStatement();

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    const char *m_lineStart;
    int m_line = 1;
    Error m_error;
};

bool Reader::fail(const QString &what)
{
    const auto column = m_pos - m_lineStart + 1;
    m_error =
        makeError(QStringLiteral("rdf.nquads-syntax"),
                  QCoreApplication::translate("Credfolio::Rdf", "Invalid N-Quads on line %1: %2").arg(m_line).arg(what),
                  QStringLiteral("line %1, column %2").arg(m_line).arg(column));
    return false;
}

// Checks the whole input once, so the scanner can decode without re-checking.
bool Reader::validateUtf8()
{
    const auto *s = reinterpret_cast<const unsigned char *>(m_begin);
    const auto *e = reinterpret_cast<const unsigned char *>(m_end);
    while (s < e) {
        const unsigned char c = *s;
        if (c == '\n') {
            ++m_line;
            m_lineStart = reinterpret_cast<const char *>(s + 1);
        }
        if (c < 0x80) {
            ++s;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1, cp = c & 0x1F, min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2, cp = c & 0x0F, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3, cp = c & 0x07, min = 0x10000;
        } else {
            m_pos = reinterpret_cast<const char *>(s);
            return fail(QCoreApplication::translate("Credfolio::Rdf", "invalid UTF-8"));
        }
        bool ok = e - s > extra;
        for (int i = 1; ok && i <= extra; ++i) {
            ok = (s[i] & 0xC0) == 0x80;
            cp = (cp << 6) | (s[i] & 0x3F);
        }
        if (!ok || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            m_pos = reinterpret_cast<const char *>(s);
            return fail(QCoreApplication::translate("Credfolio::Rdf", "invalid UTF-8"));
        }
        s += extra + 1;
    }
    m_line = 1;
    m_lineStart = m_begin;
    return true;
}

char32_t Reader::decodeCodePoint()
{
    const auto c = static_cast<unsigned char>(*m_pos);
    if (c < 0x80) {
        ++m_pos;
        return c;
    }
    const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t cp = c & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(m_pos[i]) & 0x3F);
    m_pos += extra + 1;
    return cp;
}

// At a backslash followed by u or U: decodes the escape and appends its UTF-8.
bool Reader::readUchar(QByteArray &out)
{
    const int digits = m_pos[1] == 'u' ? 4 : 8;
    if (m_end - m_pos < 2 + digits)
        return fail(QCoreApplication::translate("Credfolio::Rdf", "truncated \\u escape"));
    char32_t cp = 0;
    for (int i = 0; i < digits; ++i) {
        const int v = hexValue(m_pos[2 + i]);
        if (v < 0)
            return fail(QCoreApplication::translate("Credfolio::Rdf", "bad hexadecimal digit in \\u escape"));
        cp = (cp << 4) | char32_t(v);
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return fail(QCoreApplication::translate("Credfolio::Rdf", "escape is not a Unicode scalar value"));
    appendUtf8(out, cp);
    m_pos += 2 + digits;
    return true;
}

bool Reader::readIri(Term &term)
{
    const char *start = ++m_pos;
    QByteArray value;
    bool escaped = false;
    while (true) {
        if (atEnd() || *m_pos == '\n' || *m_pos == '\r')
            return fail(QCoreApplication::translate("Credfolio::Rdf", "unterminated IRI"));
        const auto c = static_cast<unsigned char>(*m_pos);
        if (c == '>')
            break;
        if (c == '\\') {
            if (!escaped)
                value = QByteArray(start, m_pos - start);
            escaped = true;
            if (peek() != '\\' || m_end - m_pos < 2 || (m_pos[1] != 'u' && m_pos[1] != 'U'))
                return fail(
                    QCoreApplication::translate("Credfolio::Rdf", "only \\u and \\U escapes are allowed in IRIs"));
            const qsizetype before = value.size();
            if (!readUchar(value))
                return false;
            const auto decoded = static_cast<unsigned char>(value[before]);
            if (value.size() - before == 1 &&
                (decoded <= 0x20 || QByteArrayView("<>\"{}|^`\\").contains(char(decoded))))
                return fail(QCoreApplication::translate("Credfolio::Rdf", "escaped character not allowed in an IRI"));
            continue;
        }
        if (c <= 0x20 || c == '<' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`')
            return fail(QCoreApplication::translate("Credfolio::Rdf", "character not allowed in an IRI"));
        if (escaped)
            value.append(char(c));
        ++m_pos;
    }
    const QByteArrayView iri = escaped ? QByteArrayView(value) : QByteArrayView(start, m_pos - start);
    if (!isAbsoluteIri(iri))
        return fail(QCoreApplication::translate("Credfolio::Rdf", "relative IRI <%1>").arg(QString::fromUtf8(iri)));
    ++m_pos;
    term = Term::iri(QString::fromUtf8(iri));
    return true;
}

bool Reader::readBlank(Term &term)
{
    if (m_end - m_pos < 3 || m_pos[1] != ':')
        return fail(QCoreApplication::translate("Credfolio::Rdf", "expected a blank node \"_:label\""));
    m_pos += 2;
    const char *start = m_pos;
    const char32_t first = decodeCodePoint();
    if (!isPnCharsU(first) && !inRange(first, '0', '9')) {
        m_pos = start;
        return fail(QCoreApplication::translate("Credfolio::Rdf", "invalid blank node label"));
    }
    const char *lastGood = m_pos;
    while (!atEnd()) {
        const char32_t c = decodeCodePoint();
        if (isPnChars(c))
            lastGood = m_pos;
        else if (c != '.')
            break;
    }
    // A label cannot end with '.', so trailing dots belong to the statement.
    m_pos = lastGood;
    term = Term::blank(QString::fromUtf8(start, lastGood - start));
    return true;
}

bool Reader::readLiteral(Term &term)
{
    ++m_pos;
    QByteArray lexical;
    while (true) {
        if (atEnd() || *m_pos == '\n' || *m_pos == '\r')
            return fail(QCoreApplication::translate("Credfolio::Rdf", "unterminated string literal"));
        const char c = *m_pos;
        if (c == '"')
            break;
        if (c != '\\') {
            const char *run = m_pos;
            while (m_pos < m_end && *m_pos != '"' && *m_pos != '\\' && *m_pos != '\n' && *m_pos != '\r')
                ++m_pos;
            lexical.append(run, m_pos - run);
            continue;
        }
        const char next = m_end - m_pos > 1 ? m_pos[1] : '\0';
        if (next == 'u' || next == 'U') {
            if (!readUchar(lexical))
                return false;
            continue;
        }
        static constexpr char from[] = "tbnrf\"'\\";
        static constexpr char to[] = "\t\b\n\r\f\"'\\";
        const char *hit = next ? static_cast<const char *>(memchr(from, next, sizeof from - 1)) : nullptr;
        if (!hit)
            return fail(QCoreApplication::translate("Credfolio::Rdf", "invalid escape in string literal"));
        lexical.append(to[hit - from]);
        m_pos += 2;
    }
    ++m_pos;
    QString datatype;
    QString language;
    if (peek() == '@') {
        const char *start = ++m_pos;
        auto isAlpha = [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        };
        while (!atEnd() && isAlpha(*m_pos))
            ++m_pos;
        if (m_pos == start)
            return fail(QCoreApplication::translate("Credfolio::Rdf", "empty language tag"));
        while (peek() == '-') {
            const char *sub = ++m_pos;
            while (!atEnd() && (isAlpha(*m_pos) || (*m_pos >= '0' && *m_pos <= '9')))
                ++m_pos;
            if (m_pos == sub)
                return fail(QCoreApplication::translate("Credfolio::Rdf", "invalid language tag"));
        }
        language = QString::fromLatin1(start, m_pos - start);
    } else if (peek() == '^') {
        if (m_end - m_pos < 3 || m_pos[1] != '^' || m_pos[2] != '<')
            return fail(QCoreApplication::translate("Credfolio::Rdf", "expected ^^<datatype>"));
        m_pos += 2;
        Term type;
        if (!readIri(type))
            return false;
        if (type.value != kXsdString)
            datatype = type.value;
    }
    term = Term::literal(QString::fromUtf8(lexical), datatype, language);
    return true;
}

bool Reader::readStatement(Quad &quad)
{
    const char c = peek();
    if (!(c == '<'   ? readIri(quad.subject)
          : c == '_' ? readBlank(quad.subject)
                     : fail(QCoreApplication::translate("Credfolio::Rdf", "expected a subject"))))
        return false;
    skipSpaces();
    if (peek() != '<')
        return fail(QCoreApplication::translate("Credfolio::Rdf", "expected a predicate IRI"));
    if (!readIri(quad.predicate))
        return false;
    skipSpaces();
    switch (peek()) {
    case '<':
        if (!readIri(quad.object))
            return false;
        break;
    case '_':
        if (!readBlank(quad.object))
            return false;
        break;
    case '"':
        if (!readLiteral(quad.object))
            return false;
        break;
    default:
        return fail(QCoreApplication::translate("Credfolio::Rdf", "expected an object"));
    }
    skipSpaces();
    if (peek() == '<' && !readIri(quad.graph))
        return false;
    if (peek() == '_' && !readBlank(quad.graph))
        return false;
    return readEndOfStatement();
}

bool Reader::readEndOfStatement()
{
    skipSpaces();
    if (peek() != '.')
        return fail(QCoreApplication::translate("Credfolio::Rdf", "expected \".\" at the end of the statement"));
    ++m_pos;
    skipSpaces();
    if (peek() == '#') {
        while (!atEnd() && *m_pos != '\n' && *m_pos != '\r')
            ++m_pos;
    }
    if (!atEnd() && *m_pos != '\n' && *m_pos != '\r')
        return fail(QCoreApplication::translate("Credfolio::Rdf", "unexpected text after the statement"));
    return true;
}

Result<Dataset> Reader::run()
{
    if (!validateUtf8())
        return m_error;
    Dataset dataset;
    while (true) {
        skipSpaces();
        if (atEnd())
            break;
        const char c = *m_pos;
        if (c == '\n' || c == '\r') {
            ++m_pos;
            if (c == '\n' || peek() != '\n') {
                ++m_line;
                m_lineStart = m_pos;
            }
            continue;
        }
        if (c == '#') {
            while (!atEnd() && *m_pos != '\n' && *m_pos != '\r')
                ++m_pos;
            continue;
        }
        Quad quad;
        if (!readStatement(quad))
            return m_error;
        dataset.push_back(std::move(quad));
    }
    return dataset;
}

} // namespace

Result<Dataset> parseNQuads(QByteArrayView utf8)
{
    return Reader(utf8).run();
}

} // namespace Credfolio::Rdf
