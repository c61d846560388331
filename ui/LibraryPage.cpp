// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LibraryPage.h"

#include "core/services/CredentialListModel.h"
#include "core/services/LibraryEdits.h"
#include "core/services/Workspace.h"
#include "ui/CredentialCardDelegate.h"
#include "ui/EmptyState.h"
#include "ui/LibraryCommands.h"
#include "ui/StatusColors.h"
#include "ui/StatusPill.h"
#include "ui/ThumbnailCache.h"
#include "ui/WrappingRow.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QStackedLayout>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Credfolio::Ui {

using Model = Services::CredentialListModel;
using Pathways::Standing;

namespace {
const QString kViewSetting = QStringLiteral("library/view");
const QString kSortSetting = QStringLiteral("library/sort"); // sortData() of the last order chosen
constexpr int kSearchDelayMs = 120;
constexpr int kFastQueryMs = 16;

QComboBox *filterCombo(QWidget *parent, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    // Sized for a dozen characters, not for the longest issuer or tag: the toolbar must leave room for the
    // credential's details beside the library on a laptop screen. The open list shows names in full.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->setMaximumWidth(220);
    return combo;
}

/// Selects the item whose data is `value`, else the first; without emitting.
void selectData(QComboBox *combo, const QVariant &value)
{
    const QSignalBlocker block(combo);
    const int at = combo->findData(value);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

int sortData(Store::SortKey key, bool descending)
{
    return int(key) * 2 + (descending ? 1 : 0);
}

/// The card grid, centred: the space left over by whole columns goes to both sides equally.
class CardGrid : public QListView {
public:
    using QListView::QListView;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QListView::resizeEvent(event);
        recentre();
    }

private:
    void recentre()
    {
        const int card =
            model() && model()->rowCount() > 0 ? sizeHintForIndex(model()->index(0, modelColumn())).width() : 204;
        const int cell = card + 2 * spacing();
        const int scrollBar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
        const int available = width() - 2 * frameWidth() - scrollBar;
        const int columns = std::max(1, available / cell);
        const int margin = std::max(0, (available - columns * cell) / 2);
        if (margin != m_margin) {
            m_margin = margin;
            setViewportMargins(margin, 0, margin, 0);
        }
    }

    int m_margin = -1;
};

QToolButton *toggleButton(QWidget *parent, const char *name, const QString &icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(name));
    button->setIcon(QIcon(icon));
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setIconSize(QSize(18, 18));
    return button;
}
} // namespace

LibraryPage::LibraryPage(QAction *importAction, QWidget *parent)
    : LibraryPage(nullptr, nullptr, importAction, parent)
{
}

