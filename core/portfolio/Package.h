// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/net/RemoteDocument.h"
#include "core/portfolio/Portfolio.h"
#include "core/verify/VerificationReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Credfolio::Crypto {
class Ed25519SigningKey;
}

namespace Credfolio::Portfolio {

/// One credential in a package: its original bytes exactly as imported, and the learner's note for the reviewer.
struct PackagedCredential {
    QByteArray original;
    QString name; ///< for display before it is read
    QString note; ///< the learner's note for the reviewer (may be empty)
};

/// What a learner sends a career advisor (docs/package.md): credentials, pathways, the documents needed to
/// verify offline as of the day it was made, and a message. Never a key or any other secret.
struct PackageContents {
    QString id;          ///< urn:uuid:…
    QDateTime createdAt; ///< UTC; "as of" for the snapshot documents
    LearnerProfile profile;
    QString message; ///< the learner's note for the reviewer
    QList<PackagedCredential> credentials;
    QList<QByteArray> pathways;           ///< pathway documents (credfolio.pathway/1 JSON), as saved
    QList<Net::RemoteDocument> documents; ///< issuer documents, DID documents, keys, status lists, with fetch dates
};

/// A package read back: its contents, who signed it, and whether the signature holds.
struct OpenedPackage {
    PackageContents contents;
    QString holder; ///< the learner's did:key
    Verify::Check
        signature; ///< id "package-signature": pass, or fail with what is wrong (tampering is shown, not hidden)
    bool isAuthentic() const { return signature.status == Verify::CheckStatus::Pass; }
};

/// Writes the package as a Verifiable Presentation (JSON) whose holder is the did:key of `key`, signed with a
/// Data Integrity proof (eddsa-jcs-2022, so every byte is covered). Deterministic for the same inputs.
QByteArray writePackage(const PackageContents &contents, const Crypto::Ed25519SigningKey &key);

/// Reads a package and checks its signature. A package that parses but whose signature fails is returned
/// with a failing `signature` check (the reviewer must see what is there, flagged). Errors only when it is not a
/// Credfolio package at all: portfolio.package-invalid (detail says what), portfolio.package-too-large.
Result<OpenedPackage> readPackage(QByteArrayView bytes);

} // namespace Credfolio::Portfolio
