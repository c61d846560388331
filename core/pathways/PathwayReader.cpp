// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/PathwayReader.h"

#include "core/json/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace Credfolio::Pathways {

namespace {

QString member(const QString &path, const QString &name)
{
    return path + QLatin1Char('.') + name;
}

QString index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// Reads one file; stops at the first error (kept in m_error), collects warnings on the way.
class Reader {
public:
    std::optional<Error> m_error;
    QList<PathwayNote> m_warnings;
    QSet<QString> m_nodeIds;

    bool fail(const QString &path, const QString &code, const QString &message)
    {
        if (!m_error) {
            m_error = makeError(code, path + QLatin1String(": ") + message, path);
        }
        return false;
    }

    void checkMembers(const QJsonObject &object, const QString &path, std::initializer_list<const char *> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool found = it.key().startsWith(QLatin1Char('$'));
            for (const char *name : known) {
                found = found || it.key() == QLatin1String(name);
            }
            if (!found) {
                m_warnings.append(
                    {QStringLiteral("pathways.unknown-member"),
                     QCoreApplication::translate("Credfolio::Pathways", "Unknown member \"%1\" ignored").arg(it.key()),
                     member(path, it.key())});
            }
        }
    }

    bool string(const QJsonObject &object, const QString &path, const char *name, QString &out, bool required)
    {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined()) {
            return !required || fail(member(path, QLatin1String(name)), QStringLiteral("pathways.missing-member"),
                                     QCoreApplication::translate("Credfolio::Pathways", "is required"));
        }
        if (!value.isString() || (required && value.toString().trimmed().isEmpty())) {
            return fail(member(path, QLatin1String(name)), QStringLiteral("pathways.wrong-type"),
                        QCoreApplication::translate("Credfolio::Pathways", "must be a non-empty string"));
        }
        out = value.toString();
        return true;
    }

    bool number(const QJsonObject &object, const QString &path, const char *name, std::optional<double> &out)
    {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined()) {
            return true;
        }
        if (!value.isDouble() || value.toDouble() < 0 || !std::isfinite(value.toDouble())) {
            return fail(member(path, QLatin1String(name)), QStringLiteral("pathways.wrong-type"),
                        QCoreApplication::translate("Credfolio::Pathways", "must be a number of at least 0"));
        }
        out = value.toDouble();
        return true;
    }

    // A string or an array of non-empty strings.
    bool strings(const QJsonObject &object, const QString &path, const char *name, QStringList &out)
    {
        const QJsonValue value = object.value(QLatin1String(name));
        const QString at = member(path, QLatin1String(name));
        if (value.isUndefined()) {
            return true;
        }
        if (value.isString() && !value.toString().isEmpty()) {
            out = {value.toString()};
            return true;
        }
        if (!value.isArray() || value.toArray().isEmpty()) {
            return fail(
                at, QStringLiteral("pathways.wrong-type"),
                QCoreApplication::translate("Credfolio::Pathways", "must be a string or a non-empty array of strings"));
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isString() || array[i].toString().isEmpty()) {
                return fail(index(at, i), QStringLiteral("pathways.wrong-type"),
                            QCoreApplication::translate("Credfolio::Pathways", "must be a non-empty string"));
            }
            out.append(array[i].toString());
        }
        return true;
    }

    bool dateTime(const QJsonObject &object, const QString &path, const char *name, QDateTime &out)
    {
        QString text;
        if (!string(object, path, name, text, false)) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        out = QDateTime::fromString(text, Qt::ISODate);
        if (!out.isValid()) {
            out = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd"));
        }
        if (!out.isValid()) {
            return fail(member(path, QLatin1String(name)), QStringLiteral("pathways.invalid-value"),
                        QCoreApplication::translate("Credfolio::Pathways", "must be an ISO 8601 date or date-time"));
        }
        return true;
    }

    bool sharing(const QJsonObject &object, const QString &path, Sharing &out)
    {
        QString text;
        if (!string(object, path, "sharing", text, false)) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        if (text == QLatin1String("countOnce")) {
            out = Sharing::CountOnce;
        } else if (text == QLatin1String("shared")) {
            out = Sharing::Shared;
        } else {
            return fail(member(path, QStringLiteral("sharing")), QStringLiteral("pathways.invalid-value"),
                        QCoreApplication::translate("Credfolio::Pathways", "must be \"countOnce\" or \"shared\""));
        }
        return true;
    }

    bool object(const QJsonValue &value, const QString &path, QJsonObject &out)
    {
        if (!value.isObject()) {
            return fail(path, QStringLiteral("pathways.wrong-type"),
                        QCoreApplication::translate("Credfolio::Pathways", "must be an object"));
        }
        out = value.toObject();
        return true;
    }

    bool alignment(const QJsonValue &value, const QString &path, AlignmentMatch &out)
    {
        QJsonObject object;
        if (!this->object(value, path, object)) {
            return false;
        }
        checkMembers(object, path, {"targetUrl", "targetFramework", "targetCode"});
        if (!string(object, path, "targetUrl", out.targetUrl, false) ||
            !string(object, path, "targetFramework", out.targetFramework, false) ||
            !string(object, path, "targetCode", out.targetCode, false)) {
            return false;
        }
        if (out.targetUrl.isEmpty() && (out.targetCode.isEmpty() || out.targetFramework.isEmpty())) {
            return fail(path, QStringLiteral("pathways.invalid-value"),
                        QCoreApplication::translate("Credfolio::Pathways",
                                                    "needs targetUrl, or targetFramework and targetCode"));
        }
        return true;
    }

    bool result(const QJsonValue &value, const QString &path, Matcher &out)
    {
        QJsonObject object;
        if (!this->object(value, path, object)) {
            return false;
        }
        checkMembers(object, path, {"status", "minimum", "scale", "field", "resultDescription"});
        if (!strings(object, path, "status", out.resultStatus)) {
            return false;
        }
        const QJsonValue minimum = object.value(QLatin1String("minimum"));
        if (minimum.isUndefined()) {
            return true;
        }
        ResultMinimum result;
        if (!strings(object, path, "scale", result.scale) ||
            !string(object, path, "resultDescription", result.resultDescription, false) ||
            !string(object, path, "field", result.field, false)) {
            return false;
        }
        if (result.field.isEmpty()) {
            result.field = QStringLiteral("value");
        } else if (result.field != QLatin1String("value") && result.field != QLatin1String("achievedLevel")) {
            return fail(member(path, QStringLiteral("field")), QStringLiteral("pathways.invalid-value"),
                        QCoreApplication::translate("Credfolio::Pathways", "must be \"value\" or \"achievedLevel\""));
        }
        const QString minimumPath = member(path, QStringLiteral("minimum"));
        if (minimum.isDouble() && result.scale.isEmpty()) {
            result.minimum = QString::number(minimum.toDouble());
        } else if (minimum.isString() && result.scale.contains(minimum.toString())) {
            result.minimum = minimum.toString();
        } else {
            return fail(
                minimumPath, QStringLiteral("pathways.invalid-value"),
                QCoreApplication::translate("Credfolio::Pathways", "must be a number, or a value listed in \"scale\""));
        }
        out.minResult = result;
        return true;
    }

    bool matcher(const QJsonValue &value, const QString &path, Matcher &out)
    {
        QJsonObject object;
        if (!this->object(value, path, object)) {
            return false;
        }
        checkMembers(object, path,
                     {"achievementId", "uri", "humanCode", "issuer", "achievementType", "alignment", "tags",
                      "fieldOfStudy", "result", "issued"});
        if (!strings(object, path, "achievementId", out.achievementIds) || !strings(object, path, "uri", out.uris) ||
            !strings(object, path, "humanCode", out.humanCodes) || !strings(object, path, "issuer", out.issuers) ||
            !strings(object, path, "achievementType", out.achievementTypes) ||
            !strings(object, path, "fieldOfStudy", out.fieldsOfStudy)) {
            return false;
        }
        const QJsonValue alignment = object.value(QLatin1String("alignment"));
        const QString alignmentPath = member(path, QStringLiteral("alignment"));
        if (alignment.isObject()) {
            out.alignments.append(AlignmentMatch{});
            if (!this->alignment(alignment, alignmentPath, out.alignments.back())) {
                return false;
            }
        } else if (alignment.isArray() && !alignment.toArray().isEmpty()) {
            const QJsonArray array = alignment.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                out.alignments.append(AlignmentMatch{});
                if (!this->alignment(array[i], index(alignmentPath, i), out.alignments.back())) {
                    return false;
                }
            }
        } else if (!alignment.isUndefined()) {
            return fail(alignmentPath, QStringLiteral("pathways.wrong-type"),
                        QCoreApplication::translate("Credfolio::Pathways",
                                                    "must be an object or a non-empty array of objects"));
        }
        const QJsonValue tags = object.value(QLatin1String("tags"));
        if (tags.isObject()) {
            const QJsonObject tagObject = tags.toObject();
            const QString tagPath = member(path, QStringLiteral("tags"));
            checkMembers(tagObject, tagPath, {"any", "all"});
            if (!strings(tagObject, tagPath, "any", out.tagsAny) || !strings(tagObject, tagPath, "all", out.tagsAll)) {
                return false;
            }
        } else if (!tags.isUndefined() && !strings(object, path, "tags", out.tagsAny)) {
            return false;
        }
        if (object.contains(QLatin1String("result")) &&
            !result(object.value(QLatin1String("result")), member(path, QStringLiteral("result")), out)) {
            return false;
        }
        if (object.contains(QLatin1String("issued"))) {
            QJsonObject issued;
            const QString issuedPath = member(path, QStringLiteral("issued"));
            if (!this->object(object.value(QLatin1String("issued")), issuedPath, issued)) {
                return false;
            }
            checkMembers(issued, issuedPath, {"notBefore", "notAfter"});
            if (!dateTime(issued, issuedPath, "notBefore", out.issuedNotBefore) ||
                !dateTime(issued, issuedPath, "notAfter", out.issuedNotAfter)) {
                return false;
            }
        }
        if (out.isEmpty()) {
            return fail(path, QStringLiteral("pathways.invalid-value"),
                        QCoreApplication::translate("Credfolio::Pathways", "must constrain at least one member"));
        }
        return true;
    }

    bool children(const QJsonObject &object, const QString &path, Requirement &node, bool required)
    {
        const QJsonValue value = object.value(QLatin1String("children"));
        const QString at = member(path, QStringLiteral("children"));
        if (value.isUndefined() && !required) {
            return true;
        }
        if (value.isUndefined()) {
            return fail(at, QStringLiteral("pathways.missing-member"),
                        QCoreApplication::translate("Credfolio::Pathways", "is required"));
        }
        if (!value.isArray() || value.toArray().isEmpty()) {
            return fail(
                at, QStringLiteral("pathways.wrong-type"),
                QCoreApplication::translate("Credfolio::Pathways", "must be a non-empty array of requirements"));
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            node.children.append(Requirement{});
            if (!requirement(array[i], index(at, i), node.children.back())) {
                return false;
            }
        }
        return true;
    }

    bool kindMembers(const QJsonObject &object, const QString &path, Requirement &node);
    bool requirement(const QJsonValue &value, const QString &path, Requirement &node);
    bool pathway(const QJsonObject &object, const QString &path, Pathway &out, bool embedded);
};

