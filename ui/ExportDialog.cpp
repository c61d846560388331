// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ExportDialog.h"

#include "core/pathways/Pathway.h"
#include "core/services/Exporter.h"
#include "core/services/LibraryFilters.h"
#include "core/services/PathwaySource.h"
#include "core/services/Workspace.h"
#include "ui/ExportPreview.h"
#include "ui/LearnerProfileForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Credfolio::Ui {

namespace {

enum Source { All, Selected, Collection, Pathway };

const Services::ExportFormat kFormats[] = {Services::ExportFormat::Pdf, Services::ExportFormat::Html,
                                           Services::ExportFormat::JsonResume, Services::ExportFormat::Package};
const Services::ExportOrder kOrders[] = {Services::ExportOrder::NewestFirst, Services::ExportOrder::OldestFirst,
                                         Services::ExportOrder::Name, Services::ExportOrder::Issuer};

QString extensionOf(Services::ExportFormat format)
{
    switch (format) {
    case Services::ExportFormat::Html:
        return QStringLiteral("html");
    case Services::ExportFormat::JsonResume:
        return QStringLiteral("json");
    case Services::ExportFormat::Package:
        return QStringLiteral("credfolio");
    case Services::ExportFormat::Pdf:
        break;
    }
    return QStringLiteral("pdf");
}

QString defaultLanguage()
{
    const QString name = QLocale().name().left(2);
    return Services::labelLanguages().contains(name) ? name : QStringLiteral("en");
}

QString languageName(const QString &language)
{
    if (language == u"en")
        return QStringLiteral("English");
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

} // namespace

ExportDialog::ExportDialog(Services::Workspace &workspace, Services::PathwaySource *pathways, const ExportStart &start,
                           QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_pathways(pathways)
    , m_start(start)
    , m_chooser([](QWidget *owner, const QString &caption, const QString &suggested, const QString &filter) {
        return QFileDialog::getSaveFileName(owner, caption, suggested, filter);
    })
{
    setObjectName(QStringLiteral("exportDialog"));
    m_preview = new ExportPreview(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(setupOptions());
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openExportButton"));
    m_open->hide();
    connect(m_open, &QPushButton::clicked, this, &ExportDialog::openSaved);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveExportButton"));
    m_save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeExportButton"));
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_open);
    bottom->addSpacing(12);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::startPreview);
    connect(&m_previewWatcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::previewFinished);
    connect(&m_saveWatcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::saveFinishedOnWorker);

    retranslate();
    fillChoices();
    const Result<Portfolio::LearnerProfile> profile = Services::learnerProfile(m_workspace.library());
    if (profile)
        m_profile->setProfile(*profile);
    updateControls();
    resize(1080, 720);
    schedulePreview();
}

ExportDialog::~ExportDialog()
{
    // Workers use the workspace and the preview folder: let them finish first.
    m_previewWatcher.waitForFinished();
    m_saveWatcher.waitForFinished();
}

QWidget *ExportDialog::setupOptions()
{
    auto *panel = new QWidget;
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(0, 0, 12, 0);

    const auto addCombo = [panel](const char *name) {
        auto *combo = new QComboBox(panel);
        combo->setObjectName(QLatin1String(name));
        return combo;
    };
    m_documentHeading = heading(panel);
    column->addWidget(m_documentHeading);
    auto *document = new QFormLayout;
    document->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_format = addCombo("exportFormat");
    m_formatLabel = new QLabel(panel);
    document->addRow(m_formatLabel, m_format);
    m_message = new QLineEdit(panel);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setClearButtonEnabled(true);
    m_messageLabel = new QLabel(panel);
    document->addRow(m_messageLabel, m_message);
    m_language = addCombo("exportLanguage");
    for (const QString &language : Services::labelLanguages())
        m_language->addItem(languageName(language), language);
    m_language->setCurrentIndex(m_language->findData(defaultLanguage()));
    m_languageLabel = new QLabel(panel);
    document->addRow(m_languageLabel, m_language);
    m_paper = addCombo("exportPaper");
    m_paperLabel = new QLabel(panel);
    document->addRow(m_paperLabel, m_paper);
    column->addLayout(document);

    m_credentialsHeading = heading(panel);
    column->addWidget(m_credentialsHeading);
    auto *credentials = new QFormLayout;
    credentials->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_source = addCombo("exportSource");
    m_sourceLabel = new QLabel(panel);
    credentials->addRow(m_sourceLabel, m_source);
    m_collection = addCombo("exportCollection");
    credentials->addRow(QString(), m_collection);
    m_pathway = addCombo("exportPathway");
    credentials->addRow(QString(), m_pathway);
    m_grouping = addCombo("exportGrouping");
    m_groupingLabel = new QLabel(panel);
    credentials->addRow(m_groupingLabel, m_grouping);
    m_order = addCombo("exportOrder");
    m_orderLabel = new QLabel(panel);
    credentials->addRow(m_orderLabel, m_order);
    m_includeInvalid = new QCheckBox(panel);
    m_includeInvalid->setObjectName(QStringLiteral("includeInvalid"));
    credentials->addRow(QString(), m_includeInvalid);
    m_includeExpired = new QCheckBox(panel);
    m_includeExpired->setObjectName(QStringLiteral("includeExpired"));
    credentials->addRow(QString(), m_includeExpired);
    column->addLayout(credentials);

    m_aboutHeading = heading(panel);
    column->addWidget(m_aboutHeading);
    m_aboutNote = new QLabel(panel);
    m_aboutNote->setWordWrap(true);
    m_aboutNote->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_aboutNote);
    m_profile = new LearnerProfileForm(panel);
    m_profile->setObjectName(QStringLiteral("learnerProfileForm"));
    column->addWidget(m_profile);
    column->addStretch(1);

