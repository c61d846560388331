// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/CtdlImporter.h"

#include "core/json/JsonReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace Credfolio::Pathways {

namespace {

// `ceterms:requiredNumber`, also spelled `ceterms:RequiredNumber`.
QJsonValue prop(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = object.value(QLatin1String("ceterms:") + name);
    if (!value.isUndefined()) {
        return value;
    }
    return object.value(QLatin1String("ceterms:") + name.left(1).toUpper() + name.mid(1));
}

QJsonArray values(const QJsonObject &object, const QString &name)
{
    const QJsonValue value = prop(object, name);
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    return value.isArray() ? value.toArray() : QJsonArray{value};
}

// A plain string, a language map (en-US, then en, then any) or a value object.
QString text(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray()) {
        return value.toArray().isEmpty() ? QString() : text(value.toArray().first());
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("@value"))) {
        return object.value(QLatin1String("@value")).toString();
    }
    for (const char *language : {"en-US", "en", "en-GB"}) {
        if (object.value(QLatin1String(language)).isString()) {
            return object.value(QLatin1String(language)).toString();
        }
    }
    return object.isEmpty() ? QString() : text(object.begin().value());
}

std::optional<double> numberOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        return value.toDouble();
    }
    bool ok = false;
    const double number = text(value).toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

QString typeOf(const QJsonObject &object)
{
    const QJsonValue type = object.value(QLatin1String("@type"));
    QString name = type.isArray() ? type.toArray().first().toString() : type.toString();
    if (name.startsWith(QLatin1String("ceterms:"))) {
        name = name.mid(8);
    }
    return name;
}

class Importer {
public:
    QHash<QString, QJsonObject> m_byId;
    QList<QJsonObject> m_pathways;
    ImportResult m_result;
    QSet<QString> m_noted;

    void index(const QJsonObject &object)
    {
        const QString id = object.value(QLatin1String("@id")).toString();
        if (!id.isEmpty() && !m_byId.contains(id)) {
            m_byId.insert(id, object);
        }
        if (typeOf(object) == QLatin1String("Pathway")) {
            m_pathways.append(object);
        }
    }

    void note(const QString &code, const QString &message, const QString &path)
    {
        if (!m_noted.contains(code + path)) {
            m_noted.insert(code + path);
            m_result.notes.append({code, message, path});
        }
    }

    // Objects named by id, or given inline.
    QList<QJsonObject> objects(const QJsonObject &object, const QString &name, const QString &from)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &value : values(object, name)) {
            const QString id =
                value.isString() ? value.toString() : value.toObject().value(QLatin1String("@id")).toString();
            if (value.isObject() && value.toObject().size() > 1) {
                out.append(value.toObject());
            } else if (m_byId.contains(id)) {
                out.append(m_byId.value(id));
            } else {
                note(QStringLiteral("pathways.import.unmapped"),
                     QCoreApplication::translate("Credfolio::Pathways",
                                                 "%1 names \"%2\", which is not in the document; it was left out")
                         .arg(from, id),
                     id);
            }
        }
        return out;
    }

    std::optional<double> credits(const QJsonObject &component)
    {
        for (const QJsonValue &value : values(component, QStringLiteral("creditValue"))) {
            if (const std::optional<double> direct = numberOf(value)) {
                return direct;
            }
            const QJsonObject profile = value.toObject();
            for (const char *key : {"schema:value", "qdata:value", "value", "schema:minValue", "qdata:minValue"}) {
                if (const std::optional<double> number = numberOf(profile.value(QLatin1String(key)))) {
                    return number;
                }
            }
        }
        return std::nullopt;
    }

    void noteUnmapped(const QJsonObject &object, const QString &where)
    {
        static const QSet<QString> mapped = {QStringLiteral("@id"),
                                             QStringLiteral("@type"),
                                             QStringLiteral("@context"),
                                             QStringLiteral("name"),
                                             QStringLiteral("description"),
                                             QStringLiteral("ctid"),
                                             QStringLiteral("hasChild"),
                                             QStringLiteral("isChildOf"),
                                             QStringLiteral("hasDestinationComponent"),
                                             QStringLiteral("isDestinationComponentOf"),
                                             QStringLiteral("hasCondition"),
                                             QStringLiteral("proxyFor"),
                                             QStringLiteral("creditValue"),
                                             QStringLiteral("requiredNumber"),
                                             QStringLiteral("targetComponent"),
                                             QStringLiteral("hasConstraint"),
                                             QStringLiteral("codedNotation"),
                                             QStringLiteral("ownedBy"),
                                             QStringLiteral("offeredBy"),
                                             QStringLiteral("isPartOf"),
                                             QStringLiteral("hasPart"),
                                             QStringLiteral("subjectWebpage")};
        for (auto it = object.begin(); it != object.end(); ++it) {
            QString key = it.key();
            if (key.startsWith(QLatin1String("ceterms:"))) {
                key = key.mid(8);
                key = key.left(1).toLower() + key.mid(1);
            }
            if (!mapped.contains(key)) {
                note(QStringLiteral("pathways.import.unmapped"),
                     QCoreApplication::translate("Credfolio::Pathways",
                                                 "%1 is not represented in a Credfolio pathway (in %2)")
                         .arg(it.key(), where),
                     it.key());
            }
        }
    }

    std::optional<Requirement> component(const QJsonObject &object, QStringList &chain);
    std::optional<Requirement> condition(const QJsonObject &object, QStringList &chain);
    std::optional<Requirement> partsOf(const QJsonObject &object, QStringList &chain);
    bool creditConstraint(const QJsonObject &condition, double &min);
    std::optional<Pathway> pathway(const QJsonObject &object);
};

