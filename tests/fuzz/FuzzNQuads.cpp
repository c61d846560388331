// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the N-Quads reader: never crashes; what reads, written back, reads as the same dataset.
#include "core/rdf/NQuads.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Credfolio;
    const auto dataset = Rdf::parseNQuads(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!dataset) {
        return 0;
    }
    const auto again = Rdf::parseNQuads(Rdf::serializeNQuads(*dataset));
    if (!again || *again != *dataset) {
        std::abort();
    }
    return 0;
}
