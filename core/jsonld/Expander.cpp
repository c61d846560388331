// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonld/Expander.h"

#include "core/jsonld/ExpansionRun.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"
#include "core/jsonld/JsonUtil.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Credfolio::JsonLd {

using namespace JsonUtil;

namespace {

// Deeper documents are refused; JSON read by Credfolio::Json is at most 128 levels deep anyway.
constexpr int MaxDepth = 256;

} // namespace

Result<ExpandedDocument> expandDocument(const QJsonValue &document, const ExpandOptions &options)
{
    const std::shared_ptr<const DocumentLoader> loader = options.loader ? options.loader : DocumentLoader::bundled();
    Processing processing;
    processing.loader = loader.get();
    processing.mode10 = options.processingMode == QLatin1String("json-ld-1.0");
    ContextPtr active = loader->initialContext(options.base);
    if (!options.expandContext.isUndefined() && !options.expandContext.isNull()) {
        QJsonValue local = options.expandContext;
        if (local.isObject() && local.toObject().contains(QLatin1String("@context")))
            local = local.toObject().value(QLatin1String("@context"));
        Result<ContextPtr> processed = processContext(processing, active, local, options.base);
        if (!processed)
            return processed.error();
        active = processed.value();
    }
    ExpansionRun run(processing);
    Result<Value> expanded = run.expandElement(active, nullptr, document, options.base, false);
    if (!expanded)
        return expanded.error();
    Value value = expanded.value();
    if (value.isObject() && value.toObject().size() == 1 && value.toObject().contains(keys().graph))
        value = value.toObject().value(keys().graph);
    ExpandedDocument result;
    result.expanded = value.isNull() ? Array() : asArray(value);
    result.droppedTerms = run.droppedTerms();
    result.droppedTerms.removeDuplicates();
    return result;
}

Result<ExpandResult> expand(const QJsonValue &document, const ExpandOptions &options)
{
    Result<ExpandedDocument> expanded = expandDocument(document, options);
    if (!expanded)
        return expanded.error();
    return ExpandResult{Value(expanded->expanded).toJson().toArray(), expanded->droppedTerms};
}

Result<Value> ExpansionRun::expandElement(const ContextPtr &active, const QString *property, const QJsonValue &element,
                                          const QString &baseUrl, bool fromMap)
{
    if (element.isNull() || element.isUndefined())
        return Value();
    if (m_depth >= MaxDepth) {
        return makeError(QStringLiteral("jsonld.nesting-too-deep"),
                         QCoreApplication::translate("Credfolio::JsonLd", "The JSON-LD document is nested too deeply."),
                         QStringLiteral("more than %1 levels").arg(MaxDepth));
    }
    struct DepthGuard {
        int &depth;
        explicit DepthGuard(int &d)
            : depth(++d)
        {
        }
        ~DepthGuard() { --depth; }
    } guard(m_depth);

    const TermDefinition *term = property ? active->term(*property) : nullptr;
    if (element.isArray()) {
        Array result;
        const QJsonArray items = element.toArray();
        for (const QJsonValue &item : items) {
            Result<Value> expanded = expandElement(active, property, item, baseUrl, fromMap);
            if (!expanded)
                return expanded;
            Value value = expanded.value();
            if (term && term->has(Container::List) && value.isArray())
                value = Object{{keys().list, value}};
            if (value.isArray())
                result.append(value.toArray());
            else if (!value.isNull())
                result.append(value);
        }
        return Value(result);
    }
    if (element.isObject())
        return expandObject(active, property, element.toObject(), baseUrl, fromMap);
    if (!property || *property == keys().graph)
        return Value();
    if (term && term->hasContext) {
        ContextFlags flags;
        flags.overrideProtected = true;
        const Result<ContextPtr> scoped = processScopedContext(m_processing, active, *term, flags);
        if (!scoped)
            return scoped.error();
        return Value(expandValue(*scoped.value(), property, element));
    }
    return Value(expandValue(*active, property, element));
}

namespace {

// Whether `key` expands to `keyword` (IRI expansion with vocab = true): only the keyword itself or a
// term aliasing it can.
bool expandsTo(const ActiveContext &context, const QString &key, QLatin1StringView keyword)
{
    if (key == keyword)
        return true;
    const TermDefinition *term = context.term(key);
    return term && !term->nullMapping && term->iri == keyword;
}

} // namespace

