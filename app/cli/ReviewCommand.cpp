// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ReviewCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/InputFiles.h"
#include "core/net/Fetcher.h"
#include "core/pathways/ProgressRenderer.h"
#include "core/portfolio/Review.h"
#include "core/services/PackageReview.h"
#include "core/services/ReviewNotes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Credfolio::Cli {

namespace {

QString verdict(const Verify::VerificationReport &report)
{
    if (report.isValid())
        return QStringLiteral("valid");
    const Verify::Check *failure = report.firstFailure();
    return QStringLiteral("invalid (%1)").arg(failure ? failure->id : QStringLiteral("embedded"));
}

QJsonObject reviewJson(const Portfolio::Review &review)
{
    const Portfolio::PackageContents &contents = review.package.contents;
    const Verify::Check &signature = review.package.signature;
    QJsonArray credentials;
    for (const Portfolio::ReviewedCredential &each : review.credentials) {
        QJsonObject item{{QStringLiteral("name"), each.name},
                         {QStringLiteral("note"), each.note},
                         {QStringLiteral("asSent"), each.asSent.toJson()}};
        item.insert(QStringLiteral("today"), each.today ? QJsonValue(each.today->toJson()) : QJsonValue());
        credentials.append(item);
    }
    QJsonArray pathways;
    for (const Pathways::Evaluation &evaluation : review.pathways)
        pathways.append(Pathways::toJson(evaluation));
    return QJsonObject{
        {QStringLiteral("package"),
         QJsonObject{{QStringLiteral("id"), contents.id},
                     {QStringLiteral("holder"), review.package.holder},
                     {QStringLiteral("learner"), contents.profile.name},
                     {QStringLiteral("createdAt"), contents.createdAt.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("message"), contents.message},
                     {QStringLiteral("verdict"),
                      review.package.isAuthentic() ? QStringLiteral("authentic") : QStringLiteral("tampered")},
                     {QStringLiteral("signature"),
                      QJsonObject{{QStringLiteral("status"), Verify::checkStatusKey(signature.status)},
                                  {QStringLiteral("message"), signature.message},
                                  {QStringLiteral("detail"), signature.detail}}}}},
        {QStringLiteral("credentials"), credentials},
        {QStringLiteral("pathways"), pathways}};
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help"))) {
        out << CliText::tr("Usage: credfolio-cli review [--json] [--pdf OUT] [--offline] PACKAGE") << "\n\n"
            << CliText::tr("Opens a portfolio package as an advisor: checks the learner's signature on it, verifies "
                           "every credential as of the day it was sent (with the documents it carries) and today "
                           "(online, unless --offline), and shows the learner's pathway progress; --pdf also writes "
                           "the review as a PDF. Exit status: 0 "
                           "authentic and everything valid, 1 tampered or something invalid, 2 usage or I/O error.")
            << "\n";
        return Success;
    }
    QStringList rest = arguments;
    const bool json = rest.removeAll(QStringLiteral("--json")) > 0;
    const bool offline = rest.removeAll(QStringLiteral("--offline")) > 0;
    QString pdf;
    if (const qsizetype at = rest.indexOf(QStringLiteral("--pdf")); at >= 0) {
        if (at + 1 >= rest.size()) {
            err << CliText::tr("The option %1 needs a value.").arg(QStringLiteral("--pdf")) << "\n";
            return UsageOrIoError;
        }
        pdf = rest.at(at + 1);
        rest.remove(at, 2);
    }
    if (rest.size() != 1 || rest.first().startsWith(QLatin1String("--"))) {
        err << CliText::tr("Usage: credfolio-cli review [--json] [--pdf OUT] [--offline] PACKAGE") << "\n";
        return UsageOrIoError;
    }
    const Result<QByteArray> bytes = readInput(rest.first(), 256 * 1024 * 1024);
    const Result<Portfolio::OpenedPackage> package =
        bytes ? Portfolio::readPackage(*bytes) : Result<Portfolio::OpenedPackage>(bytes.error());
    if (!package) {
        err << rest.first() << ": " << package.error().toString() << "\n";
        return UsageOrIoError;
    }
    Net::Fetcher fetcher;
    const Portfolio::Review review = Portfolio::reviewPackage(*package, offline ? nullptr : &fetcher, nullptr, nullptr);

    if (!pdf.isEmpty()) {
        const Result<Portfolio::ExportStats> written =
            Services::exportReviewPdf(pdf, review, Services::ReviewNotes{}, QDateTime::currentDateTimeUtc());
        if (!written) {
            err << written.error().toString() << "\n";
            return UsageOrIoError;
        }
    }
    bool allGood = package->isAuthentic();
    for (const Portfolio::ReviewedCredential &each : review.credentials)
        allGood = allGood && each.asSent.isValid() && (!each.today || each.today->isValid());
    if (json) {
        out << QString::fromUtf8(QJsonDocument(reviewJson(review)).toJson(QJsonDocument::Indented));
        return allGood ? Success : SomeInvalid;
    }
    const Portfolio::PackageContents &contents = package->contents;
    out << CliText::tr("Package %1 from %2, made %3")
               .arg(contents.id, contents.profile.name, contents.createdAt.toUTC().toString(Qt::ISODate))
        << "\n"
        << CliText::tr("Signature: %1").arg(package->signature.message) << "\n\n";
    for (const Portfolio::ReviewedCredential &each : review.credentials) {
        out << each.name << '\t' << CliText::tr("as sent: %1").arg(verdict(each.asSent));
        if (each.today)
            out << '\t' << CliText::tr("today: %1").arg(verdict(*each.today));
        out << "\n";
    }
    for (const Pathways::Evaluation &evaluation : review.pathways)
        out << "\n" << Pathways::renderProgressText(evaluation);
    for (const QString &problem : review.pathwayProblems)
        err << problem << "\n";
    return allGood ? Success : SomeInvalid;
}

} // namespace

Command reviewCommand()
{
    return Command{
        QStringLiteral("review"), QStringLiteral("[--json] [--pdf OUT] [--offline] PACKAGE"),
        CliText::tr("Review a learner's portfolio package: its signature, every credential, pathway progress"), run};
}

} // namespace Credfolio::Cli
