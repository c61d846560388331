// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/DocumentCache.h"

namespace Credfolio::Net {

QString cacheKey(const QUrl &url)
{
    QUrl key = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    const QString scheme = key.scheme().toLower();
    if ((scheme == QLatin1String("https") && key.port() == 443) ||
        (scheme == QLatin1String("http") && key.port() == 80)) {
        key.setPort(-1);
    }
    if (key.path().isEmpty() && !key.host().isEmpty()) {
        key.setPath(QStringLiteral("/"));
    }
    return key.toString(QUrl::FullyEncoded);
}

} // namespace Credfolio::Net
