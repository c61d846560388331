// SPDX-License-Identifier: GPL-3.0-or-later
#include "RdfCompare.h"

#include <QCryptographicHash>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Credfolio::Test {

namespace {

class LineReader {
public:
    explicit LineReader(const QString &line)
        : m_s(line)
    {
    }

    std::optional<Rdf::Term> term()
    {
        skipSpace();
        if (m_i >= m_s.size())
            return std::nullopt;
        if (m_s[m_i] == u'<') {
            const qsizetype end = m_s.indexOf(u'>', m_i);
            const QString iri = unescape(m_s.mid(m_i + 1, end - m_i - 1));
            m_i = end + 1;
            return Rdf::Term::iri(iri);
        }
        if (m_s.mid(m_i, 2) == QLatin1String("_:")) {
            qsizetype end = m_i + 2;
            while (end < m_s.size() && !m_s[end].isSpace())
                ++end;
            const QString label = m_s.mid(m_i + 2, end - m_i - 2);
            m_i = end;
            return Rdf::Term::blank(label);
        }
        if (m_s[m_i] == u'"')
            return literal();
        return std::nullopt;
    }

    bool atEnd()
    {
        skipSpace();
        return m_i >= m_s.size() || m_s[m_i] == u'.';
    }

private:
    std::optional<Rdf::Term> literal()
    {
        qsizetype j = m_i + 1;
        QString raw;
        while (j < m_s.size() && m_s[j] != u'"') {
            if (m_s[j] == u'\\') {
                raw += m_s.mid(j, 2);
                j += 2;
            } else {
                raw += m_s[j++];
            }
        }
        m_i = j + 1;
        Rdf::Term t = Rdf::Term::literal(unescape(raw));
        if (m_s.mid(m_i, 2) == QLatin1String("^^")) {
            m_i += 2;
            const std::optional<Rdf::Term> datatype = term();
            if (datatype && datatype->value != QLatin1String("http://www.w3.org/2001/XMLSchema#string"))
                t.datatype = datatype->value;
        } else if (m_i < m_s.size() && m_s[m_i] == u'@') {
            qsizetype end = m_i + 1;
            while (end < m_s.size() && !m_s[end].isSpace())
                ++end;
            t.language = m_s.mid(m_i + 1, end - m_i - 1);
            m_i = end;
        }
        return t;
    }

    static QString unescape(const QString &s)
    {
        QString out;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s[i] != u'\\' || i + 1 >= s.size()) {
                out += s[i];
                continue;
            }
            const QChar c = s[++i];
            if (c == u'u' || c == u'U') {
                const int n = c == u'u' ? 4 : 8;
                const char32_t cp = char32_t(s.mid(i + 1, n).toUInt(nullptr, 16));
                out += QString::fromUcs4(&cp, 1);
                i += n;
            } else if (c == u't') {
                out += u'\t';
            } else if (c == u'b') {
                out += u'\b';
            } else if (c == u'n') {
                out += u'\n';
            } else if (c == u'r') {
                out += u'\r';
            } else if (c == u'f') {
                out += u'\f';
            } else {
                out += c;
            }
        }
        return out;
    }

    void skipSpace()
    {
        while (m_i < m_s.size() && m_s[m_i].isSpace())
            ++m_i;
    }

    const QString m_s;
    qsizetype m_i = 0;
};

QString termText(const Rdf::Term &t, const QHash<QString, QString> *colors = nullptr, const QString *self = nullptr)
{
    switch (t.kind) {
    case Rdf::TermKind::Iri:
        return QLatin1Char('<') + t.value + QLatin1Char('>');
    case Rdf::TermKind::BlankNode:
        if (self)
            return t.value == *self ? QStringLiteral("_:SELF") : QStringLiteral("_:") + colors->value(t.value);
        return QStringLiteral("_:") + t.value;
    case Rdf::TermKind::Literal: {
        QString s = QLatin1Char('"') + t.value + QLatin1Char('"');
        if (!t.language.isEmpty())
            s += QLatin1Char('@') + t.language;
        else if (!t.datatype.isEmpty())
            s += QStringLiteral("^^<") + t.datatype + QLatin1Char('>');
        return s;
    }
    case Rdf::TermKind::DefaultGraph:
        return {};
    }
    return {};
}

QString quadText(const Rdf::Quad &q, const QHash<QString, QString> *colors = nullptr, const QString *self = nullptr)
{
    return termText(q.subject, colors, self) + QLatin1Char(' ') + termText(q.predicate, colors, self) +
           QLatin1Char(' ') + termText(q.object, colors, self) + QLatin1Char(' ') + termText(q.graph, colors, self);
}

QStringList blanks(const Rdf::Dataset &d)
{
    QSet<QString> set;
    for (const Rdf::Quad &q : d) {
        for (const Rdf::Term *t : {&q.subject, &q.predicate, &q.object, &q.graph}) {
            if (t->isBlank())
                set.insert(t->value);
        }
    }
    QStringList list(set.begin(), set.end());
    list.sort();
    return list;
}