LibraryPage::LibraryPage(Services::Workspace *workspace, QUndoStack *undoStack, QAction *importAction, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("libraryPage"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("libraryStack"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_emptyState = new EmptyState(QIcon(QStringLiteral(":/icons/credfolio.svg")), m_stack);
    m_emptyState->setObjectName(QStringLiteral("libraryEmptyState"));
    m_emptyState->setAction(importAction);
    m_stack->addWidget(m_emptyState);

    if (m_workspace) {
        const Store::Library *library = &m_workspace->library();
        m_model = new Model(library, this);
        const qreal dpr = std::max<qreal>(devicePixelRatioF(), 2.0);
        m_thumbnails = new ThumbnailCache([library](qint64 id) { return Services::credentialImage(*library, id); },
                                          int(CredentialCardDelegate::kImageSize * dpr), this);
        setupActions();
        m_content = new QWidget(m_stack);
        m_content->setObjectName(QStringLiteral("libraryContent"));
        auto *content = new QVBoxLayout(m_content);
        content->setContentsMargins(0, 0, 0, 0);
        content->setSpacing(0);
        content->addWidget(setupToolbar());
        setupViews();
        content->addWidget(m_views, 1);
        m_stack->addWidget(m_content);

        retranslate();
        const QString saved = QSettings().value(kViewSetting).toString();
        setViewMode(saved == QLatin1String("list") ? ViewMode::List : ViewMode::Grid);
        restoreSortOrder();
        connect(m_model, &Model::queried, this, &LibraryPage::updateState);
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, m_grid->viewport(), qOverload<>(&QWidget::update));
        reloadChoices();
        applyViewColours();
    }
    retranslate();
}

LibraryPage::~LibraryPage() = default;

void LibraryPage::setupActions()
{
    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, &LibraryPage::focusSearch);

    m_clearSearchAction = new QAction(this);
    m_clearSearchAction->setObjectName(QStringLiteral("clearSearchAction"));
    connect(m_clearSearchAction, &QAction::triggered, this, [this] {
        Services::LibraryFilter cleared;
        cleared.sort = m_model->filter().sort;
        cleared.descending = m_model->filter().descending;
        setFilter(cleared);
        focusSearch();
    });

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openCredentialAction"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty()) {
            emit credentialActivated(ids.first());
        }
    });

    m_addTagAction = new QAction(this);
    m_addTagAction->setObjectName(QStringLiteral("addTagAction"));
    m_addTagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_addTagAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_addTagAction, &QAction::triggered, this, &LibraryPage::addTagToSelection);

    m_addToCollectionAction = new QAction(this);
    m_addToCollectionAction->setObjectName(QStringLiteral("addToCollectionAction"));
    m_addToCollectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_addToCollectionAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_addToCollectionAction, &QAction::triggered, this, &LibraryPage::addSelectionToCollection);

    m_reverifyAction = new QAction(this);
    m_reverifyAction->setObjectName(QStringLiteral("reverifyAction"));
    m_reverifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reverifyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_reverifyAction, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (!ids.isEmpty()) {
            emit reverifyRequested(ids);
        }
    });

    m_trashAction = new QAction(QIcon(QStringLiteral(":/icons/remove.svg")), QString(), this);
    m_trashAction->setObjectName(QStringLiteral("moveToTrashAction"));
    m_trashAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_trashAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_trashAction, &QAction::triggered, this, &LibraryPage::moveSelectionToTrash);

    m_removeTagMenu = new QMenu(this);
    m_removeTagMenu->setObjectName(QStringLiteral("removeTagMenu"));
}

