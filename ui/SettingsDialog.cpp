// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"

#include "core/services/SamplePortfolio.h"
#include "core/services/Workspace.h"
#include "translations/Translations.h"
#include "ui/StatusColors.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Credfolio::Ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QLabel *helpLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *sectionLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QVBoxLayout *pageLayout(QWidget *page, QLabel *title)
{
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addSpacing(4);
    return layout;
}

QString defaultChooseFile(SettingsDialog::FileChoice choice, QWidget *parent)
{
    const QString libraries = SettingsDialog::tr("Credfolio libraries (*.sqlite);;All files (*)");
    switch (choice) {
    case SettingsDialog::FileChoice::RegistryFile:
        return QFileDialog::getOpenFileName(parent, SettingsDialog::tr("Add Issuer Registry"), QString(),
                                            SettingsDialog::tr("Issuer registries (*.json);;All files (*)"));
    case SettingsDialog::FileChoice::BackupTarget:
        return QFileDialog::getSaveFileName(
            parent, SettingsDialog::tr("Back Up Library"),
            QDir::home().filePath(
                QStringLiteral("credfolio-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate))),
            libraries);
    case SettingsDialog::FileChoice::RestoreSource:
        return QFileDialog::getOpenFileName(parent, SettingsDialog::tr("Restore Library"), QString(), libraries);
    case SettingsDialog::FileChoice::MoveTarget:
        return QFileDialog::getSaveFileName(parent, SettingsDialog::tr("Move Library"),
                                            QDir::home().filePath(QStringLiteral("credfolio-library.sqlite")),
                                            libraries);
    }
    return {};
}

bool defaultConfirm(const QString &title, const QString &text, QWidget *parent)
{
    return QMessageBox::warning(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) ==
           QMessageBox::Yes;
}

} // namespace

SettingsDialog::SettingsDialog(Services::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_settings(workspace)
    , m_chooseFile(defaultChooseFile)
    , m_confirm(defaultConfirm)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_isSample(Services::isSampleLibrary(workspace))
{
    setObjectName(QStringLiteral("settingsDialog"));
    resize(760, 500);

    m_pageList->setObjectName(QStringLiteral("settingsPageList"));
    m_pageList->setFixedWidth(170);
    m_pageList->setIconSize(QSize(20, 20));
    m_pages->addWidget(makeNetworkPage());
    m_pages->addWidget(makeTrustPage());
    m_pages->addWidget(makeLanguagePage());
    m_pages->addWidget(makeLibraryPage());
    m_pages->addWidget(makeStartupPage());
    for (int i = 0; i < m_pages->count(); ++i) {
        auto *item = new QListWidgetItem(m_pageList);
        item->setSizeHint(QSize(0, 30));
    }
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this] { m_message->clear(); });
    m_pageList->setCurrentRow(0);

    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->setSpacing(0);
    top->addWidget(m_pageList);
    top->addWidget(m_pages, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(top, 1);
    layout->addLayout(bottom);

    retranslate();
}

// --- pages ----------------------------------------------------------------------------------------------------

QWidget *SettingsDialog::makeNetworkPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("networkPage"));
    auto *title = new QLabel(page);
    m_pageTitles.append(title);
    QVBoxLayout *layout = pageLayout(page, title);

    m_offline = new QCheckBox(page);
    m_offline->setObjectName(QStringLiteral("offlineCheck"));
    m_offline->setChecked(m_settings.isOffline());
    m_fetching = new QCheckBox(page);
    m_fetching->setObjectName(QStringLiteral("fetchDocumentsCheck"));
    m_fetching->setChecked(m_settings.isFetchingDocuments());
    m_fetching->setEnabled(!m_settings.isOffline());
    connect(m_offline, &QCheckBox::toggled, this, [this](bool offline) {
        showResult(m_settings.setOffline(offline));
        m_fetching->setEnabled(!offline);
        emit trustChanged();
    });
    connect(m_fetching, &QCheckBox::toggled, this, [this](bool fetching) {
        showResult(m_settings.setFetchingDocuments(fetching));
        emit trustChanged();
    });
    m_offlineHelp = helpLabel(page);
    m_fetchingHelp = helpLabel(page);
    layout->addWidget(m_offline);
    layout->addWidget(m_offlineHelp);
    layout->addSpacing(layout->spacing());
    layout->addWidget(m_fetching);
    layout->addWidget(m_fetchingHelp);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::makeTrustPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("trustPage"));
    auto *title = new QLabel(page);
    m_pageTitles.append(title);
    QVBoxLayout *layout = pageLayout(page, title);

    m_issuersLabel = sectionLabel(page);
    m_issuers = new QListWidget(page);
    m_issuers->setObjectName(QStringLiteral("trustedIssuerList"));
    m_issuersEmpty = helpLabel(page);
    m_untrustButton = new QPushButton(page);
    m_untrustButton->setObjectName(QStringLiteral("untrustButton"));
    m_untrustButton->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    connect(m_untrustButton, &QPushButton::clicked, this, &SettingsDialog::untrustIssuer);
    connect(m_issuers, &QListWidget::itemSelectionChanged, this,
            [this] { m_untrustButton->setEnabled(!m_issuers->selectedItems().isEmpty()); });
    m_issuersLabel->setBuddy(m_issuers);

    m_registriesLabel = sectionLabel(page);
    m_registriesHelp = helpLabel(page);
    m_registries = new QListWidget(page);
    m_registries->setObjectName(QStringLiteral("registryList"));
    m_addRegistryButton = new QPushButton(page);
    m_addRegistryButton->setObjectName(QStringLiteral("addRegistryButton"));
    m_addRegistryButton->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    connect(m_addRegistryButton, &QPushButton::clicked, this, &SettingsDialog::addRegistry);
    m_removeRegistryButton = new QPushButton(page);
    m_removeRegistryButton->setObjectName(QStringLiteral("removeRegistryButton"));
    m_removeRegistryButton->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    connect(m_removeRegistryButton, &QPushButton::clicked, this, &SettingsDialog::removeRegistry);
    connect(m_registries, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeRegistryButton->setEnabled(!m_registries->selectedItems().isEmpty()); });
    m_registriesLabel->setBuddy(m_registries);

    auto *issuerButtons = new QHBoxLayout;
    issuerButtons->addStretch(1);
    issuerButtons->addWidget(m_untrustButton);
    auto *registryButtons = new QHBoxLayout;
    registryButtons->addStretch(1);
    registryButtons->addWidget(m_addRegistryButton);
    registryButtons->addWidget(m_removeRegistryButton);

    layout->addWidget(m_issuersLabel);
    layout->addWidget(m_issuers, 1);
    layout->addWidget(m_issuersEmpty);
    layout->addLayout(issuerButtons);
    layout->addSpacing(8);
    layout->addWidget(m_registriesLabel);
    layout->addWidget(m_registriesHelp);
    layout->addWidget(m_registries, 1);
    layout->addLayout(registryButtons);
    return page;
}

