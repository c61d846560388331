// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/StoreErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Credfolio::Store {

Error openError(const QString &path, const QString &detail)
{
    return makeError(QStringLiteral("store.open-failed"),
                     QCoreApplication::translate("Credfolio::Store", "Your library %1 cannot be opened").arg(path),
                     detail);
}

Error schemaTooNewError(const QString &path, int fileVersion, int supportedVersion)
{
    return makeError(
        QStringLiteral("store.schema-too-new"),
        QCoreApplication::translate("Credfolio::Store", "Your library %1 was saved by a newer version of Credfolio. "
                                                        "Update Credfolio to open it; it was left unchanged")
            .arg(path),
        QStringLiteral("schema version %1, this build supports up to %2").arg(fileVersion).arg(supportedVersion));
}

Error migrationError(const QString &path, int version, const QString &detail)
{
    return makeError(
        QStringLiteral("store.migration-failed"),
        QCoreApplication::translate("Credfolio::Store", "Your library %1 could not be upgraded; it was left unchanged")
            .arg(path),
        QStringLiteral("migration %1: %2").arg(version).arg(detail));
}

Error queryError(const QString &detail)
{
    return makeError(QStringLiteral("store.query-failed"),
                     QCoreApplication::translate("Credfolio::Store", "Your library could not be read or saved"),
                     detail);
}

Error queryError(const QSqlQuery &query)
{
    return queryError(query.lastError().text() + QStringLiteral(" [") + query.lastQuery() + QStringLiteral("]"));
}

Error notFoundError(const QString &what)
{
    return makeError(QStringLiteral("store.not-found"),
                     QCoreApplication::translate("Credfolio::Store", "This item is no longer in your library"), what);
}

Error badNameError()
{
    return makeError(QStringLiteral("store.bad-name"),
                     QCoreApplication::translate("Credfolio::Store", "A name cannot be empty"));
}

Error notALibraryError(const QString &path, const QString &detail)
{
    return makeError(QStringLiteral("store.not-a-library"),
                     QCoreApplication::translate("Credfolio::Store", "%1 is not a Credfolio library backup").arg(path),
                     detail);
}

Error backupError(const QString &path, const QString &detail)
{
    return makeError(QStringLiteral("store.backup-failed"),
                     QCoreApplication::translate("Credfolio::Store", "The backup %1 could not be written").arg(path),
                     detail);
}

} // namespace Credfolio::Store
