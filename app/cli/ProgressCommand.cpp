// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ProgressCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/InputFiles.h"
#include "app/cli/LibraryOption.h"
#include "core/pathways/Evaluator.h"
#include "core/pathways/PathwayCatalog.h"
#include "core/pathways/PathwayReader.h"
#include "core/pathways/ProgressRenderer.h"
#include "core/services/LibraryCredentials.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace Credfolio::Cli {

namespace {

// PATHWAY is a pathway file, or the id of a pathway saved in the library.
Result<QList<Pathways::Pathway>> loadPathways(const QString &pathway, const Store::Library &library, QString *rootId)
{
    QList<Pathways::Pathway> pathways;
    const Result<QList<Store::PathwayEntry>> saved = library.pathways();
    if (!saved)
        return saved.error();
    for (const Store::PathwayEntry &entry : *saved) {
        const Result<Pathways::ReadPathway> read = Pathways::readPathway(entry.document);
        if (read)
            pathways.append(read->pathway);
    }
    if (QFileInfo(pathway).isFile()) {
        const Result<QByteArray> bytes = readInput(pathway);
        if (!bytes)
            return bytes.error();
        const Result<Pathways::ReadPathway> read = Pathways::readPathway(*bytes);
        if (!read)
            return read.error();
        *rootId = read->pathway.id;
        pathways.removeIf([rootId](const Pathways::Pathway &each) { return each.id == *rootId; });
        pathways.append(read->pathway);
        return pathways;
    }
    *rootId = pathway;
    return pathways;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help"))) {
        out << CliText::tr("Usage: credfolio-cli progress [--library DB] [--json] PATHWAY") << "\n\n"
            << CliText::tr("Shows how far the credentials in the library go toward a pathway (a pathway file, or "
                           "the id of a pathway saved in the library): what is met, what is in progress, what is "
                           "missing, and credits.")
            << "\n";
        return Success;
    }
    QStringList rest = arguments;
    const bool json = rest.removeAll(QStringLiteral("--json")) > 0;
    bool usageError = false;
    const std::unique_ptr<Services::Workspace> workspace = openLibrary(rest, err, &usageError);
    if (!workspace)
        return UsageOrIoError;
    if (rest.size() != 1) {
        err << CliText::tr("Usage: credfolio-cli progress [--library DB] [--json] PATHWAY") << "\n";
        return UsageOrIoError;
    }
    QString rootId;
    const Result<QList<Pathways::Pathway>> pathways = loadPathways(rest.first(), workspace->library(), &rootId);
    if (!pathways) {
        err << rest.first() << ": " << pathways.error().toString() << "\n";
        return UsageOrIoError;
    }
    Pathways::PathwayCatalog catalog;
    for (const Pathways::Pathway &pathway : *pathways)
        (void)catalog.add(pathway);
    const Pathways::Pathway *root = catalog.find(rootId);
    if (!root) {
        err << CliText::tr("'%1' is neither a pathway file nor a pathway in the library.").arg(rest.first()) << "\n";
        return UsageOrIoError;
    }
    const Result<QList<Services::LearnerCredential>> credentials = Services::learnerCredentials(workspace->library());
    if (!credentials) {
        err << credentials.error().toString() << "\n";
        return UsageOrIoError;
    }
    QList<Pathways::EvaluatedCredential> evaluated;
    for (const Services::LearnerCredential &each : *credentials)
        evaluated.append(Pathways::EvaluatedCredential{&each.credential, each.standing});
    const Result<Pathways::Evaluation> evaluation = Pathways::evaluate(*root, catalog, evaluated);
    if (!evaluation) {
        err << evaluation.error().toString() << "\n";
        return UsageOrIoError;
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(Pathways::toJson(*evaluation)).toJson(QJsonDocument::Indented));
    else
        out << Pathways::renderProgressText(*evaluation);
    return Success;
}

} // namespace

Command progressCommand()
{
    return Command{QStringLiteral("progress"), QStringLiteral("[--library DB] [--json] PATHWAY"),
                   CliText::tr("Show progress toward a pathway with the credentials in the library"), run};
}

} // namespace Credfolio::Cli