    const std::pair<QLabel *, QWidget *> buddies[] = {{m_formatLabel, m_format},     {m_messageLabel, m_message},
                                                      {m_languageLabel, m_language}, {m_paperLabel, m_paper},
                                                      {m_sourceLabel, m_source},     {m_groupingLabel, m_grouping},
                                                      {m_orderLabel, m_order}};
    for (const auto &[label, field] : buddies)
        label->setBuddy(field); // the mnemonic of each label focuses its field
    for (QComboBox *combo : {m_format, m_language, m_paper, m_source, m_collection, m_pathway, m_grouping, m_order})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateControls();
            schedulePreview();
        });
    for (QCheckBox *box : {m_includeInvalid, m_includeExpired})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_profile, &LearnerProfileForm::changed, this, &ExportDialog::schedulePreview);
    connect(m_message, &QLineEdit::textEdited, this, &ExportDialog::schedulePreview);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("exportOptions"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(380);
    return scroll;
}

void ExportDialog::fillChoices()
{
    const Result<Services::FilterChoices> choices = Services::filterChoices(m_workspace.library());
    if (choices) {
        for (const Services::FilterChoice &choice : choices->collections)
            m_collection->addItem(tr("%1 (%2)").arg(choice.name).arg(choice.count), choice.key.toLongLong());
    }
    if (m_pathways) {
        for (const Pathways::Pathway &pathway : m_pathways->pathways())
            m_pathway->addItem(pathway.name, pathway.id);
    }
    const auto enableItem = [this](int row, bool enabled) {
        if (auto *model = qobject_cast<QStandardItemModel *>(m_source->model()))
            model->item(row)->setEnabled(enabled);
    };
    enableItem(Selected, !m_start.selectedIds.isEmpty());
    enableItem(Collection, m_collection->count() > 0);
    enableItem(Pathway, m_pathway->count() > 0);
    if (!m_start.pathwayId.isEmpty() && m_pathway->findData(m_start.pathwayId) >= 0) {
        m_pathway->setCurrentIndex(m_pathway->findData(m_start.pathwayId));
        m_source->setCurrentIndex(Pathway);
        m_grouping->setCurrentIndex(1); // by pathway
    } else if (m_start.useSelection && !m_start.selectedIds.isEmpty()) {
        m_source->setCurrentIndex(Selected);
    }
}