bool Importer::creditConstraint(const QJsonObject &condition, double &min)
{
    for (const QJsonValue &value : values(condition, QStringLiteral("hasConstraint"))) {
        const QJsonObject constraint = value.isString() ? m_byId.value(value.toString()) : value.toObject();
        const QString comparator = text(prop(constraint, QStringLiteral("comparator")));
        const QString left = text(prop(constraint, QStringLiteral("leftSource")));
        const std::optional<double> right = numberOf(prop(constraint, QStringLiteral("rightSource")));
        if ((comparator.endsWith(QLatin1String("greaterThanEqual")) || comparator.endsWith(QLatin1String("gteq"))) &&
            left.contains(QLatin1String("creditValue"), Qt::CaseInsensitive) && right) {
            min = *right;
            return true;
        }
        note(QStringLiteral("pathways.import.unmapped"),
             QCoreApplication::translate("Credfolio::Pathways",
                                         "A constraint (%1 %2) other than \"credit value at least N\" was not imported")
                 .arg(left, comparator),
             constraint.value(QLatin1String("@id")).toString());
    }
    return false;
}

std::optional<Requirement> Importer::condition(const QJsonObject &object, QStringList &chain)
{
    Requirement node;
    node.label = text(prop(object, QStringLiteral("name")));
    node.description = text(prop(object, QStringLiteral("description")));
    noteUnmapped(object, QStringLiteral("ceterms:ComponentCondition"));
    for (const QJsonObject &target : objects(object, QStringLiteral("targetComponent"), node.label)) {
        if (std::optional<Requirement> child = component(target, chain)) {
            node.children.append(*child);
        }
    }
    for (const QJsonValue &nested : values(object, QStringLiteral("hasCondition"))) {
        const QJsonObject nestedObject = nested.isString() ? m_byId.value(nested.toString()) : nested.toObject();
        if (std::optional<Requirement> child = condition(nestedObject, chain)) {
            node.children.append(*child);
        }
    }
    if (node.children.isEmpty()) {
        note(QStringLiteral("pathways.import.unmapped"),
             QCoreApplication::translate("Credfolio::Pathways", "Condition \"%1\" has no target; it was left out")
                 .arg(node.label),
             node.label);
        return std::nullopt;
    }
    double min = 0;
    const std::optional<double> required = numberOf(prop(object, QStringLiteral("requiredNumber")));
    if (creditConstraint(object, min)) {
        node.kind = NodeKind::MinCredits;
        node.minCredits = min;
    } else if (required && *required >= 1 && *required < node.children.size() && *required == std::floor(*required)) {
        node.kind = NodeKind::NOf;
        node.n = int(*required);
    } else {
        node.kind = NodeKind::AllOf;
        if (required && *required > node.children.size()) {
            note(QStringLiteral("pathways.import.approximated"),
                 QCoreApplication::translate("Credfolio::Pathways",
                                             "Condition \"%1\" requires %2 of only %3 targets; all are required")
                     .arg(node.label, QString::number(*required), QString::number(node.children.size())),
                 node.label);
        }
    }
    return node;
}

