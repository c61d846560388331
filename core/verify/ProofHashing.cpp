// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/verify/ProofHashing.h"

#include "core/crypto/Hash.h"
#include "core/json/Jcs.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/ToRdf.h"
#include "core/rdf/Canonicalizer.h"

namespace Credfolio::Verify {

namespace {

Result<QByteArray> canonicalRdf(const QJsonObject &document, QStringList *droppedTerms)
{
    const Result<Rdf::Dataset> dataset = JsonLd::documentToRdf(document, JsonLd::ExpandOptions{}, {}, droppedTerms);
    if (!dataset)
        return dataset.error();
    const Result<Rdf::CanonResult> canonical = Rdf::canonicalize(*dataset);
    if (!canonical)
        return canonical.error();
    return canonical->nquads;
}

} // namespace

Result<QByteArray> rdfcSignedBytes(const QJsonObject &proofConfig, const QJsonObject &unsecured,
                                   QStringList *droppedTerms)
{
    const Result<QByteArray> canonicalProof = canonicalRdf(proofConfig, nullptr);
    if (!canonicalProof)
        return canonicalProof.error();
    const Result<QByteArray> canonicalDocument = canonicalRdf(unsecured, droppedTerms);
    if (!canonicalDocument)
        return canonicalDocument.error();
    return QByteArray(Crypto::sha256(*canonicalProof) + Crypto::sha256(*canonicalDocument));
}

Result<void> checkJsonLdContexts(const QJsonObject &document)
{
    const Result<JsonLd::ExpandResult> expanded = JsonLd::expand(document);
    if (!expanded)
        return expanded.error();
    return {};
}

Result<QByteArray> jcsSignedBytes(const QJsonObject &proofConfig, const QJsonObject &unsecured)
{
    const Result<QByteArray> canonicalProof = Json::canonicalize(proofConfig);
    if (!canonicalProof)
        return canonicalProof.error();
    const Result<QByteArray> canonicalDocument = Json::canonicalize(unsecured);
    if (!canonicalDocument)
        return canonicalDocument.error();
    return QByteArray(Crypto::sha256(*canonicalProof) + Crypto::sha256(*canonicalDocument));
}

} // namespace Credfolio::Verify
