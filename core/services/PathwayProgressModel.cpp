// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PathwayProgressModel.h"

#include "core/services/PathwaySummary.h"

#include <QCoreApplication>
#include <QLocale>

namespace Credfolio::Services {

using Pathways::CredentialUse;
using Pathways::NodeKind;
using Pathways::NodeProgress;
using Pathways::NodeState;

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString percent(double fraction)
{
    return QCoreApplication::translate("Credfolio::Services", "%1%").arg(qRound(fraction * 100));
}

QString useName(const CredentialUse &use)
{
    if (use.standing == Pathways::Standing::Unknown) {
        return QCoreApplication::translate("Credfolio::Services", "%1 (not verified)").arg(use.name);
    }
    return use.name;
}

} // namespace

PathwayProgressModel::PathwayProgressModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void PathwayProgressModel::setEvaluation(const Pathways::Evaluation &evaluation)
{
    beginResetModel();
    m_evaluation = evaluation;
    build();
    endResetModel();
}

void PathwayProgressModel::clear()
{
    setEvaluation({});
}

QModelIndex PathwayProgressModel::indexOfNode(int node) const
{
    const int item = m_itemOfNode.value(node, -1);
    return item < 0 ? QModelIndex() : createIndex(m_items[item].row, 0, quintptr(item));
}

void PathwayProgressModel::build()
{
    m_items.clear();
    m_topLevel.clear();
    m_itemOfNode = QList<int>(m_evaluation.nodes.size(), -1);
    if (!m_evaluation.nodes.isEmpty()) {
        addChildren(-1, 0);
    }
}

void PathwayProgressModel::addChildren(int parentItem, int node)
{
    const NodeProgress &progress = m_evaluation.nodes[node];
    QList<int> shown = progress.children;
    // A pathway is its list of requirements: show the list's items directly under it.
    if (progress.kind == NodeKind::Pathway && shown.size() == 1 &&
        m_evaluation.nodes[shown.front()].kind == NodeKind::AllOf) {
        shown = m_evaluation.nodes[shown.front()].children;
    }
    for (int child : shown) {
        const int item = addItem(parentItem, {child, ItemType::Requirement, -1, parentItem, 0, {}});
        m_itemOfNode[child] = item;
        addChildren(item, child);
    }
    if (progress.kind == NodeKind::Credential) {
        return;
    }
    if (progress.kind == NodeKind::MinCredits || progress.viaAward) {
        for (int i = 0; i < progress.satisfiedBy.size(); ++i) {
            addItem(parentItem, {node, ItemType::Counted, i, parentItem, 0, {}});
        }
    }
    if (progress.state != NodeState::Met) {
        for (int i = 0; i < progress.wouldCount.size(); ++i) {
            addItem(parentItem, {node, ItemType::WouldCount, i, parentItem, 0, {}});
        }
    }
}

int PathwayProgressModel::addItem(int parentItem, Item item)
{
    const int index = int(m_items.size());
    QList<int> &siblings = parentItem < 0 ? m_topLevel : m_items[parentItem].children;
    item.row = int(siblings.size());
    siblings.append(index);
    m_items.append(item);
    return index;
}

const PathwayProgressModel::Item *PathwayProgressModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= quintptr(m_items.size())) {
        return nullptr;
    }
    return &m_items[int(index.internalId())];
}

QModelIndex PathwayProgressModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const QList<int> &siblings = parent.isValid() ? m_items[int(parent.internalId())].children : m_topLevel;
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex PathwayProgressModel::parent(const QModelIndex &child) const
{
    const Item *item = itemAt(child);
    if (!item || item->parent < 0) {
        return {};
    }
    return createIndex(m_items[item->parent].row, 0, quintptr(item->parent));
}

int PathwayProgressModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_topLevel.size());
    }
    if (parent.column() != 0) {
        return 0;
    }
    const Item *item = itemAt(parent);
    return item ? int(item->children.size()) : 0;
}

int PathwayProgressModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags PathwayProgressModel::flags(const QModelIndex &index) const
{
    const Item *item = itemAt(index);
    if (!item) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (item->children.isEmpty()) {
        flags |= Qt::ItemNeverHasChildren;
    }
    return flags;
}

QVariant PathwayProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RequirementColumn:
        return QCoreApplication::translate("Credfolio::Services", "Requirement");
    case ProgressColumn:
        return QCoreApplication::translate("Credfolio::Services", "Progress");
    case CreditsColumn:
        return QCoreApplication::translate("Credfolio::Services", "Credits");
    case StatusColumn:
        return QCoreApplication::translate("Credfolio::Services", "Status");
    default:
        return {};
    }
}

QVariant PathwayProgressModel::data(const QModelIndex &index, int role) const
{
    const Item *item = itemAt(index);
    if (!item) {
        return {};
    }
    return item->type == ItemType::Requirement ? requirementData(*item, index.column(), role)
                                               : credentialData(*item, index.column(), role);
}

QVariant PathwayProgressModel::requirementData(const Item &item, int column, int role) const
{
    const NodeProgress &node = m_evaluation.nodes[item.node];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RequirementColumn:
            return node.label;
        case ProgressColumn:
            return progressText(item.node);
        case CreditsColumn:
            return creditsColumnText(item.node);
        case StatusColumn:
            return statusText(item.node);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!node.description.isEmpty()) {
            lines.append(node.description);
        }
        const QString missing = missingText(m_evaluation, item.node);
        if (!missing.isEmpty()) {
            lines.append(missing);
        }
        if (node.state != NodeState::Met) {
            for (const CredentialUse &use : node.wouldCount) {
                lines.append(QCoreApplication::translate("Credfolio::Services", "Would count if it were valid: %1 (%2)")
                                 .arg(use.name, standingText(use.standing)));
            }
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case FractionRole:
        return node.fraction;
    case StateRole:
        return Pathways::stateKey(node.state);
    case ItemTypeRole:
        return QStringLiteral("requirement");
    case KindRole:
        return Pathways::nodeKindKey(node.kind);
    case CreditsEarnedRole:
        return node.creditsEarned;
    case CreditsRequiredRole:
        if (node.creditsRequired) {
            return *node.creditsRequired;
        }
        return node.creditsAvailable ? QVariant(*node.creditsAvailable) : QVariant();
    case SatisfiedByRole: {
        QStringList ids;
        for (const CredentialUse &use : node.satisfiedBy) {
            ids.append(use.credentialId);
        }
        return ids;
    }
    case WouldCountRole: {
        QStringList names;
        if (node.state != NodeState::Met) {
            for (const CredentialUse &use : node.wouldCount) {
                names.append(use.name);
            }
        }
        return names;
    }
    case MissingRole:
        return missingText(m_evaluation, item.node);
    case CredentialIdRole:
        if (node.kind == NodeKind::Credential || node.viaAward) {
            if (!node.satisfiedBy.isEmpty()) {
                return node.satisfiedBy.front().credentialId;
            }
            if (node.state != NodeState::Met && !node.wouldCount.isEmpty()) {
                return node.wouldCount.front().credentialId;
            }
        }
        return QString();
    case NodeIndexRole:
        return item.node;
    case PathRole:
        return node.path;
    default:
        return {};
    }
}

QVariant PathwayProgressModel::credentialData(const Item &item, int column, int role) const
{
    const NodeProgress &node = m_evaluation.nodes[item.node];
    const bool counted = item.type == ItemType::Counted;
    const CredentialUse &use = counted ? node.satisfiedBy[item.use] : node.wouldCount[item.use];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RequirementColumn:
            return useName(use);
        case CreditsColumn:
            return creditsText(use.credits);
        case StatusColumn:
            return counted ? QCoreApplication::translate("Credfolio::Services", "Counts toward this")
                           : QCoreApplication::translate("Credfolio::Services", "Would count if valid (%1)")
                                 .arg(standingText(use.standing));
        default:
            return QString();
        }
    case FractionRole:
        return counted ? 1.0 : 0.0;
    case StateRole:
        return Pathways::stateKey(counted ? NodeState::Met : NodeState::NotStarted);
    case ItemTypeRole:
        return counted ? QStringLiteral("counted") : QStringLiteral("wouldCount");
    case CreditsEarnedRole:
        return counted ? use.credits : 0.0;
    case SatisfiedByRole:
        return counted ? QStringList{use.credentialId} : QStringList();
    case WouldCountRole:
        return counted ? QStringList() : QStringList{use.name};
    case CredentialIdRole:
        return use.credentialId;
    case StandingRole:
        return Pathways::standingKey(use.standing);
    case NodeIndexRole:
        return item.node;
    case PathRole:
        return node.path;
    case MissingRole:
        return QString();
    default:
        return {};
    }
}