QWidget *LibraryPage::setupToolbar()
{
    auto *bar = new QWidget(m_content);
    bar->setObjectName(QStringLiteral("libraryToolbar"));
    bar->setBackgroundRole(QPalette::Window);
    bar->setAutoFillBackground(true);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_search->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    connect(m_search, &QLineEdit::textChanged, this, &LibraryPage::scheduleSearch);
    connect(m_searchTimer, &QTimer::timeout, this, &LibraryPage::applyFilterFromControls);

    m_standingFilter = filterCombo(bar, "standingFilter");
    m_issuerFilter = filterCombo(bar, "issuerFilter");
    m_tagFilter = filterCombo(bar, "tagFilter");
    m_collectionFilter = filterCombo(bar, "collectionFilter");
    for (QComboBox *combo : {m_standingFilter, m_issuerFilter, m_tagFilter, m_collectionFilter}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryPage::applyFilterFromControls);
    }
    m_expiringFilter = new QToolButton(bar);
    m_expiringFilter->setObjectName(QStringLiteral("expiringFilter"));
    m_expiringFilter->setCheckable(true);
    m_expiringFilter->setFocusPolicy(Qt::StrongFocus);
    m_expiringFilter->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_expiringFilter, &QToolButton::toggled, this, &LibraryPage::applyFilterFromControls);

    m_sort = filterCombo(bar, "sortOrder");
    connect(m_sort, &QComboBox::currentIndexChanged, this, &LibraryPage::applyFilterFromControls);

    m_gridButton = toggleButton(bar, "gridViewButton", QStringLiteral(":/icons/view-grid.svg"));
    m_listButton = toggleButton(bar, "listViewButton", QStringLiteral(":/icons/view-list.svg"));
    auto *group = new QButtonGroup(bar);
    group->setExclusive(true);
    group->addButton(m_gridButton);
    group->addButton(m_listButton);
    connect(m_gridButton, &QToolButton::clicked, this, [this] { setViewMode(ViewMode::Grid); });
    connect(m_listButton, &QToolButton::clicked, this, [this] { setViewMode(ViewMode::List); });

    m_countLabel = new QLabel(bar);
    m_countLabel->setObjectName(QStringLiteral("libraryCount"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    m_message = new QLabel(bar);
    m_message->setObjectName(QStringLiteral("libraryMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *controls = new QWidget(bar);
    auto *controlsRow = new QHBoxLayout(controls);
    controlsRow->setContentsMargins(0, 0, 0, 0);
    controlsRow->setSpacing(8);
    controlsRow->addWidget(m_standingFilter);
    controlsRow->addWidget(m_issuerFilter);
    controlsRow->addWidget(m_tagFilter);
    controlsRow->addWidget(m_collectionFilter);
    controlsRow->addWidget(m_expiringFilter);
    controlsRow->addStretch(1);
    controlsRow->addSpacing(12);
    controlsRow->addWidget(m_sort);
    controlsRow->addSpacing(4);
    controlsRow->addWidget(m_gridButton);
    controlsRow->addWidget(m_listButton);
    auto *row = new WrappingRow(m_search, controls, bar);
    row->setObjectName(QStringLiteral("libraryToolbarRow"));

    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(6);
    layout->addWidget(row);
    layout->addWidget(m_message);
    layout->addWidget(m_countLabel);
    return bar;
}

void LibraryPage::setupViews()
{
    m_views = new QStackedWidget(m_content);
    m_views->setObjectName(QStringLiteral("libraryViews"));

    m_grid = new CardGrid(m_views);
    m_grid->setObjectName(QStringLiteral("libraryGrid"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setWrapping(true);
    m_grid->setUniformItemSizes(true);
    m_grid->setSpacing(8);
    m_grid->setFrameShape(QFrame::NoFrame);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->verticalScrollBar()->setSingleStep(24);
    m_grid->setMouseTracking(true);
    m_grid->setItemDelegate(new CredentialCardDelegate(m_thumbnails, m_grid));
    m_grid->setModel(m_model);
    m_grid->setModelColumn(Model::NameColumn);

    m_list = new QTreeView(m_views);
    m_list->setObjectName(QStringLiteral("libraryList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setModel(m_model);
    m_list->setItemDelegateForColumn(Model::StatusColumn, new StatusPillDelegate(m_list));
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Model::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(true);
    header->setSectionsMovable(false);
    header->resizeSection(Model::StatusColumn, 120);
    header->resizeSection(Model::NameColumn, 320);
    header->resizeSection(Model::IssuerColumn, 220);
    header->resizeSection(Model::IssuedColumn, 100);
    header->resizeSection(Model::ExpiresColumn, 100);
    header->resizeSection(Model::CreditsColumn, 70);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        // Columns the library cannot sort by keep the indicator where the order really comes from.
        if (!Model::sortKeyOfColumn(column)) {
            const Services::LibraryFilter current = m_model->filter();
            for (int c = 0; c < Model::ColumnCount; ++c) {
                if (Model::sortKeyOfColumn(c) == current.sort) {
                    const QSignalBlocker block(header);
                    header->setSortIndicator(c, current.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                }
            }
        }
    });

    m_noResults = new EmptyState(QIcon(QStringLiteral(":/icons/library.svg")), m_views);
    m_noResults->setObjectName(QStringLiteral("libraryNoResults"));
    m_noResults->setAction(m_clearSearchAction);

    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_grid), static_cast<QAbstractItemView *>(m_list)}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->addActions({m_addTagAction, m_addToCollectionAction, m_reverifyAction, m_trashAction});
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showContextMenu(view, pos); });
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            if (const qint64 id = m_model->idAt(index.row())) {
                emit credentialActivated(id);
            }
        });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, view](const QModelIndex &current) {
                    if (view != currentView()) {
                        return;
                    }
                    const qint64 id = m_model->idAt(current.row());
                    if (id != m_lastCurrent) {
                        m_lastCurrent = id;
                        emit currentCredentialChanged(id);
                    }
                });
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPage::updateActions);
    }
    m_views->addWidget(m_grid);
    m_views->addWidget(m_list);
    m_views->addWidget(m_noResults);
}

void LibraryPage::setViewMode(ViewMode mode)
{
    if (!m_views) {
        m_viewMode = mode;
        return;
    }
    const QList<qint64> selected = selectedIds();
    const bool hadFocus = currentView()->hasFocus();
    m_viewMode = mode;
    m_gridButton->setChecked(mode == ViewMode::Grid);
    m_listButton->setChecked(mode == ViewMode::List);
    QSettings().setValue(kViewSetting, mode == ViewMode::List ? QStringLiteral("list") : QStringLiteral("grid"));
    selectIds(currentView(), selected);
    updateState();
    if (hadFocus) {
        currentView()->setFocus();
    }
}

