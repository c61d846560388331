// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CanonCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/InputFiles.h"
#include "core/json/Jcs.h"
#include "core/json/JsonReader.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/ToRdf.h"
#include "core/rdf/Canonicalizer.h"

#include <QTextStream>

namespace Credfolio::Cli {

namespace {

int fail(QTextStream &err, const Error &error)
{
    err << error.toString() << "\n";
    return UsageOrIoError;
}

Result<QByteArray> rdfcOf(const QJsonValue &document, QTextStream &err)
{
    auto expanded = JsonLd::expand(document);
    if (!expanded) {
        return expanded.error();
    }
    for (const QString &term : expanded->droppedTerms) {
        err << CliText::tr("warning: \"%1\" is not defined by any context; it is not part of the canonical form")
                   .arg(term)
            << "\n";
    }
    auto dataset = JsonLd::toRdf(expanded->expanded);
    if (!dataset) {
        return dataset.error();
    }
    auto canonical = Rdf::canonicalize(*dataset);
    if (!canonical) {
        return canonical.error();
    }
    return canonical->nquads;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help"))) {
        out << CliText::tr("Usage: credfolio-cli canon (--jcs|--rdfc) FILE") << "\n\n"
            << CliText::tr("  --jcs   print the JSON Canonicalization Scheme (RFC 8785) form of a JSON document")
            << "\n"
            << CliText::tr("  --rdfc  print the RDFC-1.0 canonical N-Quads of a JSON-LD document (only bundled "
                           "contexts are used; nothing is fetched)")
            << "\n"
            << CliText::tr("FILE may be '-' for standard input.") << "\n";
        return Success;
    }
    const bool jcs = arguments.value(0) == QLatin1String("--jcs");
    const bool rdfc = arguments.value(0) == QLatin1String("--rdfc");
    if (arguments.size() != 2 || (!jcs && !rdfc)) {
        err << CliText::tr("Usage: credfolio-cli canon (--jcs|--rdfc) FILE") << "\n";
        return UsageOrIoError;
    }
    const auto bytes = readInput(arguments.at(1));
    if (!bytes) {
        return fail(err, bytes.error());
    }
    const auto document = Json::parse(*bytes);
    if (!document) {
        return fail(err, document.error());
    }
    const auto canonical = jcs ? Json::canonicalize(*document) : rdfcOf(*document, err);
    if (!canonical) {
        return fail(err, canonical.error());
    }
    out.flush();
    out << QString::fromUtf8(*canonical);
    return Success;
}

} // namespace

Command canonCommand()
{
    return Command{QStringLiteral("canon"), QStringLiteral("(--jcs|--rdfc) FILE"),
                   CliText::tr("Print the canonical form of a JSON (JCS) or JSON-LD (RDFC-1.0) document"), run};
}

} // namespace Credfolio::Cli
