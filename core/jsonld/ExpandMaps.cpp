// SPDX-License-Identifier: GPL-3.0-or-later
// Value expansion and the expansion of language, index, id and type maps (API §5.1.2 steps 13.7-13.8,
// §5.3.2).
#include "core/jsonld/ExpansionRun.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"
#include "core/jsonld/JsonUtil.h"

#include <QJsonArray>

namespace Credfolio::JsonLd {

using namespace JsonUtil;

Object expandValue(const ActiveContext &context, const QString *property, const QJsonValue &value)
{
    const TermDefinition *term = property ? context.term(*property) : nullptr;
    if (term && value.isString()) {
        if (term->typeMapping == keys().id) {
            const std::optional<QString> id = expandIri(context, value.toString(), true, false);
            return Object{{keys().id, id ? Value(*id) : Value()}};
        }
        if (term->typeMapping == QLatin1StringView("@vocab")) {
            const std::optional<QString> id = expandIri(context, value.toString(), true, true);
            return Object{{keys().id, id ? Value(*id) : Value()}};
        }
    }
    Object result{{keys().value, Value::fromJson(value)}};
    if (term && !term->typeMapping.isEmpty() && term->typeMapping != keys().id &&
        term->typeMapping != QLatin1StringView("@vocab") && term->typeMapping != keys().none) {
        result.insert(keys().type, term->typeMapping);
    } else if (value.isString()) {
        const std::optional<QString> &language = term && term->hasLanguage ? term->language : context.defaultLanguage;
        const std::optional<QString> &direction =
            term && term->hasDirection ? term->direction : context.defaultDirection;
        if (language)
            result.insert(keys().language, *language);
        if (direction)
            result.insert(keys().direction, *direction);
    }
    return result;
}

Result<Value> ExpansionRun::expandLanguageMap(const ActiveContext &context, const TermDefinition &term,
                                              const QJsonObject &value)
{
    Array expanded;
    const std::optional<QString> direction = term.hasDirection ? term.direction : context.defaultDirection;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString language = it.key();
        const bool none =
            language == keys().none || expandIri(context, language, false, true) == QLatin1String("@none");
        const QJsonArray items = asJsonArray(it.value());
        for (const QJsonValue &item : items) {
            if (item.isNull())
                continue;
            if (!item.isString())
                return jsonLdError("invalid language map value", language);
            Object v{{keys().value, item.toString()}};
            if (!none)
                v.insert(keys().language, language.toLower());
            if (direction)
                v.insert(keys().direction, *direction);
            expanded.append(v);
        }
    }
    return Value(expanded);
}

Result<Value> ExpansionRun::expandIndexMap(ObjectState &state, const QString &key, const TermDefinition &term,
                                           const QJsonObject &value)
{
    const ContextPtr &active = state.context;
    const QString indexKey = term.index.isEmpty() ? keys().index : term.index;
    const bool idOrType = term.has(Container::Id) || term.has(Container::Type);
    Array expanded;
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString index = it.key();
        ContextPtr mapContext = active;
        if (idOrType && active->previous)
            mapContext = active->previous;
        if (term.has(Container::Type)) {
            if (const TermDefinition *indexTerm = mapContext->term(index); indexTerm && indexTerm->hasContext) {
                Result<ContextPtr> scoped = processScopedContext(m_processing, mapContext, *indexTerm, {});
                if (!scoped)
                    return scoped.error();
                mapContext = scoped.value();
            }
        }
        const std::optional<QString> expandedIndex = expandIri(*active, index, false, true);
        const bool none = expandedIndex == QLatin1String("@none");
        Result<Value> r = expandElement(mapContext, &key, asJsonArray(it.value()), *state.baseUrl, true);
        if (!r)
            return r.error();
        for (Value item : asArray(r.value())) {
            if (term.has(Container::Graph) && !isGraphObject(item))
                item = Object{{keys().graph, asArray(item)}};
            Object object = item.toObject();
            if (term.has(Container::Index) && indexKey != keys().index && !none) {
                const Object reExpanded = expandValue(*active, &indexKey, index);
                const QString expandedIndexKey = expandIri(*active, indexKey, false, true).value_or(indexKey);
                Array values{reExpanded};
                if (const Value *existing = object.find(expandedIndexKey))
                    values.append(asArray(*existing));
                if (object.contains(keys().value))
                    return jsonLdError("invalid value object", index);
                object.insert(expandedIndexKey, values);
            } else if (term.has(Container::Index) && !object.contains(keys().index) && !none) {
                object.insert(keys().index, index);
            } else if (term.has(Container::Id) && !object.contains(keys().id) && !none) {
                const std::optional<QString> id = expandIri(*active, index, true, false);
                object.insert(keys().id, id ? Value(*id) : Value());
            } else if (term.has(Container::Type) && !none) {
                Array types{expandedIndex ? Value(*expandedIndex) : Value()};
                if (const Value *existing = object.find(keys().type))
                    types.append(asArray(*existing));
                object.insert(keys().type, types);
            }
            expanded.append(object);
        }
    }
    return Value(expanded);
}

} // namespace Credfolio::JsonLd