QWidget *SettingsDialog::makeLanguagePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("languagePage"));
    auto *title = new QLabel(page);
    m_pageTitles.append(title);
    QVBoxLayout *layout = pageLayout(page, title);

    m_languageLabel = new QLabel(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_languageLabel->setBuddy(m_language);
    // Languages are named in themselves, so everyone finds their own whatever language is shown now.
    m_language->addItem(QString(), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    const QString current = QSettings().value(languageKey()).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    connect(m_language, &QComboBox::activated, this, &SettingsDialog::applyLanguage);
    m_languageHelp = helpLabel(page);

    auto *row = new QHBoxLayout;
    row->addWidget(m_languageLabel);
    row->addWidget(m_language);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(m_languageHelp);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::makeLibraryPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("libraryPage"));
    auto *title = new QLabel(page);
    m_pageTitles.append(title);
    QVBoxLayout *layout = pageLayout(page, title);

    m_locationLabel = sectionLabel(page);
    m_location = new QLabel(QDir::toNativeSeparators(m_settings.libraryPath()), page);
    m_location->setObjectName(QStringLiteral("libraryLocation"));
    m_location->setTextFormat(Qt::PlainText);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_location->setWordWrap(true);
    m_location->setAccessibleName(m_location->text());
    m_sampleNote = helpLabel(page);
    m_sampleNote->setVisible(m_isSample);

    m_showFolderButton = new QPushButton(page);
    m_showFolderButton->setObjectName(QStringLiteral("showLibraryFolderButton"));
    connect(m_showFolderButton, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_settings.libraryPath()).absolutePath()));
    });
    m_moveButton = new QPushButton(page);
    m_moveButton->setObjectName(QStringLiteral("moveLibraryButton"));
    m_moveButton->setEnabled(!m_isSample);
    connect(m_moveButton, &QPushButton::clicked, this, &SettingsDialog::moveLibrary);
    m_backupButton = new QPushButton(page);
    m_backupButton->setObjectName(QStringLiteral("backupButton"));
    connect(m_backupButton, &QPushButton::clicked, this, &SettingsDialog::backUp);
    m_restoreButton = new QPushButton(page);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    connect(m_restoreButton, &QPushButton::clicked, this, &SettingsDialog::restore);
    m_backupHelp = helpLabel(page);

    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_showFolderButton);
    locationRow->addWidget(m_moveButton);
    locationRow->addStretch(1);
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupButton);
    backupRow->addWidget(m_restoreButton);
    backupRow->addStretch(1);

    layout->addWidget(m_locationLabel);
    layout->addWidget(m_location);
    layout->addWidget(m_sampleNote);
    layout->addLayout(locationRow);
    layout->addSpacing(12);
    layout->addWidget(m_backupHelp);
    layout->addLayout(backupRow);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::makeStartupPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("startupPage"));
    auto *title = new QLabel(page);
    m_pageTitles.append(title);
    QVBoxLayout *layout = pageLayout(page, title);

    m_reverifyOnStart = new QCheckBox(page);
    m_reverifyOnStart->setObjectName(QStringLiteral("reverifyOnStartCheck"));
    m_reverifyOnStart->setChecked(QSettings().value(reverifyOnStartKey(), false).toBool());
    connect(m_reverifyOnStart, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(reverifyOnStartKey(), on); });
    m_reverifyHelp = helpLabel(page);
    layout->addWidget(m_reverifyOnStart);
    layout->addWidget(m_reverifyHelp);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    const QString titles[] = {tr("Network"), tr("Trust"), tr("Language"), tr("Library"), tr("Startup")};
    for (int i = 0; i < m_pageList->count(); ++i) {
        m_pageList->item(i)->setText(titles[i]);
        m_pageTitles.at(i)->setText(titles[i]);
    }
    m_pageList->setAccessibleName(tr("Settings pages"));

    m_offline->setText(tr("&Work offline"));
    m_offline->setAccessibleName(tr("Work offline"));
    m_offlineHelp->setText(
        tr("Credentials name documents on the web: issuer keys, DID documents, status lists that say whether a "
           "credential was revoked, and hosted badges. Online, Credfolio fetches them when it verifies and keeps a "
           "copy. Offline, it uses only the copies it already has and never connects; a check that needs a "
           "document it does not have is reported as not checked. Importing from a web address needs the network "
           "too."));
    m_fetching->setText(tr("&Fetch documents from the internet while verifying"));
    m_fetching->setAccessibleName(tr("Fetch documents from the internet while verifying"));
    m_fetchingHelp->setText(
        tr("Turn this off to verify with the documents Credfolio already has (bundled or kept from earlier), "
           "without telling issuers' web sites which credentials you check. You can still import from a web "
           "address. Has no effect while you work offline."));

    m_issuersLabel->setText(tr("&Issuers you trust"));
    m_issuers->setAccessibleName(tr("Issuers you trust"));
    m_issuersEmpty->setText(tr("You have not marked any issuer as trusted. Open a credential and choose "
                               "“Trust this issuer” to add its issuer here."));
    m_untrustButton->setText(tr("Stop &Trusting"));
    m_untrustButton->setAccessibleName(tr("Stop trusting the selected issuer"));
    m_registriesLabel->setText(tr("Issuer &registries"));
    m_registriesHelp->setText(tr("A registry lists issuers that an organisation vouches for. A credential whose "
                                 "issuer is listed shows where it is listed."));
    m_registries->setAccessibleName(tr("Issuer registries"));
    m_addRegistryButton->setText(tr("&Add Registry File…"));
    m_addRegistryButton->setAccessibleName(tr("Add registry file"));
    m_removeRegistryButton->setText(tr("Re&move"));
    m_removeRegistryButton->setAccessibleName(tr("Remove the selected registry"));

    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System (%1)").arg(QLocale::system().nativeLanguageName()));
    m_language->setAccessibleName(tr("Language"));
    m_languageHelp->setText(tr("The language of menus, messages and verification results. Credentials are "
                               "shown in the language their issuer wrote them in."));

    m_locationLabel->setText(tr("Location"));
    m_sampleNote->setText(tr("This is the sample portfolio: demonstration credentials, not real achievements."));
    m_showFolderButton->setText(tr("Show in &File Manager"));
    m_showFolderButton->setAccessibleName(tr("Show library in file manager"));
    m_moveButton->setText(tr("&Move…"));
    m_moveButton->setAccessibleName(tr("Move the library to another folder"));
    m_moveButton->setToolTip(tr("Copies the library to the place you choose and uses it from there, for example a "
                                "folder you back up or synchronise. The old file stays where it was."));
    m_backupHelp->setText(tr("A backup is one file holding everything: credentials exactly as issued, their "
                             "verification history, tags, collections, notes, pathways and these settings."));
    m_backupButton->setText(tr("&Back Up…"));
    m_backupButton->setAccessibleName(tr("Back up library"));
    m_restoreButton->setText(tr("&Restore…"));
    m_restoreButton->setAccessibleName(tr("Restore library from a backup"));

    m_reverifyOnStart->setText(tr("&Verify all credentials again when Credfolio starts"));
    m_reverifyOnStart->setAccessibleName(tr("Verify all credentials again on start"));
    m_reverifyHelp->setText(tr("Finds credentials that were revoked or expired since you last looked. Runs in the "
                               "background; you can keep working."));

    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    reloadTrust();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