bool Reader::kindMembers(const QJsonObject &object, const QString &path, Requirement &node)
{
    switch (node.kind) {
    case NodeKind::AllOf:
        return children(object, path, node, true);
    case NodeKind::NOf: {
        const QJsonValue n = object.value(QLatin1String("n"));
        const QString nPath = member(path, QStringLiteral("n"));
        if (n.isUndefined()) {
            return fail(nPath, QStringLiteral("pathways.missing-member"),
                        QCoreApplication::translate("Credfolio::Pathways", "is required"));
        }
        if (!n.isDouble() || n.toDouble() < 1 || n.toDouble() != std::floor(n.toDouble()) || n.toDouble() > 1e6) {
            return fail(nPath, QStringLiteral("pathways.invalid-value"),
                        QCoreApplication::translate("Credfolio::Pathways", "must be a positive integer"));
        }
        node.n = int(n.toDouble());
        if (!children(object, path, node, true)) {
            return false;
        }
        if (node.n > node.children.size()) {
            return fail(
                nPath, QStringLiteral("pathways.invalid-value"),
                QCoreApplication::translate("Credfolio::Pathways", "must not exceed the number of children (%1)")
                    .arg(node.children.size()));
        }
        return true;
    }
    case NodeKind::MinCredits: {
        const QJsonValue min = object.value(QLatin1String("min"));
        const QString minPath = member(path, QStringLiteral("min"));
        if (min.isUndefined()) {
            return fail(minPath, QStringLiteral("pathways.missing-member"),
                        QCoreApplication::translate("Credfolio::Pathways", "is required"));
        }
        if (!min.isDouble() || !(min.toDouble() > 0) || !std::isfinite(min.toDouble())) {
            return fail(minPath, QStringLiteral("pathways.invalid-value"),
                        QCoreApplication::translate("Credfolio::Pathways", "must be a positive number"));
        }
        node.minCredits = min.toDouble();
        if (!children(object, path, node, false)) {
            return false;
        }
        if (object.contains(QLatin1String("pool"))) {
            node.pool = Matcher{};
            if (!matcher(object.value(QLatin1String("pool")), member(path, QStringLiteral("pool")), *node.pool)) {
                return false;
            }
        }
        if (node.children.isEmpty() && !node.pool) {
            return fail(
                path, QStringLiteral("pathways.missing-member"),
                QCoreApplication::translate("Credfolio::Pathways", "a minCredits node needs children or a pool"));
        }
        return true;
    }
    case NodeKind::Credential:
        if (!object.contains(QLatin1String("match"))) {
            return fail(member(path, QStringLiteral("match")), QStringLiteral("pathways.missing-member"),
                        QCoreApplication::translate("Credfolio::Pathways", "is required"));
        }
        return matcher(object.value(QLatin1String("match")), member(path, QStringLiteral("match")), node.match);
    case NodeKind::Pathway: {
        if (object.contains(QLatin1String("awardedBy"))) {
            node.awardedBy = Matcher{};
            if (!matcher(object.value(QLatin1String("awardedBy")), member(path, QStringLiteral("awardedBy")),
                         *node.awardedBy)) {
                return false;
            }
        }
        const bool hasRef = object.contains(QLatin1String("ref"));
        const bool hasEmbedded = object.contains(QLatin1String("pathway"));
        if (hasRef == hasEmbedded) {
            return fail(path, QStringLiteral("pathways.invalid-value"),
                        QCoreApplication::translate("Credfolio::Pathways",
                                                    "a pathway node needs exactly one of \"ref\" and \"pathway\""));
        }
        if (hasRef) {
            return string(object, path, "ref", node.ref, true);
        }
        QJsonObject embeddedObject;
        const QString embeddedPath = member(path, QStringLiteral("pathway"));
        Pathway embedded;
        if (!this->object(object.value(QLatin1String("pathway")), embeddedPath, embeddedObject) ||
            !pathway(embeddedObject, embeddedPath, embedded, true)) {
            return false;
        }
        node.pathwayId = embedded.id;
        node.pathwayName = embedded.name;
        if (node.label.isEmpty()) {
            node.label = embedded.name;
        }
        if (node.description.isEmpty()) {
            node.description = embedded.description;
        }
        if (!node.credits) {
            node.credits = embedded.credits;
        }
        if (!node.awardedBy) {
            node.awardedBy = embedded.awardedBy;
        }
        node.pathwaySharing = embedded.sharing;
        node.children = {embedded.requirements};
        return true;
    }
    }
    return false;
}

