// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/portfolio/QrCode.h"

#include <QCoreApplication>
#include <qrencode.h>

#include <memory>

namespace Credfolio::Portfolio {

Result<QrCode> QrCode::encode(const QByteArray &text)
{
    // 8-bit mode encodes the bytes as they are (the string mode may switch to Kanji or alphanumeric segments).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!symbol) {
        return makeError(
            QStringLiteral("portfolio.qr-failed"),
            QCoreApplication::translate("Credfolio::Portfolio",
                                        "A QR code could not be made for one of the credentials."),
            QStringLiteral("QRcode_encodeData failed for %1 bytes (errno %2)").arg(text.size()).arg(errno));
    }
    QrCode code;
    code.m_size = symbol->width;
    code.m_modules.reserve(qsizetype(symbol->width) * symbol->width);
    for (int i = 0; i < symbol->width * symbol->width; ++i) {
        code.m_modules.append((symbol->data[i] & 1) != 0);
    }
    return code;
}

} // namespace Credfolio::Portfolio