// --- actions --------------------------------------------------------------------------------------------------

void SettingsDialog::reloadTrust()
{
    m_issuers->clear();
    const Result<QList<Services::TrustedIssuer>> issuers = m_settings.trustedIssuers();
    if (!issuers)
        showResult(issuers.error());
    for (const Services::TrustedIssuer &issuer : issuers.value_or(QList<Services::TrustedIssuer>())) {
        auto *item = new QListWidgetItem(issuer.name.isEmpty() ? issuer.id : issuer.name, m_issuers);
        item->setData(kIdRole, issuer.id);
        item->setToolTip(issuer.id);
        item->setSizeHint(QSize(0, 26));
    }
    m_issuers->setVisible(m_issuers->count() > 0);
    m_issuersEmpty->setVisible(m_issuers->count() == 0);
    m_untrustButton->setVisible(m_issuers->count() > 0);
    m_untrustButton->setEnabled(false);

    m_registries->clear();
    for (const Services::RegistrySummary &registry : m_settings.registries()) {
        const QString count =
            registry.issuerCount == 1 ? tr("1 issuer") : tr("%1 issuers").arg(QLocale().toString(registry.issuerCount));
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(registry.name, count), m_registries);
        item->setData(kIdRole, registry.source);
        item->setToolTip(QDir::toNativeSeparators(registry.source));
        item->setSizeHint(QSize(0, 26));
    }
    m_removeRegistryButton->setEnabled(false);
}

