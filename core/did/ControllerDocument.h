// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PublicKey.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Credfolio::Did {

/// The verification relationships a verifier asks for (CID 1.0 §2.3).
enum class Relationship {
    AssertionMethod, ///< credentials and other claims (every proof on a credential)
    Authentication,  ///< logins, presentations
};

/// One verification method of a controller document.
struct VerificationMethod {
    QString id;   ///< absolute URL (relative "#key-1" ids resolved against the document id)
    QString type; ///< Multikey, Ed25519VerificationKey2020, Ed25519VerificationKey2018, JsonWebKey, JsonWebKey2020
    QString controller; ///< absolute
    /// The public key; null when the method's key is of a type Credfolio cannot verify with (X25519, secp256k1,
    /// unknown method types) or does not decode. Resolver::resolveMethod() says which.
    Crypto::PublicKey key;
    QJsonObject json; ///< the method object as found
};

/// A DID document or a CID 1.0 controller document (https URL).
struct ControllerDocument {
    QString id;
    QJsonObject json;
    QList<VerificationMethod> methods; ///< every method the document defines (verificationMethod + embedded ones)
    QStringList assertionMethod;       ///< absolute method ids listed (by reference or embedded)
    QStringList authentication;
    QDateTime fetchedAt;    ///< when fetched from its origin (cached copies keep their date); invalid when computed
    bool fromCache = false; ///< answered from cache/bundle rather than fresh network
    bool computed = false;  ///< did:key / did:jwk

    /// The method with this absolute id, or nullptr.
    const VerificationMethod *method(const QString &id) const
    {
        for (const VerificationMethod &candidate : methods) {
            if (candidate.id == id) {
                return &candidate;
            }
        }
        return nullptr;
    }

    /// The method ids listed under a relationship.
    const QStringList &listed(Relationship relationship) const
    {
        return relationship == Relationship::AssertionMethod ? assertionMethod : authentication;
    }
};

/// A method found by Resolver::resolveMethod(), with the document that defines it.
struct ResolvedMethod {
    VerificationMethod method;
    ControllerDocument document;
};

} // namespace Credfolio::Did
