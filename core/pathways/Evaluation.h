// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Pathway.h"

#include <QList>
#include <QString>

#include <optional>

namespace Credfolio::Pathways {

/// The verification standing of a credential, as the caller established it (core/verify).
enum class Standing { Valid, Invalid, Revoked, Expired, Unknown };

/// One of the learner's credentials with its standing. Does not own the credential, which must outlive
/// the call to evaluate().
struct EvaluatedCredential {
    const Credentials::Credential *credential = nullptr;
    Standing standing = Standing::Unknown;
};

/// Whether a node is done.
enum class NodeState { Met, InProgress, NotStarted };

/// A credential used by (or that would count toward) a node.
struct CredentialUse {
    int input = -1; ///< index in the credentials passed to evaluate()
    QString credentialId;
    QString achievementId;
    QString name;
    QString humanCode;
    double credits = 0; ///< what it contributes: creditsEarned, else creditsAvailable, else the leaf's credits
    Standing standing = Standing::Unknown;
};

/// The progress of one requirement node. Nodes form a tree through indices into Evaluation::nodes.
struct NodeProgress {
    NodeKind kind = NodeKind::AllOf;
    QString id;    ///< the author's node id, if any
    QString path;  ///< where the node is defined: "<pathway id>$.requirements.children[1]"
    QString label; ///< the node label, else a description of what it matches
    QString pathwayId;
    QString description;
    bool inferred = false;
    int parent = -1;
    QList<int> children;

    NodeState state = NodeState::NotStarted;
    double fraction = 0; ///< 0..1; 1 exactly when met
    /// Counts for allOf/nOf/credential/pathway (children met / needed), credits for minCredits.
    double have = 0;
    double need = 0;
    double creditsEarned = 0;               ///< credits of the credentials counted anywhere below
    std::optional<double> creditsAvailable; ///< the node's nominal credits (file, or the credential's)
    std::optional<double> creditsRequired;  ///< minCredits: the threshold
    bool viaAward = false;                  ///< a pathway met by holding its award credential

    QList<CredentialUse> satisfiedBy; ///< leaf: its credential; pool: the credentials counted; award
    QList<CredentialUse> wouldCount;  ///< invalid, revoked or expired credentials that would count if valid

    // What is left (the advisor's gap list). For a node not met:
    int moreNeeded = 0;       ///< children still to complete (leaf: 1)
    double creditsNeeded = 0; ///< minCredits: credits still missing
    QList<int> options;       ///< unmet children to choose from, cheapest first
    int remainingLeaves = 0;  ///< estimate of credentials still to earn on the cheapest route
};

/// The evaluation of one pathway for one learner. A plain copyable value; nodes[0] is the pathway itself.
struct Evaluation {
    QString pathwayId;
    QString pathwayName;
    QList<NodeProgress> nodes;
    int credentialsConsidered = 0; ///< credentials given
    int credentialsCounted = 0;    ///< credentials whose standing let them count

    const NodeProgress &root() const { return nodes.front(); }
};

/// Options of an evaluation.
struct EvaluationOptions {
    /// Whether credentials of Standing::Unknown (not yet checked) count. They are always shown as such.
    bool countUnknown = true;
};

QString standingKey(Standing standing); ///< "valid", "invalid", "revoked", "expired", "unknown"
QString stateKey(NodeState state);      ///< "met", "inProgress", "notStarted"

} // namespace Credfolio::Pathways
