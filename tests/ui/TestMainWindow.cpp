// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/ApplicationIdentity.h"
#include "core/common/Version.h"
#include "translations/Translations.h"
#include "ui/AboutDialog.h"
#include "ui/EmptyState.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace Credfolio::Ui;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    static AboutInfo aboutInfo() { return AboutInfo{{{QStringLiteral("Qt"), QString::fromLatin1(qVersion())}}}; }

    static QWidget *currentPage(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("areaPages"))->currentWidget();
    }

private slots:
    void initTestCase()
    {
        Credfolio::applyApplicationIdentity();
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QSettings().clear();
        Credfolio::installTranslations(*qApp, QLocale(QLocale::English));
    }

    void firstStartShowsTheLibraryEmptyStateWithImport()
    {
        MainWindow window(aboutInfo());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.currentArea(), Area::Library);
        auto *empty = window.findChild<EmptyState *>(QStringLiteral("libraryEmptyState"));
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No credentials yet"));
        auto *button = empty->findChild<QPushButton *>(QStringLiteral("emptyStateButton"));
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Import Credentials…"));
        auto *import = window.findChild<QAction *>(QStringLiteral("importAction"));
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QCOMPARE(button->isEnabled(), import->isEnabled());
    }

    void shortcutsSwitchAreas()
    {
        MainWindow window(aboutInfo());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), Area::Pathways);
        QCOMPARE(currentPage(window)->objectName(), QStringLiteral("pathwaysPage"));
        QCOMPARE(static_cast<EmptyState *>(currentPage(window))->title(), QStringLiteral("No pathways yet"));

        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(currentPage(window)->objectName(), QStringLiteral("reviewPage"));

        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), Area::Library);
        QCOMPARE(currentPage(window)->objectName(), QStringLiteral("libraryPage"));
    }

    void sidebarFollowsKeyboardAndCanBeHidden()
    {
        MainWindow window(aboutInfo());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *sidebar = window.findChild<Sidebar *>(QStringLiteral("sidebar"));
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(window.currentArea(), Area::Pathways);

        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!sidebar->isVisible());
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(sidebar->isVisible());
    }

    void darkAppearanceIsAppliedAndRemembered()
    {
        {
            MainWindow window(aboutInfo());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QAction *>(QStringLiteral("appearanceDarkAction"))->trigger();
            QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 64);
            // The sidebar (styled with a style sheet) turns dark too, not only the widgets around it.
            auto *sidebar = window.findChild<QWidget *>(QStringLiteral("sidebar"));
            QVERIFY(sidebar);
            QTRY_VERIFY(sidebar->grab().toImage().pixelColor(sidebar->width() / 2, sidebar->height() - 4).lightness() <
                        64);
            QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
            window.resize(900, 640);
            window.close();
        }
        MainWindow reopened(aboutInfo());
        QCOMPARE(reopened.appearance(), Appearance::Dark);
        QCOMPARE(reopened.currentArea(), Area::Review);
        QCOMPARE(reopened.size(), QSize(900, 640));
        reopened.findChild<QAction *>(QStringLiteral("appearanceLightAction"))->trigger();
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() > 200);
    }

    void quitShortcutClosesTheWindow()
    {
        MainWindow window(aboutInfo());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window.isVisible());
    }

    void menusHaveStandardShortcuts()
    {
        MainWindow window(aboutInfo());
        QStringList titles;
        for (QAction *menu : window.menuBar()->actions()) {
            titles << menu->text();
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                      QStringLiteral("&Help")}));
        auto shortcut = [&](const char *name) {
            return window.findChild<QAction *>(QLatin1String(name))->shortcut();
        };
        QCOMPARE(shortcut("quitAction"), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QCOMPARE(shortcut("undoAction"), QKeySequence(QKeySequence::Undo));
        QCOMPARE(shortcut("redoAction"), QKeySequence(QKeySequence::Redo));
        QCOMPARE(shortcut("copyAction"), QKeySequence(QKeySequence::Copy));
        QCOMPARE(shortcut("pasteAction"), QKeySequence(QKeySequence::Paste));
        QCOMPARE(shortcut("fullScreenAction"), QKeySequence(QKeySequence::FullScreen));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("undoAction"))->isEnabled()); // nothing to undo yet
    }

    void aboutNamesVersionLibrariesAndLicence()
    {
        AboutDialog dialog(AboutInfo{
            {{QStringLiteral("Qt"), QStringLiteral("6.4.2")}, {QStringLiteral("OpenSSL"), QStringLiteral("3.0.19")}}});
        QVERIFY(dialog.text().contains(QStringLiteral("Credfolio ") + QString::fromLatin1(Credfolio::kVersion)));
        QVERIFY(dialog.text().contains(QStringLiteral("OpenSSL")));
        QVERIFY(dialog.text().contains(QStringLiteral("3.0.19")));
        QVERIFY(dialog.text().contains(QStringLiteral("GNU General Public License")));
    }

    void followsTheChosenLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("emptyTitle");
        QTest::newRow("de") << QLocale(QLocale::German) << QStringLiteral("&Datei")
                            << QStringLiteral("Noch keine Nachweise");
        QTest::newRow("es") << QLocale(QLocale::Spanish) << QStringLiteral("&Archivo")
                            << QStringLiteral("Aún no hay credenciales");
    }

    void followsTheChosenLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, fileMenu);
        QFETCH(QString, emptyTitle);
        MainWindow window(aboutInfo());
        QVERIFY(Credfolio::installTranslations(*qApp, locale));
        // QApplication posts LanguageChange to every window.
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), fileMenu);
        QCOMPARE(window.findChild<EmptyState *>(QStringLiteral("libraryEmptyState"))->title(), emptyTitle);
        Credfolio::installTranslations(*qApp, QLocale(QLocale::English));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
