// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace Credfolio::JsonLd {

class Value;

/// A JSON array of the expanded form: implicitly shared, copied on the first write.
class Array {
public:
    Array();
    Array(std::initializer_list<Value> items);

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    const Value &at(qsizetype i) const;
    const Value &first() const { return at(0); }
    const Value &last() const { return at(size() - 1); }
    void append(const Value &value);
    void append(const Array &values);
    bool contains(const Value &value) const;
    std::vector<Value>::const_iterator begin() const;
    std::vector<Value>::const_iterator end() const;
    Value &operator[](qsizetype i);
    friend bool operator==(const Array &a, const Array &b);

private:
    std::vector<Value> &mutableItems();
    std::shared_ptr<std::vector<Value>> m_items;
};

/// A JSON object of the expanded form: members in insertion order, implicitly shared.
class Object {
public:
    using Member = std::pair<QString, Value>;

    Object();
    Object(std::initializer_list<Member> members);

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    bool contains(QStringView key) const { return find(key) != nullptr; }
    bool contains(QLatin1StringView key) const { return find(key) != nullptr; }
    /// The member's value, or null when absent.
    Value value(QStringView key) const;
    Value value(QLatin1StringView key) const;
    const Value *find(QStringView key) const;
    const Value *find(QLatin1StringView key) const;
    /// The member's value for in-place changes (detaches), or nullptr when absent.
    Value *findMutable(QStringView key);
    void insert(const QString &key, const Value &value);
    void remove(QStringView key);
    std::vector<Member>::const_iterator begin() const;
    std::vector<Member>::const_iterator end() const;
    friend bool operator==(const Object &a, const Object &b);

private:
    std::vector<Member> &mutableMembers();
    std::shared_ptr<std::vector<Member>> m_members;
};

/// A JSON value of the expanded form. Cheaper to build than QJsonValue (no CBOR re-encoding of strings,
/// no sorted inserts); converted to and from Qt's JSON types at the API boundary.
class Value {
public:
    enum class Type : quint8 { Null, Bool, Double, String, Array, Object };

    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b)
        : m_type(Type::Bool)
        , m_bool(b)
    {
    }
    Value(double d)
        : m_type(Type::Double)
        , m_number(d)
    {
    }
    Value(const QString &s)
        : m_type(Type::String)
        , m_string(s)
    {
    }
    Value(QLatin1StringView s)
        : m_type(Type::String)
        , m_string(s)
    {
    }
    Value(const Array &a)
        : m_type(Type::Array)
        , m_array(a)
    {
    }
    Value(const Object &o)
        : m_type(Type::Object)
        , m_object(o)
    {
    }

    static Value fromJson(const QJsonValue &json);
    QJsonValue toJson() const;

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isDouble() const { return m_type == Type::Double; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool toBool() const { return m_bool; }
    double toDouble() const { return m_number; }
    const QString &toString() const { return m_string; }
    /// The array (an empty one unless isArray()).
    const Array &toArray() const { return m_array; }
    const Object &toObject() const { return m_object; }
    /// This value as an array to change in place (a non-array becomes an empty array first).
    Array &mutableArray();

    friend bool operator==(const Value &a, const Value &b);
    friend bool operator==(const Value &a, QLatin1StringView b) { return a.isString() && a.m_string == b; }

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    Array m_array;
    Object m_object;
};

} // namespace Credfolio::JsonLd
