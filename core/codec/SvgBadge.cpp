// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/SvgBadge.h"

#include "core/codec/Limits.h"

#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace Credfolio::Codec {

namespace {

// The translation context of this module's messages (a class, so that lupdate files them correctly).
struct CodecText {
    Q_DECLARE_TR_FUNCTIONS(Credfolio::Codec)
};

QString positionOf(const QXmlStreamReader &reader)
{
    return QStringLiteral("line %1, column %2").arg(reader.lineNumber()).arg(reader.columnNumber());
}

// What one pass over the document found. Offsets are in characters of the parsed text.
struct Scan {
    std::optional<SvgBadge> first;
    QList<std::pair<qsizetype, qsizetype>> badgeRanges; // [begin, end) of every badge element
    qsizetype rootStartEnd = 0;                         // just after the root start tag
    bool rootSelfClosing = false;
    QString rootQualifiedName;
    QXmlStreamNamespaceDeclarations rootNamespaces;
    QString documentEncoding;
};

bool isBadgeElement(const QXmlStreamReader &reader, SvgBadgeElement element)
{
    return reader.namespaceUri() == element.namespaceUri && reader.name() == element.localName;
}

std::optional<QString> verifyAttribute(const QXmlStreamReader &reader)
{
    for (const QXmlStreamAttribute &attribute : reader.attributes()) {
        if (attribute.namespaceUri().isEmpty() && attribute.name() == QLatin1String("verify")) {
            return attribute.value().toString();
        }
    }
    return std::nullopt;
}

// The tokens that end the scan with an error; nothing else is refused.
std::optional<Error> refusedToken(const QXmlStreamReader &reader)
{
    if (reader.tokenType() == QXmlStreamReader::DTD) {
        return makeError(
            QStringLiteral("codec.svg-dtd-refused"),
            CodecText::tr("The SVG image contains a document type declaration (DTD), which is not accepted"),
            positionOf(reader));
    }
    if (reader.tokenType() == QXmlStreamReader::EntityReference) {
        return makeError(
            QStringLiteral("codec.svg-dtd-refused"),
            CodecText::tr("The SVG image refers to the entity \"%1\", which is not accepted").arg(reader.name()),
            positionOf(reader));
    }
    return std::nullopt;
}

// The state of one pass over a document.
struct Scanner {
    SvgBadgeElement element;
    const QString *source = nullptr; // the parsed text, when offsets are wanted
    Scan scan;
    int depth = 0;
    int badgeDepth = 0; // depth of the badge element being read, 0 outside
    SvgBadge current;

    std::optional<Error> startElement(const QXmlStreamReader &reader)
    {
        if (++depth > Limits::kMaxSvgDepth) {
            return makeError(QStringLiteral("codec.too-large"), CodecText::tr("The SVG image is nested too deeply"),
                             positionOf(reader));
        }
        if (depth == 1) {
            if (reader.name() != QLatin1String("svg")) {
                return makeError(QStringLiteral("codec.svg-not-svg"),
                                 CodecText::tr("The document is not an SVG image (its root element is \"%1\")")
                                     .arg(reader.qualifiedName()));
            }
            scan.rootStartEnd = reader.characterOffset();
            scan.rootQualifiedName = reader.qualifiedName().toString();
            scan.rootNamespaces = reader.namespaceDeclarations();
            scan.rootSelfClosing =
                source && QStringView(*source).first(scan.rootStartEnd).endsWith(QLatin1String("/>"));
        }
        if (badgeDepth > 0) {
            return makeError(QStringLiteral("codec.svg-bad-badge"),
                             CodecText::tr("The badge element contains other elements"), positionOf(reader));
        }
        if (isBadgeElement(reader, element)) {
            badgeDepth = depth;
            current = SvgBadge{verifyAttribute(reader), QString()};
            // A Characters token reads one character ahead, so the token boundaries are not the tag's;
            // the tag starts at the last '<' before its end ('<' cannot occur in attribute values).
            const qsizetype begin = source ? source->lastIndexOf(QLatin1Char('<'), reader.characterOffset() - 1) : 0;
            scan.badgeRanges.append({begin, 0});
        }
        return std::nullopt;
    }

    void endElement(const QXmlStreamReader &reader)
    {
        if (depth == badgeDepth) {
            badgeDepth = 0;
            scan.badgeRanges.back().second = reader.characterOffset();
            if (!scan.first) {
                scan.first = current;
            }
        }
        --depth;
    }
};

Error malformedError(const QXmlStreamReader &reader, bool sawRoot)
{
    if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError && !sawRoot) {
        return makeError(QStringLiteral("codec.svg-malformed"), CodecText::tr("The file is not an SVG image"),
                         positionOf(reader) % QStringLiteral(": ") % reader.errorString());
    }
    return makeError(QStringLiteral("codec.svg-malformed"),
                     CodecText::tr("The SVG image is not well-formed XML: %1").arg(reader.errorString()),
                     positionOf(reader));
}

