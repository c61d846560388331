// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PathwaysPage.h"

#include "core/services/PathwayProgressModel.h"
#include "core/services/PathwaySource.h"
#include "core/services/PathwaySummary.h"
#include "ui/EmptyState.h"
#include "ui/PathwayCommands.h"
#include "ui/ProgressRing.h"
#include "ui/RequirementDelegate.h"
#include "ui/StatusColors.h"
#include "ui/TwoLineDelegate.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Credfolio::Ui {

using Services::PathwayProgressModel;

namespace {
constexpr int kPathwayIdRole = Qt::UserRole + 1;
constexpr int kNodeRole = Qt::UserRole + 2;

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QLabel *sectionTitle(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

QWidget *stat(QWidget *parent, QLabel *&value, QLabel *&caption, const char *name)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    value = new QLabel(box);
    value->setObjectName(QLatin1String(name) + QLatin1String("Value"));
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setWeight(QFont::DemiBold);
    value->setFont(font);
    caption = new QLabel(box);
    caption->setObjectName(QLatin1String(name) + QLatin1String("Caption"));
    caption->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(value);
    layout->addWidget(caption);
    return box;
}
} // namespace

PathwaysPage::PathwaysPage(Services::PathwaySource *source, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_undoStack(undoStack)
    , m_model(new PathwayProgressModel(this))
    , m_samples(Services::samplePathways())
{
    setObjectName(QStringLiteral("pathwaysPage"));
    setupActions();

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(QIcon(QStringLiteral(":/icons/pathways.svg")), m_stack);
    m_empty->setObjectName(QStringLiteral("pathwaysEmptyState"));
    m_empty->setAction(m_addAction);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(setupDetail());
    m_loading = new EmptyState(QIcon(QStringLiteral(":/icons/pathways.svg")), m_stack);
    m_loading->setObjectName(QStringLiteral("pathwaysLoadingState"));
    m_stack->addWidget(m_loading);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(setupListPanel());
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::VLine);
    rule->setForegroundRole(QPalette::Mid);
    rule->setFixedWidth(1);
    layout->addWidget(rule);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_list);
    setTabOrder(m_list, m_tree);
    setTabOrder(m_tree, m_missing);

    connect(m_source, &Services::PathwaySource::pathwaysChanged, this, &PathwaysPage::reload);
    connect(m_source, &Services::PathwaySource::credentialsChanged, this, &PathwaysPage::reload);
    applyStatusColors();
    retranslate();
    reload();
}

PathwaysPage::~PathwaysPage() = default;

void PathwaysPage::setupActions()
{
    m_addMenu = new QMenu(this);
    m_addMenu->setObjectName(QStringLiteral("addPathwayMenu"));

    m_addAction = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), QString(), this);
    m_addAction->setObjectName(QStringLiteral("addPathwayAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_addAction);
    connect(m_addAction, &QAction::triggered, this, [this] {
        // Under the button that was used: the list's Add button, or the empty state's.
        QWidget *anchor = m_addButton;
        if (m_stack && m_stack->currentWidget() == m_empty) {
            if (auto *button = m_empty->findChild<QPushButton *>(QStringLiteral("emptyStateButton"))) {
                anchor = button;
            }
        }
        const QPoint at = anchor->mapToGlobal(QPoint(0, anchor->height()));
        m_addMenu->popup(at);
    });

    m_fromFileAction = new QAction(this);
    m_fromFileAction->setObjectName(QStringLiteral("addPathwayFromFileAction"));
    connect(m_fromFileAction, &QAction::triggered, this, &PathwaysPage::chooseFile);

    m_removeAction = new QAction(QIcon(QStringLiteral(":/icons/remove.svg")), QString(), this);
    m_removeAction->setObjectName(QStringLiteral("removePathwayAction"));
    m_removeAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_removeAction, &QAction::triggered, this, &PathwaysPage::removeCurrentPathway);
}

void PathwaysPage::rebuildAddMenu()
{
    m_addMenu->clear();
    m_addMenu->addAction(m_fromFileAction);
    if (m_samples.isEmpty()) {
        return;
    }
    m_addMenu->addSection(tr("Samples"));
    for (const Services::SamplePathway &sample : std::as_const(m_samples)) {
        QAction *action = m_addMenu->addAction(sample.name);
        action->setObjectName(QStringLiteral("addSamplePathwayAction"));
        action->setData(sample.resourcePath);
        action->setToolTip(sample.institution);
        const QString path = sample.resourcePath;
        connect(action, &QAction::triggered, this, [this, path] { addSamplePathway(path); });
    }
}