// Colour refinement: a blank node's colour is the hash of its quads with the other blank nodes replaced by
// their colours, repeated until the partition stops changing.
QHash<QString, QString> refine(const Rdf::Dataset &d, const QStringList &nodes, QHash<QString, QString> colors)
{
    for (int round = 0; round < nodes.size() + 2; ++round) {
        QHash<QString, QStringList> lines;
        for (const Rdf::Quad &q : d) {
            for (const QString &b : nodes) {
                if ((q.subject.isBlank() && q.subject.value == b) || (q.object.isBlank() && q.object.value == b) ||
                    (q.graph.isBlank() && q.graph.value == b) || (q.predicate.isBlank() && q.predicate.value == b))
                    lines[b].append(quadText(q, &colors, &b));
            }
        }
        QHash<QString, QString> next;
        for (const QString &b : nodes) {
            QStringList l = lines.value(b);
            l.sort();
            next.insert(b, QString::fromLatin1(QCryptographicHash::hash((colors.value(b) + l.join(u'\n')).toUtf8(),
                                                                        QCryptographicHash::Sha1)
                                                   .toHex()
                                                   .left(16)));
        }
        const auto distinct = [](const QHash<QString, QString> &c) {
            return QSet<QString>(c.begin(), c.end()).size();
        };
        const bool stable = distinct(next) == distinct(colors);
        colors = next;
        if (stable && round > 0)
            break;
    }
    return colors;
}

QSet<QString> relabelled(const Rdf::Dataset &d, const QHash<QString, QString> &map)
{
    QSet<QString> out;
    for (Rdf::Quad q : d) {
        for (Rdf::Term *t : {&q.subject, &q.predicate, &q.object, &q.graph}) {
            if (t->isBlank())
                t->value = map.value(t->value);
        }
        out.insert(quadText(q));
    }
    return out;
}

bool match(const Rdf::Dataset &a, const Rdf::Dataset &b, const QStringList &na, const QStringList &nb,
           QHash<QString, QString> ca, QHash<QString, QString> cb, int depth)
{
    ca = refine(a, na, ca);
    cb = refine(b, nb, cb);
    QHash<QString, QStringList> classA, classB;
    for (const QString &n : na)
        classA[ca.value(n)].append(n);
    for (const QString &n : nb)
        classB[cb.value(n)].append(n);
    if (classA.size() != classB.size())
        return false;
    for (auto it = classA.begin(); it != classA.end(); ++it) {
        if (classB.value(it.key()).size() != it->size())
            return false;
    }
    // Pick the smallest ambiguous class; when there is none, the colours are a bijection.
    QString ambiguous;
    for (auto it = classA.begin(); it != classA.end(); ++it) {
        if (it->size() > 1 && (ambiguous.isEmpty() || it->size() < classA.value(ambiguous).size()))
            ambiguous = it.key();
    }
    if (ambiguous.isEmpty()) {
        QHash<QString, QString> mapA, mapB;
        for (const QString &n : na)
            mapA.insert(n, ca.value(n));
        for (const QString &n : nb)
            mapB.insert(n, cb.value(n));
        return relabelled(a, mapA) == relabelled(b, mapB);
    }
    if (depth > 12)
        return false;
    const QString pick = classA.value(ambiguous).first();
    for (const QString &candidate : classB.value(ambiguous)) {
        QHash<QString, QString> ca2 = ca, cb2 = cb;
        ca2[pick] = ca2[pick] + QStringLiteral("!");
        cb2[candidate] = cb2[candidate] + QStringLiteral("!");
        if (match(a, b, na, nb, ca2, cb2, depth + 1))
            return true;
    }
    return false;
}

Rdf::Dataset deduplicated(const Rdf::Dataset &d)
{
    Rdf::Dataset out;
    QSet<QString> seen;
    for (const Rdf::Quad &q : d) {
        if (!seen.contains(quadText(q))) {
            seen.insert(quadText(q));
            out.push_back(q);
        }
    }
    return out;
}

} // namespace

std::optional<Rdf::Dataset> readTestNQuads(const QByteArray &text)
{
    Rdf::Dataset dataset;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        LineReader reader(line);
        Rdf::Quad q;
        const auto s = reader.term();
        const auto p = reader.term();
        const auto o = reader.term();
        if (!s || !p || !o)
            return std::nullopt;
        q.subject = *s;
        q.predicate = *p;
        q.object = *o;
        if (!reader.atEnd()) {
            const auto g = reader.term();
            if (!g)
                return std::nullopt;
            q.graph = *g;
        }
        dataset.push_back(q);
    }
    return dataset;
}

QString quadToText(const Rdf::Quad &quad)
{
    return quadText(quad);
}

bool isomorphic(const Rdf::Dataset &x, const Rdf::Dataset &y)
{
    const Rdf::Dataset a = deduplicated(x);
    const Rdf::Dataset b = deduplicated(y);
    if (a.size() != b.size())
        return false;
    const QStringList na = blanks(a);
    const QStringList nb = blanks(b);
    if (na.size() != nb.size())
        return false;
    return match(a, b, na, nb, {}, {}, 0);
}

} // namespace Credfolio::Test
