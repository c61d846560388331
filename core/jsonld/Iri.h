// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// String-level helpers for JSON-LD keywords and IRIs (RFC 3986). All functions are pure and thread-safe.
namespace Credfolio::JsonLd::Iri {

/// One of the JSON-LD 1.1 keywords ("@id", "@type", ...).
bool isKeyword(const QString &value);
/// "@" followed by one or more ASCII letters: reserved for future keywords, ignored with a warning.
bool hasKeywordForm(const QString &value);
/// Starts with a scheme ("http:", "urn:", "tag:").
bool isAbsolute(const QString &value);
/// "_:" followed by a label.
inline bool isBlankNode(const QString &value)
{
    return value.startsWith(QLatin1String("_:"));
}
/// An absolute IRI without characters that N-Quads cannot carry (spaces, <>"{}|^`\, controls).
bool isWellFormed(const QString &value);
/// RFC 3986 §5.2 reference resolution of `reference` against the absolute `base`.
QString resolve(const QString &base, const QString &reference);
/// A well-formed BCP 47 language tag (letters and digits in subtags of 1..8, joined by "-").
bool isWellFormedLanguageTag(const QString &tag);

} // namespace Credfolio::JsonLd::Iri
