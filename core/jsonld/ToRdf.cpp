// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonld/ToRdf.h"

#include "core/json/Jcs.h"
#include "core/jsonld/ExpansionRun.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonUtil.h"
#include "core/jsonld/NodeMap.h"

#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace Credfolio::JsonLd {

namespace {

const QString RdfNs = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QString XsdNs = QStringLiteral("http://www.w3.org/2001/XMLSchema#");
const QString RdfType = RdfNs + QStringLiteral("type");
const QString RdfFirst = RdfNs + QStringLiteral("first");
const QString RdfRest = RdfNs + QStringLiteral("rest");
const QString RdfNil = RdfNs + QStringLiteral("nil");
const QString RdfJson = RdfNs + QStringLiteral("JSON");
const QString RdfLangString = RdfNs + QStringLiteral("langString");
const QString XsdString = XsdNs + QStringLiteral("string");
const QString XsdBoolean = XsdNs + QStringLiteral("boolean");
const QString XsdInteger = XsdNs + QStringLiteral("integer");
const QString XsdDouble = XsdNs + QStringLiteral("double");

QString integerLexical(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.0f", value);
    return QString::fromLatin1(buffer);
}

std::optional<Rdf::Term> resourceTerm(const QString &id)
{
    if (Iri::isBlankNode(id))
        return Rdf::Term::blank(id.mid(2));
    if (Iri::isWellFormed(id))
        return Rdf::Term::iri(id);
    return std::nullopt;
}

class Converter {
public:
    Converter(BlankNodeIssuer &issuer, const ToRdfOptions &options, Rdf::Dataset &out)
        : m_issuer(issuer)
        , m_options(options)
        , m_out(out)
    {
    }

    void setGraph(const Rdf::Term &graph) { m_graph = graph; }
    void addQuad(const Rdf::Term &s, const QString &p, const Rdf::Term &o)
    {
        m_out.push_back({s, Rdf::Term::iri(p), o, m_graph});
    }
    void addQuad(const Rdf::Term &s, const Rdf::Term &p, const Rdf::Term &o) { m_out.push_back({s, p, o, m_graph}); }

    void node(const Rdf::Term &subject, const NodeMap::Node &node);
    std::optional<Rdf::Term> object(const Object &item);

private:
    std::optional<Rdf::Term> list(const Array &items);
    std::optional<Rdf::Term> literal(const Object &item);
    Rdf::Term blank() { return Rdf::Term::blank(m_issuer.issue().mid(2)); }

    BlankNodeIssuer &m_issuer;
    const ToRdfOptions &m_options;
    Rdf::Dataset &m_out;
    Rdf::Term m_graph;
};

void Converter::node(const Rdf::Term &subject, const NodeMap::Node &node)
{
    for (const Value &type : node.types) {
        if (const std::optional<Rdf::Term> t = resourceTerm(type.toString()))
            addQuad(subject, RdfType, *t);
    }
    for (const auto &[property, values] : node.properties) {
        if (Iri::isKeyword(property))
            continue;
        const bool blankProperty = Iri::isBlankNode(property);
        if (blankProperty && !m_options.produceGeneralizedRdf)
            continue;
        if (!blankProperty && !Iri::isWellFormed(property))
            continue;
        const Rdf::Term predicate = blankProperty ? Rdf::Term::blank(property.mid(2)) : Rdf::Term::iri(property);
        for (const Value &value : values) {
            if (const std::optional<Rdf::Term> o = object(value.toObject()))
                addQuad(subject, predicate, *o);
        }
    }
}

std::optional<Rdf::Term> Converter::object(const Object &item)
{
    if (item.contains(JsonUtil::keys().value))
        return literal(item);
    if (const Value *list = item.find(JsonUtil::keys().list))
        return this->list(list->toArray());
    return resourceTerm(item.value(JsonUtil::keys().id).toString());
}

std::optional<Rdf::Term> Converter::list(const Array &items)
{
    if (items.isEmpty())
        return Rdf::Term::iri(RdfNil);
    std::vector<Rdf::Term> nodes;
    nodes.reserve(size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i)
        nodes.push_back(blank());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (const std::optional<Rdf::Term> o = object(items.at(i).toObject()))
            addQuad(nodes[size_t(i)], RdfFirst, *o);
        addQuad(nodes[size_t(i)], RdfRest, i + 1 < items.size() ? nodes[size_t(i + 1)] : Rdf::Term::iri(RdfNil));
    }
    return nodes.front();
}