QAbstractItemView *LibraryPage::currentView() const
{
    if (!m_grid) {
        return nullptr;
    }
    return m_viewMode == ViewMode::List ? static_cast<QAbstractItemView *>(m_list)
                                        : static_cast<QAbstractItemView *>(m_grid);
}

void LibraryPage::setSecondaryAction(QAction *action)
{
    m_emptyState->setSecondaryAction(action);
}

bool LibraryPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

bool LibraryPage::isShowingNoResults() const
{
    return m_views && m_stack->currentWidget() == m_content && m_views->currentWidget() == m_noResults;
}

Services::LibraryFilter LibraryPage::filter() const
{
    return m_model ? m_model->filter() : Services::LibraryFilter();
}

void LibraryPage::setFilter(const Services::LibraryFilter &filter)
{
    if (!m_model) {
        return;
    }
    {
        const QSignalBlocker block(m_search);
        m_search->setText(filter.text);
    }
    selectData(m_standingFilter, filter.standing ? QVariant(int(*filter.standing)) : QVariant(-1));
    selectData(m_issuerFilter, filter.issuerId);
    selectData(m_tagFilter, filter.tag);
    selectData(m_collectionFilter, filter.collection ? QVariant(*filter.collection) : QVariant(qint64(-1)));
    {
        const QSignalBlocker block(m_expiringFilter);
        m_expiringFilter->setChecked(filter.expiringSoon);
    }
    selectData(m_sort, sortData(filter.sort, filter.descending));
    m_searchTimer->stop();
    m_model->setFilter(filter);
}

void LibraryPage::scheduleSearch()
{
    // Per keystroke while the library answers within a frame; otherwise wait for a pause in typing.
    m_searchTimer->start(m_lastQueryMs < kFastQueryMs ? 0 : kSearchDelayMs);
}

void LibraryPage::applyFilterFromControls()
{
    Services::LibraryFilter next = m_model->filter();
    next.text = m_search->text();
    const int standing = m_standingFilter->currentData().toInt();
    next.standing = standing >= 0 ? std::optional<Standing>(Standing(standing)) : std::nullopt;
    next.issuerId = m_issuerFilter->currentData().toString();
    next.tag = m_tagFilter->currentData().toString();
    const qint64 collection = m_collectionFilter->currentData().toLongLong();
    next.collection = collection >= 0 ? std::optional<qint64>(collection) : std::nullopt;
    next.expiringSoon = m_expiringFilter->isChecked();
    const int sort = m_sort->currentData().toInt();
    next.sort = Store::SortKey(sort / 2);
    next.descending = sort % 2 == 1;
    if (next == m_model->filter()) {
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_model->setFilter(next);
    m_lastQueryMs = timer.elapsed();
}

void LibraryPage::restoreSortOrder()
{
    m_sortRestored = true;
    bool ok = false;
    const int saved = QSettings().value(kSortSetting).toInt(&ok);
    if (!ok || saved < 0 || saved / 2 > int(Store::SortKey::Expiry) ||
        Store::SortKey(saved / 2) == Store::SortKey::Position)
        return;
    Services::LibraryFilter filter = m_model->filter();
    filter.sort = Store::SortKey(saved / 2);
    filter.descending = saved % 2 == 1;
    setFilter(filter);
}

void LibraryPage::saveSortOrder(const Services::LibraryFilter &filter)
{
    // Not before the saved order was read (the first query runs with the default order); a collection's own
    // order is not a choice to keep.
    if (!m_sortRestored || filter.sort == Store::SortKey::Position)
        return;
    const int value = sortData(filter.sort, filter.descending);
    QSettings settings;
    if (settings.value(kSortSetting) != value)
        settings.setValue(kSortSetting, value);
}

void LibraryPage::refresh()
{
    if (!m_model) {
        return;
    }
    const QList<qint64> selected = selectedIds();
    reloadChoices();
    m_model->refresh();
    selectIds(currentView(), selected);
}

void LibraryPage::reloadChoices()
{
    const Result<Services::FilterChoices> choices = Services::filterChoices(m_workspace->library());
    if (!choices) {
        showError(choices.error().message);
        return;
    }
    m_choices = *choices;
    const Services::LibraryFilter current = m_model->filter();
    auto fill = [](QComboBox *combo, const QString &all, const QList<Services::FilterChoice> &items, bool ids) {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, ids ? QVariant(qint64(-1)) : QVariant(QString()));
        for (const Services::FilterChoice &item : items) {
            combo->addItem(QStringLiteral("%1 (%2)").arg(item.name).arg(item.count),
                           ids ? QVariant(item.key.toLongLong()) : QVariant(item.key));
        }
    };
    fill(m_issuerFilter, tr("All issuers"), m_choices.issuers, false);
    fill(m_tagFilter, tr("All tags"), m_choices.tags, false);
    fill(m_collectionFilter, tr("All collections"), m_choices.collections, true);
    m_tagFilter->setVisible(!m_choices.tags.isEmpty() || !current.tag.isEmpty());
    m_collectionFilter->setVisible(!m_choices.collections.isEmpty() || current.collection);
    selectData(m_issuerFilter, current.issuerId);
    selectData(m_tagFilter, current.tag);
    selectData(m_collectionFilter, current.collection ? QVariant(*current.collection) : QVariant(qint64(-1)));
    // A filter whose value disappeared (the last credential with a tag was deleted) falls back to "all".
    if (m_issuerFilter->currentData().toString() != current.issuerId ||
        m_tagFilter->currentData().toString() != current.tag ||
        (current.collection && m_collectionFilter->currentData().toLongLong() != *current.collection)) {
        applyFilterFromControls();
    }
}

