// SPDX-License-Identifier: GPL-3.0-or-later
// The cases. Each one is signed for real; what makes it hostile is the one thing the description names.
#include "HostileWriter.h"
#include "Png.h"
#include "Rsa.h"
#include "core/codec/Base64Url.h"
#include "core/codec/PngChunks.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace Credfolio::Hostile {

namespace {

const QString kFail = QStringLiteral("fail");
const QString kWarn = QStringLiteral("warn");
const QString kDidWeb = QStringLiteral("did:web:hostile.example.edu");
const QString kMovedDid = QStringLiteral("did:web:moved.example.edu");

QJsonObject didDocument(const QString &did, const Signer &signer)
{
    const QString method = QString(did + QStringLiteral("#key-1"));
    return QJsonObject{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/did/v1"),
                                                QStringLiteral("https://w3id.org/security/multikey/v1")}},
        {QStringLiteral("id"), did},
        {QStringLiteral("verificationMethod"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), method},
                                {QStringLiteral("type"), QStringLiteral("Multikey")},
                                {QStringLiteral("controller"), did},
                                {QStringLiteral("publicKeyMultibase"), signer.multikey}}}},
        {QStringLiteral("assertionMethod"), QJsonArray{method}}};
}

QJsonObject statusEntry(const QString &listUrl, int index)
{
    return QJsonObject{{QStringLiteral("id"), QString(listUrl + QLatin1Char('#') + QString::number(index))},
                       {QStringLiteral("type"), QStringLiteral("BitstringStatusListEntry")},
                       {QStringLiteral("statusPurpose"), QStringLiteral("revocation")},
                       {QStringLiteral("statusListIndex"), QString::number(index)},
                       {QStringLiteral("statusListCredential"), listUrl}};
}

QByteArray indented(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

void Writer::jwtCases()
{
    const QJsonObject vc = credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("Jwt"));
    const QByteArray payload = compactJson(vc);

    const QByteArray none = R"({"alg":"none","typ":"JWT"})";
    write(QStringLiteral("jwt/alg-none.jwt"), compactJws(none, payload, {}).chopped(0));
    addCase(QStringLiteral("jwt/alg-none.jwt"), QStringLiteral("unsecured JWT: alg none, empty signature"),
            expectCheck(QStringLiteral("proof"), kFail, QStringLiteral("verify.alg-none")));

    // HS256 keyed with the issuer's public key: a verifier that feeds "the key" to the algorithm the token names
    // would accept it.
    const QByteArray hs = R"({"alg":"HS256","typ":"JWT","kid":")" + m_issuer.didKeyMethod().toUtf8() + R"("})";
    const QByteArray mac = QMessageAuthenticationCode::hash(
        signingInput(hs, payload), m_issuer.key.publicKey().rawEd25519(), QCryptographicHash::Sha256);
    write(QStringLiteral("jwt/hs256-public-key.jwt"), compactJws(hs, payload, mac));
    addCase(QStringLiteral("jwt/hs256-public-key.jwt"),
            QStringLiteral("HS256 token whose HMAC key is the issuer's public Ed25519 key"),
            expectCheck(QStringLiteral("proof"), kFail, QStringLiteral("verify.alg-hmac")));

    const QJsonObject otherKid{{QStringLiteral("alg"), QStringLiteral("EdDSA")},
                               {QStringLiteral("typ"), QStringLiteral("JWT")},
                               {QStringLiteral("kid"), m_other.didKeyMethod()}};
    write(QStringLiteral("jwt/kid-other-issuer.jwt"), jwtFor(otherKid, vc, m_other));
    addCase(QStringLiteral("jwt/kid-other-issuer.jwt"),
            QStringLiteral("EdDSA token signed by another DID's key, named by kid; the payload's issuer is not it"),
            expectCheck(QStringLiteral("issuer-key"), kFail, QStringLiteral("verify.key-not-issuers")));

    const QJsonObject crit{{QStringLiteral("alg"), QStringLiteral("EdDSA")},
                           {QStringLiteral("typ"), QStringLiteral("JWT")},
                           {QStringLiteral("kid"), m_issuer.didKeyMethod()},
                           {QStringLiteral("crit"), QJsonArray{QStringLiteral("urn:example:must-understand")}},
                           {QStringLiteral("urn:example:must-understand"), true}};
    write(QStringLiteral("jwt/crit.jwt"), jwtFor(crit, vc, m_issuer));
    addCase(QStringLiteral("jwt/crit.jwt"),
            QStringLiteral("validly signed token with a crit header parameter Credfolio does not understand"),
            expectCheck(QStringLiteral("proof"), kFail, QStringLiteral("verify.jws-malformed"),
                        QStringLiteral("crypto.jws-crit-unsupported")));

    const RsaKey rsa(1024);
    const QString rsaDid =
        QStringLiteral("did:jwk:") + QString::fromLatin1(Codec::base64UrlEncode(compactJson(rsa.publicJwk())));
    const QJsonObject rsaVc = credential(rsaDid, QStringLiteral("Riverbend College"), QStringLiteral("Rsa"));
    const QByteArray rsaHeader =
        compactJson(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                {QStringLiteral("typ"), QStringLiteral("JWT")},
                                {QStringLiteral("kid"), QString(rsaDid + QStringLiteral("#0"))}});
    const QByteArray rsaPayload = compactJson(rsaVc);
    write(QStringLiteral("jwt/rsa-1024.jwt"),
          compactJws(rsaHeader, rsaPayload, rsa.signRs256(signingInput(rsaHeader, rsaPayload))));
    addCase(QStringLiteral("jwt/rsa-1024.jwt"), QStringLiteral("RS256 token from a did:jwk holding a 1024-bit RSA key"),
            expectCheck(QStringLiteral("proof"), kFail, QStringLiteral("verify.key-type-mismatch"),
                        QStringLiteral("at least 2048")));
}

