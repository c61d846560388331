// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/jsonld/DocumentLoader.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace Credfolio::JsonLd {

/// Options of expand() (JSON-LD 1.1 API JsonLdOptions, the parts expansion uses).
struct ExpandOptions {
    /// The document's URL (base IRI); empty: relative IRIs stay relative (and are dropped by toRdf).
    QString base;
    /// Where remote contexts come from; null means DocumentLoader::bundled().
    std::shared_ptr<const DocumentLoader> loader;
    /// A context applied before the document's own (JsonLdOptions.expandContext); undefined for none.
    QJsonValue expandContext = QJsonValue(QJsonValue::Undefined);
    /// "json-ld-1.1" (default) or "json-ld-1.0".
    QString processingMode = QStringLiteral("json-ld-1.1");
};

/// The expanded document and the keys that were dropped because no term or vocabulary mapping applied.
struct ExpandResult {
    QJsonArray expanded;
    /// Distinct dropped keys, and @type values left as relative IRIs (also absent from the RDF), in the
    /// order first met: a misspelled property or type is not covered by an RDFC signature.
    QStringList droppedTerms;
};

/// The JSON-LD 1.1 Expansion algorithm (API §5.1) in processing mode json-ld-1.1.
/// Errors: jsonld.<spec error with dashes> (detail starts with the spec's error string),
/// jsonld.unknown-context for a context URL the loader does not serve, jsonld.nesting-too-deep.
/// Thread-safe: any number of expansions may share one loader.
Result<ExpandResult> expand(const QJsonValue &document, const ExpandOptions &options = {});

} // namespace Credfolio::JsonLd
