// SPDX-License-Identifier: GPL-3.0-or-later
// Writes every case of the hostile suite, its web documents and cases.json.
#pragma once

#include "Signing.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Credfolio::Hostile {

class Writer {
public:
    explicit Writer(const QString &outputDir);
    bool writeAll();
    QString lastError() const { return m_error; }

private:
    // cases
    void jwtCases();
    void proofCases();
    void contextCases();
    void readerCases();
    void validityAndNameCases();
    void statusCases();
    void didWebCases();
    void clrCases();
    void pngCases();

    // building blocks
    QJsonObject credential(const QString &issuerId, const QString &issuerName, const QString &name) const;
    QJsonObject statusListCredential(const QString &url, const QString &issuerId, const QByteArray &bits) const;
    QJsonObject sign(const QJsonObject &document, const ProofSpec &spec, const Signer &signer);
    QByteArray jwtFor(const QJsonObject &header, const QJsonObject &credential, const Signer &signer) const;

    // output
    void write(const QString &relative, const QByteArray &bytes);
    void writeJson(const QString &relative, const QJsonObject &object);
    void addCase(const QString &file, const QString &description, const QJsonObject &expected,
                 const QJsonObject &extra = {});
    void serve(const QString &url, const QString &file, const QString &contentType, const QByteArray &bytes);
    static QJsonObject expectCheck(const QString &check, const QString &status, const QString &code,
                                   const QString &detailContains = {});
    static QJsonObject expectReadError(const QString &code);

    QDir m_dir;
    QString m_error;
    QJsonArray m_cases;
    QJsonArray m_resources;
    QJsonArray m_redirects;
    Signer m_issuer;   ///< the honest issuer (did:key)
    Signer m_other;    ///< someone else's key
    Signer m_webKey;   ///< did:web:hostile.example.edu#key-1
    Signer m_attacker; ///< serves documents it has no right to
};

} // namespace Credfolio::Hostile
