// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Evaluation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Credfolio::Services {

/// The numbers a learner reads at a glance.
struct PathwaySummary {
    Pathways::NodeState state = Pathways::NodeState::NotStarted;
    double fraction = 0; ///< 0..1
    double creditsEarned = 0;
    std::optional<double> creditsTotal; ///< the pathway's nominal credits, when it states them
    int credentialsCounted = 0;         ///< distinct credentials that count somewhere in the tree
    int credentialsStillNeeded = 0;     ///< estimate along the cheapest route
    int credentialsWouldCount = 0;      ///< distinct credentials that would count if they were valid
};

PathwaySummary summarize(const Pathways::Evaluation &evaluation);

/// One entry of the "What's missing" list: something still to earn, cheapest first.
struct NextStep {
    int node = -1;          ///< index in Evaluation::nodes
    QString title;          ///< "DATA 110", "1 more of: STAT 210, MATH 250", "12 more credits: Electives"
    QString context;        ///< the enclosing requirement or pathway ("Certificate in Data Analytics"), may be empty
    QStringList choices;    ///< labels to choose from, cheapest first (nOf, and minCredits with parts)
    double credits = 0;     ///< nominal credits of the step (leaf) or credits still needed (minCredits)
    QStringList wouldCount; ///< names of held credentials that would satisfy it if valid
};

/// The unmet requirements, walking the tree through NodeProgress::options (cheapest first). An nOf over
/// plain credentials, or one with a real choice, is one step with its choices; otherwise unmet groups are
/// opened up into their parts.
QList<NextStep> nextSteps(const Pathways::Evaluation &evaluation);

/// What a node still lacks, in a few words ("2 more of these 5", "12 credits still needed"); empty when met.
QString missingText(const Pathways::Evaluation &evaluation, int node);

/// "3 cr", "2.5 cr" (translated).
QString creditsText(double credits);
/// "revoked", "expired", ... (translated)
QString standingText(Pathways::Standing standing);

} // namespace Credfolio::Services
