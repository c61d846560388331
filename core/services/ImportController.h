// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/services/ImportPreparation.h"
#include "core/services/ImportRequest.h"
#include "core/services/ImportSummary.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace Credfolio::Services {

class Workspace;

/// Runs import batches and re-verifications of a Workspace off the GUI thread and reports back on the thread the
/// controller lives in (queued signals): progress while it runs, then exactly one of finished / reverified /
/// failed.
///
/// One job at a time: start() and reverify() refuse (return false, nothing happens) while a job runs. The GUI
/// disables its import actions on runningChanged(true) rather than letting batches pile up behind a long one
/// the learner may be about to cancel.
///
/// The Workspace must outlive the controller; destroying a running controller cancels the job and waits for it.
class ImportController : public QObject {
    Q_OBJECT

public:
    explicit ImportController(Workspace &workspace, QObject *parent = nullptr);
    ~ImportController() override;

    /// Reads, verifies and stores `request` (Workspace::importBatch). False when a job is running or the request
    /// is empty.
    bool start(const Credfolio::Services::ImportRequest &request);
    /// Verifies these credentials again (Workspace::reverify). False when a job is running or `ids` is empty.
    bool reverify(const QList<qint64> &ids);
    /// Asks the running job to stop; an import then stores nothing (finished() with `cancelled`).
    void cancel();
    bool isRunning() const;
    /// Blocks until the running job is done and its signals are delivered (for shutdown and tests).
    void waitForFinished();

    Workspace &workspace() const { return m_workspace; }

    /// Worker threads that read and verify (2 by default); change before start().
    QThreadPool &workers() { return m_workers; }

signals:
    void runningChanged(bool running);
    /// `done` of `total` inputs handled, `current` the one just finished; `done` rises by one each time.
    void progress(int done, int total, const QString &current);
    void finished(const Credfolio::Services::ImportSummary &summary);
    /// How many credentials were verified again (fewer than asked when cancelled).
    void reverified(int count, bool cancelled);
    void failed(const Credfolio::Error &error);

private:
    struct Outcome {
        bool isReverify = false;
        std::optional<Error> error;
        ImportSummary summary;
        int verified = 0;
    };

    bool begin();
    ImportProgress progressCallback();
    void deliver();

    Workspace &m_workspace;
    QThreadPool m_runner; ///< one thread that runs the blocking Workspace call
    QThreadPool m_workers;
    QFutureWatcher<Outcome> m_watcher;
    std::atomic<bool> m_cancel{false};
    QMutex m_progressMutex;
    int m_reported = 0;
    bool m_running = false;
};

} // namespace Credfolio::Services
