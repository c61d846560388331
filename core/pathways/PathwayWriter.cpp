// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/PathwayWriter.h"

#include <QJsonArray>

namespace Credfolio::Pathways {

namespace {

void putStrings(QJsonObject &object, const QString &key, const QStringList &values)
{
    if (values.size() == 1) {
        object.insert(key, values.front());
    } else if (!values.isEmpty()) {
        object.insert(key, QJsonArray::fromStringList(values));
    }
}

void putString(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}

QJsonObject matcherJson(const Matcher &matcher)
{
    QJsonObject object;
    putStrings(object, QStringLiteral("achievementId"), matcher.achievementIds);
    putStrings(object, QStringLiteral("uri"), matcher.uris);
    putStrings(object, QStringLiteral("humanCode"), matcher.humanCodes);
    putStrings(object, QStringLiteral("issuer"), matcher.issuers);
    putStrings(object, QStringLiteral("achievementType"), matcher.achievementTypes);
    putStrings(object, QStringLiteral("fieldOfStudy"), matcher.fieldsOfStudy);
    if (!matcher.alignments.isEmpty()) {
        QJsonArray alignments;
        for (const AlignmentMatch &alignment : matcher.alignments) {
            QJsonObject a;
            putString(a, QStringLiteral("targetUrl"), alignment.targetUrl);
            putString(a, QStringLiteral("targetFramework"), alignment.targetFramework);
            putString(a, QStringLiteral("targetCode"), alignment.targetCode);
            alignments.append(a);
        }
        object.insert(QStringLiteral("alignment"), alignments);
    }
    if (!matcher.tagsAny.isEmpty() || !matcher.tagsAll.isEmpty()) {
        QJsonObject tags;
        putStrings(tags, QStringLiteral("any"), matcher.tagsAny);
        putStrings(tags, QStringLiteral("all"), matcher.tagsAll);
        object.insert(QStringLiteral("tags"), tags);
    }
    if (!matcher.resultStatus.isEmpty() || matcher.minResult) {
        QJsonObject result;
        putStrings(result, QStringLiteral("status"), matcher.resultStatus);
        if (const std::optional<ResultMinimum> &min = matcher.minResult) {
            if (min->scale.isEmpty()) {
                result.insert(QStringLiteral("minimum"), min->minimum.toDouble());
            } else {
                result.insert(QStringLiteral("minimum"), min->minimum);
                result.insert(QStringLiteral("scale"), QJsonArray::fromStringList(min->scale));
            }
            if (min->field != QLatin1String("value")) {
                result.insert(QStringLiteral("field"), min->field);
            }
            putString(result, QStringLiteral("resultDescription"), min->resultDescription);
        }
        object.insert(QStringLiteral("result"), result);
    }
    if (matcher.issuedNotBefore.isValid() || matcher.issuedNotAfter.isValid()) {
        QJsonObject issued;
        if (matcher.issuedNotBefore.isValid()) {
            issued.insert(QStringLiteral("notBefore"), matcher.issuedNotBefore.toString(Qt::ISODate));
        }
        if (matcher.issuedNotAfter.isValid()) {
            issued.insert(QStringLiteral("notAfter"), matcher.issuedNotAfter.toString(Qt::ISODate));
        }
        object.insert(QStringLiteral("issued"), issued);
    }
    return object;
}

QJsonObject pathwayBody(const Pathway &pathway);

QJsonObject requirementJson(const Requirement &node)
{
    QJsonObject object{{QStringLiteral("type"), nodeKindKey(node.kind)}};
    putString(object, QStringLiteral("id"), node.id);
    putString(object, QStringLiteral("label"), node.label);
    putString(object, QStringLiteral("description"), node.description);
    if (node.credits) {
        object.insert(QStringLiteral("credits"), *node.credits);
    }
    if (node.sharing != Sharing::Inherit) {
        object.insert(QStringLiteral("sharing"), sharingKey(node.sharing));
    }
    if (node.inferred) {
        object.insert(QStringLiteral("inferred"), true);
    }
    switch (node.kind) {
    case NodeKind::NOf:
        object.insert(QStringLiteral("n"), node.n);
        [[fallthrough]];
    case NodeKind::AllOf:
        break;
    case NodeKind::MinCredits:
        object.insert(QStringLiteral("min"), node.minCredits);
        if (node.pool) {
            object.insert(QStringLiteral("pool"), matcherJson(*node.pool));
        }
        break;
    case NodeKind::Credential:
        object.insert(QStringLiteral("match"), matcherJson(node.match));
        return object;
    case NodeKind::Pathway:
        if (node.awardedBy) {
            object.insert(QStringLiteral("awardedBy"), matcherJson(*node.awardedBy));
        }
        if (!node.ref.isEmpty()) {
            object.insert(QStringLiteral("ref"), node.ref);
        } else {
            Pathway embedded;
            embedded.id = node.pathwayId;
            embedded.name = node.pathwayName;
            embedded.sharing = node.pathwaySharing;
            embedded.requirements = node.children.value(0);
            object.insert(QStringLiteral("pathway"), pathwayBody(embedded));
        }
        return object;
    }
    QJsonArray children;
    for (const Requirement &child : node.children) {
        children.append(requirementJson(child));
    }
    if (!children.isEmpty()) {
        object.insert(QStringLiteral("children"), children);
    }
    return object;
}

QJsonObject pathwayBody(const Pathway &pathway)
{
    QJsonObject object{{QStringLiteral("id"), pathway.id}, {QStringLiteral("name"), pathway.name}};
    putString(object, QStringLiteral("description"), pathway.description);
    if (!pathway.issuer.name.isEmpty()) {
        QJsonObject issuer{{QStringLiteral("name"), pathway.issuer.name}};
        putString(issuer, QStringLiteral("id"), pathway.issuer.id);
        putString(issuer, QStringLiteral("url"), pathway.issuer.url);
        object.insert(QStringLiteral("issuer"), issuer);
    }
    if (pathway.credits) {
        object.insert(QStringLiteral("credits"), *pathway.credits);
    }
    if (pathway.awardedBy) {
        object.insert(QStringLiteral("awardedBy"), matcherJson(*pathway.awardedBy));
    }
    if (pathway.sharing == Sharing::Shared) {
        object.insert(QStringLiteral("policy"), QJsonObject{{QStringLiteral("sharing"), sharingKey(pathway.sharing)}});
    }
    object.insert(QStringLiteral("requirements"), requirementJson(pathway.requirements));
    return object;
}

} // namespace

QJsonObject writePathway(const Pathway &pathway)
{
    QJsonObject object = pathwayBody(pathway);
    object.insert(QStringLiteral("format"), QLatin1String(kFormatId));
    return object;
}

} // namespace Credfolio::Pathways
