// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"

/// The errors of the DID module, one builder per code. Messages are translated (context "Credfolio::Did") and
/// name the DID or URL; details are untranslated facts.
namespace Credfolio::Did::Errors {

/// did.bad-did: not a DID or URL Credfolio can resolve (syntax, IP address hosts, bad encodings).
Error badDid(const QString &did, const QString &detail);
/// did.unsupported-method: a DID method (did:ion, did:ethr, ...) or URL scheme Credfolio does not resolve.
Error unsupportedMethod(const QString &did, const QString &method);
/// did.unsupported-key: a key Credfolio cannot verify signatures with (secp256k1, BLS, X25519, RSA did:key, ...).
Error unsupportedKey(const QString &subject, const QString &detail);
/// did.bad-document: the fetched document is not a usable controller document.
Error badDocument(const QString &url, const QString &detail);
/// did.redirected-elsewhere: fetching the document at `url` was redirected to another host (`finalUrl`); a did:web
/// or https controller document is trusted only from the host its identifier names.
Error redirectedElsewhere(const QString &url, const QString &finalUrl);
/// did.method-not-found: the document defines no method with that id.
Error methodNotFound(const QString &methodUrl, const QString &documentId);
/// did.method-not-authorized: the method is not listed under the relationship asked for.
Error methodNotAuthorized(const QString &methodUrl, const QString &relationship);
/// did.method-controller-mismatch: the method names another controller than the document.
Error controllerMismatch(const QString &methodUrl, const QString &controller, const QString &documentId);
/// did.bad-key: the key material does not decode (the crypto error is in the detail).
Error badKey(const QString &subject, const QString &detail);
/// did.no-network-source: the DID needs a fetch and the resolver has no DocumentSource.
Error noNetworkSource(const QString &did);

} // namespace Credfolio::Did::Errors
