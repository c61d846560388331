// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sqlite/ThreadConnections.h"

#include <QMutexLocker>
#include <QSqlError>

#include <atomic>

namespace Credfolio::Sqlite {
namespace {

std::atomic<quint64> g_nextSerial{1};

// A serial per thread that is never reused (thread ids are), so a connection name cannot be inherited
// by a later thread.
quint64 threadSerial()
{
    thread_local const quint64 serial = g_nextSerial.fetch_add(1);
    return serial;
}

} // namespace

ThreadConnections::ThreadConnections(QString databasePath, const QString &purpose)
    : m_databasePath(std::move(databasePath))
    , m_prefix(purpose + QLatin1Char('.') + QString::number(g_nextSerial.fetch_add(1)) + QLatin1Char('.'))
{
}

ThreadConnections::~ThreadConnections()
{
    const QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_names)) {
        QSqlDatabase::removeDatabase(name);
    }
}

Connection ThreadConnections::connection(const std::function<QString(QSqlDatabase &)> &prepare) const
{
    const QString name = m_prefix + QString::number(threadSerial());
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            return {db, {}};
        }
    }
    {
        const QMutexLocker locker(&m_mutex);
        if (!m_names.contains(name)) {
            m_names.append(name);
        }
    }
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_databasePath);
    // Several threads (and processes) write the same file: wait for a lock rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        return {db, db.lastError().text()};
    }
    if (const QString failure = prepare(db); !failure.isEmpty()) {
        db.close();
        return {db, failure};
    }
    return {db, {}};
}

} // namespace Credfolio::Sqlite