void Writer::proofCases()
{
    const QJsonObject vc =
        credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("OtherKey"));
    write(QStringLiteral("di/key-from-other-did.json"),
          indented(sign(vc, ProofSpec{.verificationMethod = m_other.didKeyMethod()}, m_other)));
    addCase(QStringLiteral("di/key-from-other-did.json"),
            QStringLiteral("eddsa-rdfc-2022 proof made (validly) with a key of another DID than the issuer's"),
            expectCheck(QStringLiteral("issuer-key"), kFail, QStringLiteral("verify.key-not-issuers")));

    const QJsonObject fragment =
        credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("Fragment"));
    write(QStringLiteral("di/did-key-fragment-differs.json"),
          indented(sign(fragment,
                        ProofSpec{.verificationMethod = m_issuer.didKey() + QLatin1Char('#') + m_other.multikey},
                        m_other)));
    addCase(QStringLiteral("di/did-key-fragment-differs.json"),
            QStringLiteral("verificationMethod is the issuer's did:key with another key in the fragment, which signed"),
            expectCheck(QStringLiteral("issuer-key"), kFail, QStringLiteral("verify.key-not-listed")));

    const QJsonObject auth = credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("Auth"));
    write(QStringLiteral("di/proof-purpose-authentication.json"),
          indented(sign(auth,
                        ProofSpec{.verificationMethod = m_issuer.didKeyMethod(),
                                  .proofPurpose = QStringLiteral("authentication")},
                        m_issuer)));
    addCase(QStringLiteral("di/proof-purpose-authentication.json"),
            QStringLiteral("valid signature by the issuer's key, but made for proofPurpose authentication"),
            expectCheck(QStringLiteral("proof"), kFail, QStringLiteral("verify.wrong-proof-purpose")));

    // A proof set far beyond anything real: every proof valid, each would cost a full canonicalization.
    QJsonObject many = credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("Many"));
    QString error;
    const QJsonObject proof =
        dataIntegrityProof(many, ProofSpec{.verificationMethod = m_issuer.didKeyMethod()}, m_issuer, &error);
    QJsonArray proofs;
    for (int i = 0; i < 200; ++i)
        proofs.append(proof);
    many.insert(QStringLiteral("proof"), proofs);
    write(QStringLiteral("di/proof-set-200.json"), indented(many));
    addCase(QStringLiteral("di/proof-set-200.json"), QStringLiteral("a proof set of 200 (identical, valid) proofs"),
            expectCheck(QStringLiteral("proof"), kFail, QStringLiteral("verify.too-many-proofs")));
}

