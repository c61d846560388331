// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ExportPreview.h"

#include <QBuffer>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Credfolio::Ui {

namespace {
enum Zoom { FitWidth, FitPage, ActualSize };
}

ExportPreview::ExportPreview(QWidget *parent)
    : QWidget(parent)
    , m_document(new QPdfDocument(this))
{
    setObjectName(QStringLiteral("exportPreview"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("exportCounts"));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_leftOut = new QLabel(this);
    m_leftOut->setObjectName(QStringLiteral("exportLeftOut"));
    m_leftOut->setWordWrap(true);
    m_leftOut->setForegroundRole(QPalette::PlaceholderText);
    m_leftOut->hide();
    m_updating = new QLabel(this);
    m_updating->setObjectName(QStringLiteral("previewUpdating"));
    m_updating->setForegroundRole(QPalette::PlaceholderText);
    m_updating->hide();
    m_zoom = new QComboBox(this);
    m_zoom->setObjectName(QStringLiteral("previewZoom"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setBuddy(m_zoom);
    connect(m_zoom, &QComboBox::currentIndexChanged, this, &ExportPreview::applyZoom);

    auto *header = new QHBoxLayout;
    auto *countsColumn = new QVBoxLayout;
    countsColumn->setSpacing(2);
    countsColumn->addWidget(m_counts);
    countsColumn->addWidget(m_leftOut);
    header->addLayout(countsColumn, 1);
    header->addWidget(m_updating, 0, Qt::AlignTop);
    header->addSpacing(12);
    header->addWidget(m_zoomLabel, 0, Qt::AlignTop);
    header->addWidget(m_zoom, 0, Qt::AlignTop);

    m_stack = new QStackedWidget(this);
    m_pdfPage = new QWidget(m_stack);
    m_pdfView = new QPdfView(m_pdfPage);
    m_pdfView->setObjectName(QStringLiteral("previewPdf"));
    m_pdfView->setDocument(m_document);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setPageSpacing(12);
    m_pdfView->setDocumentMargins(QMargins(12, 12, 12, 12));
    m_pdfView->setFocusPolicy(Qt::StrongFocus);
    m_pdfView->setBackgroundRole(QPalette::Mid);
    m_pdfNote = new QLabel(m_pdfPage);
    m_pdfNote->setObjectName(QStringLiteral("previewNote"));
    m_pdfNote->setWordWrap(true);
    m_pdfNote->setForegroundRole(QPalette::PlaceholderText);
    auto *pdfLayout = new QVBoxLayout(m_pdfPage);
    pdfLayout->setContentsMargins(0, 0, 0, 0);
    pdfLayout->addWidget(m_pdfView, 1);
    pdfLayout->addWidget(m_pdfNote);
    m_text = new QPlainTextEdit(m_stack);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_summary = new QLabel(m_stack);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setMargin(16);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->setFocusPolicy(Qt::StrongFocus);
    m_stack->addWidget(m_pdfPage);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_summary);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    retranslate();
}

ExportPreview::~ExportPreview()
{
    m_pdfView->setDocument(nullptr);
}

void ExportPreview::setUpdating(bool updating)
{
    m_updating->setVisible(updating);
}

bool ExportPreview::isUpdating() const
{
    return !m_updating->isHidden();
}

bool ExportPreview::showPdf(const QString &path, const QString &note)
{
    m_document->close();
    if (m_document->load(path) != QPdfDocument::Error::None) {
        showMessage(tr("The preview could not be shown."));
        return false;
    }
    m_pdfNote->setText(note);
    m_pdfNote->setVisible(!note.isEmpty());
    m_zoom->setEnabled(true);
    m_stack->setCurrentWidget(m_pdfPage);
    applyZoom();
    return true;
}

void ExportPreview::showText(const QString &text)
{
    m_text->setPlainText(text);
    m_zoom->setEnabled(false);
    m_stack->setCurrentWidget(m_text);
}

void ExportPreview::showSummary(const QString &summary)
{
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    m_zoom->setEnabled(false);
    m_stack->setCurrentWidget(m_summary);
}

void ExportPreview::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_zoom->setEnabled(false);
    m_stack->setCurrentWidget(m_message);
}

void ExportPreview::setCounts(const QString &counts, const QString &leftOut)
{
    m_counts->setText(counts);
    m_counts->setAccessibleName(counts);
    m_leftOut->setText(leftOut);
    m_leftOut->setAccessibleName(leftOut);
    m_leftOut->setVisible(!leftOut.isEmpty());
}

QString ExportPreview::countText() const
{
    return m_counts->text();
}

QString ExportPreview::leftOutText() const
{
    return m_leftOut->text();
}

QWidget *ExportPreview::currentPage() const
{
    return m_stack->currentWidget();
}

void ExportPreview::applyZoom()
{
    switch (m_zoom->currentIndex()) {
    case FitPage:
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitInView);
        break;
    case ActualSize:
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(1.0);
        break;
    default:
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        break;
    }
}

void ExportPreview::retranslate()
{
    m_updating->setText(tr("Updating preview…"));
    m_zoomLabel->setText(tr("&Zoom:"));
    const int zoom = qMax(0, m_zoom->currentIndex());
    {
        const QSignalBlocker blocker(m_zoom);
        m_zoom->clear();
        m_zoom->addItems({tr("Fit width"), tr("Whole page"), tr("Actual size")});
        m_zoom->setCurrentIndex(zoom);
    }
    m_zoom->setAccessibleName(tr("Zoom"));
    m_pdfView->setAccessibleName(tr("Preview of the portfolio"));
    m_text->setAccessibleName(tr("Preview of the JSON Resume"));
    m_counts->setAccessibleDescription(tr("What will be written"));
}

void ExportPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Credfolio::Ui
