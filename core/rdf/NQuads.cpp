// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rdf/NQuads.h"

#include <QLatin1StringView>

#include <algorithm>
#include <cstring>

namespace Credfolio::Rdf {

namespace {

constexpr QLatin1StringView kXsdString("http://www.w3.org/2001/XMLSchema#string");

// UTF-16 to UTF-8 written straight into `out` (lone surrogates become U+FFFD, as QString::toUtf8 does);
// with `escape`, the N-Quads canonical string escapes are applied on the way.
void appendUtf8(QByteArray &out, QStringView text, bool escape)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const qsizetype start = out.size();
    const qsizetype worst = start + text.size() * (escape ? 6 : 3);
    if (out.capacity() < worst)
        out.reserve(std::max(worst, out.capacity() * 2));
    out.resize(worst);
    char *w = out.data() + start;
    const char16_t *s = text.utf16();
    const char16_t *e = s + text.size();
    while (s < e) {
        // Fast path: runs of ASCII that need no escape.
        if (escape) {
            while (s < e && *s >= 0x20 && *s < 0x7F && *s != '"' && *s != '\\')
                *w++ = char(*s++);
        } else {
            // Four UTF-16 units at a time while they are all ASCII.
            while (e - s >= 4) {
                quint64 units;
                memcpy(&units, s, sizeof units);
                if (units & Q_UINT64_C(0xFF80FF80FF80FF80))
                    break;
                w[0] = char(units), w[1] = char(units >> 16), w[2] = char(units >> 32), w[3] = char(units >> 48);
                w += 4, s += 4;
            }
            while (s < e && *s < 0x80)
                *w++ = char(*s++);
        }
        if (s == e)
            break;
        char32_t c = *s++;
        if (c < 0x80) {
            if (escape && (c < 0x20 || c == '"' || c == '\\' || c == 0x7F)) {
                *w++ = '\\';
                switch (c) {
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
                case '"':
                    *w++ = '"';
                    break;
                case '\\':
                    *w++ = '\\';
                    break;
                default:
                    *w++ = 'u', *w++ = '0', *w++ = '0', *w++ = hex[c >> 4], *w++ = hex[c & 0xF];
                }
            } else {
                *w++ = char(c);
            }
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (c <= 0xDBFF && s < e && *s >= 0xDC00 && *s <= 0xDFFF)
                c = 0x10000 + ((c - 0xD800) << 10) + (*s++ - 0xDC00);
            else
                c = 0xFFFD;
        }
        if (c < 0x800) {
            *w++ = char(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *w++ = char(0xE0 | (c >> 12));
            *w++ = char(0x80 | ((c >> 6) & 0x3F));
        } else {
            *w++ = char(0xF0 | (c >> 18));
            *w++ = char(0x80 | ((c >> 12) & 0x3F));
            *w++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *w++ = char(0x80 | (c & 0x3F));
    }
    out.truncate(w - out.constData());
}

} // namespace

void appendNQuadsTerm(QByteArray &out, const Term &term)
{
    switch (term.kind) {
    case TermKind::Iri:
        out.append('<');
        appendUtf8(out, term.value, false);
        out.append('>');
        break;
    case TermKind::BlankNode:
        out.append("_:", 2);
        appendUtf8(out, term.value, false);
        break;
    case TermKind::Literal:
        out.append('"');
        appendUtf8(out, term.value, true);
        out.append('"');
        if (!term.language.isEmpty()) {
            out.append('@');
            appendUtf8(out, term.language, false);
        } else if (!term.datatype.isEmpty() && term.datatype != kXsdString) {
            out.append("^^<", 3);
            appendUtf8(out, term.datatype, false);
            out.append('>');
        }
        break;
    case TermKind::DefaultGraph:
        break;
    }
}

QByteArray toNQuadsTerm(const Term &term)
{
    QByteArray out;
    appendNQuadsTerm(out, term);
    return out;
}

void appendNQuadsLine(QByteArray &out, const Quad &quad)
{
    appendNQuadsTerm(out, quad.subject);
    out.append(' ');
    appendNQuadsTerm(out, quad.predicate);
    out.append(' ');
    appendNQuadsTerm(out, quad.object);
    if (quad.graph.kind != TermKind::DefaultGraph) {
        out.append(' ');
        appendNQuadsTerm(out, quad.graph);
    }
    out.append(" .\n", 3);
}

QByteArray toNQuadsLine(const Quad &quad)
{
    QByteArray line;
    line.reserve(160);
    appendNQuadsLine(line, quad);
    return line;
}

QByteArray serializeNQuads(const Dataset &dataset)
{
    QByteArray out;
    out.reserve(qsizetype(dataset.size()) * 128);
    for (const Quad &quad : dataset)
        appendNQuadsLine(out, quad);
    return out;
}

} // namespace Credfolio::Rdf
