// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestCertificateAuthority.h"

#include <QtGlobal>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Credfolio::Test {
namespace {

struct KeyDeleter {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct CertDeleter {
    void operator()(X509 *cert) const { X509_free(cert); }
};
struct BioDeleter {
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, KeyDeleter>;
using CertPtr = std::unique_ptr<X509, CertDeleter>;
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

void require(bool ok, const char *what)
{
    if (!ok) {
        qFatal("TestCertificateAuthority: OpenSSL failed: %s", what);
    }
}

KeyPtr newKey()
{
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    require(key != nullptr, "EVP_PKEY_Q_keygen");
    return key;
}

void addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_nconf_nid(nullptr, &context, nid, value.constData());
    require(extension != nullptr, "X509V3_EXT_nconf_nid");
    require(X509_add_ext(cert, extension, -1) == 1, "X509_add_ext");
    X509_EXTENSION_free(extension);
}

// A certificate for subjectKey with the common name; issuer null: self-signed.
CertPtr newCertificate(EVP_PKEY *subjectKey, const QString &commonName, X509 *issuer)
{
    CertPtr cert(X509_new());
    require(cert != nullptr, "X509_new");
    require(X509_set_version(cert.get(), X509_VERSION_3) == 1, "X509_set_version");
    unsigned char serial[8];
    require(RAND_bytes(serial, sizeof serial) == 1, "RAND_bytes");
    serial[0] &= 0x7f;
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    require(number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert.get())), "serial");
    BN_free(number);
    require(X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr, "notBefore");
    require(X509_gmtime_adj(X509_getm_notAfter(cert.get()), 2 * 86400) != nullptr, "notAfter");
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    require(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1,
                                       0) == 1,
            "subject");
    require(X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name) == 1, "issuer");
    require(X509_set_pubkey(cert.get(), subjectKey) == 1, "X509_set_pubkey");
    return cert;
}

QByteArray certificatePem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    require(bio && PEM_write_bio_X509(bio.get(), cert) == 1, "PEM_write_bio_X509");
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QByteArray privateKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    require(bio && PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1,
            "PEM_write_bio_PrivateKey");
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

} // namespace

struct TestCertificateAuthority::Keys {
    KeyPtr key;
    CertPtr certificate;
    QSslCertificate qtCertificate;
};

TestCertificateAuthority::TestCertificateAuthority(const QString &commonName)
{
    auto keys = std::make_shared<Keys>();
    keys->key = newKey();
    keys->certificate = newCertificate(keys->key.get(), commonName, nullptr);
    X509 *cert = keys->certificate.get();
    addExtension(cert, cert, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(cert, cert, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature");
    addExtension(cert, cert, NID_subject_key_identifier, "hash");
    require(X509_sign(cert, keys->key.get(), EVP_sha256()) > 0, "X509_sign");
    keys->qtCertificate = QSslCertificate(certificatePem(cert), QSsl::Pem);
    require(!keys->qtCertificate.isNull(), "QSslCertificate");
    m_keys = std::move(keys);
}

QSslCertificate TestCertificateAuthority::certificate() const
{
    return m_keys->qtCertificate;
}

TlsIdentity TestCertificateAuthority::issue(const QStringList &dnsNames) const
{
    require(!dnsNames.isEmpty(), "issue() needs at least one DNS name");
    const KeyPtr key = newKey();
    X509 *issuer = m_keys->certificate.get();
    const CertPtr cert = newCertificate(key.get(), dnsNames.first(), issuer);
    QStringList alternativeNames;
    for (const QString &name : dnsNames) {
        alternativeNames.append(QStringLiteral("DNS:") + name);
    }
    addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), issuer, NID_key_usage, "critical,digitalSignature");
    addExtension(cert.get(), issuer, NID_ext_key_usage, "serverAuth");
    addExtension(cert.get(), issuer, NID_subject_alt_name, alternativeNames.join(QLatin1Char(',')).toUtf8());
    addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash");
    addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
    // Signing with the CA's key from several threads at once is fine: EVP_PKEY signing is reentrant.
    require(X509_sign(cert.get(), m_keys->key.get(), EVP_sha256()) > 0, "X509_sign");
    TlsIdentity identity;
    identity.certificate = QSslCertificate(certificatePem(cert.get()), QSsl::Pem);
    identity.privateKey = QSslKey(privateKeyPem(key.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    require(!identity.certificate.isNull() && !identity.privateKey.isNull(), "QSslCertificate/QSslKey");
    return identity;
}

} // namespace Credfolio::Test
