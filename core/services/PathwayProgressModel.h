// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Evaluation.h"

#include <QAbstractItemModel>

namespace Credfolio::Services {

/// The requirement tree of one Evaluation as an item model for a tree view.
///
/// Rows are requirements; a pathway whose requirement root is an "all of" list shows that list's items directly.
/// Under a credit pool or a pathway met by its award, the credentials counted (and, while not met, those that
/// would count if valid) are rows of their own; a leaf shows its credential in the row itself.
class PathwayProgressModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { RequirementColumn, ProgressColumn, CreditsColumn, StatusColumn, ColumnCount };

    enum Role {
        FractionRole = Qt::UserRole + 1, ///< double 0..1 (a credential row: 1 counted, 0 would count)
        StateRole,                       ///< "met", "inProgress", "notStarted"
        ItemTypeRole,                    ///< "requirement", "counted" (credential), "wouldCount" (credential)
        KindRole,                        ///< requirement: "allOf", "nOf", "minCredits", "credential", "pathway"
        CreditsEarnedRole,               ///< double
        CreditsRequiredRole,             ///< double: the threshold or nominal credits; invalid when unknown
        SatisfiedByRole,                 ///< QStringList: ids of the credentials that satisfied it
        WouldCountRole,                  ///< QStringList: names of credentials that would count if valid
        MissingRole,                     ///< QString: what is still missing ("2 more of these 5"), empty when met
        CredentialIdRole,                ///< QString: the credential to open when the row is activated
        StandingRole,                    ///< credential rows: "valid", "revoked", ...
        NodeIndexRole,                   ///< int: index in Evaluation::nodes
        PathRole,                        ///< QString: where the node is defined in the pathway file
    };
    Q_ENUM(Role)

    explicit PathwayProgressModel(QObject *parent = nullptr);

    void setEvaluation(const Pathways::Evaluation &evaluation);
    void clear();
    const Pathways::Evaluation &evaluation() const { return m_evaluation; }
    /// The first-column index of the row showing this node (invalid when not shown).
    QModelIndex indexOfNode(int node) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    enum class ItemType { Requirement, Counted, WouldCount };
    struct Item {
        int node = -1;
        ItemType type = ItemType::Requirement;
        int use = -1; ///< index into the node's satisfiedBy / wouldCount
        int parent = -1;
        int row = 0;
        QList<int> children;
    };

    void build();
    void addChildren(int parentItem, int node);
    int addItem(int parentItem, Item item);
    const Item *itemAt(const QModelIndex &index) const;
    QVariant requirementData(const Item &item, int column, int role) const;
    QVariant credentialData(const Item &item, int column, int role) const;
    QString statusText(int node) const;
    QString progressText(int node) const;
    QString creditsColumnText(int node) const;

    Pathways::Evaluation m_evaluation;
    QList<Item> m_items;
    QList<int> m_topLevel;
    QList<int> m_itemOfNode; ///< node -> its requirement row item, or -1
};

} // namespace Credfolio::Services
