// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/StatusChecks.h"

#include "core/net/DocumentSource.h"

#include <QCoreApplication>

namespace Credfolio::Verify::StatusChecks {

namespace {

// Lists are a few hundred kilobytes compressed; 8 MiB leaves room for 1EdTech lists of many ids.
constexpr qint64 kMaxListBytes = 8 * 1024 * 1024;

} // namespace

Check unchecked(const QString &code, const QString &detail)
{
    return makeCheck(QString::fromLatin1(CheckId::Status), CheckStatus::Warn,
                     QCoreApplication::translate("Credfolio::Verify", "Revocation status could not be checked."),
                     detail, code);
}

Check revoked(const QString &reason, const QString &detail)
{
    const QString message =
        reason.isEmpty()
            ? QCoreApplication::translate("Credfolio::Verify", "Has been revoked by its issuer.")
            : QCoreApplication::translate("Credfolio::Verify", "Has been revoked by its issuer: %1").arg(reason);
    return makeCheck(QString::fromLatin1(CheckId::Status), CheckStatus::Fail, message, detail,
                     QStringLiteral("verify.revoked"));
}

Check suspended(const QString &detail)
{
    return makeCheck(QString::fromLatin1(CheckId::Status), CheckStatus::Fail,
                     QCoreApplication::translate("Credfolio::Verify", "Has been suspended by its issuer."), detail,
                     QStringLiteral("verify.suspended"));
}

Check passed(bool revocationChecked, bool suspensionChecked, const QString &detail)
{
    QString message;
    if (revocationChecked && suspensionChecked) {
        message = QCoreApplication::translate("Credfolio::Verify", "Has not been revoked or suspended.");
    } else if (suspensionChecked) {
        message = QCoreApplication::translate("Credfolio::Verify", "Has not been suspended.");
    } else {
        message = QCoreApplication::translate("Credfolio::Verify", "Has not been revoked.");
    }
    return makeCheck(QString::fromLatin1(CheckId::Status), CheckStatus::Pass, message, detail);
}

Check nothingToCheck(const QString &detail)
{
    return makeCheck(
        QString::fromLatin1(CheckId::Status), CheckStatus::Skip,
        QCoreApplication::translate("Credfolio::Verify", "This credential has no revocation list to check."), detail);
}

Result<Net::RemoteDocument> fetchList(const Net::DocumentSource *documents, const QString &url,
                                      const QStringList &contentTypes)
{
    const QUrl listUrl(url, QUrl::StrictMode);
    if (!listUrl.isValid() || listUrl.isRelative()) {
        return makeError(QStringLiteral("verify.status-list-invalid"), {},
                         QStringLiteral("status list URL \"%1\" is not an absolute URL").arg(url));
    }
    if (!documents) {
        return makeError(QStringLiteral("verify.status-unavailable"), {},
                         QStringLiteral("%1 not fetched: no document source (offline)").arg(url));
    }
    Result<Net::RemoteDocument> document =
        documents->fetch(listUrl, Net::FetchOptions{contentTypes, kMaxListBytes, false});
    if (!document) {
        const Error &cause = document.error();
        return makeError(QStringLiteral("verify.status-unavailable"), cause.message,
                         QStringLiteral("%1 could not be fetched: %2 %3").arg(url, cause.code, cause.detail).trimmed());
    }
    return document;
}

void noteAsOf(QDateTime &oldest, const Net::RemoteDocument &document)
{
    if (document.fromCache && document.fetchedAt.isValid() && (!oldest.isValid() || document.fetchedAt < oldest)) {
        oldest = document.fetchedAt.toUTC();
    }
}

QString asOfSuffix(const Net::RemoteDocument &document)
{
    if (!document.fromCache || !document.fetchedAt.isValid()) {
        return {};
    }
    return QStringLiteral("; as of ") + document.fetchedAt.toUTC().toString(Qt::ISODate);
}

} // namespace Credfolio::Verify::StatusChecks
