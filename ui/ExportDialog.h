// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/ExportService.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTemporaryDir>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Credfolio::Services {
class PathwaySource;
class Workspace;
} // namespace Credfolio::Services

namespace Credfolio::Ui {

class ExportPreview;
class LearnerProfileForm;

/// What the Export dialog starts with.
struct ExportStart {
    QList<qint64> selectedIds; ///< the library's selection: offered as "The selected credentials"
    bool useSelection = false; ///< start with the selection chosen
    QString pathwayId;         ///< start with this pathway chosen
};

/// File ▸ Export Portfolio: what to export (format, credentials, grouping, order, what to include, label
/// language, paper, "About you"), a live preview made on a worker, and saving on a worker with progress.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    /// Asks where to save; returns the chosen path or empty when cancelled. The default is a QFileDialog.
    using FileChooser = std::function<QString(QWidget *parent, const QString &caption, const QString &suggested,
                                              const QString &filter)>;

    /// `workspace` and `pathways` (may be null) are not owned and must outlive the dialog.
    ExportDialog(Services::Workspace &workspace, Services::PathwaySource *pathways, const ExportStart &start,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFileChooser(FileChooser chooser);

    /// The export the controls describe.
    Services::ExportRequest request() const;
    ExportPreview *preview() const { return m_preview; }
    bool isPreviewUpdating() const;
    bool isSaving() const;
    /// The file written by the last successful save (empty when none).
    QString savedPath() const { return m_savedPath; }
    /// "Saved …" or the error of the last save.
    QString statusText() const;
    /// The name offered in the file dialog, e.g. "~/Documents/Ada Lovelace – Credential portfolio.pdf".
    QString suggestedPath() const;

public slots:
    /// Asks where to save (the file chooser) and writes the export there on a worker.
    void save();

signals:
    /// A preview for the current options is shown.
    void previewReady();
    /// A save ended: `path` written, or `error` (translated) and nothing written.
    void saveFinished(bool ok, const QString &pathOrError);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    struct Outcome {
        int generation = 0;
        Services::ExportFormat format = Services::ExportFormat::Pdf;
        QString path;
        std::optional<Services::ExportOutcome> outcome;
        QString error;
        QString text; ///< JSON Resume: the file's text
    };

    QWidget *setupOptions();
    void fillChoices();
    void retranslate();
    void updateControls();
    void schedulePreview();
    void startPreview();
    void previewFinished();
    void saveFinishedOnWorker();
    void openSaved();
    QString countsText(const Outcome &outcome) const;
    QString leftOutText(const Services::ExportOutcome &outcome) const;
    static Outcome run(Services::Workspace *workspace, Services::ExportRequest request, QString path, int generation,
                       bool describeOnly);

    Services::Workspace &m_workspace;
    Services::PathwaySource *m_pathways = nullptr;
    ExportStart m_start;
    FileChooser m_chooser;
    QTemporaryDir m_previewDir;

    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLineEdit *m_message = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_collection = nullptr;
    QComboBox *m_pathway = nullptr;
    QLabel *m_groupingLabel = nullptr;
    QComboBox *m_grouping = nullptr;
    QLabel *m_orderLabel = nullptr;
    QComboBox *m_order = nullptr;
    QCheckBox *m_includeInvalid = nullptr;
    QCheckBox *m_includeExpired = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_paperLabel = nullptr;
    QComboBox *m_paper = nullptr;
    QLabel *m_credentialsHeading = nullptr;
    QLabel *m_documentHeading = nullptr;
    QLabel *m_aboutHeading = nullptr;
    QLabel *m_aboutNote = nullptr;
    LearnerProfileForm *m_profile = nullptr;
    ExportPreview *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QTimer *m_previewTimer = nullptr;
    QFutureWatcher<Outcome> m_previewWatcher;
    QFutureWatcher<Outcome> m_saveWatcher;
    int m_generation = 0;
    bool m_previewPending = false;
    QString m_shownPreviewFile;
    QString m_savedPath;
};

} // namespace Credfolio::Ui
