// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for the pathway reader: never crashes; a pathway that reads, written back, reads again.
#include "core/pathways/PathwayReader.h"
#include "core/pathways/PathwayWriter.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Credfolio;
    const auto read = Pathways::readPathway(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!read) {
        return 0;
    }
    const QByteArray written = QJsonDocument(Pathways::writePathway(read->pathway)).toJson(QJsonDocument::Compact);
    if (!Pathways::readPathway(written)) {
        std::abort();
    }
    return 0;
}
