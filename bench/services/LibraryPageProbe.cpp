// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the 10,000-credential bench library in the Library page and reports, on one line each: milliseconds from
// main() to the first painted grid, per-keystroke search latency through the page's search field, and resident
// memory with the page open (after the visible badge images loaded). Run with QT_QPA_PLATFORM=offscreen:
//   library_page_probe [grid|list]
// (The search field itself re-queries per keystroke when a query takes under a frame, else after a 120 ms pause.)
#include "BenchLibrary.h"
#include "core/services/CredentialListModel.h"
#include "core/services/Workspace.h"
#include "ui/Appearance.h"
#include "ui/LibraryPage.h"
#include "ui/ThumbnailCache.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QUndoStack>

#include <cstdio>

using namespace Credfolio;

namespace {
QElapsedTimer g_sinceStart;

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

class FirstPaint : public QObject {
public:
    qint64 at = -1;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0) {
            at = g_sinceStart.elapsed();
        }
        return false;
    }
};
} // namespace

int main(int argc, char **argv)
{
    g_sinceStart.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CredfolioBench"));
    Ui::applyAppearance(app, Ui::Appearance::Light);
    const bool list = app.arguments().value(1) == QLatin1String("list");
    QSettings().setValue(QStringLiteral("library/view"), list ? QStringLiteral("list") : QStringLiteral("grid"));

    // Built once (outside the measurement when it already exists).
    const QString path = [] {
        std::unique_ptr<Store::Library> library = Bench::benchLibrary(QStringLiteral(CREDFOLIO_BENCH_DATA));
        return library ? library->path() : QString();
    }();
    if (path.isEmpty()) {
        return 1;
    }
    g_sinceStart.restart();
    Result<std::unique_ptr<Services::Workspace>> workspace = Services::Workspace::open(path);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().detail));
        return 1;
    }
    QAction import;
    QUndoStack undo;
    Ui::LibraryPage page(workspace->get(), &undo, &import);
    FirstPaint paint;
    page.currentView()->viewport()->installEventFilter(&paint);
    page.resize(1280, 800);
    page.show();
    while (paint.at < 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    std::printf("launch to painted %s view: %lld ms (%d of %d credentials loaded)\n", list ? "list" : "grid", paint.at,
                page.model()->rowCount(), page.model()->matchCount());

    page.thumbnails()->waitForLoads();
    QCoreApplication::processEvents();
    page.repaint();
    std::printf("resident memory with the page open: %.1f MB\n", double(residentKiB()) / 1024.0);

    // The GUI thread's work per keystroke: the re-query and the repaint (the page adds a 120 ms pause in typing
    // before re-querying when a query takes longer than a frame).
    const QString words = QStringLiteral("data analysis");
    QElapsedTimer timer;
    qint64 worst = 0;
    qint64 total = 0;
    qint64 querying = 0;
    for (qsizetype n = 1; n <= words.size(); ++n) {
        Services::LibraryFilter filter = page.filter();
        filter.text = words.left(n);
        timer.start();
        page.setFilter(filter);
        querying += timer.nsecsElapsed();
        page.currentView()->viewport()->repaint();
        const qint64 ns = timer.nsecsElapsed();
        worst = std::max(worst, ns);
        total += ns;
    }
    std::printf("search keystroke (re-query + repaint): mean %.2f ms (re-query %.2f ms), worst %.2f ms (%d matches "
                "for \"%s\")\n",
                double(total) / double(words.size()) / 1e6, double(querying) / double(words.size()) / 1e6,
                double(worst) / 1e6, page.model()->matchCount(), qPrintable(words));
    std::printf("resident memory after searching: %.1f MB\n", double(residentKiB()) / 1024.0);
    QSettings().clear();
    return 0;
}
