// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's review PDF: what a reader of the student's file looks for is in the text (learner, package,
// signature verdict, each credential with "as sent" and "today", the advisor's notes, pathway progress), and the
// document carries its title and author.
#include "ExternalTool.h"
#include "ReviewFixture.h"
#include "core/portfolio/Review.h"
#include "core/portfolio/ReviewPdf.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Portfolio;

namespace {

Review sampleReview(const QByteArray &bytes)
{
    const auto opened = readPackage(bytes);
    if (!opened)
        qFatal("package does not read: %s", qPrintable(opened.error().toString()));
    return reviewPackage(*opened, nullptr, nullptr, nullptr);
}

ExportOptions options()
{
    ExportOptions options;
    options.exportedAt = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
    return options;
}

QString pdfText(const QString &path)
{
    const auto run =
        Portfolio::Test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")},
                                 QStringLiteral("poppler-utils"));
    if (!run.ok)
        qFatal("%s", qPrintable(run.error));
    // Collapse the layout's runs of spaces so phrases are found whatever the column widths.
    return QString::fromUtf8(run.out).simplified();
}

/// pdfinfo's "Key:   value" lines as a map.
QHash<QString, QString> pdfInfo(const QString &path)
{
    const auto run = Portfolio::Test::runTool(QStringLiteral("pdfinfo"), {path}, QStringLiteral("poppler-utils"));
    if (!run.ok)
        qFatal("%s", qPrintable(run.error));
    QHash<QString, QString> info;
    for (const QString &line : QString::fromUtf8(run.out).split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon), line.mid(colon + 1).trimmed());
    }
    return info;
}

} // namespace

class TestReviewPdf : public QObject {
    Q_OBJECT

private slots:
    void theReviewReadsAsAReport()
    {
        Review review = sampleReview(Portfolio::Test::reviewPackageBytes());
        QCOMPARE(review.credentials.size(), 3);
        // The second credential has been revoked since it was sent.
        Verify::VerificationReport revoked = review.credentials.at(1).asSent;
        revoked.setCheck(Verify::makeCheck(QString::fromLatin1(Verify::CheckId::Status), Verify::CheckStatus::Fail,
                                           QStringLiteral("Revoked by the issuer."), {},
                                           QStringLiteral("verify.revoked")));
        review.credentials[1].today = revoked;
        review.credentials[0].today = review.credentials.at(0).asSent;

        ReviewAnnotations notes;
        notes.overall = QStringLiteral("Strong start. Take the statistics module next term.");
        notes.credentials.insert(contentHash(review.package.contents.credentials.at(0).original),
                                 QStringLiteral("Confirmed with the registrar."));
        QVERIFY(!review.pathways.isEmpty());
        const Pathways::Evaluation &pathway = review.pathways.first();
        // A requirement two levels down: printed only because the advisor noted it.
        const Pathways::NodeProgress &firstRequirement = pathway.nodes.last();
        notes.requirements.insert(requirementKey(pathway.pathwayId, firstRequirement.path),
                                  QStringLiteral("Ask about the capstone project."));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("review.pdf"));
        const auto written = writeReviewPdf(path, review, notes, options());
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(written->entries, 3);

        const QString text = pdfText(path);
        QVERIFY2(text.contains(Portfolio::Test::kLearner), qPrintable(text));
        QVERIFY(text.contains(review.package.contents.id));
        QVERIFY(text.contains(QStringLiteral("Signature intact")));
        QVERIFY(text.contains(Portfolio::Test::kMessage));
        for (const ReviewedCredential &each : std::as_const(review.credentials)) {
            QVERIFY(each.credential);
            QVERIFY2(text.contains(each.credential->name.simplified()), qPrintable(each.credential->name));
        }
        QVERIFY2(text.contains(QStringLiteral("Valid as of 29 Nov 2026 · Revoked now")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Valid as of 29 Nov 2026 · Valid now")));
        QVERIFY(text.contains(QStringLiteral("Valid as of 29 Nov 2026 · not checked today (offline)")));
        QVERIFY(text.contains(QStringLiteral("Learner note 2")));
        QVERIFY(text.contains(notes.overall));
        QVERIFY(text.contains(QStringLiteral("Confirmed with the registrar.")));
        QVERIFY(text.contains(QStringLiteral("Ask about the capstone project.")));
        QVERIFY(text.contains(pathway.pathwayName.simplified()));
        QVERIFY(text.contains(QStringLiteral("Reviewed 3 Dec 2026")));

        const QHash<QString, QString> info = pdfInfo(path);
        QCOMPARE(info.value(QStringLiteral("Title")), QStringLiteral("Nadia Fernández — Advisor review"));
        QCOMPARE(info.value(QStringLiteral("Author")), Portfolio::Test::kLearner);
        QCOMPARE(info.value(QStringLiteral("Pages")), QString::number(written->pages));
        QVERIFY2(info.value(QStringLiteral("Page size")).contains(QStringLiteral("(A4)")),
                 qPrintable(info.value(QStringLiteral("Page size"))));
    }

    void aTamperedPackageIsFlaggedInTheReport()
    {
        QByteArray bytes = Portfolio::Test::reviewPackageBytes();
        const qsizetype at = bytes.indexOf("look at my data analytics");
        QVERIFY(at > 0);
        bytes[at + 16] = 'A'; // "analytics" -> "Analytics": still well-formed, no longer what was signed
        const Review review = sampleReview(bytes);
        QVERIFY(!review.package.isAuthentic());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tampered.pdf"));
        QVERIFY(writeReviewPdf(path, review, {}, options()));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("This package was changed after it was signed.")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Signature intact")));
        QVERIFY(text.contains(QStringLiteral("Please look at my data Analytics pathway.")));
    }

    void manyNotesRunOntoMorePages()
    {
        const Review review = sampleReview(Portfolio::Test::reviewPackageBytes());
        ReviewAnnotations notes;
        QStringList paragraphs;
        for (int i = 0; i < 60; ++i)
            paragraphs.append(QStringLiteral("Paragraph %1 of a long recommendation that the advisor wrote.").arg(i));
        notes.overall = paragraphs.join(QLatin1Char('\n'));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        const auto written = writeReviewPdf(path, review, notes, options());
        QVERIFY(written);
        QVERIFY2(written->pages >= 2, qPrintable(QString::number(written->pages)));
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("Paragraph 59 of a long recommendation")));
        // pdftotext writes the "2 / 3" page number as "2/3".
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\b2 ?/ ?%1\\b").arg(written->pages))),
                 qPrintable(text.right(400)));
    }
};

QTEST_MAIN(TestReviewPdf)
#include "TestReviewPdf.moc"
