// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonld/Iri.h"

#include <QSet>

#include <array>

namespace Credfolio::JsonLd::Iri {

namespace {

bool isAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

struct Parts {
    QStringView scheme, authority, path, query, fragment;
    bool hasScheme = false, hasAuthority = false, hasQuery = false, hasFragment = false;
};

Parts split(QStringView s)
{
    Parts p;
    qsizetype i = 0;
    if (!s.isEmpty() && isAlpha(s[0])) {
        qsizetype j = 1;
        while (j < s.size() && (isAlpha(s[j]) || isDigit(s[j]) || s[j] == u'+' || s[j] == u'-' || s[j] == u'.'))
            ++j;
        if (j < s.size() && s[j] == u':') {
            p.scheme = s.left(j);
            p.hasScheme = true;
            i = j + 1;
        }
    }
    if (s.mid(i).startsWith(u"//")) {
        qsizetype j = i + 2;
        while (j < s.size() && s[j] != u'/' && s[j] != u'?' && s[j] != u'#')
            ++j;
        p.authority = s.mid(i + 2, j - i - 2);
        p.hasAuthority = true;
        i = j;
    }
    qsizetype j = i;
    while (j < s.size() && s[j] != u'?' && s[j] != u'#')
        ++j;
    p.path = s.mid(i, j - i);
    i = j;
    if (i < s.size() && s[i] == u'?') {
        j = i + 1;
        while (j < s.size() && s[j] != u'#')
            ++j;
        p.query = s.mid(i + 1, j - i - 1);
        p.hasQuery = true;
        i = j;
    }
    if (i < s.size() && s[i] == u'#') {
        p.fragment = s.mid(i + 1);
        p.hasFragment = true;
    }
    return p;
}

QString removeDotSegments(QStringView input)
{
    QList<QStringView> out;
    QStringView in = input;
    while (!in.isEmpty()) {
        if (in.startsWith(u"../")) {
            in = in.mid(3);
        } else if (in.startsWith(u"./")) {
            in = in.mid(2);
        } else if (in.startsWith(u"/./")) {
            in = in.mid(2);
        } else if (in == u"/.") {
            in = u"/";
        } else if (in.startsWith(u"/../")) {
            in = in.mid(3);
            if (!out.isEmpty())
                out.removeLast();
        } else if (in == u"/..") {
            in = u"/";
            if (!out.isEmpty())
                out.removeLast();
        } else if (in == u"." || in == u"..") {
            in = {};
        } else {
            const qsizetype start = in.startsWith(u'/') ? 1 : 0;
            qsizetype end = in.indexOf(u'/', start);
            if (end < 0)
                end = in.size();
            out.append(in.mid(0, end));
            in = in.mid(end);
        }
    }
    QString result;
    for (const QStringView &segment : out)
        result += segment;
    return result;
}

QString mergePaths(const Parts &base, QStringView reference)
{
    if (base.hasAuthority && base.path.isEmpty())
        return QStringLiteral("/") + reference;
    const qsizetype slash = base.path.lastIndexOf(u'/');
    return base.path.left(slash + 1).toString() + reference;
}

} // namespace

bool isKeyword(const QString &value)
{
    static const QSet<QString> keywords = {
        QStringLiteral("@base"),       QStringLiteral("@container"), QStringLiteral("@context"),
        QStringLiteral("@default"),    QStringLiteral("@direction"), QStringLiteral("@embed"),
        QStringLiteral("@explicit"),   QStringLiteral("@graph"),     QStringLiteral("@id"),
        QStringLiteral("@import"),     QStringLiteral("@included"),  QStringLiteral("@index"),
        QStringLiteral("@json"),       QStringLiteral("@language"),  QStringLiteral("@list"),
        QStringLiteral("@nest"),       QStringLiteral("@none"),      QStringLiteral("@omitDefault"),
        QStringLiteral("@prefix"),     QStringLiteral("@preserve"),  QStringLiteral("@protected"),
        QStringLiteral("@requireAll"), QStringLiteral("@reverse"),   QStringLiteral("@set"),
        QStringLiteral("@type"),       QStringLiteral("@value"),     QStringLiteral("@version"),
        QStringLiteral("@vocab"),
    };
    return value.startsWith(u'@') && keywords.contains(value);
}

bool hasKeywordForm(const QString &value)
{
    if (value.size() < 2 || value[0] != u'@')
        return false;
    for (qsizetype i = 1; i < value.size(); ++i) {
        if (!isAlpha(value[i]))
            return false;
    }
    return true;
}

namespace {

// Length of the scheme ("http") when `value` starts with "scheme:", else 0.
qsizetype schemeLength(QStringView value)
{
    if (value.isEmpty() || !isAlpha(value[0]))
        return 0;
    for (qsizetype i = 1; i < value.size(); ++i) {
        const QChar c = value[i];
        if (c == u':')
            return i;
        if (!(isAlpha(c) || isDigit(c) || c == u'+' || c == u'-' || c == u'.'))
            return 0;
    }
    return 0;
}

bool isSpaceChar(QChar c)
{
    return c.unicode() < 0x80 ? (c.unicode() == u' ' || (c.unicode() >= 0x09 && c.unicode() <= 0x0d)) : c.isSpace();
}

} // namespace

bool isAbsolute(const QString &value)
{
    const qsizetype scheme = schemeLength(value);
    if (scheme == 0)
        return false;
    for (qsizetype i = scheme + 1; i < value.size(); ++i) {
        if (isSpaceChar(value[i]))
            return false;
    }
    return true;
}

bool isWellFormed(const QString &value)
{
    // ASCII characters an IRI cannot contain (controls, space, <>"{}|^`\\).
    static constexpr auto invalid = [] {
        std::array<bool, 128> table{};
        for (int c = 0; c <= 0x20; ++c)
            table[size_t(c)] = true;
        for (const char c : {'<', '>', '"', '{', '}', '|', '^', '`', '\\'})
            table[size_t(c)] = true;
        table[0x7f] = false;
        return table;
    }();
    const qsizetype scheme = schemeLength(value);
    if (scheme == 0)
        return false;
    bool fragment = false;
    const QChar *data = value.constData();
    for (qsizetype i = scheme + 1; i < value.size(); ++i) {
        const char16_t u = data[i].unicode();
        if (u < 0x80) {
            if (invalid[u])
                return false;
            // A fragment cannot contain "#" (RFC 3987), so "http://a/b##c" is not an IRI.
            if (u == u'#') {
                if (fragment)
                    return false;
                fragment = true;
            }
        } else if (data[i].isSpace()) {
            return false;
        }
    }
    return true;
}

QString resolve(const QString &base, const QString &reference)
{
    const Parts r = split(reference);
    if (r.hasScheme) {
        QString result = r.scheme + QStringLiteral(":");
        if (r.hasAuthority)
            result += QStringLiteral("//") + r.authority;
        result += removeDotSegments(r.path);
        if (r.hasQuery)
            result += QStringLiteral("?") + r.query;
        if (r.hasFragment)
            result += QStringLiteral("#") + r.fragment;
        return result;
    }
    const Parts b = split(base);
    QString result = b.scheme + QStringLiteral(":");
    if (r.hasAuthority) {
        result += QStringLiteral("//") + r.authority + removeDotSegments(r.path);
        if (r.hasQuery)
            result += QStringLiteral("?") + r.query;
    } else {
        if (b.hasAuthority)
            result += QStringLiteral("//") + b.authority;
        if (r.path.isEmpty()) {
            result += b.path;
            if (r.hasQuery)
                result += QStringLiteral("?") + r.query;
            else if (b.hasQuery)
                result += QStringLiteral("?") + b.query;
        } else {
            if (r.path.startsWith(u'/'))
                result += removeDotSegments(r.path);
            else
                result += removeDotSegments(mergePaths(b, r.path));
            if (r.hasQuery)
                result += QStringLiteral("?") + r.query;
        }
    }
    if (r.hasFragment)
        result += QStringLiteral("#") + r.fragment;
    return result;
}

bool isWellFormedLanguageTag(const QString &tag)
{
    if (tag.isEmpty())
        return false;
    qsizetype run = 0;
    for (qsizetype i = 0; i < tag.size(); ++i) {
        const QChar c = tag[i];
        if (c == u'-') {
            if (run == 0)
                return false;
            run = 0;
            continue;
        }
        if (!(isAlpha(c) || (i > 0 && isDigit(c))))
            return false;
        if (++run > 8)
            return false;
    }
    return run > 0;
}

} // namespace Credfolio::JsonLd::Iri