Services::ExportRequest ExportDialog::request() const
{
    Services::ExportRequest request;
    request.format = kFormats[qBound(0, m_format->currentIndex(), 3)];
    switch (m_source->currentIndex()) {
    case Selected:
        request.selection.ids = m_start.selectedIds;
        break;
    case Collection:
        if (m_collection->currentIndex() >= 0)
            request.selection.collection = m_collection->currentData().toLongLong();
        break;
    case Pathway:
        request.selection.pathwayId = m_pathway->currentData().toString();
        request.selection.pathwayOnly = true;
        break;
    default:
        break;
    }
    request.grouping =
        m_grouping->currentIndex() == 1 ? Services::ExportGrouping::Pathway : Services::ExportGrouping::Area;
    request.order = kOrders[qBound(0, m_order->currentIndex(), 3)];
    request.options.includeInvalid = m_includeInvalid->isChecked();
    request.options.includeExpired = m_includeExpired->isChecked();
    request.options.labelLanguage = m_language->currentData().toString();
    request.options.pageSize = QPageSize(m_paper->currentIndex() == 1 ? QPageSize::Letter : QPageSize::A4);
    request.profile = m_profile->profile();
    request.message = m_message->text().trimmed();
    return request;
}

void ExportDialog::setFileChooser(FileChooser chooser)
{
    m_chooser = std::move(chooser);
}

bool ExportDialog::isPreviewUpdating() const
{
    return m_preview->isUpdating(); // from the change of an option until its preview is shown
}

bool ExportDialog::isSaving() const
{
    return m_saveWatcher.isRunning();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::updateControls()
{
    const Services::ExportFormat format = kFormats[qBound(0, m_format->currentIndex(), 3)];
    const bool package = format == Services::ExportFormat::Package;
    m_message->setVisible(package);
    m_messageLabel->setVisible(package);
    m_paper->setEnabled(format == Services::ExportFormat::Pdf);
    m_paperLabel->setEnabled(format == Services::ExportFormat::Pdf);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_includeInvalid, m_includeExpired, m_grouping,
                                                            m_groupingLabel, m_order, m_orderLabel})
        widget->setEnabled(!package); // a package carries every credential, as it is
    m_collection->setVisible(m_source->currentIndex() == Collection);
    m_pathway->setVisible(m_source->currentIndex() == Pathway);
    m_save->setEnabled(!isSaving());
}

void ExportDialog::schedulePreview()
{
    m_preview->setUpdating(true);
    m_previewTimer->start();
}

ExportDialog::Outcome ExportDialog::run(Services::Workspace *workspace, Services::ExportRequest request, QString path,
                                        int generation, bool describeOnly)
{
    Outcome outcome;
    outcome.generation = generation;
    outcome.format = request.format;
    outcome.path = path;
    Result<Services::ExportOutcome> result = describeOnly && request.format == Services::ExportFormat::Package
                                                 ? Services::describePackage(*workspace, request)
                                                 : Services::exportPortfolio(*workspace, request, path);
    if (!result) {
        outcome.error = result.error().message;
        return outcome;
    }
    outcome.outcome = *result;
    if (describeOnly && request.format == Services::ExportFormat::JsonResume) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            outcome.text = QString::fromUtf8(file.readAll());
    }
    return outcome;
}

void ExportDialog::startPreview()
{
    if (m_previewWatcher.isRunning()) {
        m_previewPending = true; // its result is stale: another preview follows it
        return;
    }
    Services::ExportRequest preview = request();
    if (preview.format == Services::ExportFormat::Html)
        preview.format = Services::ExportFormat::Pdf; // the same content, shown as pages
    const QString path =
        m_previewDir.filePath(QStringLiteral("preview-%1.%2").arg(++m_generation).arg(extensionOf(preview.format)));
    m_previewWatcher.setFuture(QtConcurrent::run(&ExportDialog::run, &m_workspace, preview, path, m_generation, true));
}

