// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/did/ControllerDocument.h"
#include "core/net/RemoteDocument.h"

namespace Credfolio::Did {

/// Reads a controller document (DID Core §5, CID 1.0 §2) whose `id` must be `expectedId`:
/// - `verificationMethod` and the five relationships (assertionMethod, authentication, keyAgreement,
///   capabilityInvocation, capabilityDelegation) are arrays when present; relationship entries are method ids
///   (absolute, or "#fragment" relative to the document id) or embedded method objects;
/// - every method object has a string `id` (unique in the document), `type` and absolute `controller`;
/// - at most Limits::kMaxMethods methods and Limits::kMaxRelationshipEntries entries per relationship.
/// Keys are decoded here (methodKey()); a method whose key Credfolio cannot use keeps a null key rather than
/// failing the document, which may have other, usable methods. Errors: did.bad-document.
Result<ControllerDocument> parseControllerDocument(const QJsonObject &json, const QString &expectedId);

/// The same for a fetched document: strict JSON (json/ reader, size and depth limits) first; fetchedAt and
/// fromCache are taken from `document`.
Result<ControllerDocument> parseFetchedDocument(const Net::RemoteDocument &document, const QString &expectedId);

} // namespace Credfolio::Did
