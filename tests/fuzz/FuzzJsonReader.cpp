// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the strict JSON reader and JCS: reading never crashes, and the JCS form of anything that
// reads is itself valid JSON whose JCS form is the same bytes (canonicalization is idempotent).
#include "core/json/Jcs.h"
#include "core/json/JsonReader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Credfolio;
    const auto value = Json::parse(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!value) {
        return 0;
    }
    const auto canonical = Json::canonicalize(*value);
    if (!canonical) {
        std::abort(); // everything the reader accepts is representable in JCS
    }
    const auto again = Json::parse(*canonical);
    if (!again || Json::canonicalize(*again).value_or(QByteArray()) != *canonical) {
        std::abort();
    }
    return 0;
}
