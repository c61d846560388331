// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/CredentialListModel.h"

#include "core/store/Library.h"

#include <QCoreApplication>
#include <QLocale>
#include <QScopedValueRollback>
#include <QTimer>

namespace Credfolio::Services {

using Pathways::Standing;

namespace {
QString displayName(const Store::CredentialRow &row)
{
    if (!row.name.isEmpty()) {
        return row.name;
    }
    if (!row.achievementName.isEmpty()) {
        return row.achievementName;
    }
    return QCoreApplication::translate("Credfolio::Services", "Untitled credential");
}

QString issuerName(const Store::CredentialRow &row)
{
    return row.issuerName.isEmpty() ? row.issuerId : row.issuerName;
}

QString shortDate(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QLocale().toString(dateTime.toLocalTime().date(), QLocale::ShortFormat) : QString();
}
} // namespace

CredentialListModel::CredentialListModel(const Store::Library *library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    requery();
}

void CredentialListModel::setFilter(const LibraryFilter &filter)
{
    m_filter = filter;
    requery();
}

void CredentialListModel::refresh()
{
    m_libraryCount = -1;
    requery();
}

void CredentialListModel::requery()
{
    // Views (and QAbstractItemModelTester) ask for more rows while the reset is announced; they get them after.
    const QScopedValueRollback resetting(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_total = 0;
    m_complete = true;
    m_error.reset();
    if (m_library) {
        if (m_libraryCount < 0) {
            const Result<int> all = m_library->count();
            m_libraryCount = all ? *all : 0;
        }
        Store::Query query = toQuery(m_filter);
        if (needsStandingCheck(m_filter)) {
            // The store filters verdicts, not standings; invalid rows are few, so read them all and keep the
            // ones of this standing.
            const Result<QList<Store::CredentialRow>> rows = m_library->list(query);
            if (rows) {
                for (const Store::CredentialRow &row : *rows) {
                    if (standingOfRow(row) == *m_filter.standing) {
                        m_rowOfId.insert(row.id, int(m_rows.size()));
                        m_rows.append(row);
                    }
                }
                m_total = int(m_rows.size());
            } else {
                m_error = rows.error();
            }
        } else {
            query.limit = kPageSize;
            const Result<QList<Store::CredentialRow>> rows = m_library->list(query);
            if (rows) {
                m_rows = *rows;
                for (int i = 0; i < m_rows.size(); ++i) {
                    m_rowOfId.insert(m_rows.at(i).id, i);
                }
                // A short first page is the whole answer: no count needed (most searches).
                m_total = int(m_rows.size());
                if (m_rows.size() == kPageSize) {
                    query.limit = -1;
                    const Result<int> total = m_library->count(query);
                    m_total = total ? std::max(*total, m_total) : m_total;
                }
                m_complete = m_rows.size() >= m_total;
            } else {
                m_error = rows.error();
            }
        }
    }
    m_libraryEmpty = m_libraryCount <= 0;
    endResetModel();
    // A fresh page holds far more rows than a view shows. A QTreeView still fetches the next one while laying out
    // (every keystroke would read two pages); until the event loop turns, it is told there is no more, and later
    // pages come as the learner scrolls toward the end.
    m_pageFresh = true;
    QTimer::singleShot(0, this, [this] { m_pageFresh = false; });
    emit queried();
}

bool CredentialListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_library && !m_complete && !m_busy && !m_pageFresh;
}

void CredentialListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    // Listeners of rowsAboutToBeInserted may ask for more again: they wait for this page.
    const QScopedValueRollback busy(m_busy, true);
    Store::Query query = toQuery(m_filter);
    query.limit = kPageSize;
    query.offset = int(m_rows.size());
    const Result<QList<Store::CredentialRow>> rows = m_library->list(query);
    if (!rows || rows->isEmpty()) {
        if (!rows) {
            m_error = rows.error();
        }
        m_complete = true;
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows->size()) - 1);
    for (const Store::CredentialRow &row : *rows) {
        m_rowOfId.insert(row.id, int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
    m_complete = m_rows.size() >= m_total || rows->size() < kPageSize;
}

qint64 CredentialListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CredentialListModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

const Store::CredentialRow *CredentialListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CredentialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CredentialListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CredentialListModel::displayData(const Store::CredentialRow &row, int column) const
{
    switch (column) {
    case StatusColumn:
        return standingLabel(standingOfRow(row));
    case NameColumn:
        return displayName(row);
    case IssuerColumn:
        return issuerName(row);
    case IssuedColumn:
        return shortDate(row.validFrom);
    case ExpiresColumn:
        return shortDate(row.validUntil);
    case CreditsColumn:
        return row.credits ? QLocale().toString(*row.credits, 'g', 6) : QString();
    case TagsColumn:
        return row.tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant CredentialListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Store::CredentialRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !row.description.isEmpty()) {
            return row.description;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn) {
            return QCoreApplication::translate("Credfolio::Services", "%1, from %2, %3")
                .arg(displayName(row), issuerName(row), standingLabel(standingOfRow(row)));
        }
        return displayData(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == CreditsColumn) {
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        }
        return {};
    case IdRole:
        return row.id;
    case NameRole:
        return displayName(row);
    case DescriptionRole:
        return row.description;
    case IssuerNameRole:
        return issuerName(row);
    case IssuerIdRole:
        return row.issuerId;
    case IssuedRole:
        return row.validFrom;
    case ExpiresRole:
        return row.validUntil;
    case StandingRole:
        return int(standingOfRow(row));
    case StandingKeyRole:
        return Pathways::standingKey(standingOfRow(row));
    case StandingLabelRole:
        return standingLabel(standingOfRow(row));
    case TagsRole:
        return row.tags;
    case CreditsRole:
        return row.credits ? QVariant(*row.credits) : QVariant();
    case KindRole:
        return row.kind;
    case AchievementTypeRole:
        return row.achievementType;
    case HasImageRole:
        return row.hasImage;
    default:
        return {};
    }
}

