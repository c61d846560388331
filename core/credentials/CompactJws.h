// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

// Reading (not verifying) a compact JWS: header.payload.signature, each strict base64url; header and payload
// JSON objects read strictly. No algorithm policy here: a token with "alg": "none" reads fine, and
// verification refuses it later as a failed check. Internal to core/credentials.
namespace Credfolio::Credentials::Detail {

struct JwsParts {
    QJsonObject header;
    QJsonObject payload;
    QByteArray payloadBytes; ///< the decoded payload bytes
    QByteArray signature;    ///< the decoded signature (may be empty)
};

/// True when `text` is made only of base64url characters and dots, has a dot, and starts like an encoded JSON
/// object: it is meant to be a compact JWS (and is then either read or refused as malformed).
bool looksLikeJws(QByteArrayView text);

/// Splits and decodes a compact JWS. Errors: credentials.malformed-jws (the detail names the part and the
/// underlying codec/json code).
Result<JwsParts> splitJws(QByteArrayView token);

} // namespace Credfolio::Credentials::Detail
