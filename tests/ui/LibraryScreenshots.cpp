// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the Library page with corpus credentials for docs/screenshots/library-grid-{light,dark}.png and
// library-list-light.png: `LibraryScreenshots OUTPUT-DIR` (QT_QPA_PLATFORM=offscreen).
#include "core/net/Fetcher.h"
#include "core/services/CredentialListModel.h"
#include "core/services/LibraryEdits.h"
#include "core/services/Workspace.h"
#include "tests/support/TestData.h"
#include "ui/Appearance.h"
#include "ui/LibraryPage.h"
#include "ui/ThumbnailCache.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUndoStack>

using namespace Credfolio;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CredfolioScreenshots"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString out = app.arguments().value(1, QDir::tempPath());

    QTemporaryDir dir;
    auto workspace = Services::Workspace::open(dir.filePath(QStringLiteral("library.sqlite")));
    if (!workspace) {
        qFatal("no library");
    }
    (void)(*workspace)->setOffline(true);
    (void)(*workspace)->fetcher().loadBundle(Test::dataPath(QStringLiteral("corpus/web/manifest.json")));
    Services::ImportRequest request;
    for (const char *file :
         {"baked/ob3-di-rdfc.png", "baked/ob2-signed.png", "baked/ob3-jwt.svg", "ob3/di-rdfc-expired.json",
          "ob3/ldp-ed25519-2020-tampered.json", "status/di-rdfc-status-revoked.json", "clr/clr-valid.json",
          "ob3-jwt/jwt-es256-valid.jwt", "ob3-jwt/jwt-rs256-valid.jwt", "bulk/jwt/ob3-jwt-0001.jwt",
          "bulk/jwt/ob3-jwt-0003.jwt", "bulk/jwt/ob3-jwt-0004.jwt", "bulk/jwt/ob3-jwt-0005.jwt",
          "bulk/jwt/ob3-jwt-0006.jwt", "bulk/jwt/ob3-jwt-0007.jwt"}) {
        request.paths.append(Test::dataPath(QStringLiteral("corpus/") + QLatin1String(file)));
    }
    QThreadPool pool;
    const std::atomic<bool> cancel{false};
    const auto summary = (*workspace)
                             ->importBatch(
                                 request, pool, [](int, int, const QString &) {}, cancel);
    if (!summary) {
        qFatal("import failed");
    }
    const QList<qint64> ids = summary->storedIds;
    (void)Services::tagCredentials((*workspace)->library(), ids.mid(0, 3), QStringLiteral("job-application"));
    (void)Services::tagCredentials((*workspace)->library(), ids.mid(2, 2), QStringLiteral("data"));

    QSettings().setValue(QStringLiteral("library/view"), QStringLiteral("grid"));
    QAction import;
    QUndoStack undo;
    Ui::LibraryPage page(workspace->get(), &undo, &import);
    page.resize(1180, 760);
    const struct {
        Ui::Appearance appearance;
        Ui::LibraryPage::ViewMode mode;
        const char *name;
    } shots[] = {{Ui::Appearance::Light, Ui::LibraryPage::ViewMode::Grid, "library-grid-light"},
                 {Ui::Appearance::Dark, Ui::LibraryPage::ViewMode::Grid, "library-grid-dark"},
                 {Ui::Appearance::Light, Ui::LibraryPage::ViewMode::List, "library-list-light"},
                 {Ui::Appearance::Dark, Ui::LibraryPage::ViewMode::List, "library-list-dark"}};
    for (const auto &shot : shots) {
        Ui::applyAppearance(app, shot.appearance);
        page.setViewMode(shot.mode);
        page.show();
        QApplication::processEvents();
        QAbstractItemView *view = page.currentView();
        view->setCurrentIndex(page.model()->index(1, shot.mode == Ui::LibraryPage::ViewMode::Grid ? 1 : 0));
        view->selectionModel()->select(view->currentIndex(),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->viewport()->update();
        QApplication::processEvents();
        page.thumbnails()->waitForLoads();
        QApplication::processEvents();
        page.grab().save(QDir(out).filePath(QLatin1String(shot.name) + QStringLiteral(".png")));
    }
    QSettings().clear();
    return 0;
}
