// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/Evaluator.h"

#include "core/pathways/EvaluatorDetail.h"

#include <QCoreApplication>

#include <algorithm>

namespace Credfolio::Pathways {

namespace Detail {

// Expands the requirement tree into Solver::nodes (pre-order), resolving references.
Result<void> Solver::expand(const Requirement &requirement, const QString &path, int parent, bool inheritedShared,
                            QStringList &chain)
{
    const int self = int(nodes.size());
    nodes.append(ENode{});
    if (parent >= 0) {
        nodes[parent].children.append(self);
    }
    ENode node;
    node.requirement = &requirement;
    node.kind = requirement.kind;
    node.id = requirement.id;
    node.label = requirement.label;
    node.description = requirement.description;
    node.inferred = requirement.inferred;
    node.parent = parent;
    node.path = path;
    node.credits = requirement.credits;
    node.weight = parent < 0 ? 1.0 : nodes[parent].childWeight;
    const bool shared =
        requirement.sharing == Sharing::Inherit ? inheritedShared : requirement.sharing == Sharing::Shared;
    switch (requirement.kind) {
    case NodeKind::Credential:
        node.match = &requirement.match;
        nodes[self] = node;
        return {};
    case NodeKind::Pathway:
        return expandPathway(requirement, path, self, node, chain);
    case NodeKind::NOf:
        node.childWeight =
            node.weight * double(requirement.n) / double(std::max<qsizetype>(1, requirement.children.size()));
        break;
    case NodeKind::MinCredits: {
        double nominal = 0;
        for (const Requirement &child : requirement.children) {
            nominal += child.credits.value_or(0);
        }
        node.childWeight =
            nominal > requirement.minCredits ? node.weight * requirement.minCredits / nominal : node.weight;
        node.pool = requirement.pool ? &*requirement.pool : nullptr;
        break;
    }
    case NodeKind::AllOf:
        node.childWeight = node.weight;
        break;
    }
    node.shared = shared;
    nodes[self] = node;
    for (qsizetype i = 0; i < requirement.children.size(); ++i) {
        const QString childPath = path + QLatin1String(".children[") + QString::number(i) + QLatin1Char(']');
        if (Result<void> result = expand(requirement.children[i], childPath, self, shared, chain); !result) {
            return result;
        }
    }
    return {};
}

Result<void> Solver::expandPathway(const Requirement &requirement, const QString &path, int self, ENode node,
                                   QStringList &chain)
{
    const Requirement *root = requirement.children.isEmpty() ? nullptr : &requirement.children.front();
    QString id = requirement.pathwayId;
    QString rootPath = path + (self == 0 ? QLatin1String(".requirements") : QLatin1String(".pathway.requirements"));
    bool pathwayShared = requirement.pathwaySharing == Sharing::Shared;
    node.award = requirement.awardedBy ? &*requirement.awardedBy : nullptr;
    if (!requirement.ref.isEmpty()) {
        const Pathway *referenced = catalog->find(requirement.ref);
        if (!referenced) {
            return makeError(
                QStringLiteral("pathways.unresolved-reference"),
                QCoreApplication::translate("Credfolio::Pathways", "%1: refers to pathway \"%2\", which is not loaded")
                    .arg(path, requirement.ref),
                path);
        }
        id = referenced->id;
        root = &referenced->requirements;
        rootPath = id + QLatin1String("$.requirements");
        pathwayShared = referenced->sharing == Sharing::Shared;
        if (!node.award && referenced->awardedBy) {
            node.award = &*referenced->awardedBy;
        }
        node.label = requirement.label.isEmpty() ? referenced->name : requirement.label;
        node.description = requirement.description.isEmpty() ? referenced->description : requirement.description;
        if (!node.credits) {
            node.credits = referenced->credits;
        }
    }
    if (chain.contains(id)) {
        const QString cycle = (chain.mid(chain.indexOf(id)) << id).join(QStringLiteral(" → "));
        return makeError(QStringLiteral("pathways.cycle"),
                         QCoreApplication::translate("Credfolio::Pathways", "Pathway contains itself: %1").arg(cycle),
                         cycle);
    }
    node.pathwayId = id;
    node.childWeight = node.weight;
    nodes[self] = node;
    if (!root) {
        return {};
    }
    chain.append(id);
    const Result<void> result = expand(*root, rootPath, self, pathwayShared, chain);
    chain.removeLast();
    return result;
}

// The credentials in tie-break order: earliest validFrom (undated last), then ids and name.
void Solver::orderCredentials(const QList<EvaluatedCredential> &credentials, const EvaluationOptions &options)
{
    struct Key {
        bool undated;
        qint64 issued;
        QString id;
        QString achievementId;
        QString name;
        QString issuer;
        double credits;
        int standing;
        int input;
    };
    const int count = int(credentials.size());
    std::vector<Key> keys;
    keys.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        const Credentials::Credential &c = *credentials[i].credential;
        keys.push_back({!c.validFrom.isValid(), c.validFrom.isValid() ? c.validFrom.toMSecsSinceEpoch() : 0, c.id,
                        c.achievement.id, c.name, c.issuer.id, c.credits().value_or(-1), int(credentials[i].standing),
                        i});
    }
    std::sort(keys.begin(), keys.end(), [&](const Key &a, const Key &b) {
        const auto ta = std::tie(a.undated, a.issued, a.id, a.achievementId, a.name, a.issuer, a.credits, a.standing);
        const auto tb = std::tie(b.undated, b.issued, b.id, b.achievementId, b.name, b.issuer, b.credits, b.standing);
        if (ta != tb) {
            return ta < tb;
        }
        // Identical in all a user sees: the bytes decide, then (only for true duplicates) the input order.
        const QByteArray &pa = credentials[a.input].credential->payload;
        const QByteArray &pb = credentials[b.input].credential->payload;
        return pa != pb ? pa < pb : a.input < b.input;
    });
    byRank.resize(size_t(count));
    rankOf.assign(size_t(count), 0);
    countable.assign(size_t(count), 0);
    for (int r = 0; r < count; ++r) {
        byRank[size_t(r)] = keys[size_t(r)].input;
        rankOf[size_t(keys[size_t(r)].input)] = r;
    }
    for (int i = 0; i < count; ++i) {
        const Standing standing = credentials[i].standing;
        countable[size_t(i)] = standing == Standing::Valid || (standing == Standing::Unknown && options.countUnknown);
    }
    buildIndex();
}

} // namespace Detail

