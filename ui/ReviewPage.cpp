// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReviewPage.h"

#include "core/pathways/ReportStanding.h"
#include "core/services/PackageReview.h"
#include "core/services/PathwayProgressModel.h"
#include "core/services/Workspace.h"
#include "ui/CheckListView.h"
#include "ui/CheckStatusStyle.h"
#include "ui/EmptyState.h"
#include "ui/RequirementDelegate.h"
#include "ui/ReviewCredentialDelegate.h"
#include "ui/StatusColors.h"
#include "ui/StatusPill.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

namespace Credfolio::Ui {

using Services::PathwayProgressModel;

namespace {

constexpr int kSaveDelayMs = 400;

QString packageFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".credfolio"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

QLabel *sectionTitle(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QString standingWord(Pathways::Standing standing)
{
    switch (standing) {
    case Pathways::Standing::Valid:
        return ReviewPage::tr("Valid");
    case Pathways::Standing::Revoked:
        return ReviewPage::tr("Revoked");
    case Pathways::Standing::Expired:
        return ReviewPage::tr("Expired");
    case Pathways::Standing::Unknown:
        return ReviewPage::tr("Not checked");
    case Pathways::Standing::Invalid:
        break;
    }
    return ReviewPage::tr("Not valid");
}

QPlainTextEdit *noteEditor(QWidget *parent, const char *name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

ReviewPage::ReviewPage(Services::Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setAcceptDrops(true);
    m_openAction = new QAction(QIcon(QStringLiteral(":/icons/import.svg")), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_openAction, &QAction::triggered, this, &ReviewPage::chooseAndOpen);
    m_exportAction = new QAction(QString(), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_exportAction, &QAction::triggered, this, &ReviewPage::chooseAndExport);
    m_closeAction = new QAction(QString(), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_closeAction, &QAction::triggered, this, &ReviewPage::closePackage);
    addActions({m_openAction, m_exportAction, m_closeAction});

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &ReviewPage::saveNotes);

    m_watcher = new QFutureWatcher<std::shared_ptr<const Result<Portfolio::Review>>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ReviewPage::finishOpening);

    m_stack = new QStackedWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    buildEmpty();
    buildBusy();
    buildReview();
    m_stack->setCurrentWidget(m_empty);
    retranslate();
}

ReviewPage::~ReviewPage()
{
    if (m_watcher->isRunning())
        m_watcher->waitForFinished();
    saveNotes();
}

void ReviewPage::buildEmpty()
{
    m_empty = new EmptyState(QIcon(QStringLiteral(":/icons/review.svg")), m_stack);
    m_empty->setObjectName(QStringLiteral("reviewEmptyState"));
    m_empty->setAction(m_openAction);
    m_stack->addWidget(m_empty);
}

void ReviewPage::buildBusy()
{
    m_busy = new QWidget(m_stack);
    m_busy->setObjectName(QStringLiteral("reviewBusy"));
    auto *layout = new QVBoxLayout(m_busy);
    layout->addStretch(1);
    m_busyLabel = new QLabel(m_busy);
    m_busyLabel->setAlignment(Qt::AlignCenter);
    auto *bar = new QProgressBar(m_busy);
    bar->setRange(0, 0); // indeterminate: the checks report no steps
    bar->setMaximumWidth(320);
    bar->setTextVisible(false);
    bar->setAccessibleName(tr("Checking the package"));
    layout->addWidget(m_busyLabel);
    layout->addWidget(bar, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    m_stack->addWidget(m_busy);
}

void ReviewPage::buildReview()
{
    m_reviewWidget = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(m_reviewWidget);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->setSpacing(10);

    m_banner = new QFrame(m_reviewWidget);
    m_banner->setObjectName(QStringLiteral("reviewBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    auto *bannerLayout = new QGridLayout(m_banner);
    bannerLayout->setContentsMargins(14, 10, 14, 12);
    bannerLayout->setHorizontalSpacing(12);
    bannerLayout->setVerticalSpacing(3);
    m_learner = new QLabel(m_banner);
    m_learner->setObjectName(QStringLiteral("reviewLearner"));
    m_learner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont learnerFont = m_learner->font();
    learnerFont.setPointSizeF(learnerFont.pointSizeF() * 1.5);
    learnerFont.setWeight(QFont::DemiBold);
    m_learner->setFont(learnerFont);
    m_meta = new QLabel(m_banner);
    m_meta->setObjectName(QStringLiteral("reviewMeta"));
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_signature = new QLabel(m_banner);
    m_signature->setObjectName(QStringLiteral("reviewSignature"));
    m_signature->setWordWrap(true);
    QFont signatureFont = m_signature->font();
    signatureFont.setWeight(QFont::DemiBold);
    m_signature->setFont(signatureFont);
    m_signatureDetail = new QLabel(m_banner);
    m_signatureDetail->setObjectName(QStringLiteral("reviewSignatureDetail"));
    m_signatureDetail->setWordWrap(true);
    m_signatureDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *exportButton = new QToolButton(m_banner);
    exportButton->setObjectName(QStringLiteral("exportReviewButton"));
    exportButton->setDefaultAction(m_exportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *closeButton = new QToolButton(m_banner);
    closeButton->setObjectName(QStringLiteral("closePackageButton"));
    closeButton->setDefaultAction(m_closeAction);
    closeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(exportButton);
    buttons->addWidget(closeButton);
    bannerLayout->addWidget(m_learner, 0, 0);
    bannerLayout->addLayout(buttons, 0, 1, Qt::AlignRight | Qt::AlignTop);
    bannerLayout->addWidget(m_meta, 1, 0, 1, 2);
    bannerLayout->addWidget(m_signature, 2, 0, 1, 2);
    bannerLayout->addWidget(m_signatureDetail, 3, 0, 1, 2);
    bannerLayout->setColumnStretch(0, 1);
    layout->addWidget(m_banner);

    m_learnerMessage = new QLabel(m_reviewWidget);
    m_learnerMessage->setObjectName(QStringLiteral("reviewLearnerMessage"));
    m_learnerMessage->setWordWrap(true);
    m_learnerMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_learnerMessage);

    m_tabs = new QTabWidget(m_reviewWidget);
    m_tabs->setObjectName(QStringLiteral("reviewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(buildCredentialsTab(), QString());
    m_tabs->addTab(buildPathwaysTab(), QString());
    layout->addWidget(m_tabs, 1);

    m_overallTitle = sectionTitle(m_reviewWidget, "overallNoteTitle");
    m_overallNote = noteEditor(m_reviewWidget, "overallNote", 3);
    m_overallTitle->setBuddy(m_overallNote);
    connect(m_overallNote, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_notes.overall = m_overallNote->toPlainText();
        notesEdited();
    });
    layout->addWidget(m_overallTitle);
    layout->addWidget(m_overallNote);
    m_stack->addWidget(m_reviewWidget);
}

QWidget *ReviewPage::buildCredentialsTab()
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    m_credentials = new QListWidget(splitter);
    m_credentials->setObjectName(QStringLiteral("reviewCredentials"));
    m_credentials->setItemDelegate(new ReviewCredentialDelegate(m_credentials));
    m_credentials->setUniformItemSizes(false);
    m_credentials->setMinimumWidth(280);
    connect(m_credentials, &QListWidget::currentRowChanged, this, &ReviewPage::showCredential);

    // The whole detail scrolls as one page (as the library's credential detail does): check lists keep their
    // natural height.
    auto *detailScroll = new QScrollArea(splitter);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *detail = new QWidget(detailScroll);
    detailScroll->setWidget(detail);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(12, 4, 0, 0);
    layout->setSpacing(6);
    m_credentialTitle = new QLabel(detail);
    m_credentialTitle->setObjectName(QStringLiteral("reviewCredentialTitle"));
    m_credentialTitle->setWordWrap(true);
    QFont titleFont = m_credentialTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_credentialTitle->setFont(titleFont);
    layout->addWidget(m_credentialTitle);

    m_reports = new QTabWidget(detail);
    m_reports->setObjectName(QStringLiteral("reviewReports"));
    for (CheckListView **view : {&m_asSentView, &m_todayView}) {
        auto *page = new QWidget(m_reports);
        auto *column = new QVBoxLayout(page);
        column->setContentsMargins(6, 8, 6, 6);
        *view = new CheckListView(page);
        column->addWidget(*view);
        column->addStretch(1);
        m_reports->addTab(page, QString());
    }
    m_asSentView->setObjectName(QStringLiteral("asSentChecks"));
    m_todayView->setObjectName(QStringLiteral("todayChecks"));
    layout->addWidget(m_reports);

    m_learnerNoteTitle = sectionTitle(detail, "learnerNoteTitle");
    m_learnerNote = new QLabel(detail);
    m_learnerNote->setObjectName(QStringLiteral("learnerNote"));
    m_learnerNote->setWordWrap(true);
    m_learnerNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_learnerNoteTitle);
    layout->addWidget(m_learnerNote);

    m_credentialNoteTitle = sectionTitle(detail, "credentialNoteTitle");
    m_credentialNote = noteEditor(detail, "credentialNote", 3);
    m_credentialNoteTitle->setBuddy(m_credentialNote);
    connect(m_credentialNote, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling || currentCredentialHash().isEmpty())
            return;
        m_notes.setCredentialNote(currentCredentialHash(), m_credentialNote->toPlainText());
        notesEdited();
    });
    layout->addWidget(m_credentialNoteTitle);
    layout->addWidget(m_credentialNote);
    layout->addStretch(1);

    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    const QString splitterKey = QStringLiteral("ReviewPage/splitter");
    if (!splitter->restoreState(QSettings().value(splitterKey).toByteArray()))
        splitter->setSizes({320, 520});
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter, splitterKey] { QSettings().setValue(splitterKey, splitter->saveState()); });
    return splitter;
}

