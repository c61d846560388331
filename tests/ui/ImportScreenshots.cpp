// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the import summary and the Settings dialog with corpus data in the light and dark appearance, for
// docs/screenshots/{import-summary,settings}-{light,dark}.png: `ImportScreenshots OUTPUT-DIR`
// (QT_QPA_PLATFORM=offscreen).
#include "core/services/Workspace.h"
#include "core/services/WorkspaceSettings.h"
#include "tests/support/TestData.h"
#include "ui/Appearance.h"
#include "ui/ImportSummaryDialog.h"
#include "ui/SettingsDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace Credfolio;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English));
    const QString out = app.arguments().value(1, QDir::tempPath());
    QTemporaryDir dir;

    // A folder as a learner might drop it: good credentials, a tampered one, a broken image, a stray file.
    const QString folder = dir.filePath(QStringLiteral("Downloads"));
    QDir().mkpath(folder);
    const struct {
        const char *from;
        const char *to;
    } files[] = {{"corpus/ob3/di-rdfc-valid.json", "data-101.json"},
                 {"corpus/ob3-jwt/jwt-eddsa-valid.jwt", "sql-for-data-analysis.jwt"},
                 {"corpus/bulk/rdfc/ob3-rdfc-0002.json", "visualization.json"},
                 {"corpus/ob3/di-jcs-tampered.json", "teamwork.json"},
                 {"corpus/baked/ob3-bad-crc.png", "badge-from-email.png"},
                 {"corpus/baked/ob3-truncated.png", "python-badge.png"},
                 {"corpus/ob3-jwt/jwt-malformed.jwt", "token.jwt"}};
    for (const auto &file : files)
        QFile::copy(Test::dataPath(QLatin1String(file.from)), QDir(folder).filePath(QLatin1String(file.to)));
    QFile notes(QDir(folder).filePath(QStringLiteral("shopping-list.txt")));
    if (notes.open(QIODevice::WriteOnly))
        notes.write("eggs, milk, bread");
    notes.close();

    Result<std::unique_ptr<Services::Workspace>> workspace =
        Services::Workspace::open(dir.filePath(QStringLiteral("library.sqlite")));
    if (!workspace)
        qFatal("library does not open");
    (void)(*workspace)->setOffline(true);
    QThreadPool pool;
    const std::atomic<bool> cancel{false};
    // One credential already in the library, so the summary lists a duplicate.
    (void)(*workspace)
        ->importBatch(Services::ImportRequest{{QDir(folder).filePath(QStringLiteral("data-101.json"))}, {}, {}}, pool,
                      {}, cancel);
    const Result<Services::ImportSummary> summary =
        (*workspace)->importBatch(Services::ImportRequest{{folder}, {}, {}}, pool, {}, cancel);
    if (!summary)
        qFatal("import failed");

    Services::WorkspaceSettings settings(**workspace);
    (void)settings.addRegistryFile(Test::dataPath(QStringLiteral("registries/corpus-issuers.json")));
    (void)settings.setIssuerTrusted(QStringLiteral("did:key:z6MkrjR5BDembRct9ZTe6z8pNZqUpEXbYFGYM2rfSqVJUHv7"), true);

    Ui::ImportSummaryDialog summaryDialog(*summary);
    Ui::SettingsDialog settingsDialog(**workspace);
    settingsDialog.showPage(Ui::SettingsDialog::Page::Trust);
    const struct {
        Ui::Appearance appearance;
        const char *name;
    } looks[] = {{Ui::Appearance::Light, "light"}, {Ui::Appearance::Dark, "dark"}};
    for (const auto &look : looks) {
        Ui::applyAppearance(app, look.appearance);
        for (QDialog *dialog : {static_cast<QDialog *>(&summaryDialog), static_cast<QDialog *>(&settingsDialog)}) {
            dialog->show();
            QApplication::processEvents();
        }
        summaryDialog.grab().save(
            QDir(out).filePath(QStringLiteral("import-summary-%1.png").arg(QLatin1String(look.name))));
        settingsDialog.grab().save(QDir(out).filePath(QStringLiteral("settings-%1.png").arg(QLatin1String(look.name))));
    }
    return 0;
}
