// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

#include <QStringList>
#include <QUrl>

/// The errors of the network module, one builder per code of DocumentSource.h (and the bundle loader).
/// Messages are translated (context "Credfolio::Net") and name the URL; details are untranslated facts.
namespace Credfolio::Net::Errors {

Error offline(const QUrl &url);
Error timeout(const QUrl &url, int milliseconds);
Error tooLarge(const QUrl &url, qint64 limit);
Error httpStatus(const QUrl &url, int status, const QString &reason);
Error contentType(const QUrl &url, const QString &received, const QStringList &accepted);
Error tooManyRedirects(const QUrl &url, int limit);
Error redirectLoop(const QUrl &url, const QUrl &repeated);
Error insecureUrl(const QUrl &url);
Error insecureRedirect(const QUrl &url, const QUrl &target);
Error tls(const QUrl &url, const QString &detail);
Error unreachable(const QUrl &url, const QString &detail);

/// net.bundle-unreadable, net.bundle-invalid, net.bundle-path (a file outside the manifest's folder).
Error bundleUnreadable(const QString &path, const QString &detail);
Error bundleInvalid(const QString &path, const QString &detail);
Error bundlePath(const QString &manifestPath, const QString &file);

} // namespace Credfolio::Net::Errors
