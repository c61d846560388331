// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the PNG reader: reading never crashes, and whatever reads as a PNG bakes and reads back.
#include "core/codec/PngChunks.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Credfolio::Codec;
    const QByteArrayView png(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    Credfolio::Codec::PngLimits limits;
    limits.maxTextBytes = 1 << 20;
    const Credfolio::Result<QList<PngChunk>> chunks = readPngChunks(png, limits);
    if (!chunks) {
        return 0;
    }
    for (const PngChunk &chunk : *chunks) {
        if (isPngTextChunk(chunk)) {
            (void)parsePngText(chunk, limits);
        }
    }
    const QByteArray text("{\"fuzz\":true}");
    const Credfolio::Result<QByteArray> baked = bakePngText(png, PngKeyword::OpenBadgeCredential, text);
    if (baked) {
        const Credfolio::Result<std::optional<PngText>> found = findPngText(*baked, PngKeyword::OpenBadgeCredential);
        if (!found || !found->has_value() || (*found)->text != text) {
            std::abort();
        }
    }
    return 0;
}
