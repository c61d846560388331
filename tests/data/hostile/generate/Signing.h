// SPDX-License-Identifier: GPL-3.0-or-later
// Signing helpers of the hostile-suite generator: Data Integrity proofs and compact JWS, with real keys.
#pragma once

#include "core/crypto/Ed25519SigningKey.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Credfolio::Hostile {

/// An Ed25519 key from a fixed label (seed = SHA-256 of the label) and its did:key names.
struct Signer {
    Crypto::Ed25519SigningKey key;
    QString multikey; ///< z6Mk...
    QString didKey() const { return QStringLiteral("did:key:") + multikey; }
    QString didKeyMethod() const { return didKey() + QLatin1Char('#') + multikey; }
};

Signer signerFromLabel(const QString &label);

/// What a Data Integrity proof says besides its value.
struct ProofSpec {
    QString cryptosuite = QStringLiteral("eddsa-rdfc-2022");
    QString verificationMethod;
    QString proofPurpose = QStringLiteral("assertionMethod");
    QString created = QStringLiteral("2026-11-01T00:00:00Z");
};

/// `document` with a `proof` made by `signer` as `spec` says (eddsa-rdfc-2022 or eddsa-jcs-2022). Empty object
/// when the document cannot be canonicalized (the error is written to `error`).
QJsonObject signDataIntegrity(const QJsonObject &document, const ProofSpec &spec, const Signer &signer, QString *error);

/// The proof object alone (for proof sets).
QJsonObject dataIntegrityProof(const QJsonObject &document, const ProofSpec &spec, const Signer &signer,
                               QString *error);

/// header.payload.signature with arbitrary header bytes and signature bytes (base64url-encoded here).
QByteArray compactJws(const QByteArray &headerJson, const QByteArray &payload, const QByteArray &signature);

/// The JWS signing input for header and payload as they will be written.
QByteArray signingInput(const QByteArray &headerJson, const QByteArray &payload);

/// JSON text of an object, compact.
QByteArray compactJson(const QJsonObject &object);

} // namespace Credfolio::Hostile
