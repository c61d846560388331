// SPDX-License-Identifier: GPL-3.0-or-later
// A weak RSA key for the "RSA under 2048 bits" case (OpenSSL draws it; the generator throws it away).
#pragma once

#include <QByteArray>
#include <QJsonObject>

struct evp_pkey_st;

namespace Credfolio::Hostile {

/// An RSA key drawn by OpenSSL: its public JWK and RS256 signatures.
class RsaKey {
public:
    explicit RsaKey(int bits);
    ~RsaKey();
    RsaKey(const RsaKey &) = delete;
    RsaKey &operator=(const RsaKey &) = delete;
    QJsonObject publicJwk() const;
    QByteArray signRs256(const QByteArray &input) const;

private:
    ::evp_pkey_st *m_key = nullptr;
};

} // namespace Credfolio::Hostile