void LibraryPage::updateState()
{
    if (!m_model || m_model->libraryIsEmpty()) {
        m_stack->setCurrentWidget(m_emptyState);
        return;
    }
    m_stack->setCurrentWidget(m_content);
    const Services::LibraryFilter current = m_model->filter();
    saveSortOrder(current);
    if (m_model->matchCount() == 0) {
        const QString text = current.text.trimmed();
        m_noResults->setTitle(text.isEmpty() ? tr("No credentials match these filters")
                                             : tr("No credentials match “%1”").arg(text));
        m_noResults->setText(text.isEmpty() ? tr("Clear the filters to see all your credentials.")
                                            : tr("Check the spelling or try fewer words. Search looks in names, "
                                                 "issuers, descriptions, skills and tags."));
        m_views->setCurrentWidget(m_noResults);
    } else {
        m_views->setCurrentWidget(currentView());
    }
    const int all = m_model->libraryCount();
    const QString shown = QLocale().toString(m_model->matchCount());
    if (!current.narrows()) {
        m_countLabel->setText(all == 1 ? tr("1 credential") : tr("%1 credentials").arg(QLocale().toString(all)));
    } else {
        m_countLabel->setText(all == 1 ? tr("%1 of 1 credential").arg(shown)
                                       : tr("%1 of %2 credentials").arg(shown, QLocale().toString(all)));
    }
    {
        // The list's sort indicator follows the sort chosen in the combo, and the other way round.
        const QSignalBlocker block(m_list->header());
        for (int c = 0; c < Model::ColumnCount; ++c) {
            if (Model::sortKeyOfColumn(c) == current.sort) {
                m_list->header()->setSortIndicator(c, current.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            }
        }
    }
    selectData(m_sort, sortData(current.sort, current.descending));
    if (m_sort->currentData().toInt() != sortData(current.sort, current.descending)) {
        // A list-header order the combo does not offer: the combo shows the key.
        selectData(m_sort, sortData(current.sort, !current.descending));
    }
    updateActions();
}

void LibraryPage::updateActions()
{
    if (!m_trashAction) {
        return;
    }
    const int count = int(selectedIds().size());
    for (QAction *action : {m_addTagAction, m_addToCollectionAction, m_reverifyAction, m_trashAction}) {
        action->setEnabled(count > 0);
    }
    m_openAction->setEnabled(count == 1);
    m_trashAction->setText(count > 1 ? tr("Move %1 Credentials to Trash").arg(count) : tr("Move to Trash"));
}

QList<qint64> LibraryPage::selectedIds() const
{
    QList<qint64> ids;
    const QAbstractItemView *view = currentView();
    if (!view || !view->selectionModel()) {
        return ids;
    }
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row())) {
            rows.append(index.row());
        }
    }
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows)) {
        if (const qint64 id = m_model->idAt(row)) {
            ids.append(id);
        }
    }
    return ids;
}