QWidget *PathwaysPage::setupListPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("pathwayListPanel"));
    panel->setFixedWidth(300);
    panel->setBackgroundRole(QPalette::Window);
    panel->setAutoFillBackground(true);

    m_listTitle = sectionTitle(panel, "pathwayListTitle");
    m_addButton = new QToolButton(panel);
    m_addButton->setObjectName(QStringLiteral("addPathwayButton"));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addButton->setIcon(m_addAction->icon());
    connect(m_addButton, &QToolButton::clicked, m_addAction, &QAction::trigger);
    m_addButton->setAutoRaise(true);
    m_addButton->setFocusPolicy(Qt::StrongFocus);
    m_removeButton = new QToolButton(panel);
    m_removeButton->setObjectName(QStringLiteral("removePathwayButton"));
    m_removeButton->setDefaultAction(m_removeAction);
    m_removeButton->setAutoRaise(true);
    m_removeButton->setFocusPolicy(Qt::StrongFocus);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(16, 14, 10, 6);
    header->addWidget(m_listTitle);
    header->addStretch();
    header->addWidget(m_addButton);
    header->addWidget(m_removeButton);

    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("pathwayMessage"));
    m_message->setWordWrap(true);
    m_message->setContentsMargins(16, 4, 16, 8);
    m_message->setVisible(false);

    m_list = new QListWidget(panel);
    m_list->setObjectName(QStringLiteral("pathwayList"));
    m_list->setItemDelegate(new TwoLineDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setBackgroundRole(QPalette::Window);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    m_list->setSpacing(2);
    m_list->addAction(m_removeAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item) {
            showPathway(item->data(kPathwayIdRole).toString());
        }
    });

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    return panel;
}

QWidget *PathwaysPage::setupHeader()
{
    auto *header = new QWidget(m_detail);
    m_ring = new ProgressRing(header);
    m_ring->setObjectName(QStringLiteral("overallProgress"));

    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("pathwayTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_institution = new QLabel(header);
    m_institution->setObjectName(QStringLiteral("pathwayInstitution"));
    m_institution->setForegroundRole(QPalette::PlaceholderText);

    auto *stats = new QHBoxLayout;
    stats->setSpacing(32);
    stats->addWidget(stat(header, m_creditsValue, m_creditsCaption, "pathwayCredits"));
    stats->addWidget(stat(header, m_countedValue, m_countedCaption, "pathwayCounted"));
    stats->addWidget(stat(header, m_toGoValue, m_toGoCaption, "pathwayToGo"));
    stats->addStretch();

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_institution);
    text->addSpacing(10);
    text->addLayout(stats);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(20);
    layout->addWidget(m_ring, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    return header;
}

QWidget *PathwaysPage::setupMissingPanel()
{
    auto *panel = new QWidget(m_detail);
    m_missingTitle = sectionTitle(panel, "missingTitle");
    m_missing = new QListWidget(panel);
    m_missing->setObjectName(QStringLiteral("missingList"));
    m_missing->setItemDelegate(new TwoLineDelegate(m_missing));
    m_missing->setFrameShape(QFrame::NoFrame);
    m_missing->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_missing->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_missing, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QModelIndex index = m_model->indexOfNode(item->data(kNodeRole).toInt());
        if (index.isValid()) {
            m_tree->setCurrentIndex(index);
            m_tree->scrollTo(index);
            m_tree->setFocus(Qt::OtherFocusReason);
        }
    });
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_missingTitle);
    layout->addWidget(m_missing, 1);
    return panel;
}

