// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for status lists: decoding an arbitrary `encodedList` in both forms, then reading entries of
// every width. Wider reads must agree with the bits they cover; reads past the end must be refused.
#include "core/verify/StatusList.h"

#include <cstdint>
#include <cstdlib>

namespace {

using Credfolio::Verify::StatusList;

void checkReads(const StatusList &list, size_t seed)
{
    const auto bitCount = quint64(list.bitCount());
    for (const int statusSize : {1, 2, 3, 8, 32}) {
        const quint64 entries = bitCount / quint64(statusSize);
        if (list.value(entries, statusSize)) {
            std::abort(); // past the end
        }
        if (entries == 0) {
            continue;
        }
        for (const quint64 index : {quint64(0), entries - 1, quint64(seed) % entries}) {
            const Credfolio::Result<quint32> value = list.value(index, statusSize);
            if (!value) {
                std::abort();
            }
            quint32 fromBits = 0;
            for (int bit = 0; bit < statusSize; ++bit) {
                fromBits = (fromBits << 1) | list.value(index * quint64(statusSize) + quint64(bit)).value();
            }
            if (fromBits != *value) {
                std::abort();
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Credfolio::Verify;
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // A small cap keeps each run fast; the cap itself is what a decompression bomb meets.
    constexpr qsizetype kCap = 1024 * 1024;
    for (const StatusListFormat format : {StatusListFormat::Bitstring, StatusListFormat::StatusList2021}) {
        const Credfolio::Result<StatusList> list = StatusList::decode(input, format, kCap);
        if (!list) {
            continue;
        }
        if (list->bits().size() > kCap || list->bitCount() == 0 ||
            (format == StatusListFormat::Bitstring && list->bitCount() < StatusList::kMinBitstringBits)) {
            std::abort();
        }
        checkReads(*list, size);
    }
    return 0;
}
