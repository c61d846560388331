// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonld/NodeMap.h"

#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"
#include "core/jsonld/JsonUtil.h"

namespace Credfolio::JsonLd {

using namespace JsonUtil;

QString BlankNodeIssuer::issue(const QString &existing)
{
    if (!existing.isEmpty()) {
        const auto it = m_issued.constFind(existing);
        if (it != m_issued.constEnd())
            return *it;
    }
    QString fresh = QStringLiteral("_:b") + QString::number(m_counter++);
    if (!existing.isEmpty())
        m_issued.insert(existing, fresh);
    return fresh;
}

int NodeMap::graphIndex(const QString &name)
{
    const auto it = m_graphByName.constFind(name);
    if (it != m_graphByName.constEnd())
        return *it;
    m_graphs.push_back(Graph{name, {}, {}});
    m_graphByName.insert(name, int(m_graphs.size() - 1));
    return int(m_graphs.size() - 1);
}

int NodeMap::nodeIndex(int graph, const QString &id)
{
    Graph &g = m_graphs[size_t(graph)];
    const auto it = g.byId.constFind(id);
    if (it != g.byId.constEnd())
        return *it;
    g.nodes.push_back(Node{id, {}, {}, {}});
    g.byId.insert(id, int(g.nodes.size() - 1));
    return int(g.nodes.size() - 1);
}

Array &NodeMap::propertyValues(int graph, int node, const QString &property)
{
    auto &properties = m_graphs[size_t(graph)].nodes[size_t(node)].properties;
    for (auto &entry : properties) {
        if (entry.first == property)
            return entry.second;
    }
    properties.emplace_back(property, Array());
    return properties.back().second;
}

Result<void> NodeMap::add(const Array &expanded)
{
    Target target;
    target.graph = graphIndex(QStringLiteral("@default"));
    return addElement(expanded, target);
}

void NodeMap::addToSubject(const Target &target, const Value &value, bool unique)
{
    if (target.list) {
        target.list->append(value);
        return;
    }
    if (target.subject < 0 || !target.property)
        return;
    Array &values = propertyValues(target.graph, target.subject, *target.property);
    if (unique && values.contains(value))
        return;
    values.append(value);
}

Result<void> NodeMap::addElement(const Value &element, const Target &target)
{
    if (element.isArray()) {
        for (const Value &item : element.toArray()) {
            if (const Result<void> r = addElement(item, target); !r)
                return r;
        }
        return {};
    }
    const Object &object = element.toObject();
    if (object.contains(keys().value)) {
        addToSubject(target, element, true);
        return {};
    }
    if (const Value *list = object.find(keys().list)) {
        Array items;
        Target inner = target;
        inner.list = &items;
        if (const Result<void> r = addElement(*list, inner); !r)
            return r;
        addToSubject(target, Object{{keys().list, items}}, false);
        return {};
    }
    return addNode(object, target);
}

Result<void> NodeMap::addNode(const Object &element, const Target &target)
{
    const Value *rawId = element.find(keys().id);
    QString id;
    if (rawId && rawId->isNull())
        id = QStringLiteral("@null"); // "@id": null (a keyword-like IRI was ignored): never a valid RDF term
    else if (rawId && !Iri::isBlankNode(rawId->toString()))
        id = rawId->toString();
    else
        id = m_issuer.issue(rawId ? rawId->toString() : QString());
    const int node = nodeIndex(target.graph, id);
    const Value reference = Object{{keys().id, id}};
    if (target.reverseOf) {
        Array &values = propertyValues(target.graph, node, *target.property);
        if (!values.contains(*target.reverseOf))
            values.append(*target.reverseOf);
    } else if (target.property) {
        addToSubject(target, reference, true);
    }
    for (const Object::Member &m : element) {
        const QString &key = m.first;
        if (key == keys().type) {
            for (const Value &t : asArray(m.second)) {
                const Value type = Iri::isBlankNode(t.toString()) ? Value(m_issuer.issue(t.toString())) : t;
                Array &types = m_graphs[size_t(target.graph)].nodes[size_t(node)].types;
                if (!types.contains(type))
                    types.append(type);
            }
        } else if (key == keys().index) {
            Value &index = m_graphs[size_t(target.graph)].nodes[size_t(node)].index;
            if (!index.isNull() && !(index == m.second))
                return jsonLdError("conflicting indexes", id);
            index = m.second;
        }
    }
    if (const Value *reverse = element.find(keys().reverse)) {
        for (const Object::Member &m : reverse->toObject()) {
            Target inner;
            inner.graph = target.graph;
            inner.reverseOf = &reference;
            inner.property = &m.first;
            if (const Result<void> r = addElement(m.second, inner); !r)
                return r;
        }
    }
    if (const Value *graph = element.find(keys().graph)) {
        Target inner;
        inner.graph = graphIndex(id);
        if (const Result<void> r = addElement(*graph, inner); !r)
            return r;
    }
    if (const Value *included = element.find(keys().included)) {
        Target inner;
        inner.graph = target.graph;
        if (const Result<void> r = addElement(*included, inner); !r)
            return r;
    }
    for (const Object::Member &m : element) {
        const QString &key = m.first;
        if (key == keys().id || key == keys().type || key == keys().index || key == keys().reverse ||
            key == keys().graph || key == keys().included)
            continue;
        const QString property = Iri::isBlankNode(key) ? m_issuer.issue(key) : key;
        propertyValues(target.graph, node, property);
        Target inner;
        inner.graph = target.graph;
        inner.subject = node;
        inner.property = &property;
        if (const Result<void> r = addElement(m.second, inner); !r)
            return r;
    }
    return {};
}

} // namespace Credfolio::JsonLd
