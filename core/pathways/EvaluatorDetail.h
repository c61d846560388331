// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Evaluation.h"
#include "core/pathways/PathwayCatalog.h"

#include <QHash>

#include <array>
#include <vector>

// Internal to core/pathways: the evaluator's working state, shared by Evaluator*.cpp.
namespace Credfolio::Pathways::Detail {

// What credentials are indexed by for candidate search (EvaluatorIndex.cpp).
enum class IndexCategory { AchievementId, Uri, HumanCode, Tag, Alignment, FieldOfStudy, AchievementType, Count };

struct ENode {
    const Requirement *requirement = nullptr;
    NodeKind kind = NodeKind::AllOf;
    int parent = -1;
    QList<int> children;
    QString path;
    QString id;
    QString label;
    QString description;
    QString pathwayId;
    bool inferred = false;
    std::optional<double> credits;
    bool shared = false;    // children draw on credentials independently
    double weight = 1;      // priority of a leaf in the matching (higher first)
    double childWeight = 1; // weight handed to children
    const Matcher *match = nullptr;
    const Matcher *pool = nullptr;
    const Matcher *award = nullptr;
    QList<int> good; // countable candidates (leaf or pool), rank order
    QList<int> bad;  // non-countable candidates
    QList<int> awardGood;
    QList<int> awardBad;
    int assigned = -1;    // leaf: the credential used
    int awardedWith = -1; // pathway: the award credential held
    QList<int> poolTaken; // minCredits: credentials counted through the pool
};

// The state summarise() hands to the per-kind summaries.
struct SummaryContext {
    int index;
    QList<NodeProgress> &out;
    QList<int> &unmet;
    int metChildren;
};

struct Solver {
    const PathwayCatalog *catalog = nullptr;
    const QList<EvaluatedCredential> *input = nullptr;
    QList<ENode> nodes;
    std::vector<int> byRank;     // credential indices in tie-break order
    std::vector<int> rankOf;     // credential index -> rank
    std::vector<char> countable; // credential index -> counts (standing)
    std::array<QHash<QString, QList<int>>, size_t(IndexCategory::Count)>
        credentialIndex; // key -> credentials, rank order

    Result<void> expand(const Requirement &requirement, const QString &path, int parent, bool inheritedShared,
                        QStringList &chain);
    Result<void> expandPathway(const Requirement &requirement, const QString &path, int self, ENode node,
                               QStringList &chain);
    void orderCredentials(const QList<EvaluatedCredential> &credentials, const EvaluationOptions &options);
    void buildIndex();
    void candidates(const Matcher &matcher, QList<int> &good, QList<int> &bad) const;

    /// Assigns credentials in the scope rooted at `node`; returns the credentials it consumed.
    std::vector<int> solve(int node, const std::vector<char> &available);
    double credentialCredits(int credential, int leaf) const;
    double subtreeCredits(int node) const;
    Evaluation results() const;

private:
    void collect(int node, bool isScopeRoot, QList<int> &members, QList<int> &nested) const;
    void assign(const QList<int> &members, const std::vector<char> &available, std::vector<int> &consumed);
    void fillPool(int index, const QList<int> &members, std::vector<char> &free, std::vector<int> &consumed);
    bool isSurplus(int leaf, int pool) const;
    bool augment(int leaf, const std::vector<char> &available, std::vector<int> &owner, std::vector<int> &visited,
                 int stamp);
    CredentialUse use(int credential, int leaf) const;
    void summarise(int index, QList<NodeProgress> &out) const;
    bool summariseLeaf(SummaryContext &c) const;
    bool summariseAllOf(SummaryContext &c) const;
    bool summariseNOf(SummaryContext &c) const;
    bool summariseMinCredits(SummaryContext &c) const;
    bool summarisePathway(SummaryContext &c) const;
    void addWouldCount(NodeProgress &p, int index, const QList<int> &bad) const;
};

} // namespace Credfolio::Pathways::Detail
