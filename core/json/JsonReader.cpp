// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/JsonReader.h"

#include "core/json/JsonText.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Credfolio::Json {
namespace {

using namespace Detail;

const QString kSyntax = QStringLiteral("json.syntax");

// A string member name shown in an error message: long names (attacker-chosen) are cut.
QString shortened(const QString &text)
{
    constexpr qsizetype maxLength = 80;
    if (text.size() <= maxLength) {
        return text;
    }
    return text.left(maxLength) + QChar(0x2026);
}

// The reader: one pass over the bytes, nesting on an explicit stack (never recursion), so the call stack
// does not grow with the document.
class Parser {
public:
    Parser(QByteArrayView bytes, const ParseLimits &limits)
        : m_data(bytes.data())
        , m_begin(bytes.data())
        , m_p(bytes.data())
        , m_end(bytes.data() + bytes.size())
        , m_limits(limits)
    {
    }

    Result<QJsonValue> run();

private:
    // A decoded string: plain ASCII without escapes stays a view into the input (no allocation).
    struct StringValue {
        QLatin1StringView ascii;
        QString text;
        bool isView = false;

        QString toString() const { return isView ? QString(ascii) : text; }
    };

    struct Member {
        StringValue key;
        const char *keyPos = nullptr;
        QJsonValue value;
    };

    // An open container. Frames stay allocated when closed (m_depth counts the open ones), so the member
    // lists keep their capacity from one object to the next.
    struct Frame {
        std::vector<Member> members; // objects: collected, checked and inserted when the object closes
        QJsonArray array;
        StringValue key;
        const char *keyPos = nullptr;
        bool isObject = false;
    };

    static int compareKeys(const StringValue &a, const StringValue &b);

    bool fail(const char *pos, const QString &code, const QString &message);
    bool failUnexpected(const char *pos);
    void skipWhitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t')) {
            ++m_p;
        }
    }
    bool openContainer(bool isObject, QJsonValue &closedEmpty, bool &isClosed);
    bool readMemberName();
    void addToTop(QJsonValue &&value);
    bool closeContainer(QJsonValue &out);
    bool parseScalar(QJsonValue &out);
    bool parseString(StringValue &out);
    bool parseEscapedString(const char *open, const char *start, const char *p, StringValue &out);
    bool parseEscape(const char *&p);
    bool parseNumber(QJsonValue &out);
    bool parseLiteral(QJsonValue &out);

    const char *m_data;  // the input as given (byte offsets count from here)
    const char *m_begin; // after the BOM (lines and columns count from here)
    const char *m_p;
    const char *m_end;
    ParseLimits m_limits;
    std::vector<Frame> m_stack;
    size_t m_depth = 0;
    std::string m_scratch;
    std::optional<Error> m_error;
};

bool Parser::fail(const char *pos, const QString &code, const QString &message)
{
    m_error = makeError(code, message, positionDetail(m_data, m_begin, pos));
    return false;
}

bool Parser::failUnexpected(const char *pos)
{
    if (pos == m_end) {
        return fail(pos, kSyntax, QCoreApplication::translate("Credfolio::Json", "Unexpected end of document"));
    }
    const auto byte = static_cast<unsigned char>(*pos);
    if (byte >= 0x80 && validUtf8Length(pos, m_end) == 0) {
        return fail(pos, QStringLiteral("json.invalid-utf8"),
                    QCoreApplication::translate("Credfolio::Json", "The document is not valid UTF-8"));
    }
    return fail(
        pos, kSyntax,
        QCoreApplication::translate("Credfolio::Json", "Unexpected character %1").arg(describeCharacter(pos, m_end)));
}

