// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QThread>

#include <chrono>

namespace Credfolio::Store {

/// One QtKeychain job to run. Internal to SecretStore.
struct KeychainRequest {
    enum class Kind { Read, Write, Remove };
    Kind kind = Kind::Read;
    QString service;
    QString key;
    QByteArray data; ///< Write only
};

/// What the job reported: QtKeychain's error code and text, and for reads the value.
struct KeychainReply {
    int error = 0; ///< QKeychain::Error; 0 is NoError
    QString errorString;
    QByteArray data;
    bool timedOut = false; ///< the job did not finish in time; its late result is dropped
};

/// The one thread of the process on which every QtKeychain job runs.
///
/// Why one dedicated thread: QtKeychain jobs start through a queued call and finish through signals, so the
/// thread that starts them must run an event loop; its JobExecutor is a process-wide singleton that stays
/// bound to the thread that first used it; and the libsecret backend completes on the GLib main context of
/// that thread. Callers (the GUI thread, QtConcurrent workers without an event loop) hand the job over and
/// block on a future, so no nested event loop is ever spun on the caller's thread.
class KeychainThread {
public:
    /// The process-wide instance, started on first use and stopped at exit.
    static KeychainThread &instance();

    KeychainThread();
    ~KeychainThread();
    KeychainThread(const KeychainThread &) = delete;
    KeychainThread &operator=(const KeychainThread &) = delete;

    /// Runs the job on the keychain thread and blocks the calling thread until it finishes or `timeout`
    /// passes. Thread-safe; must not be called from the keychain thread itself.
    KeychainReply run(const KeychainRequest &request, std::chrono::milliseconds timeout);

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread; parent of the running jobs
};

} // namespace Credfolio::Store
