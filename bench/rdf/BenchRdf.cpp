// SPDX-License-Identifier: GPL-3.0-or-later
// RDFC-1.0 canonicalization and N-Quads reading on a credential-sized dataset (tests/data/rdf/README.md), and
// the cost of refusing poison datasets at the work limits (the tests check the work, these the time).
// Run: bench_rdf --benchmark_min_time=0.2
#include "core/rdf/Canonicalizer.h"
#include "core/rdf/NQuads.h"

#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

namespace {

QByteArray readFixture(const char *relative)
{
    QFile file(QString::fromUtf8(CREDFOLIO_BENCH_DATA) + QLatin1Char('/') + QString::fromUtf8(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", relative);
        std::abort();
    }
    return file.readAll();
}

Credfolio::Rdf::Dataset readDataset(const char *relative)
{
    Credfolio::Result<Credfolio::Rdf::Dataset> dataset = Credfolio::Rdf::parseNQuads(readFixture(relative));
    if (!dataset) {
        std::fprintf(stderr, "cannot parse %s\n", relative);
        std::abort();
    }
    return std::move(dataset).value();
}

void canonicalizeFile(benchmark::State &state, const char *relative, Credfolio::Rdf::HashAlgorithm hash)
{
    const Credfolio::Rdf::Dataset dataset = readDataset(relative);
    Credfolio::Rdf::CanonOptions options;
    options.hash = hash;
    for (auto _ : state) {
        Credfolio::Result<Credfolio::Rdf::CanonResult> result = Credfolio::Rdf::canonicalize(dataset, options);
        if (!result) {
            state.SkipWithError("canonicalize failed");
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.counters["quads"] = double(dataset.size());
}

// A dataset that must be refused (rdf.too-complex): the time the work limits allow it.
void refuseDataset(benchmark::State &state, const Credfolio::Rdf::Dataset &dataset)
{
    for (auto _ : state) {
        Credfolio::Result<Credfolio::Rdf::CanonResult> result = Credfolio::Rdf::canonicalize(dataset);
        if (result || result.error().code != QLatin1String("rdf.too-complex")) {
            state.SkipWithError("not refused as too complex");
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.counters["quads"] = double(dataset.size());
}

void refuseFile(benchmark::State &state, const char *relative)
{
    refuseDataset(state, readDataset(relative));
}

// Every node linked to every other by the same predicate (TestCanonicalizer's poison clique).
void refuseClique(benchmark::State &state)
{
    const int size = int(state.range(0));
    Credfolio::Rdf::Dataset dataset;
    for (int a = 0; a < size; ++a) {
        for (int b = 0; b < size; ++b) {
            if (a != b) {
                dataset.push_back({Credfolio::Rdf::Term::blank(QStringLiteral("n%1").arg(a)),
                                   Credfolio::Rdf::Term::iri(QStringLiteral("http://example.org/p")),
                                   Credfolio::Rdf::Term::blank(QStringLiteral("n%1").arg(b)),
                                   Credfolio::Rdf::Term::defaultGraph()});
            }
        }
    }
    refuseDataset(state, dataset);
}

// A chain of blank nodes, refused at the recursion limit (TestCanonicalizer::longChainIsBounded).
void refuseChain(benchmark::State &state)
{
    Credfolio::Rdf::Dataset dataset;
    for (int i = 0; i < int(state.range(0)); ++i) {
        dataset.push_back({Credfolio::Rdf::Term::blank(QStringLiteral("n%1").arg(i)),
                           Credfolio::Rdf::Term::iri(QStringLiteral("http://example.org/next")),
                           Credfolio::Rdf::Term::blank(QStringLiteral("n%1").arg(i + 1)),
                           Credfolio::Rdf::Term::defaultGraph()});
    }
    refuseDataset(state, dataset);
}

void parseFile(benchmark::State &state, const char *relative)
{
    const QByteArray bytes = readFixture(relative);
    for (auto _ : state) {
        Credfolio::Result<Credfolio::Rdf::Dataset> dataset = Credfolio::Rdf::parseNQuads(bytes);
        if (!dataset) {
            state.SkipWithError("parse failed");
            break;
        }
        benchmark::DoNotOptimize(dataset);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}

void serializeFile(benchmark::State &state, const char *relative)
{
    const Credfolio::Rdf::Dataset dataset = readDataset(relative);
    for (auto _ : state)
        benchmark::DoNotOptimize(Credfolio::Rdf::serializeNQuads(dataset));
}

} // namespace

BENCHMARK_CAPTURE(canonicalizeFile, typical_credential_70q_5bn, "rdf/typical-credential.nq",
                  Credfolio::Rdf::HashAlgorithm::Sha256)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(canonicalizeFile, typical_credential_sha384, "rdf/typical-credential.nq",
                  Credfolio::Rdf::HashAlgorithm::Sha384)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(canonicalizeFile, clr2_49q_3bn, "rdf/clr2-document-relabelled.nq",
                  Credfolio::Rdf::HashAlgorithm::Sha256)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(canonicalizeFile, rdfc_test044_hard, "rdf-canon/rdfc10/test044-in.nq",
                  Credfolio::Rdf::HashAlgorithm::Sha256)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(refuseFile, rdfc_test074_poison, "rdf-canon/rdfc10/test074-in.nq")->Unit(benchmark::kMillisecond);
BENCHMARK(refuseClique)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK(refuseChain)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parseFile, typical_credential, "rdf/typical-credential.nq")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(serializeFile, typical_credential, "rdf/typical-credential.nq")->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