QWidget *ReviewPage::buildPathwaysTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    m_pathwayPicker = new QComboBox(page);
    m_pathwayPicker->setObjectName(QStringLiteral("reviewPathwayPicker"));
    connect(m_pathwayPicker, &QComboBox::currentIndexChanged, this, &ReviewPage::showPathway);
    layout->addWidget(m_pathwayPicker);

    m_model = new PathwayProgressModel(this);
    m_tree = new QTreeView(page);
    m_tree->setObjectName(QStringLiteral("reviewRequirements"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new RequirementDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setIndentation(18);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PathwayProgressModel::RequirementColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PathwayProgressModel::ProgressColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(PathwayProgressModel::CreditsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PathwayProgressModel::StatusColumn, QHeaderView::ResizeToContents);
    header->resizeSection(PathwayProgressModel::ProgressColumn, 150);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::showRequirement);
    layout->addWidget(m_tree, 1);

    m_requirementNoteTitle = sectionTitle(page, "requirementNoteTitle");
    m_requirementNote = noteEditor(page, "requirementNote", 2);
    m_requirementNoteTitle->setBuddy(m_requirementNote);
    connect(m_requirementNote, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling || currentRequirementKey().isEmpty())
            return;
        m_notes.setRequirementNote(currentRequirementKey(), m_requirementNote->toPlainText());
        notesEdited();
    });
    layout->addWidget(m_requirementNoteTitle);
    layout->addWidget(m_requirementNote);
    return page;
}

