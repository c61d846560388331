// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QStringList>

class QSqlDatabase;

namespace Credfolio::Store {

/// One step of the library schema: the statements that take a database from `version - 1` to `version`.
/// Published migrations are never edited (a library in the wild may be at any version); a change is a
/// new migration appended to the list. See docs/library-schema.md.
struct Migration {
    int version = 0;
    QStringList statements;
};

/// Every migration, in order (version 1, 2, ...).
const QList<Migration> &migrations();

/// The schema version this build writes: the last migration's.
int latestSchemaVersion();

/// `PRAGMA application_id` of a Credfolio library ("CRDF").
inline constexpr int applicationId = 0x43524446;

/// Applies every migration newer than the file's `PRAGMA user_version`, each in its own transaction
/// (statements + the new user_version commit together, so a crash leaves the file at the previous
/// version). store.schema-too-new when the file is newer than this build; store.migration-failed when a
/// statement fails (that migration is rolled back).
Result<void> applyMigrations(QSqlDatabase &db, const QString &path);

} // namespace Credfolio::Store
