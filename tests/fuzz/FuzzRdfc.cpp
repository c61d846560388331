// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for RDFC-1.0: never crashes, ends within its work limits, and canonical output is a fixed
// point (canonicalizing it again gives the same bytes).
#include "core/rdf/Canonicalizer.h"
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
    const auto canonical = Rdf::canonicalize(*dataset);
    if (!canonical) {
        return 0; // too complex: a clear error is the expected outcome
    }
    const auto reparsed = Rdf::parseNQuads(canonical->nquads);
    const auto again = reparsed ? Rdf::canonicalize(*reparsed) : Credfolio::Result<Rdf::CanonResult>(reparsed.error());
    if (!again || again->nquads != canonical->nquads) {
        std::abort();
    }
    return 0;
}