Result<Evaluation> evaluate(const Pathway &pathway, const PathwayCatalog &catalog,
                            const QList<EvaluatedCredential> &credentials, const EvaluationOptions &options)
{
    Detail::Solver solver;
    solver.catalog = &catalog;
    solver.input = &credentials;
    for (const EvaluatedCredential &credential : credentials) {
        if (!credential.credential) {
            return makeError(QStringLiteral("pathways.no-credential"),
                             QCoreApplication::translate("Credfolio::Pathways", "A credential to evaluate is missing"));
        }
    }
    // The pathway itself is node 0: a pathway node whose award is the pathway's awardedBy.
    Requirement root;
    root.kind = NodeKind::Pathway;
    root.pathwayId = pathway.id;
    root.pathwayName = pathway.name;
    root.label = pathway.name;
    root.description = pathway.description;
    root.credits = pathway.credits;
    root.awardedBy = pathway.awardedBy;
    root.pathwaySharing = pathway.sharing;
    root.children = {pathway.requirements};
    QStringList chain;
    if (Result<void> expanded = solver.expand(root, pathway.id + QLatin1Char('$'), -1, false, chain); !expanded) {
        return expanded.error();
    }
    solver.nodes[0].path = pathway.id + QLatin1Char('$');
    solver.nodes[0].label = pathway.name;
    solver.orderCredentials(credentials, options);
    for (Detail::ENode &node : solver.nodes) {
        if (const Matcher *matcher = node.match ? node.match : node.pool) {
            solver.candidates(*matcher, node.good, node.bad);
        }
        if (node.award) {
            solver.candidates(*node.award, node.awardGood, node.awardBad);
        }
    }
    std::vector<char> available(size_t(credentials.size()), 1);
    solver.solve(0, available);
    Evaluation evaluation = solver.results();
    evaluation.pathwayId = pathway.id;
    evaluation.pathwayName = pathway.name;
    evaluation.credentialsConsidered = int(credentials.size());
    evaluation.credentialsCounted = int(std::count(solver.countable.begin(), solver.countable.end(), 1));
    return evaluation;
}

} // namespace Credfolio::Pathways
