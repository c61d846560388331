// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/PngChunks.h"

#include "core/codec/Inflate.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <zlib.h>

namespace Credfolio::Codec {

namespace {

constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
constexpr qsizetype kSignatureSize = 8;
constexpr qsizetype kMaxKeyword = 79;

// The translation context of this module's messages (a class, so that lupdate files them correctly).
struct CodecText {
    Q_DECLARE_TR_FUNCTIONS(Credfolio::Codec)
};

quint32 readUint32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

void appendUint32(QByteArray &out, quint32 value)
{
    out.append(static_cast<char>(value >> 24));
    out.append(static_cast<char>(value >> 16));
    out.append(static_cast<char>(value >> 8));
    out.append(static_cast<char>(value));
}

quint32 crcOf(QByteArrayView bytes)
{
    return static_cast<quint32>(
        crc32(0, reinterpret_cast<const Bytef *>(bytes.data()), static_cast<uInt>(bytes.size())));
}

bool isChunkType(QByteArrayView type)
{
    for (const char c : type) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
            return false;
        }
    }
    return true;
}

QString typeName(QByteArrayView type)
{
    return isChunkType(type) ? QString::fromLatin1(type) : QString::fromLatin1(type.toByteArray().toHex());
}

Error truncated(qsizetype offset)
{
    return makeError(QStringLiteral("codec.png-truncated"), CodecText::tr("The PNG image is truncated"),
                     QStringLiteral("data ends at offset %1").arg(offset));
}

Error malformed(const QString &message, qsizetype offset)
{
    return makeError(QStringLiteral("codec.png-malformed"), message, QStringLiteral("offset %1").arg(offset));
}

Error badText(const QString &message, const QString &detail = {})
{
    return makeError(QStringLiteral("codec.png-bad-text"), message, detail);
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

// Reads one chunk at `offset`; the caller has checked that the length field is there.
Result<PngChunk> readChunk(QByteArrayView png, qsizetype offset, const PngLimits &limits)
{
    if (png.size() - offset < 8) {
        return truncated(png.size());
    }
    const quint32 length = readUint32(png.data() + offset);
    const QByteArrayView type = png.sliced(offset + 4, 4);
    if (!isChunkType(type)) {
        return malformed(CodecText::tr("Invalid PNG chunk type"), offset + 4);
    }
    if (length > 0x7fffffffu) {
        return malformed(CodecText::tr("Invalid PNG chunk length"), offset);
    }
    if (static_cast<qsizetype>(length) > limits.maxChunkBytes) {
        return makeError(QStringLiteral("codec.too-large"),
                         CodecText::tr("The PNG chunk %1 is too large (%2 bytes, at most %3)")
                             .arg(typeName(type))
                             .arg(length)
                             .arg(limits.maxChunkBytes),
                         QStringLiteral("offset %1").arg(offset));
    }
    if (png.size() - offset - 12 < static_cast<qsizetype>(length)) {
        return truncated(png.size());
    }
    const quint32 stored = readUint32(png.data() + offset + 8 + length);
    const quint32 computed = crcOf(png.sliced(offset + 4, 4 + length));
    if (stored != computed) {
        return makeError(QStringLiteral("codec.png-bad-crc"),
                         CodecText::tr("The PNG chunk %1 is damaged (CRC mismatch)").arg(typeName(type)),
                         QStringLiteral("offset %1, stored %2, computed %3")
                             .arg(offset)
                             .arg(stored, 8, 16, QLatin1Char('0'))
                             .arg(computed, 8, 16, QLatin1Char('0')));
    }
    return PngChunk{type, png.sliced(offset + 8, length), offset};
}

// Splits at the first NUL: the keyword before it (1-79 bytes), the rest after it.
Result<QByteArrayView> takeKeyword(QByteArrayView data, QByteArrayView &rest)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul < 1 || nul > kMaxKeyword) {
        return badText(CodecText::tr("Invalid PNG text chunk keyword"));
    }
    rest = data.sliced(nul + 1);
    return data.first(nul);
}

Result<QByteArray> inflateText(QByteArrayView compressed, const PngLimits &limits)
{
    Result<QByteArray> text = inflate(compressed, Compression::Zlib, limits.maxTextBytes);
    if (!text && text.error().code == QLatin1String("codec.too-large")) {
        return makeError(
            text.error().code,
            CodecText::tr("The compressed PNG text expands to more than %1 bytes").arg(limits.maxTextBytes),
            text.error().detail);
    }
    return text;
}

