// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/rdf/Quad.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Credfolio::Rdf {

/// Strict N-Quads 1.1 (https://www.w3.org/TR/n-quads/) reading: IRIs <...> with \u/\U escapes, blank
/// nodes _:label, literals with escapes, @lang, ^^<datatype>, comments and blank lines. IRIs must be
/// absolute. A literal typed xsd:string is read with an empty datatype (the model's spelling of it).
/// Errors: rdf.nquads-syntax, with "line N, column M" in `detail`. Pure function, thread-safe.
Result<Dataset> parseNQuads(QByteArrayView utf8);

/// One term in canonical N-Quads form (<iri>, _:label, "literal"@lang / ^^<datatype>); empty for
/// the default graph.
QByteArray toNQuadsTerm(const Term &term);
/// Appends toNQuadsTerm(term) to `out` (no temporary).
void appendNQuadsTerm(QByteArray &out, const Term &term);

/// One quad as a canonical N-Quads line (with the trailing " .\n"), escaping as RDFC-1.0 / N-Quads
/// canonical form requires (\b \t \n \f \r \" \\ short forms; other U+0000–U+001F and U+007F as
/// \u00XX uppercase hex; everything else raw UTF-8; xsd:string literals written without datatype;
/// rdf:langString written with @lang only).
QByteArray toNQuadsLine(const Quad &quad);
/// Appends toNQuadsLine(quad) to `out` (no temporary).
void appendNQuadsLine(QByteArray &out, const Quad &quad);

/// Every quad of `dataset` as toNQuadsLine(), in dataset order (duplicates kept).
QByteArray serializeNQuads(const Dataset &dataset);

} // namespace Credfolio::Rdf
