// SPDX-License-Identifier: GPL-3.0-or-later
// What finding a credential's key costs once its document is at hand: computed did:key (Ed25519, P-256) and
// did:jwk documents, and a did:web document answered from the corpus bundle (offline Fetcher: bundle lookup,
// strict JSON, document checks, key decoding). Run: bench_did --benchmark_min_time=0.2
#include "core/did/Resolver.h"
#include "core/net/Fetcher.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

using namespace Credfolio;

const QString kEd25519Method = QStringLiteral("did:key:z6MkrjR5BDembRct9ZTe6z8pNZqUpEXbYFGYM2rfSqVJUHv7"
                                              "#z6MkrjR5BDembRct9ZTe6z8pNZqUpEXbYFGYM2rfSqVJUHv7");
const QString kP256Method = QStringLiteral("did:key:zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv"
                                           "#zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv");
const QString kJwkMethod = QStringLiteral(
    "did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6ImFjYklRaXVNczNpOF91c3pFakoydHBUdFJNNEVVM3l6OTFQSDZDZEgyVjAiLCJ5"
    "IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9#0");
const QString kWebMethod = QStringLiteral("did:web:credentials.example.org#key-1");

void resolveLoop(benchmark::State &state, const Did::Resolver &resolver, const QString &methodUrl)
{
    for (auto _ : state) {
        Result<Did::ResolvedMethod> method = resolver.resolveMethod(methodUrl, Did::Relationship::AssertionMethod);
        if (!method) {
            state.SkipWithError(qPrintable(method.error().toString()));
            break;
        }
        benchmark::DoNotOptimize(method);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_DidKeyEd25519(benchmark::State &state)
{
    resolveLoop(state, Did::Resolver(nullptr), kEd25519Method);
}
BENCHMARK(BM_DidKeyEd25519);

void BM_DidKeyP256(benchmark::State &state)
{
    resolveLoop(state, Did::Resolver(nullptr), kP256Method);
}
BENCHMARK(BM_DidKeyP256);

void BM_DidJwkP256(benchmark::State &state)
{
    resolveLoop(state, Did::Resolver(nullptr), kJwkMethod);
}
BENCHMARK(BM_DidJwkP256);

void BM_DidWebFromBundle(benchmark::State &state)
{
    Net::Fetcher fetcher;
    if (!fetcher.loadBundle(QString::fromUtf8(CREDFOLIO_BENCH_DATA) + QStringLiteral("/corpus/web/manifest.json"))) {
        state.SkipWithError("bundle did not load");
        return;
    }
    fetcher.setOffline(true);
    resolveLoop(state, Did::Resolver(&fetcher), kWebMethod);
}
BENCHMARK(BM_DidWebFromBundle);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the fetcher's network thread wants an application
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
