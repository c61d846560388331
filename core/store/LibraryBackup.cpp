// SPDX-License-Identifier: GPL-3.0-or-later
// Library::backupTo and Library::restore.
#include "core/store/Library.h"
#include "core/store/Migrations.h"
#include "core/store/SqlSupport.h"
#include "core/store/StoreErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace Credfolio::Store {
namespace {

// A name for a temporary file in the same folder as `target`, so that rename() is atomic.
QString siblingTemp(const QString &target)
{
    return target + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128);
}

void removeSidecars(const QString &databasePath)
{
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    QFile::remove(databasePath + QStringLiteral("-journal"));
}

Result<void> syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return backupError(path, file.errorString());
    }
    if (::fsync(file.handle()) != 0) {
        return backupError(path, QStringLiteral("fsync failed"));
    }
    return {};
}

// rename(2): replaces `to` atomically (QFile::rename refuses an existing target).
Result<void> replaceFile(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return backupError(to, QStringLiteral("rename failed: ") + QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

// Opens `path` on a private connection and checks that it is a healthy Credfolio library this build can
// open. Returns its schema version.
Result<int> checkLibraryFile(const QString &path, const QString &shownPath)
{
    const QString name = QStringLiteral("credfolio.store.restore.") + QUuid::createUuid().toString(QUuid::Id128);
    Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result = notALibraryError(shownPath, db.lastError().text());
        } else {
            auto scalar = [&](const QString &sql) -> QVariant {
                Result<QSqlQuery> query = Sql::run(db, sql);
                return query && query->next() ? query->value(0) : QVariant();
            };
            const QVariant integrity = scalar(QStringLiteral("PRAGMA integrity_check"));
            const QVariant application = scalar(QStringLiteral("PRAGMA application_id"));
            const int version = scalar(QStringLiteral("PRAGMA user_version")).toInt();
            if (integrity.toString() != QLatin1String("ok")) {
                result = notALibraryError(shownPath,
                                          QStringLiteral("integrity_check: ") +
                                              (integrity.isValid() ? integrity.toString() : db.lastError().text()));
            } else if (application.toInt() != applicationId || version < 1) {
                result = notALibraryError(
                    shownPath,
                    QStringLiteral("application_id %1, user_version %2").arg(application.toInt()).arg(version));
            } else if (version > latestSchemaVersion()) {
                result = schemaTooNewError(shownPath, version, latestSchemaVersion());
            } else {
                result = version;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Result<void> Library::backupTo(const QString &file) const
{
    const Result<QSqlDatabase> db = connection();
    if (!db) {
        return db.error();
    }
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath())) {
        return backupError(file, QStringLiteral("cannot create folder ") + info.absolutePath());
    }
    const QString temp = siblingTemp(info.absoluteFilePath());
    {
        // VACUUM INTO accepts an existing empty file, so the copy gets owner-only permissions from the start.
        QFile empty(temp);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return backupError(file, empty.errorString());
        }
    }
    // One read transaction: a consistent snapshot even while an import commits.
    const Result<QSqlQuery> vacuumed = Sql::run(*db, QStringLiteral("VACUUM INTO ?"), {temp});
    Result<void> result = vacuumed ? syncFile(temp) : Result<void>(backupError(file, vacuumed.error().detail));
    if (result) {
        result = replaceFile(temp, info.absoluteFilePath());
    }
    if (!result) {
        QFile::remove(temp);
    }
    return result;
}

Result<void> Library::restore(const QString &backupFile, const QString &libraryPath)
{
    if (!QFileInfo::exists(backupFile)) {
        return notALibraryError(backupFile, QStringLiteral("no such file"));
    }
    const QFileInfo target(libraryPath);
    if (!QDir().mkpath(target.absolutePath())) {
        return backupError(libraryPath, QStringLiteral("cannot create folder ") + target.absolutePath());
    }
    // Checked on a copy next to the library, so the backup itself is never touched and the final step is
    // one rename.
    const QString temp = siblingTemp(target.absoluteFilePath());
    Result<void> result;
    if (!QFile::copy(backupFile, temp)) {
        result = backupError(libraryPath, QStringLiteral("cannot copy ") + backupFile);
    } else if (!QFile::setPermissions(temp, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        result = backupError(libraryPath, QStringLiteral("cannot set permissions"));
    } else if (const Result<int> version = checkLibraryFile(temp, backupFile); !version) {
        result = version.error();
    } else {
        removeSidecars(temp);
        result = syncFile(temp);
        if (result) {
            // A -wal left by the old library would be replayed into the new file: remove it first.
            removeSidecars(target.absoluteFilePath());
            result = replaceFile(temp, target.absoluteFilePath());
        }
    }
    if (!result) {
        QFile::remove(temp);
        removeSidecars(temp);
    }
    return result;
}

} // namespace Credfolio::Store
