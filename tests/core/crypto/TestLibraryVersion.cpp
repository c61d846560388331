// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/LibraryVersion.h"

#include <QTest>

#include <openssl/opensslv.h>

class TestLibraryVersion : public QObject {
    Q_OBJECT

private slots:
    void namesTheOpenSsl3InUse()
    {
        const QString version = Credfolio::Crypto::openSslVersion();
        QVERIFY(version.startsWith(QStringLiteral("3.")));
        QCOMPARE(version.section(QLatin1Char('.'), 0, 0).toInt(), OPENSSL_VERSION_MAJOR);
    }
};

QTEST_GUILESS_MAIN(TestLibraryVersion)
#include "TestLibraryVersion.moc"