std::optional<Requirement> Importer::partsOf(const QJsonObject &object, QStringList &chain)
{
    const QString name = text(prop(object, QStringLiteral("name")));
    QList<Requirement> parts;
    for (const QJsonValue &value : values(object, QStringLiteral("hasCondition"))) {
        const QJsonObject conditionObject = value.isString() ? m_byId.value(value.toString()) : value.toObject();
        if (std::optional<Requirement> child = condition(conditionObject, chain)) {
            parts.append(*child);
        }
    }
    if (parts.isEmpty()) {
        for (const QJsonObject &child : objects(object, QStringLiteral("hasChild"), name)) {
            if (std::optional<Requirement> node = component(child, chain)) {
                parts.append(*node);
            }
        }
        if (!parts.isEmpty()) {
            note(QStringLiteral("pathways.import.approximated"),
                 QCoreApplication::translate("Credfolio::Pathways",
                                             "\"%1\" lists children without a condition; all of them are required")
                     .arg(name),
                 object.value(QLatin1String("@id")).toString());
        }
    }
    if (parts.isEmpty()) {
        return std::nullopt;
    }
    if (parts.size() == 1) {
        return parts.front();
    }
    Requirement all;
    all.kind = NodeKind::AllOf;
    all.children = parts;
    return all;
}

std::optional<Requirement> Importer::component(const QJsonObject &object, QStringList &chain)
{
    const QString id = object.value(QLatin1String("@id")).toString();
    const QString name = text(prop(object, QStringLiteral("name")));
    const QString proxy = text(prop(object, QStringLiteral("proxyFor")));
    if (!id.isEmpty() && chain.contains(id)) {
        note(QStringLiteral("pathways.import.unmapped"),
             QCoreApplication::translate("Credfolio::Pathways", "Component \"%1\" contains itself; the loop was cut")
                 .arg(name),
             id);
        return std::nullopt;
    }
    noteUnmapped(object, QLatin1String("ceterms:") + typeOf(object));
    chain.append(id);
    std::optional<Requirement> parts = partsOf(object, chain);
    chain.removeLast();
    Requirement node;
    node.label = name;
    node.description = text(prop(object, QStringLiteral("description")));
    node.credits = credits(object);
    if (!parts) {
        node.kind = NodeKind::Credential;
        const QString code = text(prop(object, QStringLiteral("codedNotation")));
        if (!proxy.isEmpty()) {
            node.match.uris = {proxy};
        } else if (!code.isEmpty()) {
            node.match.humanCodes = {code};
        } else {
            node.match.uris = {id};
            note(QStringLiteral("pathways.import.approximated"),
                 QCoreApplication::translate(
                     "Credfolio::Pathways",
                     "Component \"%1\" has neither proxyFor nor codedNotation; only a credential with its id matches")
                     .arg(name),
                 id);
        }
        return node;
    }
    if (parts->label.isEmpty()) {
        parts->label = name;
    }
    if (typeOf(object) == QLatin1String("CredentialComponent") && !proxy.isEmpty()) {
        node.kind = NodeKind::Pathway;
        node.pathwayId = id.isEmpty() ? proxy : id;
        node.pathwayName = name;
        node.pathwaySharing = Sharing::CountOnce;
        node.awardedBy = Matcher{};
        node.awardedBy->uris = {proxy};
        node.children = {*parts};
        return node;
    }
    parts->label = name;
    parts->description = node.description;
    parts->credits = node.credits;
    return parts;
}

