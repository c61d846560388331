// SPDX-License-Identifier: GPL-3.0-or-later
// RDFC-1.0 canonicalization and N-Quads reading on a credential-sized dataset (tests/data/rdf/README.md).
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
BENCHMARK_CAPTURE(parseFile, typical_credential, "rdf/typical-credential.nq")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(serializeFile, typical_credential, "rdf/typical-credential.nq")->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
