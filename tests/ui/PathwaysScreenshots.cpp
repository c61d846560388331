// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Pathways page with corpus credentials in the light and dark appearance, for
// docs/screenshots/pathways-{light,dark}.png: `PathwaysScreenshots OUTPUT-DIR` (QT_QPA_PLATFORM=offscreen).
#include "core/credentials/CredentialReader.h"
#include "core/services/InMemoryPathwaySource.h"
#include "core/services/SamplePathways.h"
#include "tests/support/TestData.h"
#include "ui/Appearance.h"
#include "ui/PathwaysPage.h"

#include <QApplication>
#include <QDir>
#include <QUndoStack>

using namespace Credfolio;

namespace {
Services::LearnerCredential corpus(const char *file, Pathways::Standing standing)
{
    Result<Credentials::Credential> read =
        Credentials::readCredential(Test::readData(QStringLiteral("corpus/") + QLatin1String(file)));
    if (!read) {
        qFatal("corpus credential does not read");
    }
    return {std::move(read.value()), standing};
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English));
    const QString out = app.arguments().value(1, QDir::tempPath());

    Services::InMemoryPathwaySource source;
    source.setCredentials({corpus("ob3/di-rdfc-valid.json", Pathways::Standing::Valid),
                           corpus("status/di-rdfc-status-revoked.json", Pathways::Standing::Revoked),
                           corpus("bulk/rdfc/ob3-rdfc-0002.json", Pathways::Standing::Valid)});
    for (const Services::SamplePathway &sample : Services::samplePathways()) {
        (void)source.addPathway(*Services::pathwayFromBytes(sample.bytes));
    }
    QUndoStack undo;
    Ui::PathwaysPage page(&source, &undo);
    page.resize(1180, 760);
    page.setBackgroundRole(QPalette::Base);
    page.setAutoFillBackground(true);
    const struct {
        Ui::Appearance appearance;
        const char *name;
    } looks[] = {{Ui::Appearance::Light, "light"}, {Ui::Appearance::Dark, "dark"}};
    for (const auto &look : looks) {
        Ui::applyAppearance(app, look.appearance);
        page.show();
        QApplication::processEvents();
        page.grab().save(QDir(out).filePath(QStringLiteral("pathways-%1.png").arg(QLatin1String(look.name))));
    }
    return 0;
}