void LibraryPage::selectIds(QAbstractItemView *view, const QList<qint64> &ids)
{
    if (!view || ids.isEmpty()) {
        return;
    }
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const int row = m_model->rowOfId(id);
        if (row < 0) {
            continue;
        }
        const QModelIndex index = m_model->index(row, view == m_grid ? int(Model::NameColumn) : 0);
        selection.select(index, index);
        if (!first.isValid()) {
            first = index;
        }
    }
    if (!first.isValid()) {
        return;
    }
    view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect |
                                       (view == m_list ? QItemSelectionModel::Rows : QItemSelectionModel::NoUpdate));
}

void LibraryPage::setTextPrompt(TextPrompt prompt)
{
    m_prompt = std::move(prompt);
}

std::optional<QString> LibraryPage::prompt(const QString &title, const QString &label, const QStringList &choices)
{
    if (m_prompt) {
        return m_prompt(title, label, choices);
    }
    bool ok = false;
    const QString text = QInputDialog::getItem(this, title, label, choices, -1, true, &ok);
    if (!ok) {
        return std::nullopt;
    }
    return text;
}

void LibraryPage::push(const QString &text, std::function<Result<void>()> redo, std::function<Result<void>()> undo)
{
    QPointer<LibraryPage> self(this);
    auto after = [self](const Result<void> &result) {
        if (!self) {
            return;
        }
        if (!result) {
            self->showError(result.error().message);
        } else {
            self->m_message->setVisible(false);
        }
        self->refresh();
    };
    auto *command = new LibraryCommand(text, std::move(redo), std::move(undo), std::move(after));
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
}

void LibraryPage::addTagToSelection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    QStringList names;
    for (const Services::FilterChoice &tag : std::as_const(m_choices.tags)) {
        names.append(tag.name);
    }
    const std::optional<QString> answer =
        prompt(tr("Add Tag"),
               ids.size() == 1 ? tr("Tag for this credential:") : tr("Tag for %1 credentials:").arg(ids.size()), names);
    const QString tag = answer.value_or(QString()).simplified();
    if (tag.isEmpty()) {
        return;
    }
    QList<qint64> lacking;
    for (qint64 id : ids) {
        const Store::CredentialRow *row = m_model->rowAt(m_model->rowOfId(id));
        if (row && !row->tags.contains(tag, Qt::CaseInsensitive)) {
            lacking.append(id);
        }
    }
    Store::Library *library = &m_workspace->library();
    push(
        tr("Add Tag “%1”").arg(tag), [library, ids, tag] { return Services::tagCredentials(*library, ids, tag); },
        [library, lacking, tag] {
            return lacking.isEmpty() ? Result<void>() : Services::untagCredentials(*library, lacking, tag);
        });
}

void LibraryPage::removeTagFromSelection(const QString &tag)
{
    QList<qint64> having;
    for (qint64 id : selectedIds()) {
        const Store::CredentialRow *row = m_model->rowAt(m_model->rowOfId(id));
        if (row && row->tags.contains(tag, Qt::CaseInsensitive)) {
            having.append(id);
        }
    }
    if (having.isEmpty()) {
        return;
    }
    Store::Library *library = &m_workspace->library();
    push(
        tr("Remove Tag “%1”").arg(tag),
        [library, having, tag] { return Services::untagCredentials(*library, having, tag); },
        [library, having, tag] { return Services::tagCredentials(*library, having, tag); });
}

