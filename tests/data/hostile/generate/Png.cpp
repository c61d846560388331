// SPDX-License-Identifier: GPL-3.0-or-later
#include "Png.h"

#include "core/codec/Inflate.h"

#include <QtEndian>

#include <zlib.h>

namespace Credfolio::Hostile {

namespace {

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

} // namespace

QByteArray pngChunk(QByteArrayView type, QByteArrayView data)
{
    const QByteArray typeAndData = type.toByteArray() + data.toByteArray();
    const uLong crc = crc32(crc32(0L, nullptr, 0), reinterpret_cast<const Bytef *>(typeAndData.constData()),
                            uInt(typeAndData.size()));
    return bigEndian32(quint32(data.size())) + typeAndData + bigEndian32(quint32(crc));
}

QByteArray minimalPng()
{
    QByteArray ihdr = bigEndian32(1) + bigEndian32(1);
    ihdr.append(char(8));               // bit depth
    ihdr.append(char(0));               // greyscale
    ihdr.append(3, '\0');               // compression, filter, interlace
    const QByteArray scanline(2, '\0'); // filter byte 0, one black pixel
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) +
           pngChunk("IDAT", Codec::deflate(scanline, Codec::Compression::Zlib)) + pngChunk("IEND", {});
}

QByteArray insertBeforeIend(const QByteArray &png, const QByteArray &chunk)
{
    return png.first(png.size() - 12) + chunk + png.last(12);
}

QByteArray itxtData(QByteArrayView keyword, QByteArrayView text, bool compressed)
{
    QByteArray data = keyword.toByteArray();
    data.append('\0');
    data.append(compressed ? char(1) : char(0));
    data.append('\0');    // compression method
    data.append(2, '\0'); // language tag, translated keyword
    data.append(compressed ? Codec::deflate(text, Codec::Compression::Zlib, 9) : text.toByteArray());
    return data;
}

} // namespace Credfolio::Hostile
