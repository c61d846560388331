// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// Size limits of core/codec, in one place. They bound memory and time on hostile input: a credential
/// is a few kilobytes, a badge image a few megabytes, a status list a few hundred kilobytes compressed.
namespace Credfolio::Codec::Limits {

/// Longest base58btc text decoded (decoding is quadratic in the length). 4 KiB covers any key or signature.
inline constexpr qsizetype kMaxBase58Text = 4 * 1024;

/// Largest PNG or SVG file read or written (bytes).
inline constexpr qsizetype kMaxImageBytes = 64 * 1024 * 1024;
/// Largest single PNG chunk data length accepted (bytes; the format allows 2^31 - 1).
inline constexpr qsizetype kMaxPngChunkBytes = 32 * 1024 * 1024;
/// Largest text decompressed out of a zTXt or iTXt chunk (bytes); stops decompression bombs.
inline constexpr qsizetype kMaxPngTextBytes = 8 * 1024 * 1024;

/// Default cap on inflated status lists (bytes): 16 MiB is 134 million status entries.
inline constexpr qsizetype kMaxStatusListBytes = 16 * 1024 * 1024;

/// Deepest element nesting accepted in an SVG.
inline constexpr int kMaxSvgDepth = 256;

} // namespace Credfolio::Codec::Limits