void SettingsDialog::showResult(const Result<void> &result, const QString &success)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, result ? metColor(palette) : warningColor(palette));
    m_message->setPalette(palette);
    m_message->setText(result ? success : result.error().message);
    m_message->setToolTip(result ? QString() : result.error().detail);
    m_message->setAccessibleName(m_message->text());
}

void SettingsDialog::addRegistry()
{
    const QString path = m_chooseFile(FileChoice::RegistryFile, this);
    if (path.isEmpty())
        return;
    const Result<Services::RegistrySummary> added = m_settings.addRegistryFile(path);
    if (!added) {
        showResult(added.error());
        return;
    }
    reloadTrust();
    showResult({}, added->issuerCount == 1
                       ? tr("Added “%1” (1 issuer).").arg(added->name)
                       : tr("Added “%1” (%2 issuers).").arg(added->name, QLocale().toString(added->issuerCount)));
    emit trustChanged();
}

void SettingsDialog::removeRegistry()
{
    const QList<QListWidgetItem *> selected = m_registries->selectedItems();
    if (selected.isEmpty())
        return;
    const Result<void> removed = m_settings.removeRegistry(selected.first()->data(kIdRole).toString());
    reloadTrust();
    showResult(removed, tr("Registry removed."));
    emit trustChanged();
}