Result<PngText> parseInternational(PngText result, QByteArrayView rest, const PngLimits &limits)
{
    if (rest.size() < 2 || static_cast<unsigned char>(rest[0]) > 1 || rest[1] != 0) {
        return badText(CodecText::tr("Invalid iTXt compression flag or method"));
    }
    result.compressed = rest[0] == 1;
    rest = rest.sliced(2);
    const qsizetype languageEnd = rest.indexOf('\0');
    const qsizetype translatedEnd = languageEnd < 0 ? -1 : rest.indexOf('\0', languageEnd + 1);
    if (translatedEnd < 0) {
        return badText(CodecText::tr("Truncated iTXt chunk"));
    }
    result.languageTag = rest.first(languageEnd).toByteArray();
    const QByteArrayView translated = rest.sliced(languageEnd + 1, translatedEnd - languageEnd - 1);
    if (!isValidUtf8(translated)) {
        return badText(CodecText::tr("The iTXt translated keyword is not valid UTF-8"));
    }
    result.translatedKeyword = QString::fromUtf8(translated);
    const QByteArrayView body = rest.sliced(translatedEnd + 1);
    if (result.compressed) {
        Result<QByteArray> text = inflateText(body, limits);
        if (!text) {
            return text.error();
        }
        result.text = std::move(text).value();
    } else {
        result.text = body.toByteArray();
    }
    if (!isValidUtf8(result.text)) {
        return badText(CodecText::tr("The iTXt text is not valid UTF-8"));
    }
    return result;
}

// Keyword rules of PNG 1.2 §11.3.4.2, enforced when writing.
bool isValidKeyword(QByteArrayView keyword)
{
    if (keyword.isEmpty() || keyword.size() > kMaxKeyword || keyword.front() == ' ' || keyword.back() == ' ' ||
        keyword.contains("  ")) {
        return false;
    }
    for (const char c : keyword) {
        const auto byte = static_cast<unsigned char>(c);
        if (!((byte >= 32 && byte <= 126) || byte >= 161)) {
            return false;
        }
    }
    return true;
}

QByteArray makeChunk(QByteArrayView type, QByteArrayView data)
{
    QByteArray chunk;
    chunk.reserve(12 + data.size());
    appendUint32(chunk, static_cast<quint32>(data.size()));
    chunk.append(type);
    chunk.append(data);
    appendUint32(chunk, crcOf(QByteArrayView(chunk).sliced(4)));
    return chunk;
}

} // namespace

QString PngText::toString() const
{
    return type == PngTextType::International ? QString::fromUtf8(text) : QString::fromLatin1(text);
}

Result<QList<PngChunk>> readPngChunks(QByteArrayView png, const PngLimits &limits)
{
    if (png.size() > limits.maxFileBytes) {
        return makeError(
            QStringLiteral("codec.too-large"),
            CodecText::tr("The image is too large (%1 bytes, at most %2)").arg(png.size()).arg(limits.maxFileBytes));
    }
    if (png.size() < kSignatureSize || png.first(kSignatureSize) != QByteArrayView(kSignature, kSignatureSize)) {
        if (png.size() < kSignatureSize && QByteArrayView(kSignature, kSignatureSize).startsWith(png) &&
            !png.isEmpty()) {
            return truncated(png.size());
        }
        return makeError(QStringLiteral("codec.png-bad-signature"), CodecText::tr("The file is not a PNG image"));
    }
    QList<PngChunk> chunks;
    qsizetype offset = kSignatureSize;
    for (;;) {
        Result<PngChunk> chunk = readChunk(png, offset, limits);
        if (!chunk) {
            return chunk.error();
        }
        const bool first = chunks.isEmpty();
        if (first != (chunk->type == "IHDR")) {
            return malformed(first ? CodecText::tr("The PNG image does not start with IHDR")
                                   : CodecText::tr("Duplicate PNG IHDR chunk"),
                             offset);
        }
        offset += chunk->size();
        chunks.append(*chunk);
        if (chunk->type == "IEND") {
            if (!chunk->data.isEmpty()) {
                return malformed(CodecText::tr("The PNG IEND chunk is not empty"), chunk->offset);
            }
            return chunks;
        }
    }
}

