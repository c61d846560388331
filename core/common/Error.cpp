// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/Error.h"

namespace Credfolio {

QString Error::toString() const
{
    if (detail.isEmpty()) {
        return message;
    }
    return message + QStringLiteral(" (") + detail + QLatin1Char(')');
}

Error makeError(const QString &code, const QString &message, const QString &detail)
{
    return Error{code, message, detail};
}

} // namespace Credfolio
