// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF portfolio read back with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm) and zbar-tools.
#include "ExternalTool.h"
#include "PortfolioFixture.h"
#include "core/portfolio/PortfolioExport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Portfolio;
using namespace Credfolio::Portfolio::Test;

namespace {

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    }
    arguments << pdf << QStringLiteral("-");
    const auto run = runTool(QStringLiteral("pdftotext"), arguments, QStringLiteral("poppler-utils"));
    if (!run.ok) {
        qWarning("%s", qPrintable(run.error));
        return {};
    }
    return QString::fromUtf8(run.out).simplified();
}

QString infoField(const QByteArray &pdfinfo, const QString &field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(pdfinfo)).captured(1).trimmed();
}

QString included(const QList<PortfolioEntry> &entries, int i)
{
    return entries.at(i).credential.name;
}

} // namespace

class TestPdfExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_entries = sampleEntries();
        m_pdf = m_dir.filePath(QStringLiteral("portfolio.pdf"));
        const auto written = writePdf(m_pdf, sampleProfile(), m_entries, samplePathways(), sampleOptions());
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        m_stats = *written;
    }

    // CREDFOLIO_PORTFOLIO_KEEP=DIR keeps the PDFs made here, to look at them.
    void cleanupTestCase()
    {
        const QString keep = qEnvironmentVariable("CREDFOLIO_PORTFOLIO_KEEP");
        if (keep.isEmpty()) {
            return;
        }
        QDir().mkpath(keep);
        for (const QString &name : QDir(m_dir.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files)) {
            QFile::remove(QDir(keep).filePath(name));
            QFile::copy(m_dir.filePath(name), QDir(keep).filePath(name));
        }
    }

    void textHasEveryValidCredentialAndNoOther()
    {
        const QString text = pdfText(m_pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext gave no text (is poppler-utils installed?)");
        for (int i = 0; i < 6; ++i) {
            const auto &credential = m_entries.at(i).credential;
            QVERIFY2(!credential.name.isEmpty(), qPrintable(QStringLiteral("entry %1 has no name").arg(i)));
            QVERIFY2(text.contains(credential.name), qPrintable(QStringLiteral("missing name: ") + credential.name));
            QVERIFY2(text.contains(credential.issuer.name),
                     qPrintable(QStringLiteral("missing issuer: ") + credential.issuer.name));
        }
        // Expired and revoked credentials are never in a portfolio unless asked for.
        QVERIFY(!text.contains(included(m_entries, 6)));
        QVERIFY(!text.contains(included(m_entries, 7)));
        QCOMPARE(m_stats.entries, 6);

        QVERIFY(text.contains(QStringLiteral("Nadia Fernández")));
        QVERIFY(text.contains(QStringLiteral("Junior data analyst")));
        QVERIFY(text.contains(QStringLiteral("nadia.fernandez@example.org")));
        QVERIFY(text.contains(QStringLiteral("Verified 28 Nov 2026")));
        QVERIFY(text.contains(QStringLiteral("3 of 4 requirements met")));
        QVERIFY(text.contains(QStringLiteral("Data Scientists"))); // an alignment in the skills summary
        // The short hash of each credential is printed under its QR code.
        for (int i = 0; i < 6; ++i) {
            const QString hash = m_entries.at(i).contentHash;
            QVERIFY2(text.contains(hash.left(8) + QLatin1Char(' ') + hash.mid(8, 8)), qPrintable(hash));
        }
    }

    void pageNumbersOnEveryPage()
    {
        for (int page = 1; page <= m_stats.pages; ++page) {
            const QRegularExpression expected(QStringLiteral("\\b%1 ?/ ?%2\\b").arg(page).arg(m_stats.pages));
            QVERIFY2(pdfText(m_pdf, page).contains(expected), qPrintable(expected.pattern()));
        }
    }

    void metadataAndPageSize_data()
    {
        QTest::addColumn<QPageSize::PageSizeId>("size");
        QTest::addColumn<QString>("expected");
        QTest::newRow("A4") << QPageSize::A4 << QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("Letter") << QPageSize::Letter << QStringLiteral("612 x 792 pts (letter)");
    }

    void metadataAndPageSize()
    {
        QFETCH(QPageSize::PageSizeId, size);
        QFETCH(QString, expected);
        ExportOptions options = sampleOptions();
        options.pageSize = QPageSize(size);
        const QString path = m_dir.filePath(QStringLiteral("size-%1.pdf").arg(int(size)));
        const auto written = writePdf(path, sampleProfile(), m_entries, samplePathways(), options);
        QVERIFY(written);
        RUN_TOOL(info, "pdfinfo", QStringList{path}, "poppler-utils");
        QCOMPARE(infoField(info.out, QStringLiteral("Page size")), expected);
        QCOMPARE(infoField(info.out, QStringLiteral("Pages")).toInt(), written->pages);
        QCOMPARE(infoField(info.out, QStringLiteral("Title")),
                 QStringLiteral("Nadia Fernández — Credential portfolio"));
        QCOMPARE(infoField(info.out, QStringLiteral("Author")), QStringLiteral("Nadia Fernández"));
        QCOMPARE(infoField(info.out, QStringLiteral("Creator")), QStringLiteral("Credfolio"));
        QCOMPARE(written->bytes, QFileInfo(path).size());
    }

    void fontsAreEmbedded()
    {
        RUN_TOOL(fonts, "pdffonts", QStringList{m_pdf}, "poppler-utils");
        const QStringList lines = QString::fromUtf8(fonts.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        QStringList names;
        for (const QString &line : lines.mid(2)) {
            // name type encoding emb sub uni object ID: "emb" is the fifth field from the end.
            const QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY(fields.size() >= 6);
            QVERIFY2(fields.at(fields.size() - 5) == u"yes", qPrintable(QStringLiteral("not embedded: ") + line));
            names.append(fields.first());
        }
        QVERIFY2(names.join(QLatin1Char(' ')).contains(QStringLiteral("DejaVuSans")), qPrintable(names.join(u',')));
    }

    void qrCodesDecodeToTheCheckTargets()
    {
        const QString prefix = m_dir.filePath(QStringLiteral("page"));
        RUN_TOOL(render, "pdftoppm",
                 (QStringList{QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("300"), m_pdf, prefix}),
                 "poppler-utils");
        QStringList pages;
        for (const QString &name : QDir(m_dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files)) {
            pages.append(m_dir.filePath(name));
        }
        QCOMPARE(pages.size(), m_stats.pages);
        RUN_TOOL(scan, "zbarimg", (QStringList{QStringLiteral("--raw"), QStringLiteral("-q")} + pages), "zbar-tools");
        QSet<QString> decoded;
        for (const QString &line : QString::fromUtf8(scan.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            decoded.insert(line.trimmed());
        }
        QSet<QString> expected;
        for (int i = 0; i < 6; ++i) {
            expected.insert(checkTarget(m_entries.at(i), sampleOptions()));
        }
        QCOMPARE(decoded, expected);
    }

    void expiredAndInvalidOnlyWhenAsked()
    {
        ExportOptions options = sampleOptions();
        options.includeExpired = true;
        const QString expiredPdf = m_dir.filePath(QStringLiteral("expired.pdf"));
        QVERIFY(writePdf(expiredPdf, sampleProfile(), m_entries, {}, options));
        QString text = pdfText(expiredPdf);
        QVERIFY(text.contains(included(m_entries, 6)));
        QVERIFY(text.contains(QStringLiteral("Expired")));
        QVERIFY(!text.contains(included(m_entries, 7)));

        options.includeInvalid = true;
        const QString allPdf = m_dir.filePath(QStringLiteral("all.pdf"));
        const auto written = writePdf(allPdf, sampleProfile(), m_entries, {}, options);
        QVERIFY(written);
        QCOMPARE(written->entries, 8);
        text = pdfText(allPdf);
        QVERIFY(text.contains(included(m_entries, 7)));
        QVERIFY(text.contains(QStringLiteral("Revoked")));
    }

    void manyCredentialsBreakAcrossPages()
    {
        QList<PortfolioEntry> many;
        for (int i = 0; i < 40; ++i) {
            PortfolioEntry entry = m_entries.at(i % 6);
            entry.group = QStringLiteral("Group %1").arg(i / 7 + 1);
            many.append(entry);
        }
        const QString path = m_dir.filePath(QStringLiteral("many.pdf"));
        const auto written = writePdf(path, sampleProfile(), many, samplePathways(), sampleOptions());
        QVERIFY(written);
        QCOMPARE(written->entries, 40);
        QVERIFY2(written->pages >= 4, qPrintable(QString::number(written->pages)));
        RUN_TOOL(info, "pdfinfo", QStringList{path}, "poppler-utils");
        QCOMPARE(infoField(info.out, QStringLiteral("Pages")).toInt(), written->pages);
        // Every group heading is on the same page as at least one of its credentials.
        for (int page = 1; page <= written->pages; ++page) {
            const QString text = pdfText(path, page);
            const QRegularExpression heading(QStringLiteral("GROUP (\\d+) (.*?)(?=GROUP \\d+|%1 ?/ ?\\d)").arg(page));
            auto it = heading.globalMatch(text);
            while (it.hasNext()) {
                const auto match = it.next();
                QVERIFY2(
                    match.captured(2).contains(QStringLiteral("Verified")),
                    qPrintable(
                        QStringLiteral("heading alone at the end of page %1: %2").arg(page).arg(match.captured(0))));
            }
        }
    }

    void checkTargets()
    {
        const ExportOptions options = sampleOptions();
        // No public URL: the package and the credential's hash.
        QCOMPARE(checkTarget(m_entries.at(0), options),
                 QStringLiteral("credfolio:package:urn:uuid:5f0c7a9e-2d1b-4c8e-9a57-0c1d2e3f4a5b#sha256=") +
                     m_entries.at(0).contentHash);
        // An OB 2.0 hosted assertion is checked where it is hosted.
        const PortfolioEntry &hosted = m_entries.at(5);
        QVERIFY2(hosted.credential.id.startsWith(u"https://"), qPrintable(hosted.credential.id));
        QCOMPARE(checkTarget(hosted, options), hosted.credential.id);
    }

    void unwritablePathIsAnError()
    {
        const auto written = writePdf(m_dir.filePath(QStringLiteral("missing/dir/portfolio.pdf")), sampleProfile(),
                                      m_entries, {}, sampleOptions());
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("portfolio.write-failed"));
    }

private:
    QTemporaryDir m_dir;
    QList<PortfolioEntry> m_entries;
    QString m_pdf;
    ExportStats m_stats;
};

QTEST_MAIN(TestPdfExport)
#include "TestPdfExport.moc"
