// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real credfolio-cli executable, as scripts and advisors' batch jobs do.
#include "core/common/Version.h"

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
