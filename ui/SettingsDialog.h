// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/WorkspaceSettings.h"

#include <QDialog>
#include <QLocale>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Credfolio::Ui {

/// Preferences, in pages: Network (offline, fetching documents while verifying), Trust (issuers you trust, issuer
/// registries), Language, Library (location, back up, restore) and Startup. Changes apply at once (no OK/Apply). What
/// belongs to a library (offline, trust) is kept in it through Services::WorkspaceSettings; what belongs to the app
/// (language, re-verify on start) in QSettings under languageKey() and reverifyOnStartKey().
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    enum class Page { Network, Trust, Language, Library, Startup };
    enum class FileChoice { RegistryFile, BackupTarget, RestoreSource, MoveTarget };
    /// Asks for a file; returns an empty string when the learner cancels. Replaceable for tests.
    using FileChooser = std::function<QString(FileChoice choice, QWidget *parent)>;
    /// Asks a yes/no question; returns true for yes. Replaceable for tests.
    using Confirmer = std::function<bool(const QString &title, const QString &text, QWidget *parent)>;

    explicit SettingsDialog(Services::Workspace &workspace, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    void setFileChooser(FileChooser chooser);
    void setConfirmer(Confirmer confirmer);
    /// The last message shown at the bottom (a success or an error); empty when none.
    QString message() const;

    static QString languageKey();        ///< "language": "" for the system's, else "en", "de", "es"
    static QString reverifyOnStartKey(); ///< "startup/reverify": bool
    static QString libraryPathKey();     ///< "library/path": where the learner moved the library; "" for the default
    /// The locale for a languageKey() value ("" -> the system's).
    static QLocale localeForLanguage(const QString &code);

signals:
    /// The learner confirmed replacing the library with `backupFile`. The owner closes every Workspace on the
    /// library, calls Services::WorkspaceSettings::restore(backupFile, libraryPath) and opens it again.
    void restoreRequested(const QString &backupFile, const QString &libraryPath);
    /// The library was copied to `libraryPath` and libraryPathKey() now names it: the owner opens it there (the
    /// old file is left as it was).
    void libraryMoved(const QString &libraryPath);
    /// Trust or offline changed: credentials may be worth verifying again.
    void trustChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *makeNetworkPage();
    QWidget *makeTrustPage();
    QWidget *makeLanguagePage();
    QWidget *makeLibraryPage();
    QWidget *makeStartupPage();
    void retranslate();
    void reloadTrust();
    void showResult(const Result<void> &result, const QString &success = {});
    void addRegistry();
    void removeRegistry();
    void untrustIssuer();
    void backUp();
    void restore();
    void moveLibrary();
    void applyLanguage(int index);

    Services::WorkspaceSettings m_settings;
    FileChooser m_chooseFile;
    Confirmer m_confirm;

    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<QLabel *> m_pageTitles;
    QLabel *m_message = nullptr;
    QPushButton *m_closeButton = nullptr;

    QCheckBox *m_offline = nullptr;
    QLabel *m_offlineHelp = nullptr;
    QCheckBox *m_fetching = nullptr;
    QLabel *m_fetchingHelp = nullptr;

    QLabel *m_issuersLabel = nullptr;
    QLabel *m_issuersEmpty = nullptr;
    QListWidget *m_issuers = nullptr;
    QPushButton *m_untrustButton = nullptr;
    QLabel *m_registriesLabel = nullptr;
    QLabel *m_registriesHelp = nullptr;
    QListWidget *m_registries = nullptr;
    QPushButton *m_addRegistryButton = nullptr;
    QPushButton *m_removeRegistryButton = nullptr;

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageHelp = nullptr;

    QLabel *m_locationLabel = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_sampleNote = nullptr;
    QPushButton *m_showFolderButton = nullptr;
    QPushButton *m_moveButton = nullptr;
    QPushButton *m_backupButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QLabel *m_backupHelp = nullptr;

    QCheckBox *m_reverifyOnStart = nullptr;
    QLabel *m_reverifyHelp = nullptr;
    bool m_isSample = false;
};

} // namespace Credfolio::Ui
