// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/credentials/Credential.h"
#include "core/verify/VerificationReport.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Credfolio::Verify {

/// One issuer a registry lists.
struct RegistryIssuer {
    QString id; ///< a DID or an https URL, as the registry writes it
    QString name;
    QString url;
    QString location;
};

/// A list of known issuers with a name: a DCC issuer registry, a Credfolio registry file, or the learner's
/// own "Trusted by you" list. A plain value: const members may be called from several threads at once.
struct IssuerRegistry {
    QString name;                           ///< shown to learners ("DCC Community Registry")
    QString source;                         ///< where it came from (file path or URL); empty for the learner's own list
    QHash<QString, RegistryIssuer> issuers; ///< keyed by normalizedIssuerId(id)

    /// The entry for this issuer id (exact, after normalizedIssuerId), or nullopt.
    std::optional<RegistryIssuer> find(const QString &issuerId) const;
    /// Adds or replaces the entry with the same (normalized) id.
    void insert(const RegistryIssuer &issuer);
    bool remove(const QString &issuerId);

    /// Reads a registry in either format (see docs/issuer-registry.md):
    /// - DCC: {"meta": {"name"?, ...}, "registry": {"<issuer id>": {"name", "location"?, "url"?}}};
    /// - Credfolio: {"type": "credfolio.issuer-registry/1", "name", "issuers": [{"id", "name", "url"?,
    ///   "location"?}]}.
    /// The registry's name is meta.name / name, else `fallbackName`. Errors: verify.registry-invalid, the
    /// detail naming the JSON path of the problem ("$.issuers[2].id: missing or not a string").
    static Result<IssuerRegistry> fromJson(QByteArrayView bytes, const QString &source,
                                           const QString &fallbackName = {});
    /// Reads a registry file (fallback name: the file's base name). Errors: verify.registry-unreadable,
    /// and those of fromJson().
    static Result<IssuerRegistry> load(const QString &path);
};

/// The form issuer ids are compared in: exact, except that an https URL loses one trailing '/'.
QString normalizedIssuerId(const QString &issuerId);

/// The registries a learner uses, in order of preference, plus their own "Trusted by you" list.
/// A plain value: const members may be called from several threads at once (changes need the caller's lock).
class IssuerRegistrySet {
public:
    /// Where an issuer is listed: its entry in the first registry listing it, and the names of all of them.
    struct Listing {
        RegistryIssuer issuer;
        QStringList registryNames;
    };

    IssuerRegistrySet();

    /// Adds a registry (replacing one from the same non-empty source).
    void addRegistry(const IssuerRegistry &registry);
    bool removeRegistry(const QString &source);
    QList<IssuerRegistry> registries() const { return m_registries; }

    /// The learner's own list: trust an issuer id under a name, or take it back.
    void trust(const QString &issuerId, const QString &name);
    bool untrust(const QString &issuerId);
    const IssuerRegistry &trustedByYou() const { return m_trustedByYou; }

    /// Where issuerId is listed (registries first, then "Trusted by you"), or nullopt.
    std::optional<Listing> lookup(const QString &issuerId) const;

private:
    QList<IssuerRegistry> m_registries;
    IssuerRegistry m_trustedByYou;
};

/// The `issuer-trust` check (CheckId::IssuerTrust): Pass "Issued by <name>, listed in <registries>." when the
/// credential's issuer id is listed; Warn (verify.issuer-not-listed) otherwise. Never Fail: not being listed is
/// not "untrusted", and a valid signature never makes an issuer trusted. Thread-safe.
Check issuerTrustCheck(const Credentials::Credential &credential, const IssuerRegistrySet &registries);

} // namespace Credfolio::Verify