void ReviewPage::openPackage(const QString &path)
{
    if (isBusy())
        return;
    if (isReviewing())
        closePackage();
    m_message.clear();
    m_busyLabel->setText(tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_stack->setCurrentWidget(m_busy);
    Services::Workspace *workspace = m_workspace;
    m_watcher->setFuture(QtConcurrent::run([path, workspace] {
        return std::make_shared<const Result<Portfolio::Review>>(Services::reviewPackageFile(path, workspace));
    }));
}

void ReviewPage::finishOpening()
{
    const auto result = m_watcher->result();
    if (!*result) {
        m_message = tr("This file could not be opened as a package: %1").arg(result->error().message);
        m_stack->setCurrentWidget(m_empty);
        retranslate();
        emit openFailed(m_message);
        return;
    }
    m_review = result->value();
    m_packageId = m_review->package.contents.id;
    m_notes = {};
    if (m_workspace) {
        const Result<Services::ReviewNotes> notes = Services::loadReviewNotes(m_workspace->library(), m_packageId);
        if (notes)
            m_notes = *notes;
        else
            m_message = notes.error().message;
    }
    showReview();
    emit reviewReady();
}

void ReviewPage::showReview()
{
    m_filling = true;
    fillBanner();
    fillCredentialList();
    m_pathwayPicker->clear();
    for (const Pathways::Evaluation &evaluation : m_review->pathways)
        m_pathwayPicker->addItem(evaluation.pathwayName);
    m_pathwayPicker->setVisible(m_review->pathways.size() > 1);
    m_tabs->setTabEnabled(1, !m_review->pathways.isEmpty());
    showPathway(m_review->pathways.isEmpty() ? -1 : 0);
    m_overallNote->setPlainText(m_notes.overall);
    m_filling = false;
    m_stack->setCurrentWidget(m_reviewWidget);
    m_tabs->setCurrentIndex(0);
    m_credentials->setCurrentRow(m_credentials->count() > 0 ? 0 : -1);
    m_credentials->setFocus(Qt::OtherFocusReason);
    m_exportAction->setEnabled(true);
    m_closeAction->setEnabled(true);
}

void ReviewPage::fillBanner()
{
    const Portfolio::PackageContents &contents = m_review->package.contents;
    m_learner->setText(learnerName());
    m_meta->setText(tr("Package sent %1 · %n credential(s)", nullptr, int(contents.credentials.size()))
                        .arg(formatDateTime(contents.createdAt)));
    m_meta->setToolTip(contents.id);
    m_signature->setText(signatureText());
    m_signatureDetail->setText(
        m_review->package.isAuthentic()
            ? tr("Signed by the learner's key %1.").arg(m_review->package.holder)
            : tr("What it contains is shown below, flagged: it may not be what the learner sent. (%1)")
                  .arg(m_review->package.signature.message));
    const QString message = contents.message.trimmed();
    m_learnerMessage->setVisible(!message.isEmpty());
    m_learnerMessage->setText(tr("<b>The learner's message:</b> %1").arg(message.toHtmlEscaped()));
    restyleBanner();
}

void ReviewPage::restyleBanner()
{
    if (!m_review)
        return;
    const QPalette &palette = this->palette();
    const QColor tone = m_review->package.isAuthentic()
                            ? metColor(palette)
                            : (isDark(palette) ? QColor(0xf2, 0x6d, 0x6d) : QColor(0xb4, 0x23, 0x18));
    QColor tint = tone;
    tint.setAlphaF(isDark(palette) ? 0.16f : 0.09f);
    m_banner->setStyleSheet(QStringLiteral("QFrame#reviewBanner { background: %1; border: 1px solid %2; "
                                           "border-left: 4px solid %2; border-radius: 6px; } "
                                           "QLabel#reviewSignature { color: %2; }")
                                .arg(tint.name(QColor::HexArgb), tone.name()));
}

void ReviewPage::fillCredentialList()
{
    m_credentials->clear();
    for (const Portfolio::ReviewedCredential &each : std::as_const(m_review->credentials)) {
        const QString name =
            each.credential && !each.credential->name.trimmed().isEmpty() ? each.credential->name.trimmed() : each.name;
        const Pathways::Standing sent = Pathways::standingOf(each.asSent);
        const QString sentLabel = tr("As sent: %1").arg(standingWord(sent));
        const QString todayLabel =
            each.today ? tr("Today: %1").arg(standingWord(Pathways::standingOf(*each.today))) : tr("Today: offline");
        auto *item = new QListWidgetItem(name, m_credentials);
        item->setData(ReviewCredentialDelegate::SubtitleRole,
                      each.credential ? each.credential->issuer.name : QString());
        item->setData(ReviewCredentialDelegate::AsSentStandingRole, int(sent));
        item->setData(ReviewCredentialDelegate::AsSentLabelRole, sentLabel);
        item->setData(ReviewCredentialDelegate::TodayStandingRole,
                      each.today ? int(Pathways::standingOf(*each.today)) : -1);
        item->setData(ReviewCredentialDelegate::TodayLabelRole, todayLabel);
        item->setData(Qt::AccessibleTextRole,
                      QString(name + QStringLiteral(", ") + sentLabel + QStringLiteral(", ") + todayLabel));
    }
}

void ReviewPage::showCredential(int row)
{
    if (!m_review || row < 0 || row >= m_review->credentials.size())
        return;
    const Portfolio::ReviewedCredential &each = m_review->credentials.at(row);
    QStringList embeddedNames;
    if (each.credential) {
        for (const Credentials::Credential &inner : each.credential->embedded)
            embeddedNames.append(inner.name);
    }
    m_credentialTitle->setText(m_credentials->item(row)->text());
    m_asSentView->setReport(each.asSent, embeddedNames);
    if (each.today)
        m_todayView->setReport(*each.today, embeddedNames);
    else
        m_todayView->setReport(Verify::VerificationReport{});
    m_reports->setTabEnabled(1, each.today.has_value());
    m_reports->setTabToolTip(1, each.today ? QString() : tr("Not checked today: Credfolio is offline."));
    m_learnerNoteTitle->setVisible(!each.note.trimmed().isEmpty());
    m_learnerNote->setVisible(!each.note.trimmed().isEmpty());
    m_learnerNote->setText(each.note.trimmed());
    const bool wasFilling = m_filling;
    m_filling = true;
    m_credentialNote->setPlainText(m_notes.credentials.value(currentCredentialHash()));
    m_filling = wasFilling;
}

void ReviewPage::showPathway(int index)
{
    if (!m_review || index < 0 || index >= m_review->pathways.size()) {
        m_model->clear();
        return;
    }
    m_model->setEvaluation(m_review->pathways.at(index));
    m_tree->expandToDepth(0);
    showRequirement();
}

void ReviewPage::showRequirement()
{
    const QString key = currentRequirementKey();
    m_requirementNote->setEnabled(!key.isEmpty());
    m_requirementNote->setPlaceholderText(key.isEmpty() ? tr("Select a requirement to add a note to it.")
                                                        : tr("Your note on this requirement"));
    const bool wasFilling = m_filling;
    m_filling = true;
    m_requirementNote->setPlainText(m_notes.requirements.value(key));
    m_filling = wasFilling;
}

QString ReviewPage::currentCredentialHash() const
{
    const int row = m_credentials->currentRow();
    if (!m_review || row < 0 || row >= m_review->package.contents.credentials.size())
        return {};
    return Portfolio::contentHash(m_review->package.contents.credentials.at(row).original);
}

QString ReviewPage::currentRequirementKey() const
{
    const QModelIndex index = m_tree->currentIndex().siblingAtColumn(0);
    if (!index.isValid() || index.data(PathwayProgressModel::ItemTypeRole).toString() != QLatin1String("requirement"))
        return {};
    return Portfolio::requirementKey(m_model->evaluation().pathwayId,
                                     index.data(PathwayProgressModel::PathRole).toString());
}

void ReviewPage::notesEdited()
{
    m_saveTimer->start();
}

void ReviewPage::saveNotes()
{
    m_saveTimer->stop();
    if (!m_workspace || m_packageId.isEmpty())
        return;
    const Result<void> saved = Services::saveReviewNotes(m_workspace->library(), m_packageId, m_notes);
    if (!saved)
        m_message = saved.error().message;
}

void ReviewPage::closePackage()
{
    if (isBusy())
        return;
    saveNotes();
    m_review.reset();
    m_packageId.clear();
    m_notes = {};
    m_filling = true;
    m_credentials->clear();
    m_model->clear();
    m_overallNote->clear();
    m_credentialNote->clear();
    m_requirementNote->clear();
    m_filling = false;
    m_exportAction->setEnabled(false);
    m_closeAction->setEnabled(false);
    m_stack->setCurrentWidget(m_empty);
    retranslate();
}

bool ReviewPage::exportReviewPdf(const QString &path)
{
    if (!m_review)
        return false;
    saveNotes();
    const auto written = Services::exportReviewPdf(path, *m_review, m_notes);
    if (!written) {
        m_message = written.error().message;
        return false;
    }
    return true;
}

void ReviewPage::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Package"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Credfolio packages (*.credfolio)"));
    if (!path.isEmpty())
        openPackage(path);
}

