// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Hash.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace Credfolio;

class TestHash : public QObject {
    Q_OBJECT

private slots:
    void fipsAbc()
    {
        // FIPS 180-2 appendix B.1 / D.1: the one-block message "abc".
        QCOMPARE(Crypto::sha256("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(Crypto::sha384("abc").toHex(),
                 QByteArray("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed"
                            "8086072ba1e7cc2358baeca134c825a7"));
    }

    void lengths()
    {
        QCOMPARE(Crypto::sha256({}).size(), 32);
        QCOMPARE(Crypto::sha384({}).size(), 48);
        QVERIFY(Crypto::sha256("a") != Crypto::sha256("b"));
    }

    void vcDiEddsaHashes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("hash");
        const QString base = QStringLiteral("vc-di-eddsa/TestVectors/");
        QTest::newRow("rdfc doc") << base + "eddsa-rdfc-2022/canonDocDataInt.txt"
                                  << base + "eddsa-rdfc-2022/docHashDataInt.txt";
        QTest::newRow("rdfc proof") << base + "eddsa-rdfc-2022/proofCanonDataInt.txt"
                                    << base + "eddsa-rdfc-2022/proofHashDataInt.txt";
        QTest::newRow("rdfc employ doc") << base + "eddsa-rdfc-2022/employ/canonDocDataInt.txt"
                                         << base + "eddsa-rdfc-2022/employ/docHashDataInt.txt";
        QTest::newRow("jcs doc") << base + "eddsa-jcs-2022/canonDocJCS.txt" << base + "eddsa-jcs-2022/docHashJCS.txt";
        QTest::newRow("jcs proof") << base + "eddsa-jcs-2022/proofCanonJCS.txt"
                                   << base + "eddsa-jcs-2022/proofHashJCS.txt";
        QTest::newRow("2020 proof") << base + "Ed25519Signature2020/proofCanonEdSig.txt"
                                    << base + "Ed25519Signature2020/proofHashEdSig.txt";
    }

    void vcDiEddsaHashes()
    {
        QFETCH(QString, input);
        QFETCH(QString, hash);
        QCOMPARE(Crypto::sha256(Test::readData(input)).toHex(), Test::readData(hash).trimmed());
    }
};

QTEST_GUILESS_MAIN(TestHash)
#include "TestHash.moc"
