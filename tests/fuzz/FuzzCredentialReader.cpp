// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for detection and every credential reader (JSON-LD, JWT, OB 2.0, CLR, baked PNG/SVG), offline.
#include "core/credentials/CredentialReader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)Credfolio::Credentials::readCredential(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
