// SPDX-License-Identifier: GPL-3.0-or-later
// Expansion of the keyword entries of a node or value object (API §5.1.2 step 13.4).
#include "core/jsonld/ExpansionRun.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"
#include "core/jsonld/JsonUtil.h"

#include <QJsonArray>

namespace Credfolio::JsonLd {

using namespace JsonUtil;

namespace {

bool isNodeObject(const Value &value)
{
    if (!value.isObject())
        return false;
    const Object &object = value.toObject();
    return !object.contains(keys().value) && !object.contains(keys().list) && !object.contains(keys().set);
}

Value optionalString(const std::optional<QString> &value)
{
    return value ? Value(*value) : Value();
}

} // namespace

std::optional<QString> ExpansionRun::expandType(const ObjectState &state, const QString &type)
{
    std::optional<QString> expanded = expandIri(*state.typeScoped, type, true, true);
    // A type that no term or vocabulary maps stays a relative IRI, which toRdf drops: report it.
    if (!expanded || (!expanded->contains(QLatin1Char(':')) && !Iri::isKeyword(*expanded)))
        m_dropped.append(type);
    return expanded;
}

Result<Value> ExpansionRun::expandTypeValue(const ObjectState &state, const QJsonValue &value)
{
    if (value.isString())
        return optionalString(expandType(state, value.toString()));
    if (!value.isArray())
        return jsonLdError("invalid type value");
    Array types;
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isString())
            return jsonLdError("invalid type value");
        if (const std::optional<QString> type = expandType(state, item.toString()))
            types.append(*type);
    }
    return Value(types);
}

Result<void> ExpansionRun::expandKeyword(ObjectState &state, const QString &key, const QString &keyword,
                                         const QJsonValue &value, Object &result, QStringList &nests)
{
    if (state.property && *state.property == keys().reverse)
        return jsonLdError("invalid reverse property map", key);
    if (result.contains(keyword) && keyword != keys().included && keyword != keys().type)
        return jsonLdError("colliding keywords", keyword);
    if (keyword == keys().reverse)
        return expandReverse(state, value, result);
    if (keyword == keys().nest) {
        nests.append(key);
        return {};
    }
    if (keyword == keys().value) {
        if (state.inputType == keys().json) {
            if (m_processing.mode10)
                return jsonLdError("invalid value object value");
        } else if (value.isObject() || value.isArray()) {
            return jsonLdError("invalid value object value");
        }
        result.insert(keyword, Value::fromJson(value));
        return {};
    }
    const bool nested =
        keyword == keys().graph || keyword == keys().included || keyword == keys().list || keyword == keys().set;
    Result<std::optional<Value>> expanded = nested ? expandNestedKeyword(state, keyword, value, result)
                                                   : expandScalarKeyword(state, keyword, value, result);
    if (!expanded)
        return expanded.error();
    if (expanded.value())
        result.insert(keyword, *expanded.value());
    return {};
}

Result<std::optional<Value>> ExpansionRun::expandScalarKeyword(const ObjectState &state, const QString &keyword,
                                                               const QJsonValue &value, const Object &result)
{
    if (keyword == keys().id) {
        if (!value.isString())
            return jsonLdError("invalid @id value");
        return std::optional<Value>(optionalString(expandIri(*state.context, value.toString(), true, false)));
    }
    if (keyword == keys().type) {
        Result<Value> types = expandTypeValue(state, value);
        if (!types)
            return types.error();
        if (!result.contains(keyword))
            return std::optional<Value>(types.value());
        Array merged = asArray(result.value(keyword));
        merged.append(asArray(types.value()));
        return std::optional<Value>(merged);
    }
    if (keyword == keys().language) {
        if (!value.isString())
            return jsonLdError("invalid language-tagged string");
        return std::optional<Value>(value.toString().toLower());
    }
    if (keyword == keys().direction) {
        if (m_processing.mode10)
            return std::optional<Value>();
        if (value != QLatin1String("ltr") && value != QLatin1String("rtl"))
            return jsonLdError("invalid base direction");
        return std::optional<Value>(value.toString());
    }
    if (keyword == keys().index) {
        if (!value.isString())
            return jsonLdError("invalid @index value");
        return std::optional<Value>(value.toString());
    }
    return std::optional<Value>(); // framing keywords and @context: nothing to expand
}

Result<std::optional<Value>> ExpansionRun::expandNestedKeyword(const ObjectState &state, const QString &keyword,
                                                               const QJsonValue &value, const Object &result)
{
    if (keyword == keys().list && (!state.property || *state.property == keys().graph))
        return std::optional<Value>();
    if (keyword == keys().included && m_processing.mode10)
        return std::optional<Value>();
    // @included is expanded as the value of a property, so that strings and value objects are kept
    // (and refused below) instead of being dropped as free-floating values.
    const QString *property = keyword == keys().graph      ? &keys().graph
                              : keyword == keys().included ? &keys().included
                                                           : state.property;
    Result<Value> r = expandElement(state.context, property, value, *state.baseUrl, false);
    if (!r)
        return r.error();
    if (keyword == keys().set)
        return std::optional<Value>(r.value());
    const Array items = r.value().isNull() ? Array() : asArray(r.value());
    if (keyword != keys().included)
        return std::optional<Value>(items);
    Array included = result.value(keyword).toArray();
    for (const Value &item : items) {
        if (!isNodeObject(item))
            return jsonLdError("invalid @included value");
        included.append(item);
    }
    return std::optional<Value>(included);
}

Result<void> ExpansionRun::expandReverse(ObjectState &state, const QJsonValue &value, Object &result)
{
    if (!value.isObject())
        return jsonLdError("invalid @reverse value");
    Result<Value> r = expandElement(state.context, &keys().reverse, value, *state.baseUrl, false);
    if (!r)
        return r.error();
    const Object expanded = r.value().toObject();
    if (const Value *doubled = expanded.find(keys().reverse)) {
        for (const Object::Member &m : doubled->toObject())
            addValue(result, m.first, m.second);
    }
    Object reverseMap = result.value(keys().reverse).toObject();
    bool any = false;
    for (const Object::Member &m : expanded) {
        if (m.first == keys().reverse)
            continue;
        const Array items = asArray(m.second);
        for (const Value &item : items) {
            if (isValueObject(item) || isListObject(item))
                return jsonLdError("invalid reverse property value", m.first);
        }
        addValue(reverseMap, m.first, items);
        any = true;
    }
    if (any)
        result.insert(keys().reverse, reverseMap);
    return {};
}

} // namespace Credfolio::JsonLd