bool isPngTextChunk(const PngChunk &chunk)
{
    return chunk.type == "tEXt" || chunk.type == "zTXt" || chunk.type == "iTXt";
}

Result<PngText> parsePngText(const PngChunk &chunk, const PngLimits &limits)
{
    if (!isPngTextChunk(chunk)) {
        return badText(CodecText::tr("The PNG chunk %1 is not a text chunk").arg(typeName(chunk.type)));
    }
    QByteArrayView rest;
    Result<QByteArrayView> keyword = takeKeyword(chunk.data, rest);
    if (!keyword) {
        return keyword.error();
    }
    PngText result;
    result.keyword = keyword->toByteArray();
    if (chunk.type == "tEXt") {
        result.type = PngTextType::Text;
        result.text = rest.toByteArray();
        return result;
    }
    if (chunk.type == "zTXt") {
        result.type = PngTextType::Compressed;
        result.compressed = true;
        if (rest.isEmpty() || rest[0] != 0) {
            return badText(CodecText::tr("Unknown zTXt compression method"));
        }
        Result<QByteArray> text = inflateText(rest.sliced(1), limits);
        if (!text) {
            return text.error();
        }
        result.text = std::move(text).value();
        return result;
    }
    result.type = PngTextType::International;
    return parseInternational(std::move(result), rest, limits);
}

Result<std::optional<PngText>> findPngText(QByteArrayView png, QByteArrayView keyword, const PngLimits &limits)
{
    Result<QList<PngChunk>> chunks = readPngChunks(png, limits);
    if (!chunks) {
        return chunks.error();
    }
    for (const PngChunk &chunk : *chunks) {
        if (!isPngTextChunk(chunk) || !chunk.data.startsWith(keyword) || chunk.data.size() <= keyword.size() ||
            chunk.data[keyword.size()] != '\0') {
            continue;
        }
        Result<PngText> text = parsePngText(chunk, limits);
        if (!text) {
            return text.error();
        }
        return std::optional<PngText>(std::move(text).value());
    }
    return std::optional<PngText>();
}

Result<QByteArray> bakePngText(QByteArrayView png, QByteArrayView keyword, QByteArrayView utf8Text,
                               const PngBakeOptions &options)
{
    if (!isValidKeyword(keyword)) {
        return badText(CodecText::tr("Invalid PNG text keyword"), QString::fromLatin1(keyword));
    }
    if (!isValidUtf8(utf8Text) || !isValidUtf8(options.translatedKeyword.toUtf8())) {
        return badText(CodecText::tr("The text to bake is not valid UTF-8"));
    }
    if (options.languageTag.contains('\0') || options.translatedKeyword.contains(QChar(0))) {
        return badText(CodecText::tr("Invalid iTXt language tag or translated keyword"));
    }
    Result<QList<PngChunk>> chunks = readPngChunks(png);
    if (!chunks) {
        return chunks.error();
    }
    QByteArray data;
    data.append(keyword);
    data.append('\0');
    data.append(options.compress ? '\1' : '\0');
    data.append('\0');
    data.append(options.languageTag);
    data.append('\0');
    data.append(options.translatedKeyword.toUtf8());
    data.append('\0');
    data.append(options.compress ? deflate(utf8Text, Compression::Zlib, 9) : utf8Text.toByteArray());
    if (data.size() > Limits::kMaxPngChunkBytes) {
        return makeError(QStringLiteral("codec.too-large"), CodecText::tr("The text to bake is too large"));
    }

    const PngChunk &header = chunks->front();
    QByteArray out;
    out.reserve(png.size() + data.size() + 12);
    out.append(png.first(header.offset + header.size()));
    out.append(makeChunk("iTXt", data));
    qsizetype copied = header.offset + header.size();
    for (const PngChunk &chunk : *chunks) {
        const bool replaced = isPngTextChunk(chunk) && chunk.data.startsWith(keyword) &&
                              chunk.data.size() > keyword.size() && chunk.data[keyword.size()] == '\0';
        if (replaced) {
            out.append(png.sliced(copied, chunk.offset - copied));
            copied = chunk.offset + chunk.size();
        }
    }
    out.append(png.sliced(copied));
    if (out.size() > Limits::kMaxImageBytes) {
        return makeError(QStringLiteral("codec.too-large"), CodecText::tr("The baked image would be too large"));
    }
    return out;
}

} // namespace Credfolio::Codec
