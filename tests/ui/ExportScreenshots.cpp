// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Export dialog on the sample portfolio in the light and dark appearance, for
// docs/screenshots/export-{light,dark}.png, and saves the PDF it previews as export-sample.pdf:
// `ExportScreenshots OUTPUT-DIR` (QT_QPA_PLATFORM=offscreen).
#include "core/services/Exporter.h"
#include "core/services/LibraryPathwaySource.h"
#include "core/services/SamplePortfolio.h"
#include "core/services/Workspace.h"
#include "ui/Appearance.h"
#include "ui/ExportDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Credfolio;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString out = app.arguments().value(1, QDir::tempPath());
    QTemporaryDir dir;
    auto workspace = Services::openSamplePortfolio(dir.filePath(QStringLiteral("sample.sqlite")));
    if (!workspace)
        qFatal("no sample portfolio: %s", qPrintable(workspace.error().toString()));
    const Portfolio::LearnerProfile profile{
        QStringLiteral("Nadia Rahman"),
        QStringLiteral("Junior data analyst"),
        QStringLiteral("nadia.rahman@example.org"),
        QStringLiteral("+1 555 0134"),
        QStringLiteral("nadia.example.org"),
        QStringLiteral("Columbus, Ohio"),
        QStringLiteral("Business analytics student who turns messy data into clear decisions.")};
    if (!Services::setLearnerProfile((*workspace)->library(), profile))
        qFatal("cannot keep the profile");
    Services::LibraryPathwaySource pathways(**workspace);

    Ui::ExportDialog dialog(**workspace, &pathways, Ui::ExportStart{});
    dialog.resize(1180, 780);
    dialog.show();
    const auto settle = [&dialog] {
        if (!QTest::qWaitFor([&] { return !dialog.isPreviewUpdating(); }, 60000))
            qFatal("no preview");
        QTest::qWait(300);
    };
    settle();
    const struct {
        Ui::Appearance appearance;
        const char *name;
    } looks[] = {{Ui::Appearance::Light, "light"}, {Ui::Appearance::Dark, "dark"}};
    for (const auto &look : looks) {
        Ui::applyAppearance(app, look.appearance);
        QTest::qWait(300);
        dialog.grab().save(QDir(out).filePath(QStringLiteral("export-%1.png").arg(QLatin1String(look.name))));
    }
    // With a third argument: German labels, grouped by pathway, for checking that variant by eye.
    if (app.arguments().size() > 2) {
        Ui::applyAppearance(app, Ui::Appearance::Light);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("exportLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog.findChild<QComboBox *>(QStringLiteral("exportGrouping"))->setCurrentIndex(1);
        settle();
        dialog.grab().save(QDir(out).filePath(QStringLiteral("export-de.png")));
    }
    const QString pdf = QDir(out).filePath(QStringLiteral("export-sample.pdf"));
    dialog.setFileChooser([pdf](QWidget *, const QString &, const QString &, const QString &) { return pdf; });
    QSignalSpy saved(&dialog, &Ui::ExportDialog::saveFinished);
    dialog.save();
    if (!saved.wait(60000) || !saved.first().at(0).toBool())
        qFatal("save failed");
    return 0;
}