QVariant CredentialListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StatusColumn:
        return QCoreApplication::translate("Credfolio::Services", "Status");
    case NameColumn:
        return QCoreApplication::translate("Credfolio::Services", "Name");
    case IssuerColumn:
        return QCoreApplication::translate("Credfolio::Services", "Issuer");
    case IssuedColumn:
        return QCoreApplication::translate("Credfolio::Services", "Issued");
    case ExpiresColumn:
        return QCoreApplication::translate("Credfolio::Services", "Expires");
    case CreditsColumn:
        return QCoreApplication::translate("Credfolio::Services", "Credits");
    case TagsColumn:
        return QCoreApplication::translate("Credfolio::Services", "Tags");
    default:
        return {};
    }
}

Qt::ItemFlags CredentialListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CredentialListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "credentialRowId");
    names.insert(NameRole, "name");
    names.insert(DescriptionRole, "description");
    names.insert(IssuerNameRole, "issuerName");
    names.insert(IssuerIdRole, "issuerId");
    names.insert(IssuedRole, "issued");
    names.insert(ExpiresRole, "expires");
    names.insert(StandingRole, "standing");
    names.insert(StandingKeyRole, "standingKey");
    names.insert(StandingLabelRole, "standingLabel");
    names.insert(TagsRole, "tags");
    names.insert(CreditsRole, "credits");
    names.insert(KindRole, "kind");
    names.insert(AchievementTypeRole, "achievementType");
    names.insert(HasImageRole, "hasImage");
    return names;
}

std::optional<Store::SortKey> CredentialListModel::sortKeyOfColumn(int column)
{
    switch (column) {
    case NameColumn:
        return Store::SortKey::Name;
    case IssuerColumn:
        return Store::SortKey::Issuer;
    case IssuedColumn:
        return Store::SortKey::DateIssued;
    case ExpiresColumn:
        return Store::SortKey::Expiry;
    default:
        return std::nullopt;
    }
}

void CredentialListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<Store::SortKey> key = sortKeyOfColumn(column);
    if (!key) {
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (m_filter.sort == *key && m_filter.descending == descending) {
        return;
    }
    m_filter.sort = *key;
    m_filter.descending = descending;
    requery();
}

} // namespace Credfolio::Services
