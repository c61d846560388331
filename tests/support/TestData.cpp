// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestData.h"

#include <QFile>

namespace Credfolio::Test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(CREDFOLIO_TEST_DATA "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing test fixture %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

} // namespace Credfolio::Test