Result<Scan> scanDocument(QXmlStreamReader &reader, SvgBadgeElement element, const QString *source)
{
    Scanner scanner{element, source, {}, 0, 0, {}};
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (std::optional<Error> refused = refusedToken(reader)) {
            return *refused;
        }
        if (token == QXmlStreamReader::StartDocument) {
            scanner.scan.documentEncoding = reader.documentEncoding().toString();
        } else if (token == QXmlStreamReader::StartElement) {
            if (std::optional<Error> error = scanner.startElement(reader)) {
                return *error;
            }
        } else if (token == QXmlStreamReader::Characters && scanner.badgeDepth > 0) {
            scanner.current.content += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            scanner.endElement(reader);
        }
    }
    if (reader.hasError()) {
        return malformedError(reader, !scanner.scan.rootQualifiedName.isEmpty());
    }
    return std::move(scanner.scan);
}

Result<Scan> scanBytes(QByteArrayView svg, SvgBadgeElement element)
{
    if (svg.size() > Limits::kMaxImageBytes) {
        return makeError(
            QStringLiteral("codec.too-large"),
            CodecText::tr("The image is too large (%1 bytes, at most %2)").arg(svg.size()).arg(Limits::kMaxImageBytes));
    }
    // QXmlStreamReader takes U+0000 for the end of the input and would accept a document cut there; the
    // character is never allowed in XML, so it is refused first (UTF-16 documents are decoded to look).
    const bool utf16 = svg.startsWith("\xFE\xFF") || svg.startsWith("\xFF\xFE");
    QString decoded;
    if (utf16) {
        QStringDecoder decoder(svg.startsWith("\xFE\xFF") ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE);
        decoded = decoder.decode(svg.sliced(2));
    }
    const qsizetype nul = utf16 ? decoded.indexOf(QChar(0)) : svg.indexOf('\0');
    if (nul >= 0) {
        return makeError(
            QStringLiteral("codec.svg-malformed"),
            CodecText::tr("The SVG image is not well-formed XML: it contains a NUL character"),
            QStringLiteral("line %1, offset %2")
                .arg((utf16 ? decoded.first(nul).count(QLatin1Char('\n')) : svg.first(nul).count('\n')) + 1)
                .arg(nul));
    }
    QXmlStreamReader reader;
    if (utf16) {
        reader.addData(decoded);
    } else {
        reader.addData(QByteArray::fromRawData(svg.data(), svg.size()));
    }
    return scanDocument(reader, element, nullptr);
}

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

bool isXmlText(const QString &text)
{
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (!isXmlChar(c)) {
            return false;
        }
    }
    // toUcs4() turns a lone surrogate into U+FFFD; catch those as well.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && (i + 1 == text.size() || !text[i + 1].isLowSurrogate())) {
            return false;
        }
        if (text[i].isLowSurrogate() && (i == 0 || !text[i - 1].isHighSurrogate())) {
            return false;
        }
    }
    return true;
}