QString PathwayProgressModel::statusText(int index) const
{
    const NodeProgress &node = m_evaluation.nodes[index];
    if (node.kind == NodeKind::Credential) {
        if (node.state == NodeState::Met) {
            return useName(node.satisfiedBy.front());
        }
        if (!node.wouldCount.isEmpty()) {
            // Short enough for a column; the tooltip and the delegate's warning mark say what it means.
            const CredentialUse &use = node.wouldCount.front();
            return QCoreApplication::translate("Credfolio::Services", "%1 (%2)")
                .arg(use.name, standingText(use.standing));
        }
        return QCoreApplication::translate("Credfolio::Services", "Not yet earned");
    }
    if (node.viaAward && !node.satisfiedBy.isEmpty()) {
        return QCoreApplication::translate("Credfolio::Services", "Awarded: %1").arg(useName(node.satisfiedBy.front()));
    }
    switch (node.state) {
    case NodeState::Met:
        return QCoreApplication::translate("Credfolio::Services", "Complete");
    case NodeState::InProgress:
        return QCoreApplication::translate("Credfolio::Services", "In progress");
    case NodeState::NotStarted:
        return QCoreApplication::translate("Credfolio::Services", "Not started");
    }
    return {};
}

QString PathwayProgressModel::progressText(int index) const
{
    const NodeProgress &node = m_evaluation.nodes[index];
    switch (node.kind) {
    case NodeKind::Credential:
        return QString();
    case NodeKind::Pathway:
        return percent(node.fraction);
    case NodeKind::MinCredits:
        return QCoreApplication::translate("Credfolio::Services", "%1 of %2 cr")
            .arg(number(node.have), number(node.need));
    case NodeKind::AllOf:
    case NodeKind::NOf:
        return QCoreApplication::translate("Credfolio::Services", "%1 of %2").arg(number(node.have), number(node.need));
    }
    return {};
}

QString PathwayProgressModel::creditsColumnText(int index) const
{
    const NodeProgress &node = m_evaluation.nodes[index];
    if (node.kind == NodeKind::Credential) {
        if (node.state == NodeState::Met) {
            return creditsText(node.creditsEarned);
        }
        return node.creditsAvailable ? creditsText(*node.creditsAvailable) : QString();
    }
    const std::optional<double> of = node.creditsRequired ? node.creditsRequired : node.creditsAvailable;
    if (of) {
        return QCoreApplication::translate("Credfolio::Services", "%1 of %2 cr")
            .arg(number(node.creditsEarned), number(*of));
    }
    return node.creditsEarned > 0 ? creditsText(node.creditsEarned) : QString();
}

QHash<int, QByteArray> PathwayProgressModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({{FractionRole, "fraction"},
                  {StateRole, "state"},
                  {ItemTypeRole, "itemType"},
                  {KindRole, "kind"},
                  {CreditsEarnedRole, "creditsEarned"},
                  {CreditsRequiredRole, "creditsRequired"},
                  {SatisfiedByRole, "satisfiedBy"},
                  {WouldCountRole, "wouldCount"},
                  {MissingRole, "missing"},
                  {CredentialIdRole, "credentialId"},
                  {StandingRole, "standing"},
                  {NodeIndexRole, "nodeIndex"},
                  {PathRole, "path"}});
    return names;
}

} // namespace Credfolio::Services
