// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real credfolio-cli executable, as scripts and advisors' batch jobs do.
#include "core/common/Version.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CREDFOLIO_CLI), arguments);
        if (!process.waitForFinished(30000)) {
            return {-1, {}, QStringLiteral("timed out")};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static QString data(const QString &relative) { return QStringLiteral(CREDFOLIO_TEST_DATA "/") + relative; }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void versionPrintsTheVersion()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("credfolio-cli %1\n").arg(QString::fromLatin1(Credfolio::kVersion)));
    }

    void helpDescribesUsage()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Usage: credfolio-cli")));
        QVERIFY(run.err.isEmpty());
    }

    void noArgumentsIsAUsageError()
    {
        const Run run = cli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Usage: credfolio-cli")));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = cli({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Unknown command 'frobnicate'")));
    }

    void canonJcsMatchesTheRfc8785Suite_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             {"arrays.json", "french.json", "structures.json", "unicode.json", "values.json", "weird.json"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void canonJcsMatchesTheRfc8785Suite()
    {
        QFETCH(QString, name);
        const Run run =
            cli({QStringLiteral("canon"), QStringLiteral("--jcs"), data(QStringLiteral("jcs/input/") + name)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.toUtf8(), readFile(data(QStringLiteral("jcs/output/") + name)));
    }

    void canonRdfcPrintsSortedCanonicalNQuads()
    {
        const Run run = cli(
            {QStringLiteral("canon"), QStringLiteral("--rdfc"), data(QStringLiteral("corpus/ob3/di-rdfc-valid.json"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.endsWith(QLatin1Char('\n')));
        QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 82); // 75 quads of the credential, 7 of its proof graph
        QStringList sorted = lines;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
        QCOMPARE(lines, sorted);
        QVERIFY(run.out.contains(QStringLiteral("_:c14n0")));
        QVERIFY(!run.out.contains(QStringLiteral("_:b0")));
    }

    void canonRefusesAContextThatIsNotBundled()
    {
        const Run run = cli({QStringLiteral("canon"), QStringLiteral("--rdfc"),
                             data(QStringLiteral("corpus/ob3/di-rdfc-unknown-context.json"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("https://contexts.example.org/campus-extension/v1")));
        QVERIFY(run.out.isEmpty());
    }

    void canonReportsDuplicateKeysWithTheirPosition()
    {
        const Run run = cli({QStringLiteral("canon"), QStringLiteral("--jcs"),
                             data(QStringLiteral("json/BrokenDuplicateIssuer.json"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("issuer")));
        QVERIFY(run.err.contains(QStringLiteral("line ")));
    }

    void showJsonDescribesEachCredential()
    {
        const Run run = cli({QStringLiteral("show"), QStringLiteral("--json"), data(QStringLiteral("corpus/clr")),
                             data(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"))});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(entries.size() >= 2);
        for (const QJsonValue &entry : entries) {
            QVERIFY(!entry.toObject().contains(QStringLiteral("error")));
        }
        const QJsonObject jwt = entries.last().toObject();
        QCOMPARE(jwt.value(QStringLiteral("format")).toString(), QStringLiteral("vc-jwt"));
        QVERIFY(!jwt.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("id")).toString().isEmpty());
    }

    void showNamesWhyAFileCannotBeRead()
    {
        const Run run = cli({QStringLiteral("show"), data(QStringLiteral("corpus/baked/ob3-bad-crc.png")),
                             data(QStringLiteral("corpus/ob3/di-rdfc-valid.json"))});
        QCOMPARE(run.exitCode, 2); // one unreadable file
        QVERIFY(run.err.contains(QStringLiteral("ob3-bad-crc.png")));
        QVERIFY(run.err.contains(QStringLiteral("CRC")));
        QVERIFY(run.out.contains(QStringLiteral("di-rdfc-valid.json"))); // the good file is still shown
    }

    void germanUsersGetGermanMessages()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        env.remove(QStringLiteral("LC_ALL"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CREDFOLIO_CLI), {QStringLiteral("frobnicate")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("Unbekannter Befehl")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
