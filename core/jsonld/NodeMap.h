// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/jsonld/Value.h"

#include <QHash>
#include <QString>

#include <vector>

namespace Credfolio::JsonLd {

/// Issues blank node identifiers _:b0, _:b1, ... (JSON-LD 1.1 API §7.1), renaming existing ones
/// consistently. Not thread-safe (one per conversion).
class BlankNodeIssuer {
public:
    /// The new identifier for `existing` (the same one every time), or a fresh one when empty.
    QString issue(const QString &existing = {});

private:
    QHash<QString, QString> m_issued;
    int m_counter = 0;
};

/// Node Map Generation (API §7.2.2). Graphs, nodes and properties are kept in the order first met
/// (the order does not change the RDF dataset). Not thread-safe (one per conversion).
class NodeMap {
public:
    struct Node {
        QString id;
        Array types;
        Value index;
        /// property IRI -> values (value objects, {"@id"} references, {"@list"} objects)
        std::vector<std::pair<QString, Array>> properties;
    };
    struct Graph {
        QString name;
        std::vector<Node> nodes;
        QHash<QString, int> byId;
    };

    explicit NodeMap(BlankNodeIssuer &issuer)
        : m_issuer(issuer)
    {
    }

    /// Adds an expanded document to the default graph. Error: jsonld.conflicting-indexes.
    Result<void> add(const Array &expanded);
    const std::vector<Graph> &graphs() const { return m_graphs; }

private:
    struct Target {
        int graph = 0;
        int subject = -1;                 // node index in the graph; -1: none
        const Value *reverseOf = nullptr; // a reverse property is being processed: reference to add
        const QString *property = nullptr;
        Array *list = nullptr;
    };
    Result<void> addElement(const Value &element, const Target &target);
    Result<void> addNode(const Object &element, const Target &target);
    void addToSubject(const Target &target, const Value &value, bool unique);
    int graphIndex(const QString &name);
    int nodeIndex(int graph, const QString &id);
    Array &propertyValues(int graph, int node, const QString &property);

    BlankNodeIssuer &m_issuer;
    std::vector<Graph> m_graphs;
    QHash<QString, int> m_graphByName;
};

} // namespace Credfolio::JsonLd
