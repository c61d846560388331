// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonld/Value.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Credfolio::JsonLd {

namespace {

const std::vector<Value> &emptyItems()
{
    static const std::vector<Value> empty;
    return empty;
}

const std::vector<Object::Member> &emptyMembers()
{
    static const std::vector<Object::Member> empty;
    return empty;
}

} // namespace

Array::Array() = default;

Array::Array(std::initializer_list<Value> items)
    : m_items(std::make_shared<std::vector<Value>>(items))
{
}

qsizetype Array::size() const
{
    return m_items ? qsizetype(m_items->size()) : 0;
}

const Value &Array::at(qsizetype i) const
{
    return (*m_items)[size_t(i)];
}

std::vector<Value> &Array::mutableItems()
{
    if (!m_items) {
        m_items = std::make_shared<std::vector<Value>>();
        m_items->reserve(2);
    } else if (m_items.use_count() > 1) {
        m_items = std::make_shared<std::vector<Value>>(*m_items);
    }
    return *m_items;
}

void Array::append(const Value &value)
{
    mutableItems().push_back(value);
}

void Array::append(const Array &values)
{
    if (values.isEmpty())
        return;
    std::vector<Value> &items = mutableItems();
    items.insert(items.end(), values.begin(), values.end());
}

bool Array::contains(const Value &value) const
{
    for (const Value &item : *this) {
        if (item == value)
            return true;
    }
    return false;
}

std::vector<Value>::const_iterator Array::begin() const
{
    return m_items ? m_items->cbegin() : emptyItems().cbegin();
}

std::vector<Value>::const_iterator Array::end() const
{
    return m_items ? m_items->cend() : emptyItems().cend();
}

Value &Array::operator[](qsizetype i)
{
    return mutableItems()[size_t(i)];
}

bool operator==(const Array &a, const Array &b)
{
    if (a.m_items == b.m_items)
        return true;
    if (a.size() != b.size())
        return false;
    return std::equal(a.begin(), a.end(), b.begin());
}

Object::Object() = default;

Object::Object(std::initializer_list<Member> members)
    : m_members(std::make_shared<std::vector<Member>>(members))
{
}

qsizetype Object::size() const
{
    return m_members ? qsizetype(m_members->size()) : 0;
}

const Value *Object::find(QStringView key) const
{
    for (const Member &m : *this) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

const Value *Object::find(QLatin1StringView key) const
{
    for (const Member &m : *this) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

Value Object::value(QStringView key) const
{
    const Value *v = find(key);
    return v ? *v : Value();
}

Value Object::value(QLatin1StringView key) const
{
    const Value *v = find(key);
    return v ? *v : Value();
}

std::vector<Object::Member> &Object::mutableMembers()
{
    if (!m_members) {
        m_members = std::make_shared<std::vector<Member>>();
        m_members->reserve(4);
    } else if (m_members.use_count() > 1) {
        m_members = std::make_shared<std::vector<Member>>(*m_members);
    }
    return *m_members;
}

Value *Object::findMutable(QStringView key)
{
    if (!contains(key))
        return nullptr;
    for (Member &m : mutableMembers()) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

void Object::insert(const QString &key, const Value &value)
{
    std::vector<Member> &members = mutableMembers();
    for (Member &m : members) {
        if (m.first == key) {
            m.second = value;
            return;
        }
    }
    members.emplace_back(key, value);
}

void Object::remove(QStringView key)
{
    if (!contains(key))
        return;
    std::vector<Member> &members = mutableMembers();
    members.erase(std::remove_if(members.begin(), members.end(), [key](const Member &m) { return m.first == key; }),
                  members.end());
}

std::vector<Object::Member>::const_iterator Object::begin() const
{
    return m_members ? m_members->cbegin() : emptyMembers().cbegin();
}

std::vector<Object::Member>::const_iterator Object::end() const
{
    return m_members ? m_members->cend() : emptyMembers().cend();
}

bool operator==(const Object &a, const Object &b)
{
    if (a.m_members == b.m_members)
        return true;
    if (a.size() != b.size())
        return false;
    for (const Object::Member &m : a) {
        const Value *other = b.find(m.first);
        if (!other || !(*other == m.second))
            return false;
    }
    return true;
}

bool operator==(const Value &a, const Value &b)
{
    if (a.m_type != b.m_type)
        return false;
    switch (a.m_type) {
    case Value::Type::Null:
        return true;
    case Value::Type::Bool:
        return a.m_bool == b.m_bool;
    case Value::Type::Double:
        return a.m_number == b.m_number;
    case Value::Type::String:
        return a.m_string == b.m_string;
    case Value::Type::Array:
        return a.m_array == b.m_array;
    case Value::Type::Object:
        return a.m_object == b.m_object;
    }
    return false;
}

Array &Value::mutableArray()
{
    if (m_type != Type::Array) {
        m_type = Type::Array;
        m_array = Array();
    }
    return m_array;
}

Value Value::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return json.toBool();
    case QJsonValue::Double:
        return json.toDouble();
    case QJsonValue::String:
        return json.toString();
    case QJsonValue::Array: {
        Array array;
        const QJsonArray items = json.toArray();
        for (const QJsonValue &item : items)
            array.append(fromJson(item));
        return array;
    }
    case QJsonValue::Object: {
        Object object;
        const QJsonObject members = json.toObject();
        for (auto it = members.begin(); it != members.end(); ++it)
            object.insert(it.key(), fromJson(it.value()));
        return object;
    }
    default:
        return Value();
    }
}

QJsonValue Value::toJson() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return m_bool;
    case Type::Double:
        return m_number;
    case Type::String:
        return m_string;
    case Type::Array: {
        QJsonArray array;
        for (const Value &item : m_array)
            array.append(item.toJson());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (const Object::Member &m : m_object)
            object.insert(m.first, m.second.toJson());
        return object;
    }
    }
    return {};
}

} // namespace Credfolio::JsonLd

#include "core/jsonld/JsonUtil.h"

namespace Credfolio::JsonLd::JsonUtil {

const Keys &keys()
{
    static const Keys instance;
    return instance;
}

} // namespace Credfolio::JsonLd::JsonUtil