bool Reader::requirement(const QJsonValue &value, const QString &path, Requirement &node)
{
    QJsonObject object;
    QString type;
    if (!this->object(value, path, object) || !string(object, path, "type", type, true)) {
        return false;
    }
    static const QList<std::pair<const char *, NodeKind>> kinds = {{"allOf", NodeKind::AllOf},
                                                                   {"nOf", NodeKind::NOf},
                                                                   {"minCredits", NodeKind::MinCredits},
                                                                   {"credential", NodeKind::Credential},
                                                                   {"pathway", NodeKind::Pathway}};
    bool known = false;
    for (const auto &[key, kind] : kinds) {
        if (type == QLatin1String(key)) {
            node.kind = kind;
            known = true;
        }
    }
    if (!known) {
        return fail(member(path, QStringLiteral("type")), QStringLiteral("pathways.unknown-kind"),
                    QCoreApplication::translate("Credfolio::Pathways",
                                                "must be one of allOf, nOf, minCredits, credential, pathway"));
    }
    switch (node.kind) {
    case NodeKind::AllOf:
        checkMembers(object, path,
                     {"type", "id", "label", "description", "credits", "sharing", "inferred", "children"});
        break;
    case NodeKind::NOf:
        checkMembers(object, path,
                     {"type", "id", "label", "description", "credits", "sharing", "inferred", "children", "n"});
        break;
    case NodeKind::MinCredits:
        checkMembers(
            object, path,
            {"type", "id", "label", "description", "credits", "sharing", "inferred", "children", "min", "pool"});
        break;
    case NodeKind::Credential:
        checkMembers(object, path, {"type", "id", "label", "description", "credits", "inferred", "match"});
        break;
    case NodeKind::Pathway:
        checkMembers(object, path,
                     {"type", "id", "label", "description", "credits", "inferred", "ref", "pathway", "awardedBy"});
        break;
    }
    if (!string(object, path, "id", node.id, false) || !string(object, path, "label", node.label, false) ||
        !string(object, path, "description", node.description, false) ||
        !number(object, path, "credits", node.credits) || !sharing(object, path, node.sharing)) {
        return false;
    }
    const QJsonValue inferred = object.value(QLatin1String("inferred"));
    if (!inferred.isUndefined() && !inferred.isBool()) {
        return fail(member(path, QStringLiteral("inferred")), QStringLiteral("pathways.wrong-type"),
                    QCoreApplication::translate("Credfolio::Pathways", "must be true or false"));
    }
    node.inferred = inferred.toBool();
    if (!node.id.isEmpty()) {
        if (m_nodeIds.contains(node.id)) {
            return fail(member(path, QStringLiteral("id")), QStringLiteral("pathways.duplicate-id"),
                        QCoreApplication::translate("Credfolio::Pathways", "\"%1\" is already used by another node")
                            .arg(node.id));
        }
        m_nodeIds.insert(node.id);
    }
    return kindMembers(object, path, node);
}