QString escapeAttribute(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\t':
            out += QLatin1String("&#9;");
            break;
        case '\n':
            out += QLatin1String("&#10;");
            break;
        case '\r':
            out += QLatin1String("&#13;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

// CDATA sections; "]]>" is split across two sections and a carriage return (which XML would turn into a
// line feed) is written as a character reference between sections.
QString cdata(const QString &content)
{
    if (content.isEmpty()) {
        return {};
    }
    QString out = QStringLiteral("<![CDATA[");
    for (qsizetype i = 0; i < content.size(); ++i) {
        if (content[i] == QLatin1Char('\r')) {
            out += QLatin1String("]]>&#13;<![CDATA[");
        } else if (content[i] == QLatin1Char('>') && i >= 2 && content[i - 1] == QLatin1Char(']') &&
                   content[i - 2] == QLatin1Char(']')) {
            out += QLatin1String("]]><![CDATA[>");
        } else {
            out += content[i];
        }
    }
    out += QLatin1String("]]>");
    return out;
}

// A prefix we write must read back as a name. Only ASCII names are reused: readers disagree on which other
// characters a name may hold (QXmlStreamReader lets "xmlns:ope@badges" or a Greek letter pass in a declaration and
// refuses the same prefix on an element), and our own prefix is always a safe choice.
bool isPlainName(QStringView name)
{
    const auto letter = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
    };
    if (name.isEmpty() || !letter(name.front())) {
        return false;
    }
    for (const QChar c : name) {
        if (!(letter(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.')) {
            return false;
        }
    }
    return true;
}

// The prefix bound to the badge namespace on the root, or a free one to declare there (second member true). A
// free prefix is one no declaration binds and no name in the document uses (an element with an undeclared prefix
// would otherwise fall into the badge namespace once it is declared).
std::pair<QString, bool> choosePrefix(const Scan &scan, SvgBadgeElement element, QStringView source)
{
    for (const QXmlStreamNamespaceDeclaration &declaration : scan.rootNamespaces) {
        if (declaration.namespaceUri() == element.namespaceUri && isPlainName(declaration.prefix())) {
            return {declaration.prefix().toString(), false};
        }
    }
    const auto isBound = [&](const QString &prefix) {
        for (const QXmlStreamNamespaceDeclaration &declaration : scan.rootNamespaces) {
            if (declaration.prefix() == prefix) {
                return true;
            }
        }
        return source.contains(QString(prefix + QLatin1Char(':')));
    };
    QString prefix = QStringLiteral("openbadges");
    for (int n = 2; isBound(prefix); ++n) {
        prefix = QStringLiteral("openbadges%1").arg(n);
    }
    return {prefix, true};
}

bool isUtf8Name(const QString &encoding)
{
    return encoding.isEmpty() || encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0 ||
           encoding.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool SvgBadge::isContentBlank() const
{
    for (const QChar c : content) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r')) {
            return false;
        }
    }
    return true;
}

Result<std::optional<SvgBadge>> findSvgBadge(QByteArrayView svg, SvgBadgeElement element)
{
    Result<Scan> scan = scanBytes(svg, element);
    if (!scan) {
        return scan.error();
    }
    return std::move(scan->first);
}

Result<QByteArray> bakeSvgBadge(QByteArrayView svg, SvgBadgeElement element, const SvgBadge &badge)
{
    if (!isXmlText(badge.content) || (badge.verify && !isXmlText(*badge.verify))) {
        return makeError(QStringLiteral("codec.svg-bad-payload"),
                         CodecText::tr("The text to bake contains characters that XML cannot carry"));
    }
    Result<Scan> checked = scanBytes(svg, element);
    if (!checked) {
        return checked.error();
    }
    constexpr char kBom[] = "\xEF\xBB\xBF";
    const bool hasBom = svg.startsWith(kBom);
    if (!isUtf8Name(checked->documentEncoding) || svg.startsWith("\xFE\xFF") || svg.startsWith("\xFF\xFE")) {
        return makeError(
            QStringLiteral("codec.svg-unsupported-encoding"),
            CodecText::tr("Only SVG images in UTF-8 can be baked (this one is in %1)")
                .arg(checked->documentEncoding.isEmpty() ? QStringLiteral("UTF-16") : checked->documentEncoding));
    }
    const QString source = QString::fromUtf8(hasBom ? svg.sliced(3) : svg);
    QXmlStreamReader reader(source);
    Result<Scan> scan = scanDocument(reader, element, &source);
    if (!scan) {
        return scan.error();
    }
    const auto [prefix, declare] = choosePrefix(*scan, element, source);
    const QString name = prefix % QLatin1Char(':') % element.localName;
    QString snippet = QLatin1Char('<') % name;
    if (badge.verify) {
        snippet += QLatin1String(" verify=\"") % escapeAttribute(*badge.verify) % QLatin1Char('"');
    }
    snippet += QLatin1Char('>') % cdata(badge.content) % QLatin1String("</") % name % QLatin1Char('>');

    const qsizetype tagClose = scan->rootStartEnd - (scan->rootSelfClosing ? 2 : 1);
    QString out = source.first(tagClose);
    if (declare) {
        out += QLatin1String(" xmlns:") % prefix % QLatin1String("=\"") %
               escapeAttribute(element.namespaceUri.toString()) % QLatin1Char('"');
    }
    out += QLatin1Char('>') % snippet;
    if (scan->rootSelfClosing) {
        out += QLatin1String("</") % scan->rootQualifiedName % QLatin1Char('>');
    }
    qsizetype copied = scan->rootStartEnd;
    for (const auto &[begin, end] : scan->badgeRanges) {
        out += QStringView(source).sliced(copied, begin - copied);
        copied = end;
    }
    out += QStringView(source).sliced(copied);
    QByteArray bytes = hasBom ? QByteArray(kBom) : QByteArray();
    bytes += out.toUtf8();
    if (bytes.size() > Limits::kMaxImageBytes) {
        return makeError(QStringLiteral("codec.too-large"), CodecText::tr("The baked image would be too large"));
    }
    return bytes;
}

} // namespace Credfolio::Codec