void Writer::contextCases()
{
    // Under the VC 2.0 context `name` is protected; redefining it changes what the signed data means.
    QJsonObject redefined =
        credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("Redefined"));
    QJsonArray contexts = redefined.value(QStringLiteral("@context")).toArray();
    contexts.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("https://evil.example.net/vocab#name")}});
    redefined.insert(QStringLiteral("@context"), contexts);
    const ProofSpec jcs{.cryptosuite = QStringLiteral("eddsa-jcs-2022"), .verificationMethod = m_issuer.didKeyMethod()};
    write(QStringLiteral("di/context-redefines-protected-term-jcs.json"), indented(sign(redefined, jcs, m_issuer)));
    addCase(QStringLiteral("di/context-redefines-protected-term-jcs.json"),
            QStringLiteral("eddsa-jcs-2022, validly signed, whose inline context redefines the protected term name"),
            expectCheck(QStringLiteral("proof"), kFail, QStringLiteral("verify.canonicalization"),
                        QStringLiteral("jsonld.protected-term-redefinition")));

    // RDFC cannot even be computed for it: the signature is over the JCS form (no RDFC form exists).
    QJsonObject rdfc = sign(redefined, jcs, m_issuer);
    QJsonObject rdfcProof = rdfc.value(QStringLiteral("proof")).toObject();
    rdfcProof.insert(QStringLiteral("cryptosuite"), QStringLiteral("eddsa-rdfc-2022"));
    rdfcProof.remove(QStringLiteral("@context"));
    rdfc.insert(QStringLiteral("proof"), rdfcProof);
    write(QStringLiteral("di/context-redefines-protected-term-rdfc.json"), indented(rdfc));
    addCase(QStringLiteral("di/context-redefines-protected-term-rdfc.json"),
            QStringLiteral("eddsa-rdfc-2022 credential whose inline context redefines the protected term name"),
            expectCheck(QStringLiteral("proof"), kFail, QStringLiteral("verify.canonicalization"),
                        QStringLiteral("jsonld.protected-term-redefinition")));

    QJsonObject remote = credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("Remote"));
    QJsonArray remoteContexts = remote.value(QStringLiteral("@context")).toArray();
    remoteContexts.append(QStringLiteral("https://evil.example.net/contexts/v1.jsonld"));
    remote.insert(QStringLiteral("@context"), remoteContexts);
    write(QStringLiteral("di/context-not-bundled-jcs.json"), indented(sign(remote, jcs, m_issuer)));
    addCase(QStringLiteral("di/context-not-bundled-jcs.json"),
            QStringLiteral("eddsa-jcs-2022, validly signed, naming a context URL that is not bundled (and is served)"),
            expectCheck(QStringLiteral("proof"), kFail, QStringLiteral("verify.unknown-context")));
    QJsonObject remoteRdfc = sign(remote, jcs, m_issuer);
    QJsonObject remoteProof = remoteRdfc.value(QStringLiteral("proof")).toObject();
    remoteProof.insert(QStringLiteral("cryptosuite"), QStringLiteral("eddsa-rdfc-2022"));
    remoteProof.remove(QStringLiteral("@context"));
    remoteRdfc.insert(QStringLiteral("proof"), remoteProof);
    write(QStringLiteral("di/context-not-bundled-rdfc.json"), indented(remoteRdfc));
    addCase(QStringLiteral("di/context-not-bundled-rdfc.json"),
            QStringLiteral("eddsa-rdfc-2022 credential naming a context URL that is not bundled (and is served)"),
            expectCheck(QStringLiteral("proof"), kFail, QStringLiteral("verify.unknown-context")));
    serve(QStringLiteral("https://evil.example.net/contexts/v1.jsonld"),
          QStringLiteral("evil.example.net/contexts/v1.jsonld"), QStringLiteral("application/ld+json"),
          indented(QJsonObject{{QStringLiteral("@context"),
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("https://evil.example.net/n")}}}}));
}

