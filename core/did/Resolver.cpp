// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/did/Resolver.h"

#include "core/did/DidErrors.h"
#include "core/did/DidJwk.h"
#include "core/did/DidKey.h"
#include "core/did/DidSyntax.h"
#include "core/did/DocumentParser.h"
#include "core/did/Limits.h"
#include "core/did/MethodKey.h"

namespace Credfolio::Did {
namespace {

QString relationshipName(Relationship relationship)
{
    return relationship == Relationship::AssertionMethod ? QStringLiteral("assertionMethod")
                                                         : QStringLiteral("authentication");
}

} // namespace

Resolver::Resolver(const Net::DocumentSource *documents)
    : m_documents(documents)
{
}

Result<ControllerDocument> Resolver::resolve(const QString &didOrUrl) const
{
    if (didOrUrl.size() > Limits::kMaxDidLength) {
        return Errors::badDid(didOrUrl, QStringLiteral("longer than %1 characters").arg(Limits::kMaxDidLength));
    }
    if (didOrUrl.startsWith(QLatin1String("did:"), Qt::CaseInsensitive)) {
        Result<ParsedDid> did = parseDid(didOrUrl);
        if (!did) {
            return did.error();
        }
        if (did->method == QLatin1String("key")) {
            return didKeyDocument(didOrUrl, did->specificId);
        }
        if (did->method == QLatin1String("jwk")) {
            return didJwkDocument(didOrUrl, did->specificId);
        }
        if (did->method == QLatin1String("web")) {
            Result<QUrl> url = didWebUrl(didOrUrl);
            if (!url) {
                return url.error();
            }
            return fetchDocument(didOrUrl, *url);
        }
        return Errors::unsupportedMethod(didOrUrl, QStringLiteral("did:") + did->method);
    }

    const QUrl url(didOrUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty()) {
        return Errors::badDid(didOrUrl, url.isValid() ? QStringLiteral("not absolute") : url.errorString());
    }
    if (url.scheme() != QLatin1String("https")) {
        return Errors::unsupportedMethod(didOrUrl, url.scheme() + QLatin1Char(':'));
    }
    if (url.host().isEmpty() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return Errors::badDid(didOrUrl, QStringLiteral("a controller document URL has a host, no user, no fragment"));
    }
    return fetchDocument(didOrUrl, url);
}

Result<ControllerDocument> Resolver::fetchDocument(const QString &didOrUrl, const QUrl &url) const
{
    if (!m_documents) {
        return Errors::noNetworkSource(didOrUrl);
    }
    Net::FetchOptions options;
    options.acceptedContentTypes = {QStringLiteral("application/did+json"), QStringLiteral("application/did+ld+json"),
                                    QStringLiteral("application/ld+json"), QStringLiteral("application/json")};
    options.maxBytes = Limits::kMaxDocumentBytes;
    Result<Net::RemoteDocument> fetched = m_documents->fetch(url, options);
    if (!fetched) {
        return fetched.error();
    }
    // The host the identifier names vouches for the keys; a redirect to another host would let that host speak
    // for the DID (an open redirect or a shared host is enough).
    const QUrl &finalUrl = fetched->finalUrl;
    if (finalUrl.isValid() && (finalUrl.host().compare(url.host(), Qt::CaseInsensitive) != 0 ||
                               finalUrl.port(443) != url.port(443) || finalUrl.scheme() != url.scheme())) {
        return Errors::redirectedElsewhere(url.toString(), finalUrl.toString());
    }
    return parseFetchedDocument(*fetched, didOrUrl);
}

Result<ResolvedMethod> Resolver::resolveMethod(const QString &methodUrl, Relationship relationship) const
{
    const qsizetype hash = methodUrl.indexOf(QLatin1Char('#'));
    if (hash < 0 || hash == methodUrl.size() - 1) {
        return Errors::badDid(methodUrl, QStringLiteral("a verification method URL ends in a #fragment"));
    }
    const QString documentUrl = methodUrl.left(hash);
    Result<ControllerDocument> document = resolve(documentUrl);
    if (!document) {
        return document.error();
    }
    if (document->id != documentUrl) {
        return Errors::badDocument(documentUrl, QStringLiteral("the document's id is %1").arg(document->id));
    }
    const VerificationMethod *method = document->method(methodUrl);
    if (!method) {
        return Errors::methodNotFound(methodUrl, documentUrl);
    }
    if (method->controller != document->id) {
        return Errors::controllerMismatch(methodUrl, method->controller, document->id);
    }
    if (!document->listed(relationship).contains(methodUrl)) {
        return Errors::methodNotAuthorized(methodUrl, relationshipName(relationship));
    }
    if (method->key.isNull()) {
        // The parser kept the method without its key; decoding again says why.
        Result<Crypto::PublicKey> key = methodKey(method->json, method->id);
        return key ? Errors::badKey(methodUrl, QStringLiteral("key not decoded")) : key.error();
    }
    ResolvedMethod resolved{*method, std::move(*document)};
    return resolved;
}

} // namespace Credfolio::Did
