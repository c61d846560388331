// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonld/Value.h"

#include <QJsonArray>
#include <QJsonValue>

/// Small helpers over the expanded-form values shared by the expansion and toRdf code.
namespace Credfolio::JsonLd::JsonUtil {

/// Keywords as shared strings, so that building objects does not allocate key strings.
struct Keys {
    const QString value = QStringLiteral("@value");
    const QString type = QStringLiteral("@type");
    const QString id = QStringLiteral("@id");
    const QString list = QStringLiteral("@list");
    const QString set = QStringLiteral("@set");
    const QString graph = QStringLiteral("@graph");
    const QString language = QStringLiteral("@language");
    const QString direction = QStringLiteral("@direction");
    const QString index = QStringLiteral("@index");
    const QString reverse = QStringLiteral("@reverse");
    const QString included = QStringLiteral("@included");
    const QString json = QStringLiteral("@json");
    const QString none = QStringLiteral("@none");
    const QString nest = QStringLiteral("@nest");
    const QString context = QStringLiteral("@context");
};
const Keys &keys();

inline Array asArray(const Value &value)
{
    if (value.isArray())
        return value.toArray();
    return Array{value};
}

inline QJsonArray asJsonArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined())
        return {};
    return QJsonArray{value};
}

inline bool isValueObject(const Value &value)
{
    return value.isObject() && value.toObject().contains(QLatin1StringView("@value"));
}

inline bool isListObject(const Value &value)
{
    return value.isObject() && value.toObject().contains(QLatin1StringView("@list"));
}

/// A graph object: @graph with at most @id and @index besides.
inline bool isGraphObject(const Value &value)
{
    if (!value.isObject())
        return false;
    const Object &object = value.toObject();
    if (!object.contains(QLatin1StringView("@graph")))
        return false;
    for (const Object::Member &m : object) {
        if (m.first != QLatin1StringView("@graph") && m.first != QLatin1StringView("@id") &&
            m.first != QLatin1StringView("@index"))
            return false;
    }
    return true;
}

/// Appends `value` (or each of its items when it is an array) to the array at object[key].
inline void addValue(Object &object, const QString &key, const Value &value)
{
    Value *slot = object.findMutable(key);
    if (!slot) {
        object.insert(key, value.isArray() ? value : Value(Array{value}));
        return;
    }
    Array &items = slot->mutableArray();
    if (value.isArray())
        items.append(value.toArray());
    else
        items.append(value);
}

} // namespace Credfolio::JsonLd::JsonUtil
