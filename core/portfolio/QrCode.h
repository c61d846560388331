// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QList>

namespace Credfolio::Portfolio {

/// A QR code symbol (libqrencode, error correction level M, 8-bit mode), without its quiet zone.
class QrCode {
public:
    /// Encodes UTF-8 text. Errors: portfolio.qr-failed (too long for a QR code, or out of memory).
    static Result<QrCode> encode(const QByteArray &text);

    int size() const { return m_size; } ///< modules per side
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace Credfolio::Portfolio
