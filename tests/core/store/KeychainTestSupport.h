// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Helpers for the keychain tests: the test executable re-runs itself as a child process in a desktop
// session without a usable keychain, and the tests then look through every file the session could have
// written for a secret in clear.
namespace Credfolio::Test {

/// The argument that starts a test executable in child mode: `TestX --keychain-child MODE ARGS...`.
inline constexpr char keychainChildArgument[] = "--keychain-child";

/// A throw-away HOME with XDG data, config, cache and runtime folders, for a child process.
class ThrowawayHome {
public:
    ThrowawayHome();
    bool isValid() const;
    QString root() const { return m_dir.path(); }
    /// The current environment with HOME and XDG_* pointing into this folder and the session bus at
    /// `busAddress`.
    QProcessEnvironment environment(const QString &busAddress) const;

private:
    QTemporaryDir m_dir;
};

/// A private D-Bus session bus on which nothing provides a Secret Service (no service directories).
class BusWithoutSecretService {
public:
    explicit BusWithoutSecretService(const QString &folder);
    ~BusWithoutSecretService();
    /// Empty when the daemon did not start.
    QString address() const { return m_address; }

private:
    QProcess m_daemon;
    QString m_address;
};

/// Takes the name org.freedesktop.secrets on the bus at `address` and never answers a call: a Secret
/// Service that hangs.
class SilentSecretService {
public:
    explicit SilentSecretService(const QString &address);
    ~SilentSecretService();
    bool isValid() const { return m_valid; }

private:
    std::unique_ptr<QObject> m_object;
    QString m_connectionName;
    bool m_valid = false;
};

struct ChildOutcome {
    int exitCode = -1;
    QHash<QString, QStringList> lines; ///< first tab-separated field -> the other fields
    QByteArray standardError;
};

/// Runs this test executable as `--keychain-child arguments...` in `environment` and waits for it.
ChildOutcome runChild(const QStringList &arguments, const QProcessEnvironment &environment);

/// Writes one tab-separated line to standard output (used by child modes).
void printChildLine(const QStringList &fields);

/// The forms a secret could be written in: raw, hex (both cases), base64 and base64url.
QList<QByteArray> secretForms(const QByteArray &secret);

/// The regular files under `roots` (recursively, hidden ones included) that contain any of `needles`.
QStringList filesContaining(const QStringList &roots, const QList<QByteArray> &needles);

/// The regular files under `root`, recursively, hidden ones included.
QStringList regularFiles(const QString &root);

} // namespace Credfolio::Test