bool Reader::pathway(const QJsonObject &object, const QString &path, Pathway &out, bool embedded)
{
    checkMembers(object, path,
                 {"format", "id", "name", "description", "issuer", "credits", "awardedBy", "policy", "requirements"});
    QString format;
    if (!string(object, path, "format", format, !embedded)) {
        return false;
    }
    if (!format.isEmpty() && format != QLatin1String(kFormatId)) {
        return fail(
            member(path, QStringLiteral("format")), QStringLiteral("pathways.unsupported-format"),
            QCoreApplication::translate("Credfolio::Pathways", "\"%1\" is not a supported format (expected \"%2\")")
                .arg(format, QLatin1String(kFormatId)));
    }
    if (!string(object, path, "id", out.id, true) || !string(object, path, "name", out.name, true) ||
        !string(object, path, "description", out.description, false) || !number(object, path, "credits", out.credits)) {
        return false;
    }
    if (object.contains(QLatin1String("issuer"))) {
        QJsonObject issuer;
        const QString issuerPath = member(path, QStringLiteral("issuer"));
        if (!this->object(object.value(QLatin1String("issuer")), issuerPath, issuer)) {
            return false;
        }
        checkMembers(issuer, issuerPath, {"id", "name", "url"});
        if (!string(issuer, issuerPath, "id", out.issuer.id, false) ||
            !string(issuer, issuerPath, "name", out.issuer.name, true) ||
            !string(issuer, issuerPath, "url", out.issuer.url, false)) {
            return false;
        }
    }
    if (object.contains(QLatin1String("awardedBy"))) {
        out.awardedBy = Matcher{};
        if (!matcher(object.value(QLatin1String("awardedBy")), member(path, QStringLiteral("awardedBy")),
                     *out.awardedBy)) {
            return false;
        }
    }
    if (object.contains(QLatin1String("policy"))) {
        QJsonObject policy;
        const QString policyPath = member(path, QStringLiteral("policy"));
        if (!this->object(object.value(QLatin1String("policy")), policyPath, policy)) {
            return false;
        }
        checkMembers(policy, policyPath, {"sharing"});
        if (!sharing(policy, policyPath, out.sharing)) {
            return false;
        }
    }
    if (!object.contains(QLatin1String("requirements"))) {
        return fail(member(path, QStringLiteral("requirements")), QStringLiteral("pathways.missing-member"),
                    QCoreApplication::translate("Credfolio::Pathways", "is required"));
    }
    return requirement(object.value(QLatin1String("requirements")), member(path, QStringLiteral("requirements")),
                       out.requirements);
}

} // namespace

Result<ReadPathway> readPathway(const QJsonObject &object)
{
    Reader reader;
    ReadPathway read;
    if (!reader.pathway(object, QStringLiteral("$"), read.pathway, false)) {
        return *reader.m_error;
    }
    read.warnings = reader.m_warnings;
    return read;
}

Result<ReadPathway> readPathway(QByteArrayView bytes)
{
    const Result<QJsonObject> object = Json::parseObject(bytes);
    if (!object) {
        return makeError(QStringLiteral("pathways.invalid-json"),
                         QCoreApplication::translate("Credfolio::Pathways", "The pathway file is not valid JSON: %1")
                             .arg(object.error().message),
                         object.error().code + QLatin1String(", ") + object.error().detail);
    }
    return readPathway(*object);
}

} // namespace Credfolio::Pathways