Result<QJsonValue> Parser::run()
{
    if (m_end - m_p > m_limits.maxBytes) {
        return makeError(
            QStringLiteral("json.too-large"),
            QCoreApplication::translate("Credfolio::Json", "The document is larger than the limit of %1 bytes")
                .arg(static_cast<qint64>(m_limits.maxBytes)),
            QStringLiteral("%1 bytes").arg(static_cast<qint64>(m_end - m_p)));
    }
    if (m_end - m_p >= 3 && m_p[0] == '\xEF' && m_p[1] == '\xBB' && m_p[2] == '\xBF') {
        m_p += 3;
        m_begin = m_p;
    }
    skipWhitespace();
    if (m_p == m_end) {
        fail(m_p, QStringLiteral("json.empty"),
             QCoreApplication::translate("Credfolio::Json", "The document is empty"));
        return *m_error;
    }

    QJsonValue current;
    bool haveValue = false;
    for (;;) {
        if (!haveValue) {
            skipWhitespace();
            const char c = m_p < m_end ? *m_p : '\0';
            if (c == '{' || c == '[') {
                if (!openContainer(c == '{', current, haveValue)) {
                    return *m_error;
                }
                continue;
            }
            if (!parseScalar(current)) {
                return *m_error;
            }
        }
        haveValue = true;
        if (m_depth == 0) {
            skipWhitespace();
            if (m_p != m_end) {
                fail(m_p, QStringLiteral("json.trailing-data"),
                     QCoreApplication::translate("Credfolio::Json", "Unexpected data after the JSON value"));
                return *m_error;
            }
            return current;
        }
        addToTop(std::move(current));
        skipWhitespace();
        const bool isObject = m_stack[m_depth - 1].isObject;
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            if (isObject && !readMemberName()) {
                return *m_error;
            }
            haveValue = false;
        } else if (m_p < m_end && *m_p == (isObject ? '}' : ']')) {
            ++m_p;
            if (!closeContainer(current)) {
                return *m_error;
            }
        } else {
            failUnexpected(m_p);
            return *m_error;
        }
    }
}

// Pushes a frame for the container at m_p; an empty container is complete at once (isClosed).
bool Parser::openContainer(bool isObject, QJsonValue &closedEmpty, bool &isClosed)
{
    if (m_depth >= static_cast<size_t>(qMax(m_limits.maxDepth, 0))) {
        return fail(m_p, QStringLiteral("json.too-deep"),
                    QCoreApplication::translate("Credfolio::Json", "The document is nested more than %1 levels deep")
                        .arg(m_limits.maxDepth));
    }
    if (m_depth == m_stack.size()) {
        m_stack.emplace_back();
    }
    m_stack[m_depth++].isObject = isObject;
    ++m_p;
    skipWhitespace();
    if (m_p < m_end && *m_p == (isObject ? '}' : ']')) {
        ++m_p;
        isClosed = true;
        return closeContainer(closedEmpty);
    }
    isClosed = false;
    return !isObject || readMemberName();
}

bool Parser::readMemberName()
{
    skipWhitespace();
    if (m_p == m_end || *m_p != '"') {
        if (m_p == m_end) {
            return failUnexpected(m_p);
        }
        return fail(m_p, kSyntax,
                    QCoreApplication::translate("Credfolio::Json", "Expected a member name in double quotes, found %1")
                        .arg(describeCharacter(m_p, m_end)));
    }
    Frame &top = m_stack[m_depth - 1];
    top.keyPos = m_p;
    if (!parseString(top.key)) {
        return false;
    }
    skipWhitespace();
    if (m_p == m_end || *m_p != ':') {
        if (m_p == m_end) {
            return failUnexpected(m_p);
        }
        return fail(m_p, kSyntax,
                    QCoreApplication::translate("Credfolio::Json", "Expected ':' after a member name, found %1")
                        .arg(describeCharacter(m_p, m_end)));
    }
    ++m_p;
    return true;
}

void Parser::addToTop(QJsonValue &&value)
{
    Frame &top = m_stack[m_depth - 1];
    if (top.isObject) {
        top.members.push_back(Member{std::move(top.key), top.keyPos, std::move(value)});
    } else {
        top.array.append(value);
    }
}

int Parser::compareKeys(const StringValue &a, const StringValue &b)
{
    if (a.isView && b.isView) {
        return std::string_view(a.ascii.data(), a.ascii.size())
            .compare(std::string_view(b.ascii.data(), b.ascii.size()));
    }
    if (a.isView) {
        return -b.text.compare(a.ascii);
    }
    return b.isView ? a.text.compare(b.ascii) : a.text.compare(b.text);
}

// Objects are built when they close: sorting the members by name makes duplicates adjacent and lets
// QJsonObject (which keeps its keys sorted) append each one, where inserting in document order would be
// quadratic for large objects.
bool Parser::closeContainer(QJsonValue &out)
{
    Frame &top = m_stack[--m_depth];
    if (!top.isObject) {
        out = QJsonValue(std::move(top.array));
        top.array = QJsonArray();
        return true;
    }
    std::vector<Member> &members = top.members;
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        const int order = compareKeys(a.key, b.key);
        return order != 0 ? order < 0 : a.keyPos < b.keyPos;
    });
    // Of all repeated names, report the repetition that comes first in the document.
    const Member *duplicate = nullptr;
    for (size_t i = 1; i < members.size(); ++i) {
        if ((!duplicate || members[i].keyPos < duplicate->keyPos) &&
            compareKeys(members[i - 1].key, members[i].key) == 0) {
            duplicate = &members[i];
        }
    }
    if (duplicate) {
        const QString name = duplicate->key.toString();
        const char *pos = duplicate->keyPos;
        members.clear();
        return fail(
            pos, QStringLiteral("json.duplicate-key"),
            QCoreApplication::translate("Credfolio::Json", "Duplicate member name \"%1\"").arg(shortened(name)));
    }
    QJsonObject object;
    for (const Member &member : members) {
        if (member.key.isView) {
            object.insert(member.key.ascii, member.value);
        } else {
            object.insert(member.key.text, member.value);
        }
    }
    members.clear();
    out = QJsonValue(std::move(object));
    return true;
}

