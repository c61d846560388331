// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/store/KeychainTestSupport.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusVirtualObject>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTextStream>

namespace Credfolio::Test {

ThrowawayHome::ThrowawayHome()
{
    const QDir root(m_dir.path());
    for (const char *folder : {"home", "data", "config", "cache", "runtime"})
        root.mkpath(QLatin1String(folder));
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool ThrowawayHome::isValid() const
{
    return m_dir.isValid();
}

QProcessEnvironment ThrowawayHome::environment(const QString &busAddress) const
{
    const QDir root(m_dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    // No X11 display to autolaunch a bus from.
    environment.remove(QStringLiteral("DISPLAY"));
    return environment;
}

BusWithoutSecretService::BusWithoutSecretService(const QString &folder)
{
    const QString socket = QDir(folder).filePath(QStringLiteral("bus"));
    const QString configPath = QDir(folder).filePath(QStringLiteral("bus.conf"));
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly))
        return;
    // Like the standard session bus configuration, minus every service directory.
    config.write(QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)")
                     .arg(socket)
                     .toUtf8());
    config.close();
    m_daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + configPath,
                                                   QStringLiteral("--nofork"), QStringLiteral("--print-address")});
    if (!m_daemon.waitForStarted(10'000))
        return;
    while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(10'000)) {
    }
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
}

BusWithoutSecretService::~BusWithoutSecretService()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5'000))
            m_daemon.kill();
        m_daemon.waitForFinished(5'000);
    }
}

namespace {

class NeverAnswers : public QDBusVirtualObject {
public:
    QString introspect(const QString &) const override { return {}; }
    // Claims every call and sends no reply, so the caller waits.
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

} // namespace

SilentSecretService::SilentSecretService(const QString &address)
    : m_object(std::make_unique<NeverAnswers>())
    , m_connectionName(QStringLiteral("silent-secret-service"))
{
    QDBusConnection bus = QDBusConnection::connectToBus(address, m_connectionName);
    m_valid = bus.isConnected() && bus.registerService(QStringLiteral("org.freedesktop.secrets")) &&
              bus.registerVirtualObject(QStringLiteral("/"), static_cast<QDBusVirtualObject *>(m_object.get()),
                                        QDBusConnection::SubPath);
}

SilentSecretService::~SilentSecretService()
{
    QDBusConnection::disconnectFromBus(m_connectionName);
}

ChildOutcome runChild(const QStringList &arguments, const QProcessEnvironment &environment)
{
    ChildOutcome outcome;
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), QStringList{QLatin1String(keychainChildArgument)} + arguments);
    if (!child.waitForFinished(120'000)) {
        child.kill();
        child.waitForFinished();
        return outcome;
    }
    outcome.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    outcome.standardError = child.readAllStandardError();
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        QStringList fields = QString::fromUtf8(line).split(QLatin1Char('\t'));
        if (fields.size() < 2)
            continue;
        const QString name = fields.takeFirst();
        outcome.lines.insert(name, fields);
    }
    return outcome;
}

void printChildLine(const QStringList &fields)
{
    QTextStream out(stdout);
    out << fields.join(QLatin1Char('\t')) << '\n';
    out.flush();
}

QList<QByteArray> secretForms(const QByteArray &secret)
{
    return {secret, secret.toHex(), secret.toHex().toUpper(), secret.toBase64(),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

QStringList regularFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (it.fileInfo().isFile() && !it.fileInfo().isSymLink())
            files.append(path);
    }
    return files;
}

QStringList filesContaining(const QStringList &roots, const QList<QByteArray> &needles)
{
    QStringList found;
    for (const QString &root : roots) {
        for (const QString &path : regularFiles(root)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : needles) {
                if (content.contains(needle)) {
                    found.append(path);
                    break;
                }
            }
        }
    }
    return found;
}

} // namespace Credfolio::Test
