// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// SHA-2 digests through OpenSSL's EVP interface. Pure and thread-safe.
namespace Credfolio::Crypto {

/// The 32-byte SHA-256 digest of `data`.
QByteArray sha256(QByteArrayView data);

/// The 48-byte SHA-384 digest of `data`.
QByteArray sha384(QByteArrayView data);

} // namespace Credfolio::Crypto
