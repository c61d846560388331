// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

// A JSON Schema (draft-07) check for the keywords the JSON Resume schema uses: type, properties,
// additionalProperties, required, items, $ref to "#/definitions/...", pattern, format (uri, email).
// A schema keyword it does not know is reported as a problem rather than ignored.
namespace Credfolio::Portfolio::Test {

class JsonSchemaCheck {
public:
    explicit JsonSchemaCheck(QJsonObject root)
        : m_root(std::move(root))
    {
    }

    /// The problems found, "path: what" each; empty when `value` is valid.
    QStringList validate(const QJsonValue &value) const
    {
        QStringList problems;
        check(value, m_root, QStringLiteral("$"), problems);
        return problems;
    }

private:
    static bool hasType(const QJsonValue &value, const QString &type)
    {
        if (type == u"object") {
            return value.isObject();
        }
        if (type == u"array") {
            return value.isArray();
        }
        if (type == u"string") {
            return value.isString();
        }
        if (type == u"number") {
            return value.isDouble();
        }
        if (type == u"integer") {
            return value.isDouble() && value.toDouble() == qint64(value.toDouble());
        }
        if (type == u"boolean") {
            return value.isBool();
        }
        if (type == u"null") {
            return value.isNull();
        }
        return false;
    }

    static bool hasFormat(const QString &text, const QString &format)
    {
        if (format == u"uri") { // RFC 3986: an absolute URI starts with a scheme
            static const QRegularExpression uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$"));
            return uri.match(text).hasMatch();
        }
        if (format == u"email") {
            static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
            return email.match(text).hasMatch();
        }
        return true; // formats are annotations unless checked; none other is used by the schema
    }

    void check(const QJsonValue &value, const QJsonObject &schema, const QString &path, QStringList &problems) const
    {
        static const QSet<QString> annotations{
            QStringLiteral("description"), QStringLiteral("title"),   QStringLiteral("$schema"), QStringLiteral("$id"),
            QStringLiteral("definitions"), QStringLiteral("default"), QStringLiteral("examples")};
        static const QSet<QString> known{QStringLiteral("type"),     QStringLiteral("properties"),
                                         QStringLiteral("required"), QStringLiteral("additionalProperties"),
                                         QStringLiteral("items"),    QStringLiteral("$ref"),
                                         QStringLiteral("pattern"),  QStringLiteral("format")};
        for (auto it = schema.begin(); it != schema.end(); ++it) {
            if (!known.contains(it.key()) && !annotations.contains(it.key())) {
                problems.append(path + QStringLiteral(": schema keyword not supported by this check: ") + it.key());
            }
        }
        if (schema.contains(QStringLiteral("$ref"))) {
            const QString ref = schema.value(QStringLiteral("$ref")).toString();
            const QString prefix = QStringLiteral("#/definitions/");
            const QJsonObject target =
                m_root.value(QStringLiteral("definitions")).toObject().value(ref.mid(prefix.size())).toObject();
            if (!ref.startsWith(prefix) || target.isEmpty()) {
                problems.append(path + QStringLiteral(": unresolved $ref ") + ref);
                return;
            }
            check(value, target, path, problems);
        }
        if (schema.contains(QStringLiteral("type"))) {
            const QJsonValue type = schema.value(QStringLiteral("type"));
            QStringList types;
            if (type.isArray()) {
                for (const auto &t : type.toArray()) {
                    types.append(t.toString());
                }
            } else {
                types.append(type.toString());
            }
            bool any = false;
            for (const QString &t : types) {
                any = any || hasType(value, t);
            }
            if (!any) {
                problems.append(path + QStringLiteral(": not of type ") + types.join(u'|'));
                return;
            }
        }
        if (value.isString()) {
            const QString text = value.toString();
            if (schema.contains(QStringLiteral("pattern")) &&
                !QRegularExpression(schema.value(QStringLiteral("pattern")).toString()).match(text).hasMatch()) {
                problems.append(path + QStringLiteral(": does not match ") +
                                schema.value(QStringLiteral("pattern")).toString());
            }
            if (schema.contains(QStringLiteral("format")) &&
                !hasFormat(text, schema.value(QStringLiteral("format")).toString())) {
                problems.append(path + QStringLiteral(": not a ") + schema.value(QStringLiteral("format")).toString());
            }
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (const auto &name : schema.value(QStringLiteral("required")).toArray()) {
                if (!object.contains(name.toString())) {
                    problems.append(path + QStringLiteral(": missing required ") + name.toString());
                }
            }
            const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString memberPath = path + QLatin1Char('.') + it.key();
                if (properties.contains(it.key())) {
                    check(it.value(), properties.value(it.key()).toObject(), memberPath, problems);
                } else if (additional.isBool() && !additional.toBool()) {
                    problems.append(memberPath + QStringLiteral(": additional property not allowed"));
                } else if (additional.isObject()) {
                    check(it.value(), additional.toObject(), memberPath, problems);
                }
            }
        }
        if (value.isArray() && schema.value(QStringLiteral("items")).isObject()) {
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i) {
                check(array.at(i), schema.value(QStringLiteral("items")).toObject(),
                      path + QStringLiteral("[%1]").arg(i), problems);
            }
        }
    }

    QJsonObject m_root;
};

} // namespace Credfolio::Portfolio::Test
