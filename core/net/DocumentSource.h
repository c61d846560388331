// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/net/RemoteDocument.h"

namespace Credfolio::Net {

/// Where core modules get remote documents (issuer profiles, DID documents, keys, status lists, hosted
/// assertions). Blocking: call it from a worker thread (verification and import run on QtConcurrent
/// workers), never from the GUI thread. Implementations are thread-safe.
///
/// Errors (Error::code): net.offline (offline mode and not cached), net.timeout, net.too-large,
/// net.http-status (when !acceptErrorStatus), net.content-type, net.redirects, net.insecure-url,
/// net.tls, net.unreachable.
class DocumentSource {
public:
    virtual ~DocumentSource() = default;
    virtual Result<RemoteDocument> fetch(const QUrl &url, const FetchOptions &options = {}) const = 0;
};

} // namespace Credfolio::Net
