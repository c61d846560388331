// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/services/LibraryFilters.h"
#include "core/store/LibraryTypes.h"

#include <QAbstractTableModel>

#include <optional>

namespace Credfolio::Store {
class Library;
}

namespace Credfolio::Services {

/// The learner's credentials as a table over Store::Library::list(): one row per credential, in the order of
/// the filter's sort. Rows are read in pages (canFetchMore/fetchMore), so a library of 10,000 opens with one
/// small query; the views fetch more as they scroll.
///
/// Every column carries the custom roles, so a list view can show column 0..n and read everything it needs.
/// Reads run on the calling (GUI) thread: a page is a few milliseconds.
class CredentialListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        NameColumn,
        IssuerColumn,
        IssuedColumn,
        ExpiresColumn,
        CreditsColumn,
        TagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64: the library row id
        NameRole,                  ///< QString
        DescriptionRole,           ///< QString
        IssuerNameRole,            ///< QString (the issuer id when it has no name)
        IssuerIdRole,              ///< QString
        IssuedRole,                ///< QDateTime (invalid when absent)
        ExpiresRole,               ///< QDateTime (invalid when it never expires)
        StandingRole,              ///< int: Pathways::Standing
        StandingKeyRole,           ///< QString: "valid", "invalid", "expired", "revoked", "unknown"
        StandingLabelRole,         ///< QString: translated ("Valid", "Expired", ...)
        TagsRole,                  ///< QStringList
        CreditsRole,               ///< double; invalid QVariant when none
        KindRole,                  ///< QString: Credentials::kindKey()
        AchievementTypeRole,       ///< QString
        HasImageRole,              ///< bool: an image was kept at import
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 200;

    /// `library` is not owned and must outlive the model; nullptr gives an empty model.
    explicit CredentialListModel(const Store::Library *library, QObject *parent = nullptr);

    const LibraryFilter &filter() const { return m_filter; }
    /// Re-queries with this filter (the first page only).
    void setFilter(const LibraryFilter &filter);
    /// Re-reads with the current filter (and counts the library again): after imports, deletions, tag changes.
    void refresh();

    /// How many rows the filter matches (rowCount() grows towards it as pages are fetched).
    int matchCount() const { return m_total; }
    /// Whether the library has no credentials at all (ignoring the filter), as of the last refresh().
    bool libraryIsEmpty() const { return m_libraryEmpty; }
    /// How many credentials the library holds (ignoring the filter), as of the last refresh().
    int libraryCount() const { return std::max(m_libraryCount, 0); }
    /// The error of the last read, if it failed (the model is then empty).
    const std::optional<Error> &lastError() const { return m_error; }

    qint64 idAt(int row) const;
    /// The row showing this credential among those fetched so far, or -1.
    int rowOfId(qint64 id) const;
    const Store::CredentialRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    /// Name, issuer, issued and expires sort through the library; other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The store sort for a column, if that column can be sorted.
    static std::optional<Store::SortKey> sortKeyOfColumn(int column);

signals:
    /// After every re-query (setFilter, refresh, sort): counts and emptiness may have changed.
    void queried();

private:
    void requery();
    QVariant displayData(const Store::CredentialRow &row, int column) const;

    const Store::Library *m_library;
    LibraryFilter m_filter;
    QList<Store::CredentialRow> m_rows;
    QHash<qint64, int> m_rowOfId;
    int m_total = 0;
    bool m_libraryEmpty = true;
    int m_libraryCount = -1;  ///< -1: to be counted at the next query
    bool m_complete = true;   ///< every matching row is in m_rows
    bool m_busy = false;      ///< in a reset or a fetch: no nested fetchMore
    bool m_pageFresh = false; ///< the first page was just read: no fetchMore before the event loop turns
    std::optional<Error> m_error;
};

} // namespace Credfolio::Services
