// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostileWriter.h"

#include "core/codec/Base64Url.h"
#include "core/codec/Inflate.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Credfolio::Hostile {

Writer::Writer(const QString &outputDir)
    : m_dir(outputDir)
    , m_issuer(signerFromLabel(QStringLiteral("credfolio hostile suite: issuer")))
    , m_other(signerFromLabel(QStringLiteral("credfolio hostile suite: another issuer")))
    , m_webKey(signerFromLabel(QStringLiteral("credfolio hostile suite: did:web issuer")))
    , m_attacker(signerFromLabel(QStringLiteral("credfolio hostile suite: attacker")))
{
}

bool Writer::writeAll()
{
    jwtCases();
    proofCases();
    contextCases();
    readerCases();
    validityAndNameCases();
    statusCases();
    didWebCases();
    clrCases();
    pngCases();
    if (!m_error.isEmpty())
        return false;
    writeJson(QStringLiteral("web/manifest.json"),
              QJsonObject{{QStringLiteral("description"),
                           QStringLiteral("Documents the hostile cases need, served by the test's local HTTPS server. "
                                          "`redirects` are answered with HTTP 302 to `location`.")},
                          {QStringLiteral("resources"), m_resources},
                          {QStringLiteral("redirects"), m_redirects}});
    writeJson(QStringLiteral("cases.json"),
              QJsonObject{{QStringLiteral("checkedAt"), QStringLiteral("2026-12-01T00:00:00Z")},
                          {QStringLiteral("webManifest"), QStringLiteral("web/manifest.json")},
                          {QStringLiteral("cases"), m_cases}});
    return m_error.isEmpty();
}

QJsonObject Writer::credential(const QString &issuerId, const QString &issuerName, const QString &name) const
{
    const QJsonObject achievement{
        {QStringLiteral("id"), QString(QStringLiteral("https://hostile.example.edu/achievements/") + name.toLower())},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), QStringLiteral("A case of the hostile credential suite.")},
        {QStringLiteral("criteria"), QJsonObject{{QStringLiteral("narrative"), QStringLiteral("None.")}}}};
    return QJsonObject{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
        {QStringLiteral("id"), QString(QStringLiteral("urn:example:hostile:") + name)},
        {QStringLiteral("type"),
         QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("name"), name},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), issuerId},
                                               {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}},
                                               {QStringLiteral("name"), issuerName}}},
        {QStringLiteral("validFrom"), QStringLiteral("2026-11-01T00:00:00Z")},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("id"), m_other.didKey()},
                     {QStringLiteral("type"), QJsonArray{QStringLiteral("AchievementSubject")}},
                     {QStringLiteral("achievement"), achievement}}}};
}

QJsonObject Writer::statusListCredential(const QString &url, const QString &issuerId, const QByteArray &bits) const
{
    return QJsonObject{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2")}},
        {QStringLiteral("id"), url},
        {QStringLiteral("type"),
         QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("BitstringStatusListCredential")}},
        {QStringLiteral("issuer"), issuerId},
        {QStringLiteral("validFrom"), QStringLiteral("2026-11-01T00:00:00Z")},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("id"), QString(url + QStringLiteral("#list"))},
                     {QStringLiteral("type"), QStringLiteral("BitstringStatusList")},
                     {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                     {QStringLiteral("encodedList"),
                      QString::fromLatin1(QByteArray("u" + Codec::base64UrlEncode(Codec::gzip(bits))))}}}};
}

QJsonObject Writer::sign(const QJsonObject &document, const ProofSpec &spec, const Signer &signer)
{
    QString error;
    QJsonObject signed_ = signDataIntegrity(document, spec, signer, &error);
    if (signed_.isEmpty() && m_error.isEmpty())
        m_error = QStringLiteral("cannot sign %1: %2").arg(document.value(QStringLiteral("name")).toString(), error);
    return signed_;
}

QByteArray Writer::jwtFor(const QJsonObject &header, const QJsonObject &credential, const Signer &signer) const
{
    const QByteArray headerJson = compactJson(header);
    const QByteArray payload = compactJson(credential);
    return compactJws(headerJson, payload, signer.key.sign(signingInput(headerJson, payload)));
}

void Writer::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        m_error = QStringLiteral("cannot write %1").arg(path);
}

void Writer::writeJson(const QString &relative, const QJsonObject &object)
{
    write(relative, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void Writer::addCase(const QString &file, const QString &description, const QJsonObject &expected,
                     const QJsonObject &extra)
{
    QJsonObject entry = extra;
    entry.insert(QStringLiteral("file"), file);
    entry.insert(QStringLiteral("description"), description);
    entry.insert(QStringLiteral("expected"), expected);
    m_cases.append(entry);
}

void Writer::serve(const QString &url, const QString &file, const QString &contentType, const QByteArray &bytes)
{
    write(QStringLiteral("web/") + file, bytes);
    m_resources.append(QJsonObject{
        {QStringLiteral("url"), url}, {QStringLiteral("file"), file}, {QStringLiteral("contentType"), contentType}});
}

QJsonObject Writer::expectCheck(const QString &check, const QString &status, const QString &code,
                                const QString &detailContains)
{
    QJsonObject expected{
        {QStringLiteral("check"), check}, {QStringLiteral("status"), status}, {QStringLiteral("code"), code}};
    if (!detailContains.isEmpty())
        expected.insert(QStringLiteral("detailContains"), detailContains);
    return expected;
}

QJsonObject Writer::expectReadError(const QString &code)
{
    return QJsonObject{{QStringLiteral("readError"), code}};
}

} // namespace Credfolio::Hostile
