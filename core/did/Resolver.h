// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/did/ControllerDocument.h"
#include "core/did/DidWeb.h"
#include "core/net/DocumentSource.h"

namespace Credfolio::Did {

/// Resolves DIDs and controller-document URLs to documents, and verification-method URLs to checked keys
/// (standards.md §5.2, §9). Holds no state besides the DocumentSource, so one Resolver may be used from many
/// threads at once; it blocks while the source fetches (call it from worker threads).
///
/// Errors (Error::code): did.bad-did, did.unsupported-method, did.unsupported-key, did.bad-document,
/// did.method-not-found, did.method-not-authorized, did.method-controller-mismatch, did.bad-key,
/// did.no-network-source; net.* errors of the DocumentSource pass through unchanged.
class Resolver {
public:
    /// documents may be nullptr: then only did:key and did:jwk resolve; did:web/https give did.no-network-source.
    /// The source is not owned and must outlive the Resolver.
    explicit Resolver(const Net::DocumentSource *documents);

    /// did:key, did:jwk (computed), did:web (fetched), https:// controller documents (fetched). A fetched document's
    /// `id` must equal the DID or URL asked for. Thread-safe, blocking.
    Result<ControllerDocument> resolve(const QString &didOrUrl) const;

    /// CID 1.0 §3.3: split methodUrl at '#', resolve the document, find the method by full id, check
    /// document.id == document URL, method.controller == document id, method listed under `relationship`,
    /// key decodes and is a signing key. Each failure its own error code.
    Result<ResolvedMethod> resolveMethod(const QString &methodUrl, Relationship relationship) const;

private:
    Result<ControllerDocument> fetchDocument(const QString &didOrUrl, const QUrl &url) const;

    const Net::DocumentSource *m_documents;
};

} // namespace Credfolio::Did