void LibraryPage::addSelectionToCollection()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    QStringList names;
    for (const Services::FilterChoice &collection : std::as_const(m_choices.collections)) {
        names.append(collection.name);
    }
    const std::optional<QString> answer = prompt(tr("Add to Collection"),
                                                 ids.size() == 1 ? tr("Collection for this credential:")
                                                                 : tr("Collection for %1 credentials:").arg(ids.size()),
                                                 names);
    const QString name = answer.value_or(QString()).simplified();
    if (name.isEmpty()) {
        return;
    }
    Store::Library *library = &m_workspace->library();
    std::optional<qint64> collection;
    for (const Services::FilterChoice &choice : std::as_const(m_choices.collections)) {
        if (choice.name.compare(name, Qt::CaseInsensitive) == 0) {
            collection = choice.key.toLongLong();
        }
    }
    QList<qint64> added = ids;
    if (collection) {
        const Result<QList<qint64>> items = Services::collectionItems(*library, *collection);
        if (!items) {
            showError(items.error().message);
            return;
        }
        added.removeIf([&](qint64 id) { return items->contains(id); });
    } else {
        // A new collection stays when the addition is undone (it is the learner's, named by them).
        const Result<qint64> created = Services::createCollection(*library, name);
        if (!created) {
            showError(created.error().message);
            return;
        }
        collection = *created;
    }
    const qint64 target = *collection;
    push(
        ids.size() == 1 ? tr("Add Credential to “%1”").arg(name)
                        : tr("Add %1 Credentials to “%2”").arg(ids.size()).arg(name),
        [library, target, ids] { return Services::addToCollection(*library, target, ids); },
        [library, target, added] {
            return added.isEmpty() ? Result<void>() : Services::removeFromCollection(*library, target, added);
        });
}

void LibraryPage::moveSelectionToTrash()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    Store::Library *library = &m_workspace->library();
    push(
        ids.size() == 1 ? tr("Move Credential to Trash") : tr("Move %1 Credentials to Trash").arg(ids.size()),
        [library, ids] { return Services::moveToTrash(*library, ids); },
        [library, ids] { return Services::restoreFromTrash(*library, ids); });
}

void LibraryPage::showContextMenu(QAbstractItemView *view, const QPoint &pos)
{
    const QModelIndex at = view->indexAt(pos);
    if (at.isValid() && !view->selectionModel()->isSelected(at)) {
        view->selectionModel()->setCurrentIndex(
            at, QItemSelectionModel::ClearAndSelect |
                    (view == m_list ? QItemSelectionModel::Rows : QItemSelectionModel::NoUpdate));
    }
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    QStringList tags;
    for (qint64 id : ids) {
        if (const Store::CredentialRow *row = m_model->rowAt(m_model->rowOfId(id))) {
            for (const QString &tag : row->tags) {
                if (!tags.contains(tag, Qt::CaseInsensitive)) {
                    tags.append(tag);
                }
            }
        }
    }
    tags.sort(Qt::CaseInsensitive);
    m_removeTagMenu->clear();
    for (const QString &tag : std::as_const(tags)) {
        QAction *action = m_removeTagMenu->addAction(tag);
        connect(action, &QAction::triggered, this, [this, tag] { removeTagFromSelection(tag); });
    }
    m_removeTagMenu->setEnabled(!tags.isEmpty());

    QMenu menu(this);
    menu.setObjectName(QStringLiteral("libraryContextMenu"));
    if (ids.size() == 1) {
        menu.addAction(m_openAction);
        menu.addSeparator();
    }
    menu.addAction(m_addTagAction);
    menu.addMenu(m_removeTagMenu);
    menu.addAction(m_addToCollectionAction);
    menu.addSeparator();
    menu.addAction(m_reverifyAction);
    menu.addSeparator();
    menu.addAction(m_trashAction);
    const QPoint global = at.isValid() || pos != QPoint() ? view->viewport()->mapToGlobal(pos)
                                                          : view->viewport()->mapToGlobal(QPoint(20, 20));
    menu.exec(global);
}

void LibraryPage::showError(const QString &text)
{
    if (!m_message) {
        return;
    }
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LibraryPage::focusSearch()
{
    if (m_search && m_stack->currentWidget() == m_content) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    }
}

bool LibraryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                m_searchTimer->stop();
                applyFilterFromControls();
            } else if (currentView()->isVisible()) {
                currentView()->setFocus(Qt::OtherFocusReason);
            }
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // From the search field straight into the results.
            QAbstractItemView *view = currentView();
            if (view->isVisible() && m_model->rowCount() > 0) {
                if (!view->currentIndex().isValid()) {
                    view->setCurrentIndex(m_model->index(0, view == m_grid ? int(Model::NameColumn) : 0));
                }
                view->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LibraryPage::applyViewColours()
{
    if (!m_grid) {
        return;
    }
    const QPalette &pal = palette();
    const bool windowIsDarker = pal.color(QPalette::Window).lightnessF() <= pal.color(QPalette::Base).lightnessF();
    // The centring margins around the viewport take the same colour.
    const QPalette::ColorRole role = windowIsDarker ? QPalette::Window : QPalette::Base;
    m_grid->setBackgroundRole(role);
    m_grid->setAutoFillBackground(true);
    m_grid->viewport()->setBackgroundRole(role);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(warningColor(pal).name()));
}

void LibraryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyViewColours();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LibraryPage::retranslate()
{
    m_emptyState->setTitle(tr("No credentials yet"));
    m_emptyState->setText(tr("Credfolio keeps your badges and certificates on this computer and checks each one "
                             "independently. Import Open Badges, Verifiable Credentials and learner records from "
                             "files, folders, images or links."));
    if (!m_model) {
        return;
    }
    m_findAction->setText(tr("Find"));
    m_clearSearchAction->setText(tr("Clear Search"));
    m_openAction->setText(tr("Open"));
    m_addTagAction->setText(tr("Add Tag…"));
    m_addToCollectionAction->setText(tr("Add to Collection…"));
    m_reverifyAction->setText(tr("Verify Again"));
    m_removeTagMenu->setTitle(tr("Remove Tag"));

    m_search->setPlaceholderText(tr("Search names, issuers, skills, tags…"));
    m_search->setAccessibleName(tr("Search credentials"));
    m_search->setToolTip(tr("Search as you type (%1). Esc clears.")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));

    {
        const QSignalBlocker block(m_standingFilter);
        const QVariant current = m_standingFilter->currentData();
        m_standingFilter->clear();
        m_standingFilter->addItem(tr("All statuses"), -1);
        for (Standing standing :
             {Standing::Valid, Standing::Invalid, Standing::Expired, Standing::Revoked, Standing::Unknown}) {
            m_standingFilter->addItem(Services::standingLabel(standing), int(standing));
        }
        const int at = m_standingFilter->findData(current);
        m_standingFilter->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_standingFilter->setAccessibleName(tr("Filter by status"));
    m_issuerFilter->setAccessibleName(tr("Filter by issuer"));
    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    m_collectionFilter->setAccessibleName(tr("Filter by collection"));
    if (m_issuerFilter->count() > 0) {
        m_issuerFilter->setItemText(0, tr("All issuers"));
        m_tagFilter->setItemText(0, tr("All tags"));
        m_collectionFilter->setItemText(0, tr("All collections"));
    }
    m_expiringFilter->setText(tr("Expiring soon"));
    m_expiringFilter->setAccessibleName(
        tr("Show only credentials expiring within %1 days").arg(Services::LibraryFilter().expiringDays));
    m_expiringFilter->setToolTip(m_expiringFilter->accessibleName());

    {
        const QSignalBlocker block(m_sort);
        const QVariant current = m_sort->currentData();
        m_sort->clear();
        m_sort->addItem(tr("Name"), sortData(Store::SortKey::Name, false));
        m_sort->addItem(tr("Issuer"), sortData(Store::SortKey::Issuer, false));
        m_sort->addItem(tr("Newest first"), sortData(Store::SortKey::DateIssued, true));
        m_sort->addItem(tr("Oldest first"), sortData(Store::SortKey::DateIssued, false));
        m_sort->addItem(tr("Recently added"), sortData(Store::SortKey::DateAdded, true));
        m_sort->addItem(tr("Expiring first"), sortData(Store::SortKey::Expiry, false));
        const int at = m_sort->findData(current);
        m_sort->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->setToolTip(tr("Sort by"));
    m_gridButton->setAccessibleName(tr("Show as grid"));
    m_gridButton->setToolTip(tr("Grid"));
    m_listButton->setAccessibleName(tr("Show as list"));
    m_listButton->setToolTip(tr("List"));
    m_grid->setAccessibleName(tr("Credentials"));
    m_list->setAccessibleName(tr("Credentials"));
    m_countLabel->setAccessibleName(tr("Number of credentials shown"));
    m_noResults->setAccessibleName(tr("No results"));
    if (m_model) {
        updateState();
    }
}

} // namespace Credfolio::Ui