QWidget *PathwaysPage::setupDetail()
{
    m_detail = new QWidget(m_stack);
    m_detail->setObjectName(QStringLiteral("pathwayDetail"));

    m_wouldCountBanner = new QFrame(m_detail);
    m_wouldCountBanner->setObjectName(QStringLiteral("wouldCountBanner"));
    auto *bannerIcon = new QLabel(m_wouldCountBanner);
    bannerIcon->setPixmap(QIcon(QStringLiteral(":/icons/would-count.svg")).pixmap(QSize(16, 16), devicePixelRatioF()));
    m_wouldCountNote = new QLabel(m_wouldCountBanner);
    m_wouldCountNote->setObjectName(QStringLiteral("wouldCountNote"));
    m_wouldCountNote->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_wouldCountBanner);
    bannerLayout->setContentsMargins(10, 7, 10, 7);
    bannerLayout->setSpacing(8);
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_wouldCountNote, 1);

    m_treeTitle = sectionTitle(m_detail, "requirementsTitle");
    m_tree = new QTreeView(m_detail);
    m_tree->setObjectName(QStringLiteral("requirementTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new RequirementDelegate(m_tree));
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setIndentation(18);
    m_tree->setMouseTracking(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PathwayProgressModel::RequirementColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PathwayProgressModel::ProgressColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(PathwayProgressModel::CreditsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PathwayProgressModel::StatusColumn, QHeaderView::Stretch);
    header->resizeSection(PathwayProgressModel::ProgressColumn, 170);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_tree, &QTreeView::activated, this, &PathwaysPage::openCredentialAt);
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        // The credential's name in the Status column reads as a link: one click opens it.
        if (index.column() == PathwayProgressModel::StatusColumn) {
            openCredentialAt(index);
        }
    });

    auto *treePanel = new QWidget(m_detail);
    auto *treeLayout = new QVBoxLayout(treePanel);
    treeLayout->setContentsMargins(0, 0, 0, 8);
    treeLayout->setSpacing(6);
    treeLayout->addWidget(m_treeTitle);
    treeLayout->addWidget(m_tree, 1);

    auto *splitter = new QSplitter(Qt::Vertical, m_detail);
    splitter->setObjectName(QStringLiteral("pathwaySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(treePanel);
    splitter->addWidget(setupMissingPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    const QString splitterKey = QStringLiteral("PathwaysPage/splitter");
    splitter->restoreState(QSettings().value(splitterKey).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter, splitterKey] { QSettings().setValue(splitterKey, splitter->saveState()); });

    auto *layout = new QVBoxLayout(m_detail);
    layout->setContentsMargins(28, 22, 28, 16);
    layout->setSpacing(14);
    layout->addWidget(setupHeader());
    layout->addWidget(m_wouldCountBanner);
    layout->addWidget(splitter, 1);
    return m_detail;
}

void PathwaysPage::retranslate()
{
    m_listTitle->setText(tr("Your Pathways"));
    m_addAction->setText(tr("Add Pathway…"));
    m_addAction->setToolTip(tr("Add a pathway from a file or from the samples (%1)")
                                .arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));
    m_addButton->setText(tr("Add"));
    m_addButton->setToolTip(m_addAction->toolTip());
    m_addButton->setAccessibleName(tr("Add pathway"));
    m_fromFileAction->setText(tr("From File…"));
    m_removeAction->setText(tr("Remove Pathway"));
    m_removeAction->setToolTip(tr("Remove the selected pathway (Delete); Undo brings it back"));
    m_removeButton->setAccessibleName(tr("Remove pathway"));
    m_list->setAccessibleName(tr("Pathways"));
    m_tree->setAccessibleName(tr("Requirements"));
    m_treeTitle->setText(tr("Requirements"));
    m_missingTitle->setText(tr("What’s missing"));
    m_missing->setAccessibleName(tr("What’s missing"));
    m_empty->setTitle(tr("No pathways yet"));
    m_empty->setText(tr("Pathways show how your credentials stack toward certificates and degrees: what you have "
                        "completed and what is still missing. Add one from your institution’s file, or try a "
                        "sample."));
    m_loading->setTitle(tr("Reading your credentials…"));
    m_loading->setText(tr("Your progress appears as soon as Credfolio has read the credentials in your library."));
    rebuildAddMenu();
    if (!m_current.isEmpty()) {
        reload();
    }
}

void PathwaysPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::PaletteChange) {
        applyStatusColors();
    }
    QWidget::changeEvent(event);
}

QString PathwaysPage::currentPathwayId() const
{
    return m_current;
}

void PathwaysPage::setCurrentPathway(const QString &pathwayId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kPathwayIdRole).toString() == pathwayId) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

bool PathwaysPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

bool PathwaysPage::isShowingLoadingState() const
{
    return m_stack->currentWidget() == m_loading;
}

QString PathwaysPage::message() const
{
    return m_message->isVisible() || !m_message->isHidden() ? m_message->text() : QString();
}