void ReviewPage::chooseAndExport()
{
    if (!m_review)
        return;
    const QString suggested = tr("Review of %1.pdf").arg(learnerName());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Review PDF"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + suggested,
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && !exportReviewPdf(path))
        m_signatureDetail->setText(m_message);
}

bool ReviewPage::isBusy() const
{
    return m_watcher->isRunning();
}

QString ReviewPage::learnerName() const
{
    if (!m_review)
        return {};
    const QString name = m_review->package.contents.profile.name.trimmed();
    return name.isEmpty() ? tr("Unnamed learner") : name;
}

QString ReviewPage::signatureText() const
{
    if (!m_review)
        return {};
    return m_review->package.isAuthentic() ? tr("Signature intact: the package is exactly as the learner signed it.")
                                           : tr("This package was changed after it was signed.");
}

bool ReviewPage::isSignatureWarningShown() const
{
    return m_review && !m_review->package.isAuthentic() && m_signature->isVisibleTo(this);
}

QString ReviewPage::message() const
{
    return m_message;
}

void ReviewPage::retranslate()
{
    m_openAction->setText(tr("Open Package…"));
    m_openAction->setToolTip(tr("Open a learner's portfolio package (.credfolio) to review it"));
    m_exportAction->setText(tr("Export Review PDF…"));
    m_closeAction->setText(tr("Close Package"));
    m_exportAction->setEnabled(isReviewing());
    m_closeAction->setEnabled(isReviewing());
    if (m_message.isEmpty() || isReviewing()) {
        m_empty->setTitle(tr("Review a learner's package"));
        m_empty->setText(tr("Open or drop the .credfolio file a learner sent you. Credfolio checks its signature, "
                            "verifies every credential as of the day it was sent and today, and shows the pathway "
                            "progress. Your notes stay in your own library."));
    } else {
        m_empty->setTitle(tr("This file could not be opened"));
        m_empty->setText(m_message);
    }
    m_tabs->setTabText(0, tr("Credentials"));
    m_tabs->setTabText(1, tr("Pathway progress"));
    m_reports->setTabText(0, tr("As sent"));
    m_reports->setTabText(1, tr("Today"));
    m_learnerNoteTitle->setText(tr("The learner's note"));
    m_credentialNoteTitle->setText(tr("Your &note on this credential"));
    m_credentialNote->setPlaceholderText(tr("Only you see this; it is kept in your library."));
    m_requirementNoteTitle->setText(tr("Your note on the &selected requirement"));
    m_overallTitle->setText(tr("&Overall notes and recommendations"));
    m_overallNote->setPlaceholderText(tr("What should the learner do next?"));

    m_credentials->setAccessibleName(tr("Credentials in the package"));
    m_reports->setAccessibleName(tr("Verification as sent and today"));
    m_asSentView->setAccessibleName(tr("Checks as of the day it was sent"));
    m_todayView->setAccessibleName(tr("Checks today"));
    m_learnerNote->setAccessibleName(tr("The learner's note"));
    m_credentialNote->setAccessibleName(tr("Your note on this credential"));
    m_pathwayPicker->setAccessibleName(tr("Pathway"));
    m_tree->setAccessibleName(tr("Pathway requirements"));
    m_requirementNote->setAccessibleName(tr("Your note on the selected requirement"));
    m_overallNote->setAccessibleName(tr("Overall notes and recommendations"));
    m_tabs->setAccessibleName(tr("Review"));
    m_banner->setAccessibleName(tr("Package"));
    m_learner->setAccessibleName(tr("Learner"));
    m_meta->setAccessibleName(tr("Package date"));
    m_signature->setAccessibleName(tr("Signature verdict"));
    m_signatureDetail->setAccessibleName(tr("Signature details"));
    m_learnerMessage->setAccessibleName(tr("The learner's message"));
    m_busyLabel->setAccessibleName(tr("Progress"));
    if (m_review)
        fillBanner();
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        restyleBanner();
    QWidget::changeEvent(event);
}

void ReviewPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isBusy() && !packageFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ReviewPage::dropEvent(QDropEvent *event)
{
    const QString path = packageFileOf(event->mimeData());
    if (path.isEmpty() || isBusy())
        return;
    event->acceptProposedAction();
    openPackage(path);
}

} // namespace Credfolio::Ui
