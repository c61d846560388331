// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Multibase.h"

#include "core/codec/Base58.h"
#include "core/codec/Base64Url.h"

#include <QCoreApplication>

namespace Credfolio::Codec {

QByteArray multibaseEncode(Multibase base, QByteArrayView bytes)
{
    switch (base) {
    case Multibase::Base58Btc:
        return 'z' + base58btcEncode(bytes);
    case Multibase::Base64Url:
        return 'u' + base64UrlEncode(bytes);
    }
    Q_UNREACHABLE();
    return {};
}

Result<QByteArray> multibaseDecode(QByteArrayView text)
{
    const QString code = QStringLiteral("codec.bad-multibase");
    if (text.isEmpty()) {
        return makeError(code, QCoreApplication::translate("Credfolio::Codec", "Empty multibase text"));
    }
    const QByteArrayView body = text.sliced(1);
    Result<QByteArray> decoded = QByteArray();
    switch (text[0]) {
    case 'z':
        decoded = base58btcDecode(body);
        break;
    case 'u':
        decoded = base64UrlDecode(body);
        break;
    default: {
        const auto byte = static_cast<unsigned char>(text[0]);
        const QString shown = byte >= 0x21 && byte < 0x7f ? QStringLiteral("'%1'").arg(QChar(byte))
                                                          : QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
        return makeError(code, QCoreApplication::translate("Credfolio::Codec",
                                                           "Unsupported multibase prefix %1 (expected 'z' or 'u')")
                                   .arg(shown));
    }
    }
    if (!decoded) {
        return makeError(code, QCoreApplication::translate("Credfolio::Codec", "Invalid multibase text"),
                         decoded.error().toString());
    }
    return decoded;
}

} // namespace Credfolio::Codec