void Writer::readerCases()
{
    // Two `name` members: the signature covers one reading, a lenient parser shows the other.
    const QJsonObject vc =
        sign(credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("Duplicate")),
             ProofSpec{.verificationMethod = m_issuer.didKeyMethod()}, m_issuer);
    QByteArray text = indented(vc);
    const QByteArray first = "\"name\": \"Duplicate\",";
    text.replace(text.indexOf(first), first.size(), QByteArray(first + "\n    \"name\": \"Doctor of Medicine\","));
    write(QStringLiteral("di/duplicate-keys.json"), text);
    addCase(QStringLiteral("di/duplicate-keys.json"),
            QStringLiteral("signed credential with a second top-level name member of another value"),
            expectReadError(QStringLiteral("json.duplicate-key")));

    QByteArray deep(200000, '[');
    deep.append(QByteArray(200000, ']'));
    write(QStringLiteral("di/nesting-200k.json"), deep);
    addCase(QStringLiteral("di/nesting-200k.json"), QStringLiteral("200,000 nested arrays"),
            expectReadError(QStringLiteral("json.too-deep")));
}

void Writer::validityAndNameCases()
{
    QJsonObject inverted =
        credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("Inverted"));
    inverted.insert(QStringLiteral("validFrom"), QStringLiteral("2026-11-01T00:00:00Z"));
    inverted.insert(QStringLiteral("validUntil"), QStringLiteral("2026-10-01T00:00:00Z"));
    write(QStringLiteral("di/valid-until-before-valid-from.json"),
          indented(sign(inverted, ProofSpec{.verificationMethod = m_issuer.didKeyMethod()}, m_issuer)));
    addCase(QStringLiteral("di/valid-until-before-valid-from.json"),
            QStringLiteral("validly signed, validUntil (2026-10-01) before validFrom (2026-11-01)"),
            expectCheck(QStringLiteral("validity"), kFail, QStringLiteral("verify.expired")));

    // Cyrillic Н (U+041D) and у (U+0443), a zero-width space and a right-to-left override.
    const QString confusable = QString::fromUtf8("\xD0\x9D"
                                                 "arvard Universit\xD1\x83\xE2\x80\x8B \xE2\x80\xAE"
                                                 "loohcS");
    write(QStringLiteral("di/confusable-issuer-name.json"),
          indented(sign(credential(m_issuer.didKey(), confusable, QStringLiteral("Confusable")),
                        ProofSpec{.verificationMethod = m_issuer.didKeyMethod()}, m_issuer)));
    QJsonObject expected =
        expectCheck(QStringLiteral("issuer-trust"), kWarn, QStringLiteral("verify.issuer-not-listed"));
    expected.insert(QStringLiteral("valid"), true);
    expected.insert(QStringLiteral("issuerNameUtf8Hex"), QString::fromLatin1(confusable.toUtf8().toHex()));
    addCase(
        QStringLiteral("di/confusable-issuer-name.json"),
        QStringLiteral("validly signed; issuer name with Cyrillic look-alikes, U+200B and U+202E, shown as written"),
        expected);
}