std::optional<Rdf::Term> Converter::literal(const Object &item)
{
    const Value value = item.value(JsonUtil::keys().value);
    QString datatype = item.value(JsonUtil::keys().type).toString();
    const bool hasType = item.contains(JsonUtil::keys().type);
    const QString language = item.value(JsonUtil::keys().language).toString();
    const bool hasLanguage = item.contains(JsonUtil::keys().language);
    if (hasType && datatype != QLatin1String("@json") && !Iri::isWellFormed(datatype))
        return std::nullopt;
    if (hasLanguage && !Iri::isWellFormedLanguageTag(language))
        return std::nullopt;
    QString lexical;
    if (datatype == QLatin1String("@json")) {
        const Result<QByteArray> json = Json::canonicalize(value.toJson());
        if (!json)
            return std::nullopt;
        lexical = QString::fromUtf8(json.value());
        datatype = RdfJson;
    } else if (value.isBool()) {
        lexical = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (!hasType)
            datatype = XsdBoolean;
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        const bool integral = std::isfinite(number) && std::floor(number) == number;
        if (!integral || std::fabs(number) >= 1e21 || datatype == XsdDouble) {
            lexical = canonicalDouble(number);
            if (!hasType)
                datatype = XsdDouble;
        } else {
            lexical = integerLexical(number);
            if (!hasType)
                datatype = XsdInteger;
        }
    } else if (value.isString()) {
        lexical = value.toString();
    } else {
        return std::nullopt;
    }
    const Value direction = item.value(JsonUtil::keys().direction);
    if (direction.isString() && m_options.rdfDirection) {
        if (*m_options.rdfDirection == QLatin1String("i18n-datatype")) {
            return Rdf::Term::literal(lexical, QStringLiteral("https://www.w3.org/ns/i18n#") + language.toLower() +
                                                   QLatin1Char('_') + direction.toString());
        }
        if (*m_options.rdfDirection == QLatin1String("compound-literal")) {
            const Rdf::Term node = blank();
            addQuad(node, RdfNs + QStringLiteral("value"), Rdf::Term::literal(lexical));
            if (hasLanguage)
                addQuad(node, RdfNs + QStringLiteral("language"), Rdf::Term::literal(language.toLower()));
            addQuad(node, RdfNs + QStringLiteral("direction"), Rdf::Term::literal(direction.toString()));
            return node;
        }
    }
    if (datatype == XsdString || (hasLanguage && datatype.isEmpty()))
        datatype.clear();
    return Rdf::Term::literal(lexical, datatype, hasLanguage && !hasType ? language : QString());
}

} // namespace

QString canonicalDouble(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.15E", value);
    const QString text = QString::fromLatin1(buffer);
    const qsizetype e = text.indexOf(QLatin1Char('E'));
    QString mantissa = text.left(e);
    const int exponent = text.mid(e + 1).toInt();
    while (mantissa.endsWith(QLatin1Char('0')) && !mantissa.endsWith(QLatin1String(".0")))
        mantissa.chop(1);
    return mantissa + QLatin1Char('E') + QString::number(exponent);
}

Result<Rdf::Dataset> toRdf(const Array &expanded, const ToRdfOptions &options)
{
    BlankNodeIssuer issuer;
    NodeMap nodeMap(issuer);
    if (const Result<void> built = nodeMap.add(expanded); !built)
        return built.error();
    Rdf::Dataset dataset;
    dataset.reserve(64);
    Converter converter(issuer, options, dataset);
    for (const NodeMap::Graph &graph : nodeMap.graphs()) {
        Rdf::Term graphTerm;
        if (graph.name != QLatin1String("@default")) {
            const std::optional<Rdf::Term> name = resourceTerm(graph.name);
            if (!name)
                continue;
            graphTerm = *name;
        }
        converter.setGraph(graphTerm);
        for (const NodeMap::Node &node : graph.nodes) {
            if (const std::optional<Rdf::Term> subject = resourceTerm(node.id))
                converter.node(*subject, node);
        }
    }
    return dataset;
}

Result<Rdf::Dataset> toRdf(const QJsonArray &expanded, const ToRdfOptions &options)
{
    return toRdf(Value::fromJson(expanded).toArray(), options);
}

Result<Rdf::Dataset> documentToRdf(const QJsonValue &document, const ExpandOptions &expandOptions,
                                   const ToRdfOptions &options, QStringList *droppedTerms)
{
    const Result<ExpandedDocument> expanded = expandDocument(document, expandOptions);
    if (!expanded)
        return expanded.error();
    if (droppedTerms)
        *droppedTerms = expanded->droppedTerms;
    return toRdf(expanded->expanded, options);
}

} // namespace Credfolio::JsonLd
