// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the advisor's review page with a corpus package in the light and dark appearance, for
// docs/screenshots/review-{light,dark}.png (and review.pdf): `ReviewScreenshots OUTPUT-DIR`
// (QT_QPA_PLATFORM=offscreen).
#include "core/services/Workspace.h"
#include "tests/core/portfolio/ReviewFixture.h"
#include "ui/Appearance.h"
#include "ui/ReviewPage.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Credfolio;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString out = app.arguments().value(1, QDir::tempPath());
    QTemporaryDir dir;
    auto workspace = Services::Workspace::open(dir.filePath(QStringLiteral("advisor.sqlite")));
    if (!workspace)
        qFatal("no workspace");
    (void)(*workspace)->setOffline(false); // did:key issuers only: the live check needs no network
    const QString package = dir.filePath(QStringLiteral("nadia.credfolio"));
    QFile file(package);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    file.write(Portfolio::Test::reviewPackageBytes());
    file.close();

    Ui::ReviewPage page(workspace->get());
    page.resize(1180, 800);
    page.setBackgroundRole(QPalette::Base);
    page.setAutoFillBackground(true);
    page.show();
    page.openPackage(package);
    if (!QTest::qWaitFor([&] { return page.isReviewing(); }, 60000))
        qFatal("review did not finish");
    page.findChild<QListWidget *>(QStringLiteral("reviewCredentials"))->setCurrentRow(0);
    page.findChild<QPlainTextEdit *>(QStringLiteral("credentialNote"))
        ->setPlainText(QStringLiteral("Grade A confirmed on the transcript."));
    page.findChild<QPlainTextEdit *>(QStringLiteral("overallNote"))
        ->setPlainText(QStringLiteral("Solid foundation. Take Statistics II next term, then the capstone."));

    const struct {
        Ui::Appearance appearance;
        const char *name;
    } looks[] = {{Ui::Appearance::Light, "light"}, {Ui::Appearance::Dark, "dark"}};
    for (const auto &look : looks) {
        Ui::applyAppearance(app, look.appearance);
        QTest::qWait(300); // let the check list's wrapped rows settle their heights
        page.grab().save(QDir(out).filePath(QStringLiteral("review-%1.png").arg(QLatin1String(look.name))));
    }
    if (!page.exportReviewPdf(QDir(out).filePath(QStringLiteral("review.pdf"))))
        qFatal("export failed: %s", qPrintable(page.message()));
    // With a third argument: the same package changed after signing, for checking the warning banner.
    if (app.arguments().size() > 2) {
        QByteArray bytes = Portfolio::Test::reviewPackageBytes();
        bytes[bytes.indexOf("look at my data analytics") + 16] = 'A';
        QFile tampered(dir.filePath(QStringLiteral("tampered.credfolio")));
        if (!tampered.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        tampered.write(bytes);
        tampered.close();
        Ui::applyAppearance(app, Ui::Appearance::Light);
        page.openPackage(tampered.fileName());
        if (!QTest::qWaitFor([&] { return page.isReviewing(); }, 60000))
            qFatal("review did not finish");
        QTest::qWait(300);
        page.grab().save(QDir(out).filePath(QStringLiteral("review-tampered.png")));
    }
    return 0;
}