std::optional<Pathway> Importer::pathway(const QJsonObject &object)
{
    Pathway pathway;
    pathway.id = object.value(QLatin1String("@id")).toString();
    if (pathway.id.isEmpty()) {
        pathway.id = text(prop(object, QStringLiteral("ctid")));
    }
    pathway.name = text(prop(object, QStringLiteral("name")));
    pathway.description = text(prop(object, QStringLiteral("description")));
    noteUnmapped(object, QStringLiteral("ceterms:Pathway"));
    for (const char *owner : {"ownedBy", "offeredBy"}) {
        const QJsonArray owners = values(object, QLatin1String(owner));
        if (pathway.issuer.id.isEmpty() && !owners.isEmpty()) {
            const QJsonValue first = owners.first();
            const QJsonObject org = first.isObject() ? first.toObject() : m_byId.value(first.toString());
            pathway.issuer.id = first.isString() ? first.toString() : org.value(QLatin1String("@id")).toString();
            pathway.issuer.name = text(prop(org, QStringLiteral("name")));
            if (pathway.issuer.name.isEmpty()) {
                pathway.issuer.name = pathway.issuer.id;
            }
        }
    }
    QList<QJsonObject> destinations = objects(object, QStringLiteral("hasDestinationComponent"), pathway.name);
    for (const QJsonObject &candidate : std::as_const(m_byId)) {
        for (const QJsonValue &of : values(candidate, QStringLiteral("isDestinationComponentOf"))) {
            if (text(of) == pathway.id && !destinations.contains(candidate)) {
                destinations.append(candidate);
            }
        }
    }
    QStringList chain;
    std::optional<Requirement> root;
    if (!destinations.isEmpty()) {
        const QJsonObject &destination = destinations.front();
        if (destinations.size() > 1) {
            note(QStringLiteral("pathways.import.unmapped"),
                 QCoreApplication::translate("Credfolio::Pathways",
                                             "Pathway \"%1\" has %2 destinations; only the first was imported")
                     .arg(pathway.name, QString::number(destinations.size())),
                 pathway.id);
        }
        noteUnmapped(destination, QLatin1String("ceterms:") + typeOf(destination));
        const QString proxy = text(prop(destination, QStringLiteral("proxyFor")));
        if (!proxy.isEmpty()) {
            pathway.awardedBy = Matcher{};
            pathway.awardedBy->uris = {proxy};
        }
        pathway.credits = credits(destination);
        chain.append(destination.value(QLatin1String("@id")).toString());
        root = partsOf(destination, chain);
    }
    if (!root) {
        root = partsOf(object, chain);
    }
    if (!root) {
        note(QStringLiteral("pathways.import.unmapped"),
             QCoreApplication::translate("Credfolio::Pathways",
                                         "Pathway \"%1\" states no requirement that could be imported")
                 .arg(pathway.name),
             pathway.id);
        return std::nullopt;
    }
    pathway.requirements = *root;
    if (pathway.name.isEmpty()) {
        pathway.name = pathway.id;
    }
    return pathway;
}

} // namespace

Result<ImportResult> importCtdl(const QJsonObject &document)
{
    Importer importer;
    const QJsonValue graph = document.value(QLatin1String("@graph"));
    if (graph.isArray()) {
        for (const QJsonValue &value : graph.toArray()) {
            importer.index(value.toObject());
        }
    } else {
        importer.index(document);
    }
    for (const QJsonObject &object : std::as_const(importer.m_pathways)) {
        if (std::optional<Pathway> pathway = importer.pathway(object)) {
            importer.m_result.pathways.append(*pathway);
        }
    }
    if (importer.m_result.pathways.isEmpty()) {
        return makeError(QStringLiteral("pathways.import.no-pathway"),
                         QCoreApplication::translate("Credfolio::Pathways",
                                                     "The document holds no ceterms:Pathway that could be imported"));
    }
    return importer.m_result;
}

Result<ImportResult> importCtdl(QByteArrayView bytes)
{
    const Result<QJsonObject> document = Json::parseObject(bytes);
    if (!document) {
        return makeError(QStringLiteral("pathways.invalid-json"),
                         QCoreApplication::translate("Credfolio::Pathways", "The CTDL document is not valid JSON: %1")
                             .arg(document.error().message),
                         document.error().code + QLatin1String(", ") + document.error().detail);
    }
    return importCtdl(*document);
}

} // namespace Credfolio::Pathways
