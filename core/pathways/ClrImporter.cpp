// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/ClrImporter.h"

#include <QCoreApplication>
#include <QHash>

namespace Credfolio::Pathways {

namespace {

struct ClrGraph {
    QHash<QString, Credentials::Achievement> achievements;
    QStringList order;                 // parents in order of first mention
    QHash<QString, QStringList> parts; // parent -> parts, in order of mention
    QHash<QString, QString> parentOf;  // part -> its first parent
    QList<PathwayNote> *notes = nullptr;

    void addPart(const QString &parent, const QString &part)
    {
        if (parent.isEmpty() || part.isEmpty() || parts[parent].contains(part)) {
            return;
        }
        if (!order.contains(parent)) {
            order.append(parent);
        }
        parts[parent].append(part);
        if (!parentOf.contains(part)) {
            parentOf.insert(part, parent);
        }
    }

    QString name(const QString &id) const
    {
        const Credentials::Achievement achievement = achievements.value(id);
        return achievement.name.isEmpty() ? id : achievement.name;
    }

    Requirement build(const QString &parent, QStringList &chain);
};

Requirement ClrGraph::build(const QString &parent, QStringList &chain)
{
    const Credentials::Achievement achievement = achievements.value(parent);
    Requirement node;
    node.inferred = true;
    node.label = name(parent);
    double partCredits = 0;
    chain.append(parent);
    for (const QString &part : parts.value(parent)) {
        const Credentials::Achievement partAchievement = achievements.value(part);
        Requirement child;
        if (chain.contains(part)) {
            notes->append({QStringLiteral("pathways.import.unmapped"),
                           QCoreApplication::translate("Credfolio::Pathways",
                                                       "The associations make \"%1\" part of itself; the loop was cut")
                               .arg(name(part)),
                           part});
            continue;
        }
        if (parts.contains(part)) {
            child.kind = NodeKind::Pathway;
            child.pathwayId = part;
            child.pathwayName = name(part);
            child.label = name(part);
            child.description = partAchievement.description;
            child.awardedBy = Matcher{};
            child.awardedBy->achievementIds = {part};
            child.pathwaySharing = Sharing::CountOnce;
            child.children = {build(part, chain)};
        } else {
            child.kind = NodeKind::Credential;
            child.match.achievementIds = {part};
            child.label = partAchievement.humanCode.isEmpty() ? name(part) : partAchievement.humanCode;
            if (!achievements.contains(part)) {
                notes->append({QStringLiteral("pathways.import.approximated"),
                               QCoreApplication::translate(
                                   "Credfolio::Pathways",
                                   "The CLR does not describe achievement \"%1\"; it is matched by id only")
                                   .arg(part),
                               part});
            }
        }
        child.inferred = true;
        child.credits = partAchievement.creditsAvailable;
        partCredits += partAchievement.creditsAvailable.value_or(0);
        node.children.append(child);
    }
    chain.removeLast();
    if (achievement.creditsAvailable && *achievement.creditsAvailable > 0) {
        node.kind = NodeKind::MinCredits;
        node.minCredits = *achievement.creditsAvailable;
        if (partCredits < node.minCredits) {
            notes->append({QStringLiteral("pathways.import.approximated"),
                           QCoreApplication::translate("Credfolio::Pathways",
                                                       "The parts of \"%1\" carry %2 credits, fewer than its %3")
                               .arg(name(parent), QString::number(partCredits), QString::number(node.minCredits)),
                           parent});
        }
    } else {
        node.kind = NodeKind::AllOf;
    }
    return node;
}

void collectAchievements(const Credentials::Credential &credential, QHash<QString, Credentials::Achievement> &out)
{
    for (const Credentials::Achievement &achievement : credential.achievements) {
        if (!achievement.id.isEmpty() && !out.contains(achievement.id)) {
            out.insert(achievement.id, achievement);
        }
    }
    for (const Credentials::Credential &embedded : credential.embedded) {
        const Credentials::Achievement &achievement = embedded.achievement;
        if (!achievement.id.isEmpty() && !out.contains(achievement.id)) {
            out.insert(achievement.id, achievement);
        }
    }
}

} // namespace

ImportResult importClr(const Credentials::Credential &clr)
{
    ImportResult result;
    ClrGraph graph;
    graph.notes = &result.notes;
    collectAchievements(clr, graph.achievements);
    for (const Credentials::Association &association : clr.associations) {
        const QString &type = association.associationType;
        if (type == QLatin1String("isChildOf") || type == QLatin1String("isPartOf")) {
            graph.addPart(association.targetId, association.sourceId);
        } else if (type == QLatin1String("isParentOf")) {
            graph.addPart(association.sourceId, association.targetId);
        } else {
            result.notes.append({QStringLiteral("pathways.import.unmapped"),
                                 QCoreApplication::translate("Credfolio::Pathways",
                                                             "Association \"%1\" from %2 to %3 has no counterpart in a "
                                                             "pathway and was not imported")
                                     .arg(type, association.sourceId, association.targetId),
                                 type});
        }
    }
    for (const QString &root : graph.order) {
        if (graph.parentOf.contains(root)) {
            continue;
        }
        const Credentials::Achievement achievement = graph.achievements.value(root);
        Pathway pathway;
        pathway.id = root;
        pathway.name = graph.name(root);
        pathway.description = achievement.description;
        pathway.credits = achievement.creditsAvailable;
        const Credentials::Profile &issuer = achievement.creator.id.isEmpty() ? clr.issuer : achievement.creator;
        if (!issuer.id.isEmpty() || !issuer.name.isEmpty()) {
            pathway.issuer = {issuer.id, issuer.name.isEmpty() ? issuer.id : issuer.name, issuer.url};
        }
        pathway.awardedBy = Matcher{};
        pathway.awardedBy->achievementIds = {root};
        QStringList chain;
        pathway.requirements = graph.build(root, chain);
        result.pathways.append(pathway);
    }
    return result;
}

} // namespace Credfolio::Pathways