ExpansionRun::Entries ExpansionRun::entriesOf(const QJsonObject &element)
{
    Entries entries;
    entries.reserve(size_t(element.size()));
    for (auto it = element.begin(); it != element.end(); ++it)
        entries.emplace_back(it.key(), it.value());
    return entries;
}

Result<Value> ExpansionRun::expandObject(const ContextPtr &active, const QString *property, const QJsonObject &object,
                                         const QString &baseUrl, bool fromMap)
{
    const Entries element = entriesOf(object);
    const TermDefinition *propertyTerm = property ? active->term(*property) : nullptr;
    ContextPtr context = active;
    if (context->previous && !fromMap) {
        bool revert = true;
        for (const auto &[key, value] : element) {
            if (expandsTo(*context, key, QLatin1StringView("@value")) ||
                (element.size() == 1 && expandsTo(*context, key, QLatin1StringView("@id"))))
                revert = false;
        }
        if (revert)
            context = context->previous;
    }
    if (propertyTerm && propertyTerm->hasContext) {
        ContextFlags flags;
        flags.overrideProtected = true;
        Result<ContextPtr> scoped = processScopedContext(m_processing, context, *propertyTerm, flags);
        if (!scoped)
            return scoped.error();
        context = scoped.value();
    }
    if (const auto it = object.constFind(QLatin1String("@context")); it != object.constEnd()) {
        Result<ContextPtr> local = processContext(m_processing, context, it.value(), baseUrl);
        if (!local)
            return local.error();
        context = local.value();
    }
    ObjectState state{context, context, property, &baseUrl, {}};
    Result<ContextPtr> typed = applyTypeScopes(state, element);
    if (!typed)
        return typed.error();
    state.context = typed.value();
    Object result;
    if (const Result<void> entries = expandEntries(state, element, result); !entries)
        return entries.error();
    return finishObject(std::move(result), property);
}

Result<ContextPtr> ExpansionRun::applyTypeScopes(ObjectState &state, const Entries &element)
{
    ContextPtr context = state.context;
    bool first = true;
    for (const auto &[key, value] : element) {
        if (!expandsTo(*state.typeScoped, key, QLatin1StringView("@type")))
            continue;
        const QJsonArray values = asJsonArray(value);
        QStringList types;
        for (const QJsonValue &v : values) {
            if (v.isString())
                types.append(v.toString());
        }
        if (first && !values.isEmpty() && values.last().isString()) {
            state.inputType = expandIri(*state.typeScoped, values.last().toString(), false, true).value_or(QString());
        }
        first = false;
        std::sort(types.begin(), types.end());
        for (const QString &type : std::as_const(types)) {
            const TermDefinition *term = state.typeScoped->term(type);
            if (!term || !term->hasContext)
                continue;
            ContextFlags flags;
            flags.propagate = false;
            Result<ContextPtr> scoped = processScopedContext(m_processing, context, *term, flags);
            if (!scoped)
                return scoped.error();
            context = scoped.value();
        }
    }
    return context;
}

Result<void> ExpansionRun::expandEntries(ObjectState &state, const Entries &element, Object &result)
{
    QStringList nests;
    for (const auto &[key, value] : element) {
        if (key == QLatin1String("@context"))
            continue;
        const std::optional<QString> property = expandIri(*state.context, key, false, true);
        if (!property || (!property->contains(QLatin1Char(':')) && !Iri::isKeyword(*property))) {
            m_dropped.append(key);
            continue;
        }
        const Result<void> r = Iri::isKeyword(*property) ? expandKeyword(state, key, *property, value, result, nests)
                                                         : expandProperty(state, key, *property, value, result);
        if (!r)
            return r;
    }
    return expandNests(state, element, nests, result);
}

