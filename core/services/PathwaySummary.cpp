// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PathwaySummary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace Credfolio::Services {

using Pathways::Evaluation;
using Pathways::NodeKind;
using Pathways::NodeProgress;
using Pathways::NodeState;

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

void collectUses(const Evaluation &evaluation, QSet<int> &counted, QSet<int> &wouldCount)
{
    for (const NodeProgress &node : evaluation.nodes) {
        for (const Pathways::CredentialUse &use : node.satisfiedBy) {
            counted.insert(use.input);
        }
        for (const Pathways::CredentialUse &use : node.wouldCount) {
            wouldCount.insert(use.input);
        }
    }
}

// A pathway node whose requirement root is an allOf reads as that list (what the Pathways tree shows).
int requirementOf(const Evaluation &evaluation, int index)
{
    const NodeProgress &node = evaluation.nodes[index];
    if (node.kind == NodeKind::Pathway && !node.viaAward && node.children.size() == 1) {
        return node.children.front();
    }
    return index;
}

bool allLeaves(const Evaluation &evaluation, const QList<int> &nodes)
{
    for (int n : nodes) {
        if (evaluation.nodes[n].kind != NodeKind::Credential) {
            return false;
        }
    }
    return true;
}

QStringList labels(const Evaluation &evaluation, const QList<int> &nodes)
{
    QStringList out;
    for (int n : nodes) {
        out.append(evaluation.nodes[n].label);
    }
    return out;
}

QStringList wouldCountNames(const NodeProgress &node)
{
    QStringList names;
    for (const Pathways::CredentialUse &use : node.wouldCount) {
        names.append(use.name);
    }
    return names;
}

void walk(const Evaluation &evaluation, int index, const QString &context, QList<NextStep> &steps)
{
    const NodeProgress &shown = evaluation.nodes[index];
    if (shown.state == NodeState::Met) {
        return;
    }
    const int req = requirementOf(evaluation, index);
    const NodeProgress &node = evaluation.nodes[req];
    const QString here = index == 0 ? QString() : shown.label;
    const QString inner = here.isEmpty() ? context : here;
    switch (node.kind) {
    case NodeKind::Credential:
        steps.append({index, node.label, context, {}, node.creditsAvailable.value_or(0), wouldCountNames(node)});
        return;
    case NodeKind::MinCredits:
        steps.append({req,
                      QCoreApplication::translate("Credfolio::Services", "%1 — %2 more credits")
                          .arg(node.label, number(node.creditsNeeded)),
                      context, labels(evaluation, node.options), node.creditsNeeded, wouldCountNames(node)});
        return;
    case NodeKind::NOf:
        if (allLeaves(evaluation, node.options) || node.options.size() > node.moreNeeded) {
            steps.append({req,
                          QCoreApplication::translate("Credfolio::Services", "%1 — %2 more")
                              .arg(node.label, QString::number(node.moreNeeded)),
                          context, labels(evaluation, node.options), 0, wouldCountNames(node)});
            return;
        }
        break;
    case NodeKind::AllOf:
    case NodeKind::Pathway:
        break;
    }
    for (int option : node.options) {
        walk(evaluation, option, inner, steps);
    }
}

} // namespace

PathwaySummary summarize(const Evaluation &evaluation)
{
    PathwaySummary summary;
    if (evaluation.nodes.isEmpty()) {
        return summary;
    }
    const NodeProgress &root = evaluation.root();
    summary.state = root.state;
    summary.fraction = root.fraction;
    summary.creditsEarned = root.creditsEarned;
    summary.creditsTotal = root.creditsAvailable;
    QSet<int> counted;
    QSet<int> wouldCount;
    collectUses(evaluation, counted, wouldCount);
    summary.credentialsCounted = int(counted.size());
    summary.credentialsWouldCount = int((wouldCount - counted).size());
    summary.credentialsStillNeeded = root.state == NodeState::Met ? 0 : root.remainingLeaves;
    return summary;
}

QList<NextStep> nextSteps(const Evaluation &evaluation)
{
    QList<NextStep> steps;
    if (!evaluation.nodes.isEmpty()) {
        walk(evaluation, 0, QString(), steps);
    }
    return steps;
}

QString missingText(const Evaluation &evaluation, int index)
{
    const NodeProgress &node = evaluation.nodes[requirementOf(evaluation, index)];
    if (evaluation.nodes[index].state == NodeState::Met) {
        return {};
    }
    switch (node.kind) {
    case NodeKind::Credential:
        return node.creditsAvailable ? QCoreApplication::translate("Credfolio::Services", "Still to earn (%1)")
                                           .arg(creditsText(*node.creditsAvailable))
                                     : QCoreApplication::translate("Credfolio::Services", "Still to earn");
    case NodeKind::MinCredits:
        return QCoreApplication::translate("Credfolio::Services", "%1 credits still needed")
            .arg(number(node.creditsNeeded));
    case NodeKind::NOf:
        return QCoreApplication::translate("Credfolio::Services", "%1 more of these %2")
            .arg(QString::number(node.moreNeeded), QString::number(node.options.size()));
    case NodeKind::AllOf:
    case NodeKind::Pathway:
        return QCoreApplication::translate("Credfolio::Services", "%1 more to complete")
            .arg(QString::number(node.moreNeeded));
    }
    return {};
}

QString creditsText(double credits)
{
    return QCoreApplication::translate("Credfolio::Services", "%1 cr").arg(number(credits));
}

QString standingText(Pathways::Standing standing)
{
    switch (standing) {
    case Pathways::Standing::Valid:
        return QCoreApplication::translate("Credfolio::Services", "valid");
    case Pathways::Standing::Invalid:
        return QCoreApplication::translate("Credfolio::Services", "invalid");
    case Pathways::Standing::Revoked:
        return QCoreApplication::translate("Credfolio::Services", "revoked");
    case Pathways::Standing::Expired:
        return QCoreApplication::translate("Credfolio::Services", "expired");
    case Pathways::Standing::Unknown:
        return QCoreApplication::translate("Credfolio::Services", "not verified");
    }
    return {};
}

} // namespace Credfolio::Services
