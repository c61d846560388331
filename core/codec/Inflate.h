// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>

/// Bounded decompression and compression (zlib). Pure functions, thread-safe.
namespace Credfolio::Codec {

/// The container around DEFLATE data.
enum class Compression {
    Zlib, ///< RFC 1950 (PNG zTXt / iTXt)
    Gzip, ///< RFC 1952 (status list `encodedList`)
    Raw,  ///< RFC 1951, no header
};

/// Decompresses one complete stream of `format`. The output never grows past `maxOutput` bytes: as soon as
/// the stream would produce more, decompression stops with `codec.too-large` (memory used stays bounded by
/// `maxOutput`, whatever the compressed data claims). A corrupt, truncated stream, a bad checksum or bytes
/// after the end of the stream give `codec.bad-compressed-data` (zlib's reason in the detail).
Result<QByteArray> inflate(QByteArrayView data, Compression format, qsizetype maxOutput);

/// Compresses `data` into `format` at zlib `level` (-1: zlib's default, 0-9).
QByteArray deflate(QByteArrayView data, Compression format = Compression::Zlib, int level = -1);

/// Shorthand for deflate(data, Compression::Gzip): what status lists carry.
QByteArray gzip(QByteArrayView data);

} // namespace Credfolio::Codec
