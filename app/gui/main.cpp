// SPDX-License-Identifier: GPL-3.0-or-later
// credfolio: the desktop application. Builds the services and hands them to the main window.
#include "core/common/ApplicationIdentity.h"
#include "core/common/Version.h"
#include "core/crypto/LibraryVersion.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Credfolio::applyApplicationIdentity();
    QGuiApplication::setDesktopFileName(QString::fromLatin1(Credfolio::kDesktopFileName));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/credfolio.svg")));
    Credfolio::installTranslations(app);

    Credfolio::Ui::AboutInfo about;
    about.components = {{QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
                        {QStringLiteral("OpenSSL"), Credfolio::Crypto::openSslVersion()}};
    Credfolio::Ui::MainWindow window(about);
    window.show();
    return QApplication::exec();
}