void SettingsDialog::untrustIssuer()
{
    const QList<QListWidgetItem *> selected = m_issuers->selectedItems();
    if (selected.isEmpty())
        return;
    const QString name = selected.first()->text();
    const Result<void> changed = m_settings.setIssuerTrusted(selected.first()->data(kIdRole).toString(), false);
    reloadTrust();
    showResult(changed, tr("You no longer trust %1.").arg(name));
    emit trustChanged();
}

void SettingsDialog::backUp()
{
    const QString file = m_chooseFile(FileChoice::BackupTarget, this);
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // a large library takes a moment to copy
    const Result<void> copied = m_settings.backupTo(file);
    QApplication::restoreOverrideCursor();
    showResult(copied, tr("Backed up to %1.").arg(QDir::toNativeSeparators(file)));
}

void SettingsDialog::restore()
{
    const QString file = m_chooseFile(FileChoice::RestoreSource, this);
    if (file.isEmpty())
        return;
    if (!m_confirm(tr("Restore Library?"),
                   tr("Your library will be replaced by the backup “%1”. Everything added or changed since that "
                      "backup was made will be lost.")
                       .arg(QFileInfo(file).fileName()),
                   this))
        return;
    emit restoreRequested(file, m_settings.libraryPath());
}

void SettingsDialog::moveLibrary()
{
    const QString target = m_chooseFile(FileChoice::MoveTarget, this);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_settings.libraryPath()).absoluteFilePath())
        return;
    // A consistent copy first (the library stays usable meanwhile); only a complete copy is switched to.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> copied = m_settings.backupTo(target);
    QApplication::restoreOverrideCursor();
    showResult(copied);
    if (!copied)
        return;
    QSettings().setValue(libraryPathKey(), QFileInfo(target).absoluteFilePath());
    emit libraryMoved(QFileInfo(target).absoluteFilePath());
}

void SettingsDialog::applyLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    QSettings().setValue(languageKey(), code);
    installTranslations(*QCoreApplication::instance(), localeForLanguage(code));
    // Qt sends LanguageChange to every widget: retranslate() follows.
}

// --- small public API -----------------------------------------------------------------------------------------

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(static_cast<int>(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void SettingsDialog::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

void SettingsDialog::setConfirmer(Confirmer confirmer)
{
    m_confirm = std::move(confirmer);
}

QString SettingsDialog::message() const
{
    return m_message->text();
}

QString SettingsDialog::libraryPathKey()
{
    return QStringLiteral("library/path");
}

QString SettingsDialog::languageKey()
{
    return QStringLiteral("language");
}

QString SettingsDialog::reverifyOnStartKey()
{
    return QStringLiteral("startup/reverify");
}

QLocale SettingsDialog::localeForLanguage(const QString &code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

} // namespace Credfolio::Ui