bool Parser::parseScalar(QJsonValue &out)
{
    const char c = m_p < m_end ? *m_p : '\0';
    if (c == '"') {
        StringValue text;
        if (!parseString(text)) {
            return false;
        }
        out = text.isView ? QJsonValue(text.ascii) : QJsonValue(text.text);
        return true;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        return parseNumber(out);
    }
    if (c == 't' || c == 'f' || c == 'n') {
        return parseLiteral(out);
    }
    return failUnexpected(m_p);
}

bool Parser::parseLiteral(QJsonValue &out)
{
    const auto matches = [this](QByteArrayView word) {
        return m_end - m_p >= word.size() && QByteArrayView(m_p, word.size()) == word;
    };
    if (matches("true")) {
        out = QJsonValue(true);
        m_p += 4;
    } else if (matches("false")) {
        out = QJsonValue(false);
        m_p += 5;
    } else if (matches("null")) {
        out = QJsonValue(QJsonValue::Null);
        m_p += 4;
    } else {
        return fail(m_p, kSyntax,
                    QCoreApplication::translate("Credfolio::Json", "Invalid literal (expected true, false or null)"));
    }
    return true;
}

bool Parser::parseString(StringValue &out)
{
    const char *open = m_p;
    const char *start = m_p + 1;
    const char *p = start;
    bool ascii = true;
    for (;;) {
        while (p < m_end && isPlainStringByte(*p)) {
            ++p;
        }
        if (p == m_end) {
            return fail(open, kSyntax, QCoreApplication::translate("Credfolio::Json", "Unterminated string"));
        }
        const auto byte = static_cast<unsigned char>(*p);
        if (byte == '"') {
            out.isView = ascii;
            if (ascii) {
                out.ascii = QLatin1StringView(start, p - start);
            } else {
                out.text = QString::fromUtf8(start, p - start);
            }
            m_p = p + 1;
            return true;
        }
        if (byte == '\\') {
            return parseEscapedString(open, start, p, out);
        }
        if (byte < 0x20) {
            return fail(p, kSyntax,
                        QCoreApplication::translate("Credfolio::Json", "Control character %1 in a string")
                            .arg(describeCharacter(p, m_end)));
        }
        const int length = validUtf8Length(p, m_end);
        if (length == 0) {
            return fail(p, QStringLiteral("json.invalid-utf8"),
                        QCoreApplication::translate("Credfolio::Json", "The document is not valid UTF-8"));
        }
        p += length;
        ascii = false;
    }
}

// The slow path for strings with escapes: the text is decoded into m_scratch as UTF-8 (escapes always
// yield valid scalar values, lone surrogates being refused), then converted once.
bool Parser::parseEscapedString(const char *open, const char *start, const char *p, StringValue &out)
{
    m_scratch.assign(start, p);
    for (;;) {
        const char *run = p;
        while (p < m_end && isPlainStringByte(*p)) {
            ++p;
        }
        m_scratch.append(run, p);
        if (p == m_end) {
            return fail(open, kSyntax, QCoreApplication::translate("Credfolio::Json", "Unterminated string"));
        }
        const auto byte = static_cast<unsigned char>(*p);
        if (byte == '"') {
            out.isView = false;
            out.text = QString::fromUtf8(m_scratch.data(), static_cast<qsizetype>(m_scratch.size()));
            m_p = p + 1;
            return true;
        }
        if (byte == '\\') {
            if (!parseEscape(p)) {
                return false;
            }
            continue;
        }
        if (byte < 0x20) {
            return fail(p, kSyntax,
                        QCoreApplication::translate("Credfolio::Json", "Control character %1 in a string")
                            .arg(describeCharacter(p, m_end)));
        }
        const int length = validUtf8Length(p, m_end);
        if (length == 0) {
            return fail(p, QStringLiteral("json.invalid-utf8"),
                        QCoreApplication::translate("Credfolio::Json", "The document is not valid UTF-8"));
        }
        m_scratch.append(p, p + length);
        p += length;
    }
}

