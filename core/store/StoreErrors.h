// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

class QSqlQuery;

namespace Credfolio::Store {

/// store.open-failed: the library file cannot be opened or prepared.
Error openError(const QString &path, const QString &detail);
/// store.schema-too-new: the file was written by a newer Credfolio.
Error schemaTooNewError(const QString &path, int fileVersion, int supportedVersion);
/// store.migration-failed: an upgrade of the file failed and was rolled back.
Error migrationError(const QString &path, int version, const QString &detail);
/// store.query-failed: a read or write of the library failed (detail: the SQLite message).
Error queryError(const QString &detail);
/// store.query-failed with the failing query's error text.
Error queryError(const QSqlQuery &query);
/// store.not-found: no credential (or collection, pathway, issuer) with this id.
Error notFoundError(const QString &what);
/// store.bad-name: an empty tag or collection name.
Error badNameError();
/// store.not-a-library: a file offered for restore is not a healthy Credfolio library.
Error notALibraryError(const QString &path, const QString &detail);
/// store.backup-failed: the backup or restore could not be written.
Error backupError(const QString &path, const QString &detail);

} // namespace Credfolio::Store
