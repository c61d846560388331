// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace Credfolio::Services {

class Workspace;

/// An issuer the learner marked as trusted.
struct TrustedIssuer {
    QString id;
    QString name;
    int credentialCount = 0;
};

/// An issuer registry the learner imported.
struct RegistrySummary {
    QString source; ///< the file it was read from (its key)
    QString name;
    int issuerCount = 0;
};

/// The settings a Workspace keeps in its library, as the Settings dialog sees them (the GUI never touches the
/// store or the registry reader directly). Every call is quick and meant for the GUI thread.
class WorkspaceSettings {
public:
    explicit WorkspaceSettings(Workspace &workspace);

    bool isOffline() const;
    Result<void> setOffline(bool offline);
    /// Whether verifying may fetch documents from the internet (see Workspace::setFetchingDocuments).
    bool isFetchingDocuments() const;
    Result<void> setFetchingDocuments(bool fetching);

    /// Trusted issuers, by name.
    Result<QList<TrustedIssuer>> trustedIssuers() const;
    Result<void> setIssuerTrusted(const QString &issuerId, bool trusted);

    /// In the order they were added.
    QList<RegistrySummary> registries() const;
    /// Reads a registry file (DCC or Credfolio format) and keeps it in the library, replacing one read from the
    /// same path. Errors: verify.registry-unreadable, verify.registry-invalid, store errors.
    Result<RegistrySummary> addRegistryFile(const QString &path);
    Result<void> removeRegistry(const QString &source);

    QString libraryPath() const;
    /// A consistent copy of the library (store.backup-failed).
    Result<void> backupTo(const QString &file) const;
    /// Replaces the library at `libraryPath` with a backup. Every Workspace on it must be closed first.
    static Result<void> restore(const QString &backupFile, const QString &libraryPath);

private:
    Workspace &m_workspace;
};

} // namespace Credfolio::Services
