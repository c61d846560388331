// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Inflate.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace Credfolio::Codec {

namespace {

int windowBits(Compression format)
{
    switch (format) {
    case Compression::Zlib:
        return MAX_WBITS;
    case Compression::Gzip:
        return MAX_WBITS + 16;
    case Compression::Raw:
        return -MAX_WBITS;
    }
    return MAX_WBITS;
}

Error badData(const QString &detail)
{
    return makeError(QStringLiteral("codec.bad-compressed-data"),
                     QCoreApplication::translate("Credfolio::Codec", "The compressed data is corrupt or incomplete"),
                     detail);
}

Error tooLarge(qsizetype maxOutput)
{
    return makeError(
        QStringLiteral("codec.too-large"),
        QCoreApplication::translate("Credfolio::Codec", "The compressed data expands to more than %1 bytes")
            .arg(maxOutput),
        QStringLiteral("limit %1 bytes").arg(maxOutput));
}

constexpr qsizetype kChunk = 1 << 30; // zlib counts in uInt; feed at most 1 GiB at a time

// Owns a z_stream set up for inflating; ends it on every path.
class InflateStream {
public:
    explicit InflateStream(Compression format) { m_status = inflateInit2(&m_stream, windowBits(format)); }
    ~InflateStream()
    {
        if (m_status == Z_OK) {
            inflateEnd(&m_stream);
        }
    }
    InflateStream(const InflateStream &) = delete;
    InflateStream &operator=(const InflateStream &) = delete;

    bool ok() const { return m_status == Z_OK; }
    z_stream &stream() { return m_stream; }

private:
    z_stream m_stream{};
    int m_status = Z_STREAM_ERROR;
};

QString zlibReason(const z_stream &stream, int status)
{
    return stream.msg ? QString::fromLatin1(stream.msg) : QStringLiteral("zlib status %1").arg(status);
}

} // namespace

Result<QByteArray> inflate(QByteArrayView data, Compression format, qsizetype maxOutput)
{
    InflateStream guard(format);
    if (!guard.ok()) {
        return badData(QStringLiteral("inflateInit2 failed"));
    }
    z_stream &stream = guard.stream();
    maxOutput = std::max<qsizetype>(maxOutput, 0);

    QByteArray out;
    qsizetype produced = 0;
    qsizetype inputUsed = 0;
    // Start near the likely size and double; never past maxOutput.
    qsizetype capacity = std::min(maxOutput, std::max<qsizetype>(16 * 1024, data.size() * 4));
    char probe = 0;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (produced == out.size() && out.size() < maxOutput) {
            const qsizetype next = out.isEmpty() ? capacity : std::min(maxOutput, out.size() * 2);
            out.resize(next);
        }
        const bool probing = produced == maxOutput;
        const qsizetype inChunk = std::min(kChunk, data.size() - inputUsed);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + inputUsed));
        stream.avail_in = static_cast<uInt>(inChunk);
        const qsizetype outChunk = probing ? 1 : std::min(kChunk, out.size() - produced);
        stream.next_out = reinterpret_cast<Bytef *>(probing ? &probe : out.data() + produced);
        stream.avail_out = static_cast<uInt>(outChunk);

        status = ::inflate(&stream, Z_NO_FLUSH);
        const qsizetype wrote = outChunk - static_cast<qsizetype>(stream.avail_out);
        inputUsed += inChunk - static_cast<qsizetype>(stream.avail_in);
        if (probing && wrote > 0) {
            return tooLarge(maxOutput);
        }
        produced += wrote;
        if (status == Z_STREAM_END) {
            break;
        }
        if (status == Z_BUF_ERROR && inputUsed == data.size() && stream.avail_out > 0) {
            return badData(QStringLiteral("the stream ends early (after %1 input bytes)").arg(data.size()));
        }
        if (status != Z_OK && status != Z_BUF_ERROR) {
            return badData(zlibReason(stream, status));
        }
    }
    if (inputUsed != data.size()) {
        return badData(QStringLiteral("%1 bytes after the end of the compressed stream").arg(data.size() - inputUsed));
    }
    out.truncate(produced);
    return out;
}

QByteArray deflate(QByteArrayView data, Compression format, int level)
{
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, windowBits(format), 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(std::min(data.size(), kChunk)))));
    qsizetype produced = 0;
    qsizetype inputUsed = 0;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (produced == out.size()) {
            out.resize(out.size() * 2);
        }
        const qsizetype inChunk = std::min(kChunk, data.size() - inputUsed);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + inputUsed));
        stream.avail_in = static_cast<uInt>(inChunk);
        const qsizetype outChunk = std::min(kChunk, out.size() - produced);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        stream.avail_out = static_cast<uInt>(outChunk);
        const bool last = inputUsed + inChunk == data.size();
        status = ::deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
        produced += outChunk - static_cast<qsizetype>(stream.avail_out);
        inputUsed += inChunk - static_cast<qsizetype>(stream.avail_in);
        if (status != Z_OK && status != Z_BUF_ERROR && status != Z_STREAM_END) {
            deflateEnd(&stream);
            return {};
        }
    }
    deflateEnd(&stream);
    out.truncate(produced);
    return out;
}

QByteArray gzip(QByteArrayView data)
{
    return deflate(data, Compression::Gzip);
}

} // namespace Credfolio::Codec