Result<void> ExpansionRun::expandProperty(ObjectState &state, const QString &key, const QString &property,
                                          const QJsonValue &value, Object &result)
{
    const TermDefinition *term = state.context->term(key);
    Value expanded;
    if (term && term->typeMapping == keys().json) {
        expanded = Object{{keys().value, Value::fromJson(value)}, {keys().type, keys().json}};
    } else {
        Result<Value> r = Value();
        if (term && term->has(Container::Language) && value.isObject())
            r = expandLanguageMap(*state.context, *term, value.toObject());
        else if (term &&
                 (term->container & (quint8(Container::Index) | quint8(Container::Type) | quint8(Container::Id))) &&
                 value.isObject())
            r = expandIndexMap(state, key, *term, value.toObject());
        else
            r = expandElement(state.context, &key, value, *state.baseUrl, false);
        if (!r)
            return r.error();
        expanded = r.value();
    }
    if (expanded.isNull())
        return {};
    if (term && term->has(Container::List) && !isListObject(expanded))
        expanded = Object{{keys().list, asArray(expanded)}};
    if (term && term->has(Container::Graph) && !term->has(Container::Id) && !term->has(Container::Index)) {
        Array graphs;
        for (const Value &item : asArray(expanded))
            graphs.append(Object{{keys().graph, asArray(item)}});
        expanded = graphs;
    }
    if (term && term->reverse) {
        Object reverseMap = result.value(keys().reverse).toObject();
        for (const Value &item : asArray(expanded)) {
            if (isValueObject(item) || isListObject(item))
                return jsonLdError("invalid reverse property value", key);
            addValue(reverseMap, property, item);
        }
        result.insert(keys().reverse, reverseMap);
    } else {
        addValue(result, property, expanded);
    }
    return {};
}

Result<void> ExpansionRun::expandNests(ObjectState &state, const Entries &element, const QStringList &nests,
                                       Object &result)
{
    for (const QString &nestKey : nests) {
        ObjectState nestState = state;
        if (const TermDefinition *nestTerm = state.context->term(nestKey); nestTerm && nestTerm->hasContext) {
            ContextFlags flags;
            flags.overrideProtected = true;
            Result<ContextPtr> scoped = processScopedContext(m_processing, state.context, *nestTerm, flags);
            if (!scoped)
                return scoped.error();
            nestState.context = scoped.value();
        }
        QJsonValue nestValue;
        for (const auto &[key, value] : element) {
            if (key == nestKey)
                nestValue = value;
        }
        const QJsonArray nestedValues = asJsonArray(nestValue);
        for (const QJsonValue &nested : nestedValues) {
            if (!nested.isObject())
                return jsonLdError("invalid @nest value", nestKey);
            const QJsonObject nestedObject = nested.toObject();
            for (auto n = nestedObject.begin(); n != nestedObject.end(); ++n) {
                if (expandIri(*nestState.context, n.key(), false, true) == QLatin1String("@value"))
                    return jsonLdError("invalid @nest value", nestKey);
            }
            if (const Result<void> r = expandEntries(nestState, entriesOf(nestedObject), result); !r)
                return r;
        }
    }
    return {};
}

Result<Value> ExpansionRun::finishObject(Object result, const QString *property)
{
    Value out;
    if (result.contains(keys().value)) {
        for (const Object::Member &m : result) {
            const QString &k = m.first;
            if (k != keys().direction && k != keys().index && k != keys().language && k != keys().type &&
                k != keys().value)
                return jsonLdError("invalid value object", k);
        }
        const bool hasType = result.contains(keys().type);
        if (hasType && (result.contains(keys().language) || result.contains(keys().direction)))
            return jsonLdError("invalid value object");
        const Value type = result.value(keys().type);
        const Value value = result.value(keys().value);
        if (type == QLatin1StringView("@json")) {
            // any JSON value is allowed
        } else if (value.isNull() || (value.isArray() && value.toArray().isEmpty())) {
            return Value();
        } else if (!value.isString() && result.contains(keys().language)) {
            return jsonLdError("invalid language-tagged value");
        } else if (hasType && (!type.isString() || !Iri::isAbsolute(type.toString()))) {
            return jsonLdError("invalid typed value");
        }
        out = result;
    } else if (result.contains(keys().type)) {
        result.insert(keys().type, asArray(result.value(keys().type)));
        out = result;
    } else if (result.contains(keys().set) || result.contains(keys().list)) {
        if (result.size() > 2 || (result.size() == 2 && !result.contains(keys().index)))
            return jsonLdError("invalid set or list object");
        out = result.contains(keys().set) ? result.value(keys().set) : Value(result);
    } else {
        out = result;
    }
    if (out.isObject()) {
        const Object &object = out.toObject();
        if (object.size() == 1 && object.contains(keys().language))
            return Value();
        if (!property || *property == keys().graph) {
            if (object.isEmpty() || object.contains(keys().value) || object.contains(keys().list))
                return Value();
            if (object.size() == 1 && object.contains(keys().id))
                return Value();
        }
    }
    return out;
}

} // namespace Credfolio::JsonLd
