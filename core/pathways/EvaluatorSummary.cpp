// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/EvaluatorDetail.h"

#include <QCoreApplication>

#include <algorithm>

namespace Credfolio::Pathways {

namespace {

constexpr double kEpsilon = 1e-9;
constexpr qsizetype kMaxWouldCount = 10;

} // namespace

QString standingKey(Standing standing)
{
    switch (standing) {
    case Standing::Valid:
        return QStringLiteral("valid");
    case Standing::Invalid:
        return QStringLiteral("invalid");
    case Standing::Revoked:
        return QStringLiteral("revoked");
    case Standing::Expired:
        return QStringLiteral("expired");
    case Standing::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString stateKey(NodeState state)
{
    switch (state) {
    case NodeState::Met:
        return QStringLiteral("met");
    case NodeState::InProgress:
        return QStringLiteral("inProgress");
    case NodeState::NotStarted:
        return QStringLiteral("notStarted");
    }
    return {};
}

namespace Detail {

Evaluation Solver::results() const
{
    Evaluation evaluation;
    evaluation.nodes.resize(nodes.size());
    // Reverse pre-order visits every child before its parent.
    for (qsizetype i = nodes.size() - 1; i >= 0; --i) {
        summarise(int(i), evaluation.nodes);
    }
    return evaluation;
}

void Solver::addWouldCount(NodeProgress &p, int index, const QList<int> &bad) const
{
    for (qsizetype i = 0; i < bad.size() && i < kMaxWouldCount; ++i) {
        p.wouldCount.append(use(bad[i], index));
    }
}

bool Solver::summariseLeaf(SummaryContext &c) const
{
    const ENode &node = nodes[c.index];
    NodeProgress &p = c.out[c.index];
    bool met = false;
    p.need = 1;
    if (node.assigned >= 0) {
        met = true;
        p.satisfiedBy.append(use(node.assigned, c.index));
        p.creditsEarned = p.satisfiedBy.front().credits;
        if (!p.creditsAvailable && p.creditsEarned > 0) {
            p.creditsAvailable = p.creditsEarned;
        }
    } else {
        p.moreNeeded = 1;
        p.remainingLeaves = 1;
        addWouldCount(p, c.index, node.bad);
    }
    if (p.label.isEmpty()) {
        p.label = node.match->describe();
    }
    p.have = met ? 1 : 0;
    p.fraction = p.have;
    return met;
}

bool Solver::summariseAllOf(SummaryContext &c) const
{
    const ENode &node = nodes[c.index];
    NodeProgress &p = c.out[c.index];
    const QList<NodeProgress> &out = c.out;
    const QList<int> &unmet = c.unmet;
    const int metChildren = c.metChildren;
    bool met = false;
    met = unmet.isEmpty();
    p.have = metChildren;
    p.need = double(node.children.size());
    double sum = 0;
    for (int child : node.children) {
        sum += out[child].fraction;
    }
    p.fraction = met ? 1.0 : sum / p.need;
    p.moreNeeded = int(unmet.size());
    p.options = unmet;
    for (int child : unmet) {
        p.remainingLeaves += out[child].remainingLeaves;
    }
    return met;
}

bool Solver::summariseNOf(SummaryContext &c) const
{
    const ENode &node = nodes[c.index];
    NodeProgress &p = c.out[c.index];
    const QList<NodeProgress> &out = c.out;
    const QList<int> &unmet = c.unmet;
    const int metChildren = c.metChildren;
    bool met = false;
    const int n = node.requirement->n;
    met = metChildren >= n;
    p.have = metChildren;
    p.need = n;
    QList<double> fractions;
    for (int child : node.children) {
        fractions.append(out[child].fraction);
    }
    std::sort(fractions.begin(), fractions.end(), std::greater<>());
    double sum = 0;
    for (qsizetype i = 0; i < n && i < fractions.size(); ++i) {
        sum += fractions[i];
    }
    p.fraction = met ? 1.0 : sum / n;
    if (!met) {
        p.moreNeeded = n - metChildren;
        p.options = unmet;
        for (qsizetype i = 0; i < p.moreNeeded && i < unmet.size(); ++i) {
            p.remainingLeaves += out[unmet[i]].remainingLeaves;
        }
    }
    return met;
}

bool Solver::summariseMinCredits(SummaryContext &c) const
{
    const ENode &node = nodes[c.index];
    NodeProgress &p = c.out[c.index];
    const QList<NodeProgress> &out = c.out;
    QList<int> &unmet = c.unmet;
    bool met = false;
    for (int credential : node.poolTaken) {
        p.satisfiedBy.append(use(credential, -1));
        p.creditsEarned += p.satisfiedBy.back().credits;
    }
    const double min = node.requirement->minCredits;
    p.creditsRequired = min;
    p.have = p.creditsEarned;
    p.need = min;
    met = p.creditsEarned + kEpsilon >= min;
    p.fraction = met ? 1.0 : p.creditsEarned / min;
    if (p.label.isEmpty() && node.pool) {
        p.label = node.pool->describe();
    }
    if (!met) {
        p.creditsNeeded = min - p.creditsEarned;
        addWouldCount(p, c.index, node.bad);
        // Cheapest route: the unmet children worth most credits first.
        std::stable_sort(unmet.begin(), unmet.end(), [&](int a, int b) {
            return out[a].creditsAvailable.value_or(0) > out[b].creditsAvailable.value_or(0);
        });
        p.options = unmet;
        double covered = 0;
        for (int child : unmet) {
            if (covered + kEpsilon >= p.creditsNeeded || !out[child].creditsAvailable) {
                break;
            }
            covered += *out[child].creditsAvailable - out[child].creditsEarned;
            p.remainingLeaves += out[child].remainingLeaves;
            ++p.moreNeeded;
        }
        if (covered + kEpsilon < p.creditsNeeded) {
            p.remainingLeaves += 1;
        }
    }
    return met;
}

bool Solver::summarisePathway(SummaryContext &c) const
{
    const ENode &node = nodes[c.index];
    NodeProgress &p = c.out[c.index];
    const QList<NodeProgress> &out = c.out;
    const int index = c.index;
    bool met = false;
    const NodeProgress *child = node.children.isEmpty() ? nullptr : &out[node.children.front()];
    if (node.awardedWith >= 0) {
        met = true;
        p.viaAward = true;
        p.satisfiedBy.append(use(node.awardedWith, -1));
        p.creditsEarned = subtreeCredits(index);
        p.have = 1;
        p.need = 1;
    } else if (child) {
        met = child->state == NodeState::Met;
        p.have = child->have;
        p.need = child->need;
        p.creditsRequired = child->creditsRequired;
        p.fraction = child->fraction;
        p.moreNeeded = child->moreNeeded;
        p.creditsNeeded = child->creditsNeeded;
        p.remainingLeaves = child->remainingLeaves;
        if (!met) {
            p.options = {node.children.front()};
            addWouldCount(p, c.index, node.awardBad);
        }
    }
    p.fraction = met ? 1.0 : p.fraction;
    return met;
}

void Solver::summarise(int index, QList<NodeProgress> &out) const
{
    const ENode &node = nodes[index];
    NodeProgress &p = out[index];
    p.kind = node.kind;
    p.id = node.id;
    p.path = node.path;
    p.label = node.label;
    p.pathwayId = node.pathwayId;
    p.description = node.description;
    p.inferred = node.inferred;
    p.parent = node.parent;
    p.children = node.children;
    p.creditsAvailable = node.credits;
    QList<int> unmet;
    int metChildren = 0;
    for (int child : node.children) {
        p.creditsEarned += out[child].creditsEarned;
        if (out[child].state == NodeState::Met) {
            ++metChildren;
        } else {
            unmet.append(child);
        }
    }
    const auto byCost = [&](int a, int b) {
        return out[a].remainingLeaves < out[b].remainingLeaves;
    };
    std::stable_sort(unmet.begin(), unmet.end(), byCost);
    SummaryContext context{index, out, unmet, metChildren};
    bool met = false;
    switch (node.kind) {
    case NodeKind::Credential:
        met = summariseLeaf(context);
        break;
    case NodeKind::AllOf:
        met = summariseAllOf(context);
        break;
    case NodeKind::NOf:
        met = summariseNOf(context);
        break;
    case NodeKind::MinCredits:
        met = summariseMinCredits(context);
        break;
    case NodeKind::Pathway:
        met = summarisePathway(context);
        break;
    }
    if (p.label.isEmpty()) {
        p.label = nodeKindKey(node.kind);
    }
    if (met) {
        p.state = NodeState::Met;
        p.fraction = 1.0;
        p.options.clear();
        p.moreNeeded = 0;
        p.creditsNeeded = 0;
        p.remainingLeaves = 0;
    } else {
        p.state = p.fraction > 0 || p.creditsEarned > 0 ? NodeState::InProgress : NodeState::NotStarted;
    }
}

} // namespace Detail

} // namespace Credfolio::Pathways
