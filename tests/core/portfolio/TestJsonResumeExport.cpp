// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON Resume export checked against a copy of the JSON Resume schema (tests/data/json-resume/).
#include "JsonSchemaCheck.h"
#include "PortfolioFixture.h"
#include "core/portfolio/PortfolioExport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Portfolio;
using namespace Credfolio::Portfolio::Test;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

JsonSchemaCheck schema()
{
    return JsonSchemaCheck(readJson(Credfolio::Test::dataPath(QStringLiteral("json-resume/schema.json"))));
}

} // namespace

class TestJsonResumeExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_entries = sampleEntries();
    }

    void schemaCheckAcceptsTheSampleAndRejectsBrokenOnes()
    {
        const QJsonObject sample =
            readJson(Credfolio::Test::dataPath(QStringLiteral("json-resume/sample.resume.json")));
        QVERIFY(!sample.isEmpty());
        QCOMPARE(schema().validate(sample), QStringList());

        QJsonObject broken = sample;
        QJsonArray certificates{QJsonObject{{QStringLiteral("name"), 3},
                                            {QStringLiteral("date"), QStringLiteral("29/11/2026")},
                                            {QStringLiteral("url"), QStringLiteral("not a uri")}}};
        broken.insert(QStringLiteral("certificates"), certificates);
        const QStringList problems = schema().validate(broken);
        QCOMPARE(problems.size(), 3);
    }

    void exportValidatesAndListsTheCredentials()
    {
        const QString path = m_dir.filePath(QStringLiteral("resume.json"));
        const auto written = writeJsonResume(path, sampleProfile(), m_entries, samplePathways(), sampleOptions());
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        QCOMPARE(written->entries, 6);

        const QJsonObject resume = readJson(path);
        QVERIFY(!resume.isEmpty());
        const QStringList problems = schema().validate(resume);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const QJsonObject basics = resume.value(QStringLiteral("basics")).toObject();
        QCOMPARE(basics.value(QStringLiteral("name")).toString(), QStringLiteral("Nadia Fernández"));
        QCOMPARE(basics.value(QStringLiteral("label")).toString(), QStringLiteral("Junior data analyst"));
        QCOMPARE(basics.value(QStringLiteral("email")).toString(), QStringLiteral("nadia.fernandez@example.org"));

        const QJsonArray certificates = resume.value(QStringLiteral("certificates")).toArray();
        QCOMPARE(certificates.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const QJsonObject certificate = certificates.at(i).toObject();
            const auto &credential = m_entries.at(i).credential;
            QCOMPARE(certificate.value(QStringLiteral("name")).toString(), credential.name);
            QCOMPARE(certificate.value(QStringLiteral("issuer")).toString(), credential.issuer.name);
            QCOMPARE(certificate.value(QStringLiteral("url")).toString(),
                     checkTarget(m_entries.at(i), sampleOptions()));
            const QDateTime issued = credential.awardedDate.isValid() ? credential.awardedDate : credential.validFrom;
            QCOMPARE(certificate.value(QStringLiteral("date")).toString(), issued.date().toString(Qt::ISODate));
        }

        // Skills: O*NET alignments under their framework's name, tags under "Skills".
        QStringList keywords;
        for (const auto &skill : resume.value(QStringLiteral("skills")).toArray()) {
            for (const auto &keyword : skill.toObject().value(QStringLiteral("keywords")).toArray()) {
                keywords.append(keyword.toString());
            }
        }
        QVERIFY2(keywords.contains(QStringLiteral("Data Scientists")), qPrintable(keywords.join(u',')));
        QVERIFY2(keywords.contains(QStringLiteral("statistics")), qPrintable(keywords.join(u',')));
    }

    void leavesOutExpiredAndRevokedUnlessAsked()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.json"));
        ExportOptions options = sampleOptions();
        options.includeExpired = true;
        options.includeInvalid = true;
        const auto written = writeJsonResume(path, sampleProfile(), m_entries, {}, options);
        QVERIFY(written);
        QCOMPARE(written->entries, 8);
        const QJsonArray certificates = readJson(path).value(QStringLiteral("certificates")).toArray();
        QCOMPARE(certificates.size(), 8);
        // In section order (as the caller grouped them), then in the order given within a section.
        const QList<int> order{0, 1, 2, 7, 3, 4, 5, 6};
        for (int i = 0; i < order.size(); ++i) {
            QCOMPARE(certificates.at(i).toObject().value(QStringLiteral("name")).toString(),
                     m_entries.at(order.at(i)).credential.name);
        }
        QCOMPARE(schema().validate(readJson(path)), QStringList());
    }

private:
    QTemporaryDir m_dir;
    QList<PortfolioEntry> m_entries;
};

QTEST_MAIN(TestJsonResumeExport)
#include "TestJsonResumeExport.moc"
