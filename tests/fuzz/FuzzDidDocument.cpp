// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target for DID resolution: the input is served as the fetched document of did:web:example.com (the path
// every did:web and https controller document takes) and, read as text, resolved as a DID URL itself (did:key,
// did:jwk). Never crashes; a document that resolves has the DID as its id, at most Limits::kMaxMethods methods,
// absolute ids; a method that resolves is in the document, controlled by it and carries a key.
#include "core/did/Limits.h"
#include "core/did/Resolver.h"

#include <cstdint>
#include <cstdlib>

namespace {

using namespace Credfolio;

class FixedSource : public Net::DocumentSource {
public:
    explicit FixedSource(QByteArray body)
        : m_body(std::move(body))
    {
    }

    Result<Net::RemoteDocument> fetch(const QUrl &url, const Net::FetchOptions &) const override
    {
        return Net::RemoteDocument{url, url, m_body, QStringLiteral("application/did+json"), 200, {}, false};
    }

private:
    QByteArray m_body;
};

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

void checkMethod(const Did::Resolver &resolver, const QString &methodUrl)
{
    for (const Did::Relationship relationship :
         {Did::Relationship::AssertionMethod, Did::Relationship::Authentication}) {
        const Result<Did::ResolvedMethod> method = resolver.resolveMethod(methodUrl, relationship);
        if (method) {
            check(method->method.id == methodUrl && method->method.controller == method->document.id);
            check(!method->method.key.isNull() && method->document.listed(relationship).contains(methodUrl));
        } else {
            check(method.error().code.startsWith(QLatin1String("did.")) && !method.error().message.isEmpty());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const FixedSource source(bytes);
    const Did::Resolver resolver(&source);
    const QString did = QStringLiteral("did:web:example.com");
    const Result<Did::ControllerDocument> document = resolver.resolve(did);
    if (document) {
        check(document->id == did && document->methods.size() <= Did::Limits::kMaxMethods);
        for (const Did::VerificationMethod &method : document->methods) {
            check(method.id.contains(QLatin1Char(':')));
            checkMethod(resolver, method.id);
        }
    }
    checkMethod(resolver, did + QStringLiteral("#key-1"));

    // The same bytes as a DID URL, without any network.
    const QString text = QString::fromUtf8(bytes);
    const Did::Resolver offline(nullptr);
    if (text.contains(QLatin1Char('#'))) {
        checkMethod(offline, text);
    } else {
        (void)offline.resolve(text);
    }
    return 0;
}
