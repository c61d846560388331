// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/OpenSslSupport.h"

#include <QStringList>

#include <openssl/err.h>

namespace Credfolio::Crypto::Detail {

std::shared_ptr<EVP_PKEY> sharePkey(PkeyPtr pkey)
{
    return std::shared_ptr<EVP_PKEY>(pkey.release(), PkeyDeleter{});
}

QString takeOpenSslErrors()
{
    QStringList parts;
    char buffer[256];
    for (unsigned long code = ERR_get_error(); code != 0; code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts.append(QString::fromLatin1(buffer));
    }
    return parts.join(QStringLiteral("; "));
}

void clearOpenSslErrors()
{
    ERR_clear_error();
}

Error opensslError(const QString &code, const QString &message, const QString &detail)
{
    const QString queue = takeOpenSslErrors();
    if (queue.isEmpty())
        return makeError(code, message, detail);
    if (detail.isEmpty())
        return makeError(code, message, queue);
    return makeError(code, message, detail + QStringLiteral(" (") + queue + QLatin1Char(')'));
}

} // namespace Credfolio::Crypto::Detail
