// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled into every test program (credfolio_add_test): each keeps its QSettings apart. CTest runs programs in
// parallel within one HOME, and two programs sharing a settings file would see each other's window state,
// language and choices, and clear them under each other.
#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace {

const bool settingsIsolated = [] {
    const QString dir = QDir::homePath() + QStringLiteral("/.credfolio-test-settings/") +
                        QString::number(QCoreApplication::applicationPid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    return true;
}();

} // namespace
