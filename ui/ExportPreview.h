// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QStackedWidget;

namespace Credfolio::Ui {

/// The right half of the Export dialog: a line saying what will be written, and the document itself (PDF pages
/// with a zoom choice, JSON text, or a package summary). It shows what it is given; ExportDialog makes it.
class ExportPreview : public QWidget {
    Q_OBJECT

public:
    explicit ExportPreview(QWidget *parent = nullptr);
    ~ExportPreview() override;

    /// "Updating preview…" beside the count line (the last preview stays visible meanwhile).
    void setUpdating(bool updating);
    bool isUpdating() const;

    /// Shows the PDF at `path` (read into memory: the file may go afterwards). False when it cannot be read.
    bool showPdf(const QString &path, const QString &note);
    void showText(const QString &text);
    void showSummary(const QString &summary);
    /// An error or an empty selection instead of a document.
    void showMessage(const QString &message);

    /// "12 credentials · 4 pages" and, beneath it, what was left out and why (empty: nothing).
    void setCounts(const QString &counts, const QString &leftOut);
    QString countText() const;
    QString leftOutText() const;

    QPdfDocument *document() const { return m_document; }
    QPdfView *pdfView() const { return m_pdfView; }
    QWidget *currentPage() const;

    void retranslate();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyZoom();

    QLabel *m_counts = nullptr;
    QLabel *m_leftOut = nullptr;
    QLabel *m_updating = nullptr;
    QComboBox *m_zoom = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_pdfPage = nullptr;
    QLabel *m_pdfNote = nullptr;
    QPdfView *m_pdfView = nullptr;
    QPdfDocument *m_document = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Credfolio::Ui
