// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/credentials/Credential.h"

#include <QByteArrayView>
#include <QUrl>

namespace Credfolio::Net {
class DocumentSource;
}

namespace Credfolio::Credentials {

/// How readCredential() may complete what the input only links to.
struct ReadOptions {
    /// Where linked documents come from (OB 2.0 BadgeClass and issuer profile named by URL, a hosted
    /// assertion named only by URL, remote images). Not owned; must outlive the call. nullptr: nothing is
    /// fetched, what is embedded is kept and a ReadWarning says what could not be resolved.
    const Net::DocumentSource *documents = nullptr;
    /// Fetch remote images of the credential and its issuer (only with `documents`).
    bool fetchImages = true;
};

/// Reads one credential from imported bytes (JSON, JWT/JWS text, a bare http(s) URL, a baked PNG or SVG):
/// detect() then the reader for that format. Never verifies anything: a credential with a broken or absent
/// proof, or a token with "alg": "none", is read; verification judges it later.
///
/// The result keeps `original` (= `bytes`, or for a URL import the fetched body) and `payload` (the
/// credential text inside the container, exactly). A CLR's embedded credentials are read into `embedded`.
/// Problems that do not stop reading are in `warnings`. Errors: those of detect(), and
/// credentials.url-not-fetched (a URL but no DocumentSource), net.* codes of a failed fetch of the
/// credential itself. Blocking when `options.documents` is set (call from a worker thread); thread-safe.
Result<Credential> readCredential(QByteArrayView bytes, const ReadOptions &options = {});

/// Fetches `url` through `options.documents` and reads what it serves (container Url, sourceUrl set).
Result<Credential> readCredentialFromUrl(const QUrl &url, const ReadOptions &options);

} // namespace Credfolio::Credentials
