// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/codec/Limits.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

/// PNG chunk reading and text-chunk baking (Open Badges 2.0/3.0 and CLR badges). Pure functions,
/// thread-safe.
///
/// Error codes: `codec.png-bad-signature` (not a PNG), `codec.png-truncated` (the data ends inside a chunk
/// or before IEND), `codec.png-bad-crc` (the message names the chunk), `codec.png-malformed` (IHDR not
/// first, bad chunk type, IEND not empty), `codec.too-large` (file, chunk or decompressed text over its
/// limit), `codec.png-bad-text` (malformed tEXt/zTXt/iTXt, invalid keyword, iTXt text not UTF-8),
/// `codec.bad-compressed-data` (corrupt zTXt/iTXt compressed text).
namespace Credfolio::Codec {

/// The keywords under which badges are baked.
namespace PngKeyword {
inline constexpr char OpenBadges2[] = "openbadges";                  ///< OB 2.0 (and 1.x: tEXt with a URL)
inline constexpr char OpenBadgeCredential[] = "openbadgecredential"; ///< OB 3.0
inline constexpr char ClrCredential[] = "clrcredential";             ///< CLR 2.0
} // namespace PngKeyword

/// Limits applied when reading; the defaults come from Limits.h.
struct PngLimits {
    qsizetype maxFileBytes = Limits::kMaxImageBytes;
    qsizetype maxChunkBytes = Limits::kMaxPngChunkBytes;
    qsizetype maxTextBytes = Limits::kMaxPngTextBytes; ///< after decompression
};

/// One chunk. Both views point into the buffer given to readPngChunks(): valid only while it lives.
struct PngChunk {
    QByteArrayView type; ///< 4 ASCII letters, e.g. "IHDR"
    QByteArrayView data;
    qsizetype offset = 0;                               ///< of the chunk's length field in the file
    qsizetype size() const { return 12 + data.size(); } ///< length + type + data + CRC
};

/// The chunks of a PNG, in file order, IHDR first and IEND last; every CRC checked. Bytes after IEND are
/// ignored (and kept by bakePngText()).
Result<QList<PngChunk>> readPngChunks(QByteArrayView png, const PngLimits &limits = {});

enum class PngTextType {
    Text,          ///< tEXt: Latin-1
    Compressed,    ///< zTXt: zlib-compressed Latin-1
    International, ///< iTXt: UTF-8, compressed or not
};

/// The content of a text chunk.
struct PngText {
    PngTextType type = PngTextType::International;
    QByteArray keyword;        ///< Latin-1, 1-79 bytes
    QByteArray text;           ///< exactly as stored (decompressed): Latin-1 for tEXt/zTXt, UTF-8 for iTXt
    bool compressed = false;   ///< zTXt, or iTXt with compression flag 1
    QByteArray languageTag;    ///< iTXt only
    QString translatedKeyword; ///< iTXt only

    /// The text as a string (decoded from Latin-1 or UTF-8 according to the type).
    QString toString() const;
};

/// True for tEXt, zTXt and iTXt chunks.
bool isPngTextChunk(const PngChunk &chunk);

/// Parses a tEXt, zTXt or iTXt chunk; compressed text is inflated with a cap of limits.maxTextBytes.
Result<PngText> parsePngText(const PngChunk &chunk, const PngLimits &limits = {});

/// The first text chunk (tEXt, zTXt or iTXt) whose keyword is exactly `keyword`, or nullopt when there is
/// none. The whole file is read and checked first (signature, CRCs, truncation), so a damaged image is an
/// error even when the badge chunk itself is intact.
Result<std::optional<PngText>> findPngText(QByteArrayView png, QByteArrayView keyword, const PngLimits &limits = {});

/// How bakePngText() writes the text.
struct PngBakeOptions {
    bool compress = false; ///< iTXt compression flag 1 (zlib); the badge specifications use 0
    QByteArray languageTag;
    QString translatedKeyword;
};

/// `png` with an iTXt chunk `keyword` = `utf8Text` placed right after IHDR; every existing text chunk
/// with that keyword is removed and every other chunk (and any bytes after IEND) is kept byte-identical.
/// `utf8Text` must be valid UTF-8 and the keyword 1-79 printable Latin-1 characters without leading,
/// trailing or doubled spaces (`codec.png-bad-text`). findPngText() on the result gives `utf8Text` back.
Result<QByteArray> bakePngText(QByteArrayView png, QByteArrayView keyword, QByteArrayView utf8Text,
                               const PngBakeOptions &options = {});

} // namespace Credfolio::Codec