void PathwaysPage::applyStatusColors()
{
    QPalette warning = palette();
    warning.setColor(QPalette::WindowText, warningColor(palette()));
    m_message->setPalette(warning);
    QColor tint = warningColor(palette());
    tint.setAlphaF(0.14f);
    m_wouldCountBanner->setStyleSheet(QStringLiteral("#wouldCountBanner { background: rgba(%1, %2, %3, %4); "
                                                     "border-radius: 6px; }")
                                          .arg(tint.red())
                                          .arg(tint.green())
                                          .arg(tint.blue())
                                          .arg(tint.alphaF()));
}

void PathwaysPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PathwaysPage::reload()
{
    const QString keep = m_current;
    const QList<Pathways::Pathway> pathways = m_source->pathways();
    (void)m_source->credentials(); // starts reading them when they are not there yet
    const bool loading = m_source->isLoadingCredentials();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Pathways::Pathway &pathway : pathways) {
            auto *item = new QListWidgetItem(pathway.name, m_list);
            item->setData(kPathwayIdRole, pathway.id);
            item->setData(TwoLineDelegate::SubtitleRole, pathway.issuer.name);
            item->setToolTip(pathway.description);
            if (loading)
                continue;
            const Result<Pathways::Evaluation> evaluation = m_source->evaluate(pathway.id);
            if (evaluation) {
                const Services::PathwaySummary summary = Services::summarize(*evaluation);
                const QString percent = tr("%1%").arg(qRound(summary.fraction * 100));
                item->setData(TwoLineDelegate::TrailingRole, percent);
                item->setData(TwoLineDelegate::FractionRole, summary.fraction);
                item->setData(Qt::AccessibleTextRole, tr("%1, %2 complete").arg(pathway.name, percent));
            } else {
                item->setData(TwoLineDelegate::WarningRole, evaluation.error().message);
            }
        }
    }
    m_removeAction->setEnabled(!pathways.isEmpty());
    if (pathways.isEmpty()) {
        m_current.clear();
        m_model->clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_detail);
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kPathwayIdRole).toString() == keep) {
            row = i;
        }
    }
    m_current.clear();
    m_list->setCurrentRow(row);
    if (m_current.isEmpty()) { // currentItemChanged is not emitted when the row stays the same item pointer
        showPathway(m_list->item(row)->data(kPathwayIdRole).toString());
    }
}

void PathwaysPage::showPathway(const QString &pathwayId)
{
    m_current = pathwayId;
    if (m_source->isLoadingCredentials()) {
        m_stack->setCurrentWidget(m_loading);
        return;
    }
    m_stack->setCurrentWidget(m_detail);
    const std::optional<Pathways::Pathway> pathway = m_source->pathway(pathwayId);
    const Result<Pathways::Evaluation> evaluation = m_source->evaluate(pathwayId);
    if (!pathway || !evaluation) {
        m_model->clear();
        m_missing->clear();
        showMessage(evaluation ? QString() : evaluation.error().message);
        return;
    }
    m_model->setEvaluation(*evaluation);
    m_tree->expandAll();

    const Services::PathwaySummary summary = Services::summarize(*evaluation);
    m_title->setText(pathway->name);
    m_title->setToolTip(pathway->description);
    m_institution->setText(pathway->issuer.name);
    m_institution->setVisible(!pathway->issuer.name.isEmpty());
    m_ring->setFraction(summary.fraction);
    m_creditsValue->setText(summary.creditsTotal
                                ? tr("%1 of %2").arg(number(summary.creditsEarned), number(*summary.creditsTotal))
                                : number(summary.creditsEarned));
    m_creditsCaption->setText(tr("credits earned"));
    m_countedValue->setText(QString::number(summary.credentialsCounted));
    //: Caption under the number of credentials that count toward the pathway ("3 / credentials count").
    m_countedCaption->setText(tr("credentials count", nullptr, summary.credentialsCounted));
    if (summary.state == Pathways::NodeState::Met) {
        m_toGoValue->setText(tr("Done"));
        m_toGoCaption->setText(tr("pathway complete"));
    } else {
        m_toGoValue->setText(QString::number(summary.credentialsStillNeeded));
        //: Caption under the smallest number of credentials still needed to complete the pathway.
        m_toGoCaption->setText(tr("still to earn (at least)"));
    }
    m_wouldCountNote->setText(
        tr("%n of your credentials would count here if it were valid. Open it to see why it did not verify.", nullptr,
           summary.credentialsWouldCount));
    m_wouldCountBanner->setVisible(summary.credentialsWouldCount > 0);
    m_ring->setAccessibleDescription(tr("%1 complete").arg(m_ring->text()));
    fillMissing();
}

