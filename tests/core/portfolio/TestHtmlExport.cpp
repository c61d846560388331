// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML export read back as XML: well-formed, self-contained, every selected credential in it.
#include "PortfolioFixture.h"
#include "core/portfolio/PortfolioExport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Credfolio;
using namespace Credfolio::Portfolio;
using namespace Credfolio::Portfolio::Test;

class TestHtmlExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_entries = sampleEntries();
        // A learner who types markup into the profile gets it printed, not interpreted.
        LearnerProfile profile = sampleProfile();
        profile.headline = QStringLiteral("Analyst <script>alert(1)</script> & \"friends\"");
        const QString path = m_dir.filePath(QStringLiteral("portfolio.html"));
        const auto written = writeHtml(path, profile, m_entries, samplePathways(), sampleOptions());
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        m_stats = *written;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_bytes = file.readAll();
        QCOMPARE(m_stats.bytes, m_bytes.size());
    }

    void isWellFormedAndSelfContained()
    {
        QXmlStreamReader xml(m_bytes);
        QString text;
        QStringList sources;
        int images = 0;
        int scripts = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters()) {
                text += xml.text() + QLatin1Char(' ');
            } else if (xml.isStartElement()) {
                if (xml.name() == u"img") {
                    ++images;
                    sources.append(xml.attributes().value(QStringLiteral("src")).toString());
                } else if (xml.name() == u"script" || xml.name() == u"link") {
                    ++scripts;
                }
            }
        }
        QVERIFY2(!xml.hasError(),
                 qPrintable(xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber())));
        QCOMPARE(scripts, 0);
        QVERIFY2(images >= 2, "the two baked badges are drawn from their own images");
        for (const QString &source : sources) {
            QVERIFY2(source.startsWith(u"data:image/png;base64,"), qPrintable(source.left(40)));
        }

        const QString plain = text.simplified();
        for (int i = 0; i < 6; ++i) {
            const auto &credential = m_entries.at(i).credential;
            QVERIFY2(plain.contains(credential.name), qPrintable(credential.name));
            QVERIFY2(plain.contains(credential.issuer.name), qPrintable(credential.issuer.name));
        }
        QVERIFY(!plain.contains(m_entries.at(6).credential.name));
        QVERIFY(!plain.contains(m_entries.at(7).credential.name));
        QVERIFY(plain.contains(QStringLiteral("Analyst <script>alert(1)</script> & \"friends\"")));
        QVERIFY(plain.contains(QStringLiteral("Verified 28 Nov 2026")));
        QVERIFY(plain.contains(QStringLiteral("3 of 4 requirements met")));
        QCOMPARE(m_stats.entries, 6);
    }

    void linksToPublicCredentialsOnly()
    {
        const QString html = QString::fromUtf8(m_bytes);
        const QString hosted = checkTarget(m_entries.at(5), sampleOptions());
        QVERIFY(hosted.startsWith(u"https://"));
        QVERIFY(html.contains(QStringLiteral("<a href=\"%1\">").arg(hosted.toHtmlEscaped())));
        static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        auto it = href.globalMatch(html);
        int links = 0;
        while (it.hasNext()) {
            QVERIFY(it.next().captured(1).startsWith(u"https://"));
            ++links;
        }
        QCOMPARE(links, 1);
        // Package references are printed for the reader to check, not linked.
        QVERIFY(html.contains(checkTarget(m_entries.at(0), sampleOptions())));
    }

    void hasPrintStyles() { QVERIFY(m_bytes.contains("@media print")); }

private:
    QTemporaryDir m_dir;
    QList<PortfolioEntry> m_entries;
    ExportStats m_stats;
    QByteArray m_bytes;
};

QTEST_MAIN(TestHtmlExport)
#include "TestHtmlExport.moc"
