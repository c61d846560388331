// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/Value.h"
#include "core/rdf/Quad.h"

#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace Credfolio::JsonLd {

/// Options of toRdf() (JSON-LD 1.1 API JsonLdOptions, the parts deserialization uses).
struct ToRdfOptions {
    /// nullopt: @direction is dropped; "i18n-datatype" or "compound-literal" encode it.
    std::optional<QString> rdfDirection;
    /// Keep triples whose predicate is a blank node (off for credentials).
    bool produceGeneralizedRdf = false;
};

/// Deserialize JSON-LD to RDF (API §7.4): node map generation with blank nodes _:b0, _:b1, ..., then one
/// quad per value; relative or malformed IRIs and literals with malformed language tags are skipped.
/// Literals follow §3.2 of docs/standards.md (xsd:integer / xsd:double canonical forms, rdf:JSON via JCS).
/// Errors: jsonld.conflicting-indexes. Thread-safe (pure function).
Result<Rdf::Dataset> toRdf(const QJsonArray &expanded, const ToRdfOptions &options = {});
/// toRdf() of the internal expanded form (what documentToRdf uses; no conversion to Qt's JSON types).
Result<Rdf::Dataset> toRdf(const Array &expanded, const ToRdfOptions &options = {});

/// expand() then toRdf(), without converting the expanded form to Qt's JSON types. When `droppedTerms` is
/// given it receives expand()'s dropped terms (what an RDFC signature does not cover).
Result<Rdf::Dataset> documentToRdf(const QJsonValue &document, const ExpandOptions &expandOptions,
                                   const ToRdfOptions &options = {}, QStringList *droppedTerms = nullptr);

/// The canonical lexical form of a double in RDF (xsd:double): "1.2345E2", "9.9E0", "1.0E21".
QString canonicalDouble(double value);

} // namespace Credfolio::JsonLd
