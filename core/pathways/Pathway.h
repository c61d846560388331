// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Matcher.h"

#include <QList>
#include <QString>

#include <optional>

namespace Credfolio::Pathways {

/// The format identifier written in every pathway file (`"format": "credfolio.pathway/1"`).
inline constexpr char kFormatId[] = "credfolio.pathway/1";

/// The kind of a requirement node (see docs/pathways.md).
enum class NodeKind {
    AllOf,      ///< every child
    NOf,        ///< at least `n` children
    MinCredits, ///< at least `minCredits` credits from the children and/or the `pool`
    Credential, ///< a leaf: one credential that satisfies `match`
    Pathway,    ///< another pathway, embedded or referenced by id (stacking)
};

/// How credentials may be reused inside a node's subtree.
enum class Sharing {
    Inherit,   ///< as the enclosing node (the pathway's policy at the root)
    CountOnce, ///< a credential satisfies at most one leaf or pool of the subtree (the default)
    Shared,    ///< each child of this node draws on all credentials independently
};

/// One node of a requirement tree. A plain value; children are owned by value.
struct Requirement {
    NodeKind kind = NodeKind::AllOf;
    QString id;    ///< optional author-given id, unique within the file
    QString label; ///< human label ("Foundations", "One visualization tool")
    QString description;
    std::optional<double> credits; ///< the node's own credit value (display; leaf fallback credits)
    Sharing sharing = Sharing::Inherit;
    bool inferred = false; ///< structure guessed on import (CLR associations), not stated by the issuer

    QList<Requirement> children; ///< AllOf, NOf, MinCredits; a Pathway node holds the embedded root here
    int n = 0;                   ///< NOf
    double minCredits = 0;       ///< MinCredits
    std::optional<Matcher> pool; ///< MinCredits: any credential matching this counts its credits
    Matcher match;               ///< Credential

    // Pathway nodes: either `ref` (resolved through a PathwayCatalog) or an embedded pathway whose
    // identity is kept here and whose root requirement is children[0].
    QString ref;
    QString pathwayId;
    QString pathwayName;
    std::optional<Matcher> awardedBy;          ///< a held credential matching this satisfies the whole node
    Sharing pathwaySharing = Sharing::Inherit; ///< the embedded pathway's policy

    bool operator==(const Requirement &) const = default;
};

/// The institution or organisation that publishes a pathway.
struct Institution {
    QString id;
    QString name;
    QString url;
    bool operator==(const Institution &) const = default;
};

/// A pathway: a named requirement tree. Plain copyable value; thread-safe to read concurrently.
struct Pathway {
    QString id;
    QString name;
    QString description;
    Institution issuer;
    std::optional<double> credits;    ///< total credits of the award, for display
    std::optional<Matcher> awardedBy; ///< the credential awarded on completion (e.g. the certificate)
    Sharing sharing = Sharing::CountOnce;
    Requirement requirements;
    bool operator==(const Pathway &) const = default;
};

/// A problem that does not stop a file from being read (an unknown member), or an import gap.
struct PathwayNote {
    QString code;    ///< "pathways.unknown-member", "pathways.import.unmapped", ...
    QString message; ///< translated
    QString path;    ///< JSON path or source id the note is about
};

QString nodeKindKey(NodeKind kind);  ///< "allOf", "nOf", "minCredits", "credential", "pathway"
QString sharingKey(Sharing sharing); ///< "inherit", "countOnce", "shared"

} // namespace Credfolio::Pathways