void ExportDialog::previewFinished()
{
    const Outcome result = m_previewWatcher.result();
    if (m_previewPending || result.generation != m_generation) {
        m_previewPending = false;
        QFile::remove(result.path);
        startPreview();
        return;
    }
    if (m_previewTimer->isActive())
        return; // the options changed meanwhile; the timer starts the next preview
    m_preview->setUpdating(false);
    const Services::ExportFormat shown = kFormats[qBound(0, m_format->currentIndex(), 3)];
    if (!result.outcome) {
        m_preview->setCounts(QString(), QString());
        m_preview->showMessage(result.error);
    } else {
        m_preview->setCounts(countsText(result), leftOutText(*result.outcome));
        if (result.outcome->stats.entries == 0 && shown != Services::ExportFormat::JsonResume &&
            result.format != Services::ExportFormat::Package) {
            m_preview->showMessage(tr("No credential is exported with these choices. Choose other credentials, or "
                                      "include those that are not valid or have expired."));
        } else if (result.format == Services::ExportFormat::Pdf) {
            m_preview->showPdf(result.path, shown == Services::ExportFormat::Html
                                                ? tr("The web page has the same content; it adapts to the "
                                                     "reader's screen and prints like these pages.")
                                                : QString());
        } else if (result.format == Services::ExportFormat::JsonResume) {
            m_preview->showText(result.text);
        } else {
            m_preview->showSummary(
                tr("A portfolio package signed with your key, for a career advisor to open in Credfolio and verify "
                   "offline.\n\nCredentials: %1\nDocuments for offline checking: %2\nSize: %3\n\nIt carries every "
                   "selected credential exactly as you received it, your notes, your pathways and your message. "
                   "It never carries a key or password.")
                    .arg(result.outcome->stats.entries)
                    .arg(result.outcome->documents)
                    .arg(QLocale().formattedDataSize(result.outcome->stats.bytes)));
        }
    }
    if (!m_shownPreviewFile.isEmpty() && m_shownPreviewFile != result.path)
        QFile::remove(m_shownPreviewFile); // the document keeps its own copy
    m_shownPreviewFile = result.path;
    emit previewReady();
}

QString ExportDialog::countsText(const Outcome &result) const
{
    const Services::ExportOutcome &outcome = *result.outcome;
    const QString credentials =
        outcome.stats.entries == 1 ? tr("1 credential") : tr("%1 credentials").arg(outcome.stats.entries);
    switch (kFormats[qBound(0, m_format->currentIndex(), 3)]) {
    case Services::ExportFormat::Pdf:
        return credentials + QStringLiteral(" · ") +
               (outcome.stats.pages == 1 ? tr("1 page") : tr("%1 pages").arg(outcome.stats.pages));
    case Services::ExportFormat::Html:
        return credentials + QStringLiteral(" · ") + tr("one web page");
    case Services::ExportFormat::JsonResume:
        return credentials + QStringLiteral(" · ") + tr("JSON Resume");
    case Services::ExportFormat::Package:
        return credentials + QStringLiteral(" · ") +
               (outcome.documents == 1 ? tr("1 document for offline checking")
                                       : tr("%1 documents for offline checking").arg(outcome.documents)) +
               QStringLiteral(" · ") + QLocale().formattedDataSize(outcome.stats.bytes);
    }
    return credentials;
}

QString ExportDialog::leftOutText(const Services::ExportOutcome &outcome) const
{
    const int invalid = outcome.leftOut.invalid;
    const int expired = outcome.leftOut.expired;
    if (invalid == 0 && expired == 0)
        return {};
    QStringList reasons;
    if (invalid > 0)
        reasons.append(tr("%1 not valid").arg(invalid));
    if (expired > 0)
        reasons.append(tr("%1 expired").arg(expired));
    return tr("%1 left out:").arg(invalid + expired) + QLatin1Char(' ') + reasons.join(QStringLiteral(", ")) +
           QStringLiteral(" — ") + tr("to show them, marked as such, tick “Also …” under Credentials.");
}

QString ExportDialog::suggestedPath() const
{
    const QString name = m_profile->profile().name;
    QString base = name.isEmpty() ? tr("Credential portfolio") : tr("%1 – Credential portfolio").arg(name);
    base.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const Services::ExportFormat format = kFormats[qBound(0, m_format->currentIndex(), 3)];
    return QDir(folder).filePath(base + QLatin1Char('.') + extensionOf(format));
}

