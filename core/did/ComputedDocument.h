// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PublicKey.h"
#include "core/did/ControllerDocument.h"

#include <QJsonValue>
#include <QString>

namespace Credfolio::Did {

/// The one key a did:key or did:jwk stands for, as its method writes it.
struct ComputedKey {
    QString methodId;          ///< did + fragment
    QString methodType;        ///< Multikey, JsonWebKey2020
    QString keyProperty;       ///< publicKeyMultibase, publicKeyJwk
    QJsonValue keyValue;       ///< the key as written in the method object
    QString securityContext;   ///< the context that defines methodType
    bool keyAgreement = false; ///< also listed under keyAgreement
};

/// The DID document computed from a DID that is its own key: one verification method, listed under every
/// verification relationship (and keyAgreement when asked).
ControllerDocument computedDocument(const QString &did, const ComputedKey &key, const Crypto::PublicKey &publicKey);

} // namespace Credfolio::Did
