// SPDX-License-Identifier: GPL-3.0-or-later
// Reading speed of core/credentials (detection + read, credentials per second) for a JSON-LD credential, a
// VC-JWT, a baked PNG and SVG, and a CLR with 3 embedded credentials, all from the corpus.
// Run: bench_credentials --benchmark_min_time=0.2
#include "core/credentials/CredentialReader.h"
#include "core/credentials/Detector.h"

#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace Credfolio::Credentials;

QByteArray readFixture(const char *relative)
{
    QFile file(QString::fromUtf8(CREDFOLIO_BENCH_DATA) + QLatin1Char('/') + QString::fromUtf8(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", relative);
        std::abort();
    }
    return file.readAll();
}

void BM_Read(benchmark::State &state, const char *relative)
{
    const QByteArray bytes = readFixture(relative);
    for (auto _ : state) {
        Credfolio::Result<Credential> credential = readCredential(bytes);
        if (!credential) {
            state.SkipWithError("unreadable");
            break;
        }
        benchmark::DoNotOptimize(credential);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void BM_Detect(benchmark::State &state, const char *relative)
{
    const QByteArray bytes = readFixture(relative);
    for (auto _ : state) {
        Credfolio::Result<Detection> detection = detect(bytes);
        benchmark::DoNotOptimize(detection);
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK_CAPTURE(BM_Read, json_ld, "corpus/ob3/di-rdfc-valid.json");
BENCHMARK_CAPTURE(BM_Read, vc_jwt, "corpus/ob3-jwt/jwt-eddsa-valid.jwt");
BENCHMARK_CAPTURE(BM_Read, baked_png, "corpus/baked/ob3-di-rdfc.png");
BENCHMARK_CAPTURE(BM_Read, baked_svg, "corpus/baked/ob3-di-rdfc.svg");
BENCHMARK_CAPTURE(BM_Read, ob2_signed, "corpus/ob2/signed-valid.jws");
BENCHMARK_CAPTURE(BM_Read, clr_3_embedded, "corpus/clr/clr-valid.json");
BENCHMARK_CAPTURE(BM_Detect, json_ld, "corpus/ob3/di-rdfc-valid.json");
BENCHMARK_CAPTURE(BM_Detect, baked_png, "corpus/baked/ob3-di-rdfc.png");

BENCHMARK_MAIN();
