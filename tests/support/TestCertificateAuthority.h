// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <memory>

namespace Credfolio::Test {

/// A server's certificate and private key, ready for QSslConfiguration (or TestWebServer).
struct TlsIdentity {
    QSslCertificate certificate;
    QSslKey privateKey;
};

/// A throw-away certificate authority made at test time with OpenSSL 3 (EC P-256 keys, SHA-256
/// signatures, valid from an hour ago for two days). Trust certificate() in the code under test (e.g.
/// Net::Fetcher::addTrustedCertificates) and give identities from issue() to TestWebServer. Nothing is
/// written to disk. A value type (copies share the key); thread-safe to use from several threads.
///
///     const TestCertificateAuthority ca;
///     TestWebServer server(ca.issue({"credentials.example.org"}));
class TestCertificateAuthority {
public:
    explicit TestCertificateAuthority(const QString &commonName = QStringLiteral("Credfolio Test CA"));

    /// The CA's own (self-signed) certificate.
    QSslCertificate certificate() const;

    /// A server certificate for these DNS names (the first one is also the subject's common name),
    /// signed by this CA, with serverAuth extended key usage. Fails the process (qFatal) if OpenSSL fails.
    TlsIdentity issue(const QStringList &dnsNames) const;

private:
    struct Keys;
    std::shared_ptr<const Keys> m_keys;
};

} // namespace Credfolio::Test