void ExportDialog::save()
{
    if (isSaving())
        return;
    const Services::ExportRequest wanted = request();
    QString filter;
    switch (wanted.format) {
    case Services::ExportFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case Services::ExportFormat::Html:
        filter = tr("Web pages (*.html)");
        break;
    case Services::ExportFormat::JsonResume:
        filter = tr("JSON Resume (*.json)");
        break;
    case Services::ExportFormat::Package:
        filter = tr("Credfolio packages (*.credfolio)");
        break;
    }
    QString path = m_chooser(this, tr("Export Portfolio"), suggestedPath(), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extensionOf(wanted.format);
    // The profile is kept in the library, so the next export starts with it.
    if (const Result<void> kept = Services::setLearnerProfile(m_workspace.library(), *wanted.profile); !kept)
        qWarning("Could not keep the learner profile: %s", qUtf8Printable(kept.error().toString()));
    m_open->hide();
    m_progress->show();
    m_status->setText(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    m_save->setEnabled(false);
    m_saveWatcher.setFuture(QtConcurrent::run(&ExportDialog::run, &m_workspace, wanted, path, 0, false));
}

void ExportDialog::saveFinishedOnWorker()
{
    const Outcome result = m_saveWatcher.result();
    m_progress->hide();
    m_save->setEnabled(true);
    if (!result.outcome) {
        m_status->setText(tr("Nothing was saved: %1").arg(result.error));
        m_status->setAccessibleName(m_status->text());
        emit saveFinished(false, result.error);
        return;
    }
    m_savedPath = result.path;
    m_status->setText(tr("Saved “%1”.").arg(QFileInfo(result.path).fileName()));
    m_status->setToolTip(QDir::toNativeSeparators(result.path));
    m_status->setAccessibleName(m_status->text());
    m_open->show();
    m_open->setFocus();
    emit saveFinished(true, result.path);
}

void ExportDialog::openSaved()
{
    if (!m_savedPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedPath));
}

void ExportDialog::reject()
{
    if (isSaving())
        return; // the file is being written; closing waits until it is done
    QDialog::reject();
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export Portfolio"));
    m_documentHeading->setText(tr("Document"));
    m_credentialsHeading->setText(tr("Credentials"));
    m_aboutHeading->setText(tr("About you"));
    m_aboutNote->setText(tr("Printed at the top of your portfolio. Kept in your library when you export, so you "
                            "fill it in once."));
    m_formatLabel->setText(tr("&Format:"));
    m_messageLabel->setText(tr("Mess&age:"));
    m_message->setPlaceholderText(tr("A note for your advisor"));
    m_languageLabel->setText(tr("&Labels in:"));
    m_paperLabel->setText(tr("&Paper:"));
    m_sourceLabel->setText(tr("&Include:"));
    m_groupingLabel->setText(tr("&Group by:"));
    m_orderLabel->setText(tr("O&rder:"));
    m_includeInvalid->setText(tr("Also credentials that are not &valid"));
    m_includeExpired->setText(tr("Also e&xpired credentials"));

    const auto setItems = [](QComboBox *combo, const QStringList &items) {
        const QSignalBlocker blocker(combo);
        const int current = combo->currentIndex();
        for (int i = 0; i < items.size(); ++i) {
            if (i < combo->count())
                combo->setItemText(i, items.at(i));
            else
                combo->addItem(items.at(i));
        }
        if (current < 0 && combo->count() > 0)
            combo->setCurrentIndex(0);
    };
    setItems(m_format,
             {tr("PDF portfolio"), tr("Web page (HTML)"), tr("JSON Resume"), tr("Signed package for an advisor")});
    setItems(m_source,
             {tr("All credentials"),
              m_start.selectedIds.size() == 1 ? tr("The selected credential")
                                              : tr("The %1 selected credentials").arg(m_start.selectedIds.size()),
              tr("A collection"), tr("A pathway")});
    setItems(m_grouping, {tr("Area"), tr("Pathway")});
    setItems(m_order, {tr("Newest first"), tr("Oldest first"), tr("Name"), tr("Issuer")});
    const bool firstTime = m_paper->count() == 0;
    setItems(m_paper, {tr("A4"), tr("US Letter")});
    if (firstTime && QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_paper->setCurrentIndex(1);

    const std::pair<QWidget *, QString> names[] = {
        {m_format, tr("Format")},
        {m_message, tr("Message to the advisor")},
        {m_language, tr("Language of the labels")},
        {m_paper, tr("Paper size")},
        {m_source, tr("Credentials to include")},
        {m_collection, tr("Collection")},
        {m_pathway, tr("Pathway")},
        {m_grouping, tr("Group by")},
        {m_order, tr("Order")},
        {m_includeInvalid, tr("Include credentials that are not valid")},
        {m_includeExpired, tr("Include expired credentials")},
        {m_progress, tr("Saving")},
    };
    for (const auto &[widget, name] : names)
        widget->setAccessibleName(name);
    m_status->setAccessibleName(m_status->text());
    m_open->setText(tr("&Open"));
    m_open->setAccessibleName(tr("Open the saved file"));
    m_save->setText(tr("&Save…"));
    m_save->setAccessibleName(tr("Save the export"));
    m_buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Credfolio::Ui
