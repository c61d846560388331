// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for JSON-LD expansion and toRdf with the bundled contexts: never crashes, never hangs.
#include "core/json/JsonReader.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/ToRdf.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Credfolio;
    const auto document = Json::parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document) {
        return 0;
    }
    const auto expanded = JsonLd::expand(*document);
    if (expanded) {
        (void)JsonLd::toRdf(expanded->expanded);
    }
    return 0;
}