void Writer::statusCases()
{
    QByteArray bits(16 * 1024, '\0');
    bits[0] = char(0x04); // index 5 set: "revoked" if anyone believed this list

    const QString forgedUrl = QStringLiteral("https://hostile.example.edu/status/forged");
    const QJsonObject forgedList = sign(statusListCredential(forgedUrl, kDidWeb, bits),
                                        ProofSpec{.verificationMethod = m_attacker.didKeyMethod()}, m_attacker);
    serve(forgedUrl, QStringLiteral("hostile.example.edu/status/forged"), QStringLiteral("application/vc+ld+json"),
          indented(forgedList));
    QJsonObject forged = credential(kDidWeb, QStringLiteral("Hostile University"), QStringLiteral("ForgedList"));
    forged.insert(QStringLiteral("credentialStatus"), statusEntry(forgedUrl, 5));
    write(QStringLiteral("status/forged-status-list.json"),
          indented(sign(forged, ProofSpec{.verificationMethod = kDidWeb + QStringLiteral("#key-1")}, m_webKey)));
    QJsonObject notRevoked = expectCheck(QStringLiteral("status"), kWarn, QStringLiteral("verify.status-list-invalid"));
    notRevoked.insert(QStringLiteral("valid"), true);
    addCase(
        QStringLiteral("status/forged-status-list.json"),
        QStringLiteral("status list (bit set) in the issuer's name but signed by another key: not revoked, unknown"),
        notRevoked);

    const QString bombUrl = QStringLiteral("https://hostile.example.edu/status/bomb");
    const QByteArray bomb(64 * 1024 * 1024, '\0');
    serve(bombUrl, QStringLiteral("hostile.example.edu/status/bomb"), QStringLiteral("application/vc+ld+json"),
          indented(sign(statusListCredential(bombUrl, kDidWeb, bomb),
                        ProofSpec{.verificationMethod = kDidWeb + QStringLiteral("#key-1")}, m_webKey)));
    QJsonObject bombed = credential(kDidWeb, QStringLiteral("Hostile University"), QStringLiteral("BombList"));
    bombed.insert(QStringLiteral("credentialStatus"), statusEntry(bombUrl, 5));
    write(QStringLiteral("status/status-list-bomb.json"),
          indented(sign(bombed, ProofSpec{.verificationMethod = kDidWeb + QStringLiteral("#key-1")}, m_webKey)));
    QJsonObject bombExpected =
        expectCheck(QStringLiteral("status"), kWarn, QStringLiteral("verify.status-list-invalid"),
                    QStringLiteral("codec.too-large"));
    bombExpected.insert(QStringLiteral("valid"), true);
    addCase(QStringLiteral("status/status-list-bomb.json"),
            QStringLiteral("validly signed status list whose encodedList inflates to 64 MiB (limit 16 MiB)"),
            bombExpected);

    serve(QStringLiteral("https://hostile.example.edu/.well-known/did.json"),
          QStringLiteral("hostile.example.edu/.well-known/did.json"), QStringLiteral("application/did+json"),
          indented(didDocument(kDidWeb, m_webKey)));
}

void Writer::didWebCases()
{
    // moved.example.edu answers with a redirect to a host that serves a document claiming the DID.
    m_redirects.append(
        QJsonObject{{QStringLiteral("url"), QStringLiteral("https://moved.example.edu/.well-known/did.json")},
                    {QStringLiteral("location"), QStringLiteral("https://evil.example.net/moved/did.json")}});
    serve(QStringLiteral("https://evil.example.net/moved/did.json"), QStringLiteral("evil.example.net/moved/did.json"),
          QStringLiteral("application/did+json"), indented(didDocument(kMovedDid, m_attacker)));
    write(QStringLiteral("did-web/redirected-elsewhere.json"),
          indented(sign(credential(kMovedDid, QStringLiteral("Moved University"), QStringLiteral("Redirected")),
                        ProofSpec{.verificationMethod = kMovedDid + QStringLiteral("#key-1")}, m_attacker)));
    addCase(QStringLiteral("did-web/redirected-elsewhere.json"),
            QStringLiteral("did:web whose document URL redirects to another host, which serves a document for the DID"),
            expectCheck(QStringLiteral("issuer-key"), kFail, QStringLiteral("verify.origin-mismatch"),
                        QStringLiteral("did.redirected-elsewhere")));
}

