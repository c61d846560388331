// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the portfolio package reader: whatever the bytes, reading never crashes, and a package that
// reads as authentic names its holder and carries a passing signature check.
#include "core/portfolio/Package.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Credfolio;
    const auto opened = Portfolio::readPackage(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!opened)
        return 0;
    if (opened->isAuthentic() && !opened->holder.startsWith(QLatin1String("did:key:")))
        std::abort();
    if (opened->signature.id != QLatin1String("package-signature"))
        std::abort();
    return 0;
}
