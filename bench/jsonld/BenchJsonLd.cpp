// SPDX-License-Identifier: GPL-3.0-or-later
// Warm JSON-LD cost of a typical OB 3.0 credential (corpus/ob3/di-rdfc-valid.json, the credential without
// its proof, as eddsa-rdfc-2022 signs it): expand, expand + toRdf, and expand + toRdf + RDFC-1.0. Also the
// cost of refusing the hostile inputs of TestExpander (2,000 levels of nesting, a context cycle), which that
// test checks for results only.
#include "core/json/JsonReader.h"
#include "core/jsonld/DocumentLoader.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/ToRdf.h"
#ifdef CREDFOLIO_HAVE_RDF_CANON
#include "core/rdf/Canonicalizer.h"
#endif

#include <QFile>

#include <benchmark/benchmark.h>

using namespace Credfolio;

namespace {

QJsonValue credential()
{
    QFile file(QStringLiteral(CREDFOLIO_BENCH_DATA "/corpus/ob3/di-rdfc-valid.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing bench data");
    QJsonObject object = Json::parse(file.readAll()).value().toObject();
    object.remove(QLatin1String("proof"));
    return object;
}

void BM_Expand(benchmark::State &state)
{
    const QJsonValue document = credential();
    for (auto _ : state) {
        Result<JsonLd::ExpandResult> result = JsonLd::expand(document);
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_Expand)->Unit(benchmark::kMicrosecond);

void BM_ExpandToRdf(benchmark::State &state)
{
    const QJsonValue document = credential();
    for (auto _ : state) {
        Result<Rdf::Dataset> dataset = JsonLd::documentToRdf(document, {});
        benchmark::DoNotOptimize(dataset);
    }
}
BENCHMARK(BM_ExpandToRdf)->Unit(benchmark::kMicrosecond);

// TestExpander::deepNestingIsRefused: 2,000 levels, jsonld.nesting-too-deep.
void BM_ExpandDeepNesting(benchmark::State &state)
{
    QJsonValue value = QJsonObject{{QStringLiteral("http://example.org/p"), QStringLiteral("leaf")}};
    for (int i = 0; i < 2000; ++i)
        value = QJsonObject{{QStringLiteral("http://example.org/p"), value}};
    for (auto _ : state) {
        Result<JsonLd::ExpandResult> result = JsonLd::expand(value);
        if (result) {
            state.SkipWithError("not refused");
            break;
        }
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_ExpandDeepNesting)->Unit(benchmark::kMicrosecond);

// TestExpander::contextCycleIsRefused: a -> b -> a, jsonld.recursive-context-inclusion.
void BM_ExpandContextCycle(benchmark::State &state)
{
    auto loader = std::make_shared<JsonLd::DocumentLoader>();
    loader->addDocument(QStringLiteral("https://example.org/a"), R"({"@context": ["https://example.org/b"]})");
    loader->addDocument(QStringLiteral("https://example.org/b"), R"({"@context": "https://example.org/a"})");
    JsonLd::ExpandOptions options;
    options.loader = loader;
    const QJsonValue document =
        Json::parse(R"({"@context": "https://example.org/a", "@id": "https://example.org/x"})").value();
    for (auto _ : state) {
        Result<JsonLd::ExpandResult> result = JsonLd::expand(document, options);
        if (result) {
            state.SkipWithError("not refused");
            break;
        }
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_ExpandContextCycle)->Unit(benchmark::kMicrosecond);

#ifdef CREDFOLIO_HAVE_RDF_CANON
void BM_ExpandToRdfCanonicalize(benchmark::State &state)
{
    const QJsonValue document = credential();
    for (auto _ : state) {
        Result<Rdf::Dataset> dataset = JsonLd::documentToRdf(document, {});
        auto canonical = Rdf::canonicalize(dataset.value());
        benchmark::DoNotOptimize(canonical);
    }
}
BENCHMARK(BM_ExpandToRdfCanonicalize)->Unit(benchmark::kMicrosecond);
#endif

} // namespace

BENCHMARK_MAIN();
