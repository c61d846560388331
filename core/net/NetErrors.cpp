// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/NetErrors.h"

#include <QCoreApplication>
#include <QLocale>

namespace Credfolio::Net::Errors {
namespace {

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

} // namespace

Error offline(const QUrl &url)
{
    return makeError(QStringLiteral("net.offline"),
                     QCoreApplication::translate("Credfolio::Net",
                                                 "Could not fetch %1: Credfolio is offline and has no saved copy of it")
                         .arg(shown(url)));
}

Error timeout(const QUrl &url, int milliseconds)
{
    const QString seconds = QLocale().toString(milliseconds / 1000.0, 'g', 3);
    return makeError(
        QStringLiteral("net.timeout"),
        QCoreApplication::translate("Credfolio::Net", "Could not fetch %1: the server took longer than %2 seconds")
            .arg(shown(url), seconds),
        QStringLiteral("timeout %1 ms").arg(milliseconds));
}

Error tooLarge(const QUrl &url, qint64 limit)
{
    return makeError(QStringLiteral("net.too-large"),
                     QCoreApplication::translate("Credfolio::Net", "Could not fetch %1: the document is larger than %2")
                         .arg(shown(url), QLocale().formattedDataSize(limit)),
                     QStringLiteral("limit %1 bytes").arg(limit));
}

Error httpStatus(const QUrl &url, int status, const QString &reason)
{
    return makeError(QStringLiteral("net.http-status"),
                     QCoreApplication::translate("Credfolio::Net", "Could not fetch %1: the server answered HTTP %2 %3")
                         .arg(shown(url), QString::number(status), reason)
                         .trimmed(),
                     QStringLiteral("HTTP %1").arg(status));
}

Error contentType(const QUrl &url, const QString &received, const QStringList &accepted)
{
    const QString got = received.isEmpty() ? QCoreApplication::translate("Credfolio::Net", "no type") : received;
    return makeError(QStringLiteral("net.content-type"),
                     QCoreApplication::translate("Credfolio::Net", "The document at %1 has the type %2, expected %3")
                         .arg(shown(url), got, accepted.join(QLatin1String(", "))));
}

Error tooManyRedirects(const QUrl &url, int limit)
{
    return makeError(QStringLiteral("net.redirects"),
                     QCoreApplication::translate("Credfolio::Net", "Could not fetch %1: more than %2 redirects")
                         .arg(shown(url), QString::number(limit)));
}

Error redirectLoop(const QUrl &url, const QUrl &repeated)
{
    return makeError(
        QStringLiteral("net.redirects"),
        QCoreApplication::translate("Credfolio::Net", "Could not fetch %1: the redirects go round in a loop")
            .arg(shown(url)),
        QStringLiteral("repeated %1").arg(repeated.toString()));
}

Error insecureUrl(const QUrl &url)
{
    return makeError(
        QStringLiteral("net.insecure-url"),
        QCoreApplication::translate("Credfolio::Net", "Refused to fetch %1: only https:// addresses are allowed")
            .arg(shown(url)));
}

Error insecureRedirect(const QUrl &url, const QUrl &target)
{
    return makeError(
        QStringLiteral("net.insecure-url"),
        QCoreApplication::translate("Credfolio::Net", "Refused to fetch %1: it redirects to the insecure address %2")
            .arg(shown(url), shown(target)));
}

Error tls(const QUrl &url, const QString &detail)
{
    return makeError(
        QStringLiteral("net.tls"),
        QCoreApplication::translate("Credfolio::Net", "Could not fetch %1: the secure connection could not be verified")
            .arg(shown(url)),
        detail);
}

Error unreachable(const QUrl &url, const QString &detail)
{
    return makeError(QStringLiteral("net.unreachable"),
                     QCoreApplication::translate("Credfolio::Net", "Could not fetch %1: the server cannot be reached")
                         .arg(shown(url)),
                     detail);
}

Error bundleUnreadable(const QString &path, const QString &detail)
{
    return makeError(QStringLiteral("net.bundle-unreadable"),
                     QCoreApplication::translate("Credfolio::Net", "Could not read the document bundle %1").arg(path),
                     detail);
}

Error bundleInvalid(const QString &path, const QString &detail)
{
    return makeError(QStringLiteral("net.bundle-invalid"),
                     QCoreApplication::translate("Credfolio::Net", "The document bundle %1 is not valid").arg(path),
                     detail);
}

Error bundlePath(const QString &manifestPath, const QString &file)
{
    return makeError(
        QStringLiteral("net.bundle-path"),
        QCoreApplication::translate("Credfolio::Net", "The document bundle %1 names the file %2 outside its folder")
            .arg(manifestPath, file));
}

} // namespace Credfolio::Net::Errors
