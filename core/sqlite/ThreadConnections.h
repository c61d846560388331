// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Credfolio::Sqlite {

/// A connection and, when it could not be opened or prepared, why (the driver's or the preparation's words).
struct Connection {
    QSqlDatabase db;
    QString failure;
    bool isOpen() const { return failure.isEmpty(); }
};

/// One SQLite connection per thread to one database file: a QSqlDatabase may only be used by the thread that
/// opened it. Connections are opened on first use and removed with this object.
class ThreadConnections {
public:
    /// `purpose` names the connections ("credfolio.store.library"); each instance gets names of its own.
    ThreadConnections(QString databasePath, const QString &purpose);
    ~ThreadConnections();
    ThreadConnections(const ThreadConnections &) = delete;
    ThreadConnections &operator=(const ThreadConnections &) = delete;

    /// The calling thread's open connection. A new connection waits up to 10 s for another writer's lock and
    /// is passed to `prepare` (pragmas, tables), which returns what went wrong or an empty string; a
    /// connection that fails there is closed again.
    Connection connection(const std::function<QString(QSqlDatabase &)> &prepare) const;

    const QString &databasePath() const { return m_databasePath; }

private:
    QString m_databasePath;
    QString m_prefix;
    mutable QMutex m_mutex;
    mutable QStringList m_names;
};

} // namespace Credfolio::Sqlite
