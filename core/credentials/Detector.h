// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/credentials/Credential.h"

#include <QByteArrayView>
#include <QUrl>

namespace Credfolio::Credentials {

/// What detect() found in a piece of input: the container, the credential text inside it and its format.
struct Detection {
    Format format = Format::VcJsonLd;
    Container container = Container::Json;
    Kind kind = Kind::Badge;
    /// The credential text inside the container, exactly: the JSON text, the compact JWS (without surrounding
    /// whitespace), the baked chunk text or SVG element content / `verify` value, or the URL text.
    QByteArray payload;
    /// The credential JSON: the JSON object, or for a JWS the decoded payload (VC-JWT `vc` claim layout: the
    /// whole payload; the reader picks `vc`). Empty when the payload is only a URL.
    QJsonObject json;
    QJsonObject jwtHeader; ///< for a JWS: the decoded header
    /// When the credential is only referenced (a bare URL import, an OB 1.x PNG tEXt chunk or an SVG
    /// `verify` URL with no content): the http(s) URL to fetch it from.
    QUrl url;
    QString bakedKeyword; ///< PNG keyword or SVG element namespace that carried the badge; empty if not baked
};

/// Detects the format of `bytes` from their content alone (never a file name): JSON-LD VC (CLR when the type
/// has ClrCredential), compact JWS (VC-JWT or OB 2.0 signed assertion), OB 2.0/1.x assertion JSON, a bare
/// http(s) URL, or a PNG/SVG image with a baked badge, whose payload is detected in turn (one level).
///
/// Errors (stable codes): credentials.empty, credentials.too-large, credentials.not-a-credential,
/// credentials.presentation, credentials.badgeclass-not-assertion, credentials.issuer-profile,
/// credentials.malformed-jws, credentials.unsupported-url, credentials.png-without-badge,
/// credentials.svg-without-badge, credentials.nested-image, credentials.ambiguous-badge (a PNG with two badge chunks
/// of one keyword); json.* and codec.* codes of a text or image that
/// cannot be read are kept, with a sentence of this module as the message. Pure; thread-safe.
Result<Detection> detect(QByteArrayView bytes);

} // namespace Credfolio::Credentials
