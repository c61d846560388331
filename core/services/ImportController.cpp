// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/ImportController.h"

#include "core/services/Workspace.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace Credfolio::Services {

ImportController::ImportController(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    m_runner.setMaxThreadCount(1);
    m_workers.setMaxThreadCount(2);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportController::deliver);
}

ImportController::~ImportController()
{
    m_cancel = true;
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool ImportController::begin()
{
    if (m_running)
        return false;
    m_cancel = false;
    {
        const QMutexLocker lock(&m_progressMutex);
        m_reported = 0;
    }
    m_running = true;
    emit runningChanged(true);
    return true;
}

ImportProgress ImportController::progressCallback()
{
    // Workers finish inputs in any order; counting here, under the lock that also orders the posted events,
    // makes `done` arrive on the GUI thread as 1, 2, 3, ...
    return [this](int, int total, const QString &current) {
        const QMutexLocker lock(&m_progressMutex);
        const int done = ++m_reported;
        QMetaObject::invokeMethod(
            this, [this, done, total, current] { emit progress(done, total, current); }, Qt::QueuedConnection);
    };
}

bool ImportController::start(const ImportRequest &request)
{
    if (request.isEmpty() || !begin())
        return false;
    m_watcher.setFuture(QtConcurrent::run(&m_runner, [this, request, report = progressCallback()] {
        Outcome outcome;
        Result<ImportSummary> summary = m_workspace.importBatch(request, m_workers, report, m_cancel);
        if (summary)
            outcome.summary = std::move(summary).value();
        else
            outcome.error = summary.error();
        return outcome;
    }));
    return true;
}

bool ImportController::reverify(const QList<qint64> &ids)
{
    if (ids.isEmpty() || !begin())
        return false;
    m_watcher.setFuture(QtConcurrent::run(&m_runner, [this, ids, report = progressCallback()] {
        Outcome outcome;
        outcome.isReverify = true;
        const Result<int> verified = m_workspace.reverify(ids, m_workers, report, m_cancel);
        if (verified)
            outcome.verified = *verified;
        else
            outcome.error = verified.error();
        return outcome;
    }));
    return true;
}

void ImportController::cancel()
{
    m_cancel = true;
}

bool ImportController::isRunning() const
{
    return m_running;
}

void ImportController::waitForFinished()
{
    if (!m_running)
        return;
    m_watcher.waitForFinished();
    // The watcher reports through the event loop: deliver the progress still queued, then the outcome.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    deliver();
}

void ImportController::deliver()
{
    if (!m_running)
        return;
    const Outcome outcome = m_watcher.result();
    m_running = false;
    const bool cancelled = m_cancel.load();
    emit runningChanged(false);
    if (outcome.error)
        emit failed(*outcome.error);
    else if (outcome.isReverify)
        emit reverified(outcome.verified, cancelled);
    else
        emit finished(outcome.summary);
}

} // namespace Credfolio::Services
