// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/EvaluatorDetail.h"

#include <QHash>

#include <algorithm>

namespace Credfolio::Pathways::Detail {

namespace {

constexpr double kEpsilon = 1e-9;

void merge(std::vector<int> &into, const std::vector<int> &from)
{
    into.insert(into.end(), from.begin(), from.end());
}

} // namespace

// The nodes of the countOnce scope rooted at `node`, in pre-order; shared descendants become nested scopes.
void Solver::collect(int node, bool isScopeRoot, QList<int> &members, QList<int> &nested) const
{
    if (!isScopeRoot && nodes[node].shared) {
        nested.append(node);
        return;
    }
    members.append(node);
    for (int child : nodes[node].children) {
        collect(child, false, members, nested);
    }
}

std::vector<int> Solver::solve(int node, const std::vector<char> &available)
{
    std::vector<int> consumed;
    if (nodes[node].shared && !nodes[node].children.isEmpty()) {
        // Each child draws on the same credentials; the node's own pool too.
        for (int child : nodes[node].children) {
            merge(consumed, solve(child, available));
        }
        assign({node}, available, consumed);
        return consumed;
    }
    QList<int> members;
    QList<int> nested;
    collect(node, true, members, nested);
    for (int scope : nested) {
        merge(consumed, solve(scope, available));
    }
    std::vector<char> remaining = available;
    for (int credential : consumed) {
        remaining[size_t(credential)] = 0;
    }
    assign(members, remaining, consumed);
    return consumed;
}

// Within one scope: awards first (pre-order), then leaves by maximum matching in priority order, then the
// credit pools of minCredits nodes, innermost first, from what is left.
void Solver::assign(const QList<int> &members, const std::vector<char> &available, std::vector<int> &consumed)
{
    std::vector<char> free = available;
    for (int m : members) {
        ENode &node = nodes[m];
        for (int credential : node.awardGood) {
            if (free[size_t(credential)]) {
                node.awardedWith = credential;
                free[size_t(credential)] = 0;
                consumed.push_back(credential);
                break;
            }
        }
    }
    QList<int> leaves;
    for (int m : members) {
        if (nodes[m].kind == NodeKind::Credential) {
            leaves.append(m);
        }
    }
    std::stable_sort(leaves.begin(), leaves.end(), [&](int a, int b) { return nodes[a].weight > nodes[b].weight; });
    std::vector<int> owner(free.size(), -1);
    std::vector<int> visited(size_t(nodes.size()), 0);
    int stamp = 0;
    for (int leaf : leaves) {
        augment(leaf, free, owner, visited, ++stamp);
    }
    for (int leaf : leaves) {
        if (nodes[leaf].assigned >= 0) {
            free[size_t(nodes[leaf].assigned)] = 0;
            consumed.push_back(nodes[leaf].assigned);
        }
    }
    for (auto it = members.crbegin(); it != members.crend(); ++it) {
        if (nodes[*it].pool) {
            fillPool(*it, members, free, consumed);
        }
    }
}

// Takes unused matching credentials, then (still short) credentials held by surplus leaves: leaves of an nOf
// over leaves that has more than n met, which stays met without them.
void Solver::fillPool(int index, const QList<int> &members, std::vector<char> &free, std::vector<int> &consumed)
{
    ENode &node = nodes[index];
    double needed = node.requirement->minCredits - subtreeCredits(index);
    for (qsizetype i = 0; needed > kEpsilon && i < node.good.size(); ++i) {
        const int credential = node.good[i];
        const double credits = credentialCredits(credential, -1);
        if (free[size_t(credential)] && credits > 0) {
            node.poolTaken.append(credential);
            free[size_t(credential)] = 0;
            consumed.push_back(credential);
            needed -= credits;
        }
    }
    if (needed <= kEpsilon) {
        return;
    }
    QHash<int, int> heldBy; // credential -> leaf of this scope directly under an nOf
    for (int leaf : members) {
        const int parent = nodes[leaf].parent;
        if (nodes[leaf].assigned >= 0 && parent >= 0 && nodes[parent].kind == NodeKind::NOf) {
            heldBy.insert(nodes[leaf].assigned, leaf);
        }
    }
    for (qsizetype i = 0; needed > kEpsilon && i < node.good.size(); ++i) {
        const int credential = node.good[i];
        const int leaf = heldBy.value(credential, -1);
        const double credits = credentialCredits(credential, -1);
        if (leaf >= 0 && credits > 0 && isSurplus(leaf, index)) {
            nodes[leaf].assigned = -1;
            node.poolTaken.append(credential);
            needed -= credits;
        }
    }
}

bool Solver::isSurplus(int leaf, int pool) const
{
    const int parent = nodes[leaf].parent;
    for (int up = parent; up >= 0; up = nodes[up].parent) {
        if (up == pool) {
            return false; // moving it inside the pool's own subtree gains nothing
        }
    }
    int met = 0;
    for (int child : nodes[parent].children) {
        if (nodes[child].kind != NodeKind::Credential) {
            return false;
        }
        met += nodes[child].assigned >= 0 ? 1 : 0;
    }
    return met > nodes[parent].requirement->n;
}

// Kuhn's augmenting path: a free candidate if there is one, else move a leaf that holds a candidate.
bool Solver::augment(int leaf, const std::vector<char> &available, std::vector<int> &owner, std::vector<int> &visited,
                     int stamp)
{
    visited[size_t(leaf)] = stamp;
    const QList<int> &good = nodes[leaf].good;
    for (int credential : good) {
        if (available[size_t(credential)] && owner[size_t(credential)] < 0) {
            owner[size_t(credential)] = leaf;
            nodes[leaf].assigned = credential;
            return true;
        }
    }
    for (int credential : good) {
        if (!available[size_t(credential)]) {
            continue;
        }
        const int other = owner[size_t(credential)];
        if (visited[size_t(other)] == stamp) {
            continue;
        }
        if (augment(other, available, owner, visited, stamp)) {
            owner[size_t(credential)] = leaf;
            nodes[leaf].assigned = credential;
            return true;
        }
    }
    return false;
}

double Solver::credentialCredits(int credential, int leaf) const
{
    if (const std::optional<double> credits = input->at(credential).credential->credits()) {
        return *credits;
    }
    return leaf >= 0 ? nodes[leaf].credits.value_or(0) : 0;
}

double Solver::subtreeCredits(int index) const
{
    const ENode &node = nodes[index];
    if (node.kind == NodeKind::Credential) {
        return node.assigned >= 0 ? credentialCredits(node.assigned, index) : 0;
    }
    if (node.awardedWith >= 0) {
        const double credits = credentialCredits(node.awardedWith, -1);
        if (credits > 0 || node.credits) {
            return credits > 0 ? credits : *node.credits;
        }
    }
    double sum = 0;
    for (int child : node.children) {
        sum += subtreeCredits(child);
    }
    for (int credential : node.poolTaken) {
        sum += credentialCredits(credential, -1);
    }
    return sum;
}

CredentialUse Solver::use(int credential, int leaf) const
{
    const EvaluatedCredential &evaluated = input->at(credential);
    const Credentials::Credential &c = *evaluated.credential;
    return {credential,
            c.id,
            c.achievement.id,
            c.name.isEmpty() ? c.achievement.name : c.name,
            c.achievement.humanCode,
            credentialCredits(credential, leaf),
            evaluated.standing};
}

} // namespace Credfolio::Pathways::Detail
