// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Credfolio::Test {

/// Absolute path of a fixture under tests/data/ ("jcs/input/arrays.json").
QString dataPath(const QString &relative);

/// The bytes of a fixture; fails the calling test (QFAIL-style, via qFatal) when it is missing.
QByteArray readData(const QString &relative);

} // namespace Credfolio::Test
