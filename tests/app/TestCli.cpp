// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real credfolio-cli executable, as scripts and advisors' batch jobs do.
#include "core/common/Version.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
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
        if (!process.waitForFinished(300000)) {
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

    // One day after the corpus was made: its validity dates are relative to that moment.
    static QString corpusNow()
    {
        const QJsonObject manifest =
            QJsonDocument::fromJson(readFile(data(QStringLiteral("corpus/manifest.json")))).object();
        return QDateTime::fromString(manifest.value(QStringLiteral("generatedAt")).toString(), Qt::ISODate)
            .addDays(1)
            .toString(Qt::ISODate);
    }

    static QStringList corpusVerify(const QStringList &more)
    {
        return QStringList{QStringLiteral("verify"),      QStringLiteral("--offline"),
                           QStringLiteral("--documents"), data(QStringLiteral("corpus/web/manifest.json")),
                           QStringLiteral("--at"),        corpusNow()} +
               more;
    }

    void verifyAgreesWithTheCorpusManifestOnEveryFile()
    {
        const Run run = cli(corpusVerify({data(QStringLiteral("corpus"))}));
        QCOMPARE(run.exitCode, 1); // some are invalid
        QHash<QString, QStringList> lines;
        for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 3);
            lines.insert(fields.first(), fields);
        }
        const QJsonArray entries = QJsonDocument::fromJson(readFile(data(QStringLiteral("corpus/manifest.json"))))
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QCOMPARE(entries.size(), 470);
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            const QString path = data(QStringLiteral("corpus/") + entry.value(QStringLiteral("file")).toString());
            QVERIFY2(lines.contains(path), qPrintable(path));
            const QStringList fields = lines.value(path);
            QVERIFY2(fields.at(1) == entry.value(QStringLiteral("expected")).toString(), qPrintable(fields.join(u' ')));
            QCOMPARE(fields.at(2) == QLatin1String("-"), fields.at(1) == QLatin1String("valid"));
        }
    }

    void verifyInParallelPrintsTheSameInTheSameOrder()
    {
        const QStringList paths{data(QStringLiteral("corpus/ob3")), data(QStringLiteral("corpus/ob3-jwt")),
                                data(QStringLiteral("corpus/bulk/jwt"))};
        const Run one = cli(corpusVerify(QStringList{QStringLiteral("--jobs"), QStringLiteral("1")} + paths));
        const Run two = cli(corpusVerify(QStringList{QStringLiteral("--jobs"), QStringLiteral("2")} + paths));
        QCOMPARE(one.exitCode, 1);
        QCOMPARE(two.exitCode, one.exitCode);
        QVERIFY(one.out.count(QLatin1Char('\n')) > 200);
        QCOMPARE(two.out, one.out);
    }

    void verifyJsonGivesEveryCheck()
    {
        const Run run =
            cli(corpusVerify({QStringLiteral("--json"), data(QStringLiteral("corpus/ob3/di-rdfc-valid.json")),
                              data(QStringLiteral("corpus/ob3/di-rdfc-tampered.json"))}));
        QCOMPARE(run.exitCode, 1);
        const QJsonArray reports = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(reports.size(), 2);
        const QStringList statuses{QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("warn"),
                                   QStringLiteral("skip")};
        for (const QJsonValue &value : reports) {
            const QJsonObject report = value.toObject();
            QVERIFY(report.value(QStringLiteral("path")).toString().endsWith(QLatin1String(".json")));
            QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("vc-json-ld"));
            QStringList ids;
            for (const QJsonValue &check : report.value(QStringLiteral("checks")).toArray()) {
                ids.append(check.toObject().value(QStringLiteral("id")).toString());
                QVERIFY(statuses.contains(check.toObject().value(QStringLiteral("status")).toString()));
                QVERIFY(!check.toObject().value(QStringLiteral("message")).toString().isEmpty());
            }
            QCOMPARE(ids, (QStringList{QStringLiteral("format"), QStringLiteral("proof"), QStringLiteral("issuer-key"),
                                       QStringLiteral("validity"), QStringLiteral("status"),
                                       QStringLiteral("issuer-trust")}));
        }
        QCOMPARE(reports.at(0).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("valid"));
        QCOMPARE(reports.at(1).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("invalid"));
    }

    void verifyAtAnotherTime()
    {
        const QString expired = data(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-expired.jwt"));
        const Run now = cli(corpusVerify({expired}));
        QCOMPARE(now.exitCode, 1);
        QVERIFY(now.out.endsWith(QLatin1String("\tinvalid\tvalidity\n")));
        const Run earlier = cli({QStringLiteral("verify"), QStringLiteral("--offline"), QStringLiteral("--at"),
                                 QStringLiteral("2026-06-01T00:00:00Z"), expired});
        QCOMPARE(earlier.exitCode, 0);
        QVERIFY(earlier.out.endsWith(QLatin1String("\tvalid\t-\n")));
    }

    void verifyChecksIssuersAgainstARegistry()
    {
        const Run run = cli(corpusVerify({QStringLiteral("--json"), QStringLiteral("--registry"),
                                          data(QStringLiteral("registries/corpus-issuers.json")),
                                          data(QStringLiteral("corpus/ob3/di-rdfc-valid.json")),
                                          data(QStringLiteral("corpus/ob3/di-rdfc-didweb-valid.json"))}));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray reports = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(reports.size(), 2);
        const auto trust = [](const QJsonValue &report) {
            return report.toObject().value(QStringLiteral("checks")).toArray().last().toObject();
        };
        QCOMPARE(trust(reports.at(0)).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QVERIFY(trust(reports.at(0))
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("Corpus Test Registry")));
        QCOMPARE(trust(reports.at(1)).value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    }

    void verifyUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no path") << QStringList{QStringLiteral("verify"), QStringLiteral("--offline")};
        QTest::newRow("bad time") << QStringList{QStringLiteral("verify"), QStringLiteral("--at"),
                                                 QStringLiteral("soon"), data(QStringLiteral("corpus/ob3"))};
        QTest::newRow("no jobs") << QStringList{QStringLiteral("verify"), QStringLiteral("--jobs"), QStringLiteral("0"),
                                                data(QStringLiteral("corpus/ob3"))};
        QTest::newRow("missing file") << QStringList{QStringLiteral("verify"),
                                                     data(QStringLiteral("corpus/nothing.json"))};
        QTest::newRow("broken registry") << QStringList{QStringLiteral("verify"), QStringLiteral("--registry"),
                                                        data(QStringLiteral("corpus/manifest.json")),
                                                        data(QStringLiteral("corpus/ob3"))};
        QTest::newRow("missing manifest")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--documents"),
                           data(QStringLiteral("nothing.json")), data(QStringLiteral("corpus/ob3"))};
    }

    void verifyUsageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    void importListAndProgressWorkOnOneLibrary()
    {
        QTemporaryDir home;
        const QString library = home.filePath(QStringLiteral("library.sqlite"));
        const QStringList at{QStringLiteral("--library"), library};
        // A folder with a good credential, a bad file and a CLR; the same file again is a duplicate.
        QTemporaryDir inbox;
        QVERIFY(QFile::copy(data(QStringLiteral("corpus/ob3/di-rdfc-valid.json")),
                            inbox.filePath(QStringLiteral("a.json"))));
        QVERIFY(QFile::copy(data(QStringLiteral("corpus/ob3/di-rdfc-malformed.json")),
                            inbox.filePath(QStringLiteral("b.json"))));
        QVERIFY(
            QFile::copy(data(QStringLiteral("corpus/clr/clr-valid.json")), inbox.filePath(QStringLiteral("c.json"))));
        const Run first = cli(QStringList{QStringLiteral("import")} + at + QStringList{inbox.path()});
        QCOMPARE(first.exitCode, 1); // one input could not be imported
        QVERIFY2(first.out.startsWith(QLatin1String("Imported: 2 ")), qPrintable(first.out));
        QVERIFY(first.err.contains(QLatin1String("b.json")));
        QVERIFY(QFileInfo(library).exists());
        QCOMPARE(QFileInfo(library).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());

        const Run again =
            cli(QStringList{QStringLiteral("import")} + at + QStringList{inbox.filePath(QStringLiteral("a.json"))});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("Already in the library: 1")), qPrintable(again.out));

        const Run list = cli(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + at);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2); // the CLR's contents are not listed at the top level
        for (const QJsonValue &row : rows)
            QVERIFY(!row.toObject().value(QStringLiteral("name")).toString().isEmpty());

        const Run search =
            cli(QStringList{QStringLiteral("list"), QStringLiteral("--query"), QStringLiteral("comprehensive")} + at);
        QCOMPARE(search.exitCode, 0);
        QCOMPARE(search.out.count(QLatin1Char('\n')), 1);
        QVERIFY(search.out.contains(QLatin1String("Comprehensive Learner Record")));

        const QString pathway =
            QStringLiteral(CREDFOLIO_SOURCE_DIR "/resources/pathways/data-analytics-degree-block.json");
        const Run progress =
            cli(QStringList{QStringLiteral("progress"), QStringLiteral("--json")} + at + QStringList{pathway});
        QCOMPARE(progress.exitCode, 0);
        const QJsonObject evaluation = QJsonDocument::fromJson(progress.out.toUtf8()).object();
        QVERIFY2(!evaluation.isEmpty(), qPrintable(progress.out + progress.err));
        const Run text = cli(QStringList{QStringLiteral("progress")} + at + QStringList{pathway});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QLatin1String("Data Analytics")));

        const Run unknown =
            cli(QStringList{QStringLiteral("progress")} + at + QStringList{QStringLiteral("no-such-pathway")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(!unknown.err.isEmpty());
    }

    void aPackageMadeFromTheLibraryIsReviewedAndTamperingIsCaught()
    {
        QTemporaryDir home;
        const QStringList at{QStringLiteral("--library"), home.filePath(QStringLiteral("library.sqlite"))};
        QCOMPARE(cli(QStringList{QStringLiteral("import")} + at +
                     QStringList{data(QStringLiteral("corpus/ob3/di-rdfc-valid.json")),
                                 data(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"))})
                     .exitCode,
                 0);
        const QString package = home.filePath(QStringLiteral("portfolio.credfolio"));
        const Run exported = cli(
            QStringList{QStringLiteral("export")} + at +
            QStringList{QStringLiteral("--package"), package, QStringLiteral("--message"), QStringLiteral("Hello")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err)); // signed with a key from the test's keyring

        const QString pdf = home.filePath(QStringLiteral("review.pdf"));
        const Run review = cli({QStringLiteral("review"), QStringLiteral("--json"), QStringLiteral("--offline"),
                                QStringLiteral("--pdf"), pdf, package});
        QCOMPARE(review.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(review.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("package")).toObject().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("authentic"));
        const QJsonArray credentials = json.value(QStringLiteral("credentials")).toArray();
        QCOMPARE(credentials.size(), 2);
        for (const QJsonValue &credential : credentials) {
            QCOMPARE(credential.toObject()
                         .value(QStringLiteral("asSent"))
                         .toObject()
                         .value(QStringLiteral("verdict"))
                         .toString(),
                     QStringLiteral("valid"));
        }
        QVERIFY(QFileInfo(pdf).size() > 1000);

        QByteArray bytes = readFile(package);
        bytes.replace("Hello", "Hellp");
        QFile tampered(package);
        QVERIFY(tampered.open(QIODevice::WriteOnly | QIODevice::Truncate));
        tampered.write(bytes);
        tampered.close();
        const Run caught =
            cli({QStringLiteral("review"), QStringLiteral("--json"), QStringLiteral("--offline"), package});
        QCOMPARE(caught.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(caught.out.toUtf8())
                     .object()
                     .value(QStringLiteral("package"))
                     .toObject()
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("tampered"));
    }

    void exportWritesTheLabelsInTheLanguageAskedFor()
    {
        QTemporaryDir home;
        const QStringList at{QStringLiteral("--library"), home.filePath(QStringLiteral("library.sqlite"))};
        QCOMPARE(cli(QStringList{QStringLiteral("import")} + at +
                     QStringList{data(QStringLiteral("corpus/ob3/di-rdfc-valid.json"))})
                     .exitCode,
                 0);
        const QString html = home.filePath(QStringLiteral("portfolio.html"));
        const Run german =
            cli(QStringList{QStringLiteral("export")} + at +
                QStringList{QStringLiteral("--html"), html, QStringLiteral("--language"), QStringLiteral("de")});
        QVERIFY2(german.exitCode == 0, qPrintable(german.err));
        const QString page = QString::fromUtf8(readFile(html));
        QVERIFY(page.contains(QStringLiteral("Nachweisportfolio")));
        QVERIFY(page.contains(QStringLiteral("Foundations of Data Analysis")));
        const Run french =
            cli(QStringList{QStringLiteral("export")} + at +
                QStringList{QStringLiteral("--html"), html, QStringLiteral("--language"), QStringLiteral("fr")});
        QCOMPARE(french.exitCode, 2);
        QVERIFY(french.err.contains(QStringLiteral("--language")));
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
        QVERIFY(process.waitForFinished(300000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QStringLiteral("Unbekannter Befehl")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