void PathwaysPage::fillMissing()
{
    m_missing->clear();
    const Pathways::Evaluation &evaluation = m_model->evaluation();
    const QList<Services::NextStep> steps = Services::nextSteps(evaluation);
    if (steps.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing — every requirement is met."), m_missing);
        item->setIcon(QIcon(QStringLiteral(":/icons/requirement-met.svg")));
        return;
    }
    const QIcon icon(QStringLiteral(":/icons/requirement-missing.svg"));
    for (const Services::NextStep &step : steps) {
        auto *item = new QListWidgetItem(icon, step.title, m_missing);
        item->setData(kNodeRole, step.node);
        QStringList subtitle;
        if (!step.context.isEmpty()) {
            subtitle.append(step.context);
        }
        if (!step.choices.isEmpty()) {
            subtitle.append(tr("choose from %1").arg(step.choices.join(QStringLiteral(", "))));
        } else if (step.credits > 0 && !step.title.contains(number(step.credits))) {
            subtitle.append(Services::creditsText(step.credits));
        }
        item->setData(TwoLineDelegate::SubtitleRole, subtitle.join(QStringLiteral(" · ")));
        if (!step.wouldCount.isEmpty()) {
            item->setData(TwoLineDelegate::WarningRole,
                          tr("%1 would count if it were valid").arg(QLocale().createSeparatedList(step.wouldCount)));
        }
        item->setData(Qt::AccessibleTextRole,
                      QString(step.title + QStringLiteral(", ") + subtitle.join(QStringLiteral(", "))));
    }
}

void PathwaysPage::openCredentialAt(const QModelIndex &index)
{
    const QString id = index.data(PathwayProgressModel::CredentialIdRole).toString();
    if (!id.isEmpty()) {
        emit credentialActivated(id);
    }
}

void PathwaysPage::addPathway(const Pathways::Pathway &pathway)
{
    if (m_source->indexOf(pathway.id) >= 0) {
        showMessage(tr("“%1” is already in your pathways.").arg(pathway.name));
        setCurrentPathway(pathway.id);
        return;
    }
    showMessage(QString());
    if (m_undoStack) {
        m_undoStack->push(new AddPathwayCommand(m_source, pathway));
    } else if (const Result<void> added = m_source->addPathway(pathway); !added) {
        showMessage(added.error().message);
        return;
    }
    setCurrentPathway(pathway.id);
}

bool PathwaysPage::addPathwayFromFile(const QString &path)
{
    const Result<Pathways::Pathway> pathway = Services::pathwayFromFile(path);
    if (!pathway) {
        showMessage(tr("This file could not be added as a pathway: %1").arg(pathway.error().message));
        return false;
    }
    const bool isNew = m_source->indexOf(pathway->id) < 0;
    addPathway(*pathway);
    return isNew;
}

bool PathwaysPage::addSamplePathway(const QString &resourcePath)
{
    for (const Services::SamplePathway &sample : std::as_const(m_samples)) {
        if (sample.resourcePath == resourcePath) {
            const Result<Pathways::Pathway> pathway = Services::pathwayFromBytes(sample.bytes);
            if (!pathway) {
                showMessage(pathway.error().message);
                return false;
            }
            const bool isNew = m_source->indexOf(pathway->id) < 0;
            addPathway(*pathway);
            return isNew;
        }
    }
    return false;
}

void PathwaysPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add Pathway from File"), QString(),
                                                      tr("Pathway files (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        addPathwayFromFile(path);
    }
}

void PathwaysPage::removeCurrentPathway()
{
    const int index = m_source->indexOf(m_current);
    const std::optional<Pathways::Pathway> pathway = m_source->pathway(m_current);
    if (index < 0 || !pathway) {
        return;
    }
    showMessage(QString());
    if (m_undoStack) {
        m_undoStack->push(new RemovePathwayCommand(m_source, *pathway, index));
    } else {
        (void)m_source->removePathway(pathway->id);
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(qMin(index, m_list->count() - 1));
    }
    m_list->setFocus(Qt::OtherFocusReason);
}

} // namespace Credfolio::Ui