void Writer::clrCases()
{
    QJsonObject inner =
        sign(credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("Inner")),
             ProofSpec{.verificationMethod = m_issuer.didKeyMethod()}, m_issuer);
    inner.insert(QStringLiteral("name"), QStringLiteral("Doctor of Medicine")); // after signing: forged
    const QJsonObject clr{
        {QStringLiteral("@context"),
         QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                    QStringLiteral("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json"),
                    QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
        {QStringLiteral("id"), QStringLiteral("urn:example:hostile:clr")},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("ClrCredential")}},
        {QStringLiteral("name"), QStringLiteral("Learner record")},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("id"), m_issuer.didKey()},
                                               {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}},
                                               {QStringLiteral("name"), QStringLiteral("Riverbend College")}}},
        {QStringLiteral("validFrom"), QStringLiteral("2026-11-01T00:00:00Z")},
        {QStringLiteral("credentialSubject"),
         QJsonObject{{QStringLiteral("id"), m_other.didKey()},
                     {QStringLiteral("type"), QJsonArray{QStringLiteral("ClrSubject")}},
                     {QStringLiteral("verifiableCredential"), QJsonArray{inner}}}}};
    write(QStringLiteral("clr/embeds-forged-credential.json"),
          indented(sign(clr, ProofSpec{.verificationMethod = m_issuer.didKeyMethod()}, m_issuer)));
    addCase(QStringLiteral("clr/embeds-forged-credential.json"),
            QStringLiteral("validly signed CLR embedding a credential whose name was changed after it was signed"),
            expectCheck(QStringLiteral("embedded"), kFail, QStringLiteral("verify.embedded-invalid")));
}

void Writer::pngCases()
{
    const QByteArray valid =
        indented(sign(credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("Baked")),
                      ProofSpec{.verificationMethod = m_issuer.didKeyMethod()}, m_issuer));
    const Result<QByteArray> baked = Codec::bakePngText(minimalPng(), Codec::PngKeyword::OpenBadgeCredential, valid);
    write(QStringLiteral("png/baked-valid.png"), baked ? *baked : QByteArray());
    QJsonObject validExpected =
        expectCheck(QStringLiteral("issuer-trust"), kWarn, QStringLiteral("verify.issuer-not-listed"));
    validExpected.insert(QStringLiteral("valid"), true);
    addCase(QStringLiteral("png/baked-valid.png"),
            QStringLiteral("50 MB image: a valid baked badge padded at test time with private ancillary chunks"),
            validExpected, QJsonObject{{QStringLiteral("padToBytes"), 50 * 1000 * 1000}});
    addCase(QStringLiteral("png/baked-valid.png"),
            QStringLiteral("65 MiB image (limit 64 MiB): the same badge padded further"),
            expectReadError(QStringLiteral("credentials.too-large")),
            QJsonObject{{QStringLiteral("padToBytes"), 65 * 1024 * 1024}});

    QByteArray bombText = valid;
    bombText.append(QByteArray(96 * 1024 * 1024, ' '));
    write(QStringLiteral("png/itxt-decompression-bomb.png"),
          insertBeforeIend(minimalPng(),
                           pngChunk("iTXt", itxtData(Codec::PngKeyword::OpenBadgeCredential, bombText, true))));
    addCase(QStringLiteral("png/itxt-decompression-bomb.png"),
            QStringLiteral("compressed iTXt badge chunk that inflates to 96 MiB (limit 8 MiB)"),
            expectReadError(QStringLiteral("codec.too-large")));

    const QByteArray second =
        indented(sign(credential(m_issuer.didKey(), QStringLiteral("Riverbend College"), QStringLiteral("Second")),
                      ProofSpec{.verificationMethod = m_issuer.didKeyMethod()}, m_issuer));
    write(QStringLiteral("png/two-badge-chunks.png"),
          insertBeforeIend(baked ? *baked : QByteArray(),
                           pngChunk("iTXt", itxtData(Codec::PngKeyword::OpenBadgeCredential, second, false))));
    addCase(QStringLiteral("png/two-badge-chunks.png"),
            QStringLiteral("two openbadgecredential chunks holding two different (valid) credentials"),
            expectReadError(QStringLiteral("credentials.ambiguous-badge")));
}

} // namespace Credfolio::Hostile
