// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/ProgressRenderer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Credfolio::Pathways {

namespace {

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString symbol(NodeState state)
{
    switch (state) {
    case NodeState::Met:
        return QStringLiteral("✔");
    case NodeState::InProgress:
        return QStringLiteral("…");
    case NodeState::NotStarted:
        return QStringLiteral("✗");
    }
    return {};
}

QString standingText(Standing standing)
{
    switch (standing) {
    case Standing::Valid:
        return QCoreApplication::translate("Credfolio::Pathways", "valid");
    case Standing::Invalid:
        return QCoreApplication::translate("Credfolio::Pathways", "invalid");
    case Standing::Revoked:
        return QCoreApplication::translate("Credfolio::Pathways", "revoked");
    case Standing::Expired:
        return QCoreApplication::translate("Credfolio::Pathways", "expired");
    case Standing::Unknown:
        return QCoreApplication::translate("Credfolio::Pathways", "not verified");
    }
    return {};
}

QString credits(double value)
{
    return QCoreApplication::translate("Credfolio::Pathways", "(%1 cr)").arg(number(value));
}

QString useText(const CredentialUse &use)
{
    QString text = use.name;
    if (use.standing == Standing::Unknown) {
        text += QLatin1String(" [") + standingText(use.standing) + QLatin1Char(']');
    }
    return text;
}

QString headline(const NodeProgress &node)
{
    const QString sym = symbol(node.state);
    switch (node.kind) {
    case NodeKind::Credential:
        if (node.state == NodeState::Met) {
            QString line =
                sym + QLatin1Char(' ') + node.label + QStringLiteral(" — ") + useText(node.satisfiedBy.front());
            if (node.creditsEarned > 0) {
                line += QLatin1Char(' ') + credits(node.creditsEarned);
            }
            return line;
        }
        return node.creditsAvailable
                   ? QCoreApplication::translate("Credfolio::Pathways", "✗ missing: %1 %2")
                         .arg(node.label, credits(*node.creditsAvailable))
                   : QCoreApplication::translate("Credfolio::Pathways", "✗ missing: %1").arg(node.label);
    case NodeKind::AllOf:
        return QCoreApplication::translate("Credfolio::Pathways", "%1 %2 — %3 of %4 complete")
            .arg(sym, node.label, number(node.have), number(node.need));
    case NodeKind::NOf:
        return QCoreApplication::translate("Credfolio::Pathways", "%1 %2 — %3 of %4 needed")
            .arg(sym, node.label, number(node.have), number(node.need));
    case NodeKind::MinCredits:
        return QCoreApplication::translate("Credfolio::Pathways", "%1 %2 — %3 of %4 credits")
            .arg(sym, node.label, number(node.have), number(node.need));
    case NodeKind::Pathway:
        if (node.viaAward) {
            return QCoreApplication::translate("Credfolio::Pathways", "%1 %2 — awarded: %3")
                .arg(sym, node.label, useText(node.satisfiedBy.front()));
        }
        return QCoreApplication::translate("Credfolio::Pathways", "%1 %2 — %3% (%4 cr earned)")
            .arg(sym, node.label, QString::number(qRound(node.fraction * 100)), number(node.creditsEarned));
    }
    return {};
}

void renderNode(const Evaluation &evaluation, int index, int depth, QString &out)
{
    const NodeProgress &node = evaluation.nodes[index];
    const QString indent(depth * 2, QLatin1Char(' '));
    const QString inner((depth + 1) * 2, QLatin1Char(' '));
    out += indent + headline(node) + QLatin1Char('\n');
    if (node.state != NodeState::Met) {
        if (node.kind == NodeKind::NOf && node.options.size() > node.moreNeeded) {
            out += inner +
                   QCoreApplication::translate("Credfolio::Pathways", "✗ missing: %1 more of these %2")
                       .arg(QString::number(node.moreNeeded), QString::number(node.options.size())) +
                   QLatin1Char('\n');
        } else if (node.kind == NodeKind::MinCredits) {
            out += inner +
                   QCoreApplication::translate("Credfolio::Pathways", "✗ missing: %1 credits still needed")
                       .arg(number(node.creditsNeeded)) +
                   QLatin1Char('\n');
        }
        for (const CredentialUse &use : node.wouldCount) {
            out += inner +
                   QCoreApplication::translate("Credfolio::Pathways", "⚠ would count if valid: %1 (%2)")
                       .arg(use.name, standingText(use.standing)) +
                   QLatin1Char('\n');
        }
    }
    if (node.kind == NodeKind::MinCredits) {
        for (const CredentialUse &use : node.satisfiedBy) {
            out += inner + QStringLiteral("✔ ") + useText(use) + QLatin1Char(' ') + credits(use.credits) +
                   QLatin1Char('\n');
        }
    }
    for (int child : node.children) {
        renderNode(evaluation, child, depth + 1, out);
    }
}

QJsonObject useJson(const CredentialUse &use)
{
    QJsonObject object{{QStringLiteral("input"), use.input},
                       {QStringLiteral("name"), use.name},
                       {QStringLiteral("credits"), use.credits},
                       {QStringLiteral("standing"), standingKey(use.standing)}};
    if (!use.credentialId.isEmpty()) {
        object.insert(QStringLiteral("credentialId"), use.credentialId);
    }
    if (!use.achievementId.isEmpty()) {
        object.insert(QStringLiteral("achievementId"), use.achievementId);
    }
    if (!use.humanCode.isEmpty()) {
        object.insert(QStringLiteral("humanCode"), use.humanCode);
    }
    return object;
}

QJsonArray usesJson(const QList<CredentialUse> &uses)
{
    QJsonArray array;
    for (const CredentialUse &use : uses) {
        array.append(useJson(use));
    }
    return array;
}

QJsonObject nodeJson(const Evaluation &evaluation, int index)
{
    const NodeProgress &node = evaluation.nodes[index];
    QJsonObject object{{QStringLiteral("type"), nodeKindKey(node.kind)},
                       {QStringLiteral("path"), node.path},
                       {QStringLiteral("label"), node.label},
                       {QStringLiteral("state"), stateKey(node.state)},
                       {QStringLiteral("fraction"), node.fraction},
                       {QStringLiteral("have"), node.have},
                       {QStringLiteral("need"), node.need},
                       {QStringLiteral("creditsEarned"), node.creditsEarned}};
    if (!node.id.isEmpty()) {
        object.insert(QStringLiteral("id"), node.id);
    }
    if (!node.pathwayId.isEmpty()) {
        object.insert(QStringLiteral("pathwayId"), node.pathwayId);
    }
    if (node.creditsAvailable) {
        object.insert(QStringLiteral("creditsAvailable"), *node.creditsAvailable);
    }
    if (node.creditsRequired) {
        object.insert(QStringLiteral("creditsRequired"), *node.creditsRequired);
    }
    if (node.inferred) {
        object.insert(QStringLiteral("inferred"), true);
    }
    if (node.viaAward) {
        object.insert(QStringLiteral("viaAward"), true);
    }
    if (!node.satisfiedBy.isEmpty()) {
        object.insert(QStringLiteral("satisfiedBy"), usesJson(node.satisfiedBy));
    }
    if (!node.wouldCount.isEmpty()) {
        object.insert(QStringLiteral("wouldCountIfValid"), usesJson(node.wouldCount));
    }
    if (node.state != NodeState::Met) {
        QJsonArray options;
        for (int option : node.options) {
            options.append(evaluation.nodes[option].path);
        }
        object.insert(QStringLiteral("remaining"),
                      QJsonObject{{QStringLiteral("more"), node.moreNeeded},
                                  {QStringLiteral("credits"), node.creditsNeeded},
                                  {QStringLiteral("credentialsAtLeast"), node.remainingLeaves},
                                  {QStringLiteral("from"), options}});
    }
    QJsonArray children;
    for (int child : node.children) {
        children.append(nodeJson(evaluation, child));
    }
    if (!children.isEmpty()) {
        object.insert(QStringLiteral("children"), children);
    }
    return object;
}

} // namespace

QString renderProgressText(const Evaluation &evaluation)
{
    QString out;
    if (!evaluation.nodes.isEmpty()) {
        renderNode(evaluation, 0, 0, out);
    }
    return out;
}

QJsonObject toJson(const Evaluation &evaluation)
{
    QJsonObject object{{QStringLiteral("format"), QStringLiteral("credfolio.progress/1")},
                       {QStringLiteral("pathwayId"), evaluation.pathwayId},
                       {QStringLiteral("pathwayName"), evaluation.pathwayName},
                       {QStringLiteral("credentialsConsidered"), evaluation.credentialsConsidered},
                       {QStringLiteral("credentialsCounted"), evaluation.credentialsCounted}};
    if (!evaluation.nodes.isEmpty()) {
        object.insert(QStringLiteral("root"), nodeJson(evaluation, 0));
    }
    return object;
}

} // namespace Credfolio::Pathways
