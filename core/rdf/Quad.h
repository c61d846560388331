// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Credfolio::Rdf {

enum class TermKind : quint8 { Iri, BlankNode, Literal, DefaultGraph };

/// One RDF term. For an Iri, `value` is the absolute IRI; for a BlankNode, the label without "_:";
/// for a Literal, the lexical form, with `datatype` (an IRI; empty means xsd:string, or rdf:langString
/// when `language` is set) and `language` (BCP 47 tag, as written). DefaultGraph has no value.
struct Term {
    TermKind kind = TermKind::DefaultGraph;
    QString value;
    QString datatype;
    QString language;

    static Term iri(const QString &value) { return Term{TermKind::Iri, value, {}, {}}; }
    static Term blank(const QString &label) { return Term{TermKind::BlankNode, label, {}, {}}; }
    static Term literal(const QString &lexical, const QString &datatype = {}, const QString &language = {})
    {
        return Term{TermKind::Literal, lexical, datatype, language};
    }
    static Term defaultGraph() { return Term{}; }

    bool isBlank() const { return kind == TermKind::BlankNode; }
    friend bool operator==(const Term &, const Term &) = default;
};

/// subject predicate object graph; graph is DefaultGraph for triples of the default graph.
struct Quad {
    Term subject;
    Term predicate;
    Term object;
    Term graph;

    friend bool operator==(const Quad &, const Quad &) = default;
};

/// An RDF dataset as produced by toRdf or read from N-Quads. Duplicates may occur; canonicalization
/// treats it as a set.
using Dataset = std::vector<Quad>;

} // namespace Credfolio::Rdf