// Decodes the escape at p (a backslash) into m_scratch and moves p past it.
bool Parser::parseEscape(const char *&p)
{
    const char *escape = p;
    const char kind = p + 1 < m_end ? p[1] : '\0';
    char simple = 0;
    switch (kind) {
    case '"':
    case '\\':
    case '/':
        simple = kind;
        break;
    case 'b':
        simple = '\b';
        break;
    case 'f':
        simple = '\f';
        break;
    case 'n':
        simple = '\n';
        break;
    case 'r':
        simple = '\r';
        break;
    case 't':
        simple = '\t';
        break;
    case 'u':
        break;
    default:
        return fail(escape, kSyntax, QCoreApplication::translate("Credfolio::Json", "Invalid escape sequence"));
    }
    if (simple != 0) {
        m_scratch.push_back(simple);
        p += 2;
        return true;
    }
    const int unit = readHex4(p + 2, m_end);
    if (unit < 0) {
        return fail(escape, kSyntax,
                    QCoreApplication::translate("Credfolio::Json", "Invalid \\u escape (four hex digits needed)"));
    }
    char32_t codePoint = static_cast<char32_t>(unit);
    p += 6;
    if (unit >= 0xD800 && unit <= 0xDFFF) {
        const int low = (unit <= 0xDBFF && m_end - p >= 6 && p[0] == '\\' && p[1] == 'u') ? readHex4(p + 2, m_end) : -1;
        if (low < 0xDC00 || low > 0xDFFF) {
            return fail(escape, QStringLiteral("json.lone-surrogate"),
                        QCoreApplication::translate("Credfolio::Json", "Unpaired surrogate escape \\u%1")
                            .arg(QString::number(unit, 16)));
        }
        codePoint = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
        p += 6;
    }
    appendUtf8(m_scratch, codePoint);
    return true;
}

bool Parser::parseNumber(QJsonValue &out)
{
    const char *start = m_p;
    ParsedNumber number;
    const NumberStatus status = parseJsonNumber(m_p, m_end, number);
    switch (status) {
    case NumberStatus::Ok:
        out = QJsonValue(number.value);
        m_p = number.end;
        return true;
    case NumberStatus::OutOfRange:
        return fail(start, QStringLiteral("json.number-out-of-range"),
                    QCoreApplication::translate("Credfolio::Json", "The number %1 is too large")
                        .arg(shortened(QString::fromLatin1(start, number.end - start))));
    case NumberStatus::LeadingZero:
        return fail(start, kSyntax,
                    QCoreApplication::translate("Credfolio::Json", "Invalid number (leading zeros are not allowed)"));
    case NumberStatus::Invalid:
        break;
    }
    return fail(number.end, kSyntax, QCoreApplication::translate("Credfolio::Json", "Invalid number"));
}

} // namespace

Result<QJsonValue> parse(QByteArrayView bytes, const ParseLimits &limits)
{
    Parser parser(bytes, limits);
    return parser.run();
}

Result<QJsonObject> parseObject(QByteArrayView bytes, const ParseLimits &limits)
{
    Result<QJsonValue> value = parse(bytes, limits);
    if (!value) {
        return value.error();
    }
    if (!value->isObject()) {
        static const char *const names[] = {
            QT_TRANSLATE_NOOP("Credfolio::Json", "null"), QT_TRANSLATE_NOOP("Credfolio::Json", "a boolean"),
            QT_TRANSLATE_NOOP("Credfolio::Json", "a number"), QT_TRANSLATE_NOOP("Credfolio::Json", "a string"),
            QT_TRANSLATE_NOOP("Credfolio::Json", "an array")};
        const QJsonValue::Type type = value->type();
        const char *name = type == QJsonValue::Bool     ? names[1]
                           : type == QJsonValue::Double ? names[2]
                           : type == QJsonValue::String ? names[3]
                           : type == QJsonValue::Array  ? names[4]
                                                        : names[0];
        // The value starts at the first byte that is neither the BOM nor whitespace.
        const char *begin = bytes.data();
        const char *end = begin + bytes.size();
        if (bytes.startsWith("\xEF\xBB\xBF")) {
            begin += 3;
        }
        const char *start = begin;
        while (start < end && (*start == ' ' || *start == '\n' || *start == '\r' || *start == '\t')) {
            ++start;
        }
        return makeError(QStringLiteral("json.not-an-object"),
                         QCoreApplication::translate("Credfolio::Json", "Expected a JSON object, found %1")
                             .arg(QCoreApplication::translate("Credfolio::Json", name)),
                         positionDetail(bytes.data(), begin, start));
    }
    return value->toObject();
}

} // namespace Credfolio::Json
