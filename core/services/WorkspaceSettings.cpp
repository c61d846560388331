// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/WorkspaceSettings.h"

#include "core/services/Workspace.h"
#include "core/store/Library.h"
#include "core/verify/IssuerRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
constexpr qint64 kMaxRegistryFileBytes = 16 * 1024 * 1024;
}

namespace Credfolio::Services {

WorkspaceSettings::WorkspaceSettings(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool WorkspaceSettings::isOffline() const
{
    return m_workspace.isOffline();
}

Result<void> WorkspaceSettings::setOffline(bool offline)
{
    return m_workspace.setOffline(offline);
}

bool WorkspaceSettings::isFetchingDocuments() const
{
    return m_workspace.isFetchingDocuments();
}

Result<void> WorkspaceSettings::setFetchingDocuments(bool fetching)
{
    return m_workspace.setFetchingDocuments(fetching);
}

Result<QList<TrustedIssuer>> WorkspaceSettings::trustedIssuers() const
{
    const Result<QList<Store::IssuerInfo>> issuers = m_workspace.library().issuers();
    if (!issuers)
        return issuers.error();
    QList<TrustedIssuer> trusted;
    for (const Store::IssuerInfo &issuer : *issuers) {
        if (issuer.trusted)
            trusted.append(TrustedIssuer{issuer.id, issuer.name, issuer.count});
    }
    return trusted;
}

Result<void> WorkspaceSettings::setIssuerTrusted(const QString &issuerId, bool trusted)
{
    return m_workspace.setIssuerTrusted(issuerId, QString(), trusted);
}

QList<RegistrySummary> WorkspaceSettings::registries() const
{
    QList<RegistrySummary> summaries;
    for (const Verify::IssuerRegistry &registry : m_workspace.trust()->registries())
        summaries.append(RegistrySummary{registry.source, registry.name, int(registry.issuers.size())});
    return summaries;
}

Result<RegistrySummary> WorkspaceSettings::addRegistryFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            QStringLiteral("verify.registry-unreadable"),
            QCoreApplication::translate("Credfolio::Services", "The issuer registry %1 could not be opened.")
                .arg(QFileInfo(path).fileName()),
            path + QLatin1String(": ") + file.errorString());
    // Read once: the registry and the text the library keeps are the same bytes.
    const QByteArray text = file.read(kMaxRegistryFileBytes + 1);
    if (text.size() > kMaxRegistryFileBytes)
        return makeError(QStringLiteral("verify.registry-invalid"),
                         QCoreApplication::translate("Credfolio::Services", "The issuer registry %1 is too large.")
                             .arg(QFileInfo(path).fileName()),
                         path);
    const Result<Verify::IssuerRegistry> registry =
        Verify::IssuerRegistry::fromJson(text, path, QFileInfo(path).completeBaseName());
    if (!registry)
        return registry.error();
    if (const Result<void> added = m_workspace.addRegistry(*registry, text); !added)
        return added.error();
    return RegistrySummary{registry->source, registry->name, int(registry->issuers.size())};
}

Result<void> WorkspaceSettings::removeRegistry(const QString &source)
{
    return m_workspace.removeRegistry(source);
}

QString WorkspaceSettings::libraryPath() const
{
    return m_workspace.library().path();
}

Result<void> WorkspaceSettings::backupTo(const QString &file) const
{
    return m_workspace.library().backupTo(file);
}

Result<void> WorkspaceSettings::restore(const QString &backupFile, const QString &libraryPath)
{
    return Store::Library::restore(backupFile, libraryPath);
}

} // namespace Credfolio::Services
