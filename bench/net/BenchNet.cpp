// SPDX-License-Identifier: GPL-3.0-or-later
// What the fetcher costs when it does not touch the network: loading the corpus bundle, answering from it
// (offline), and the document caches (SQLite in a temporary file, memory). Run: bench_net --benchmark_min_time=0.2
#include "core/net/DocumentBundle.h"
#include "core/net/Fetcher.h"
#include "core/net/MemoryDocumentCache.h"
#include "core/net/SqliteDocumentCache.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace Credfolio::Net;

QString manifestPath()
{
    return QString::fromUtf8(CREDFOLIO_BENCH_DATA) + QStringLiteral("/corpus/web/manifest.json");
}

const QUrl kIssuer(QStringLiteral("https://badges.example.org/ob2/issuer.json"));

RemoteDocument sampleDocument(int index)
{
    RemoteDocument document;
    document.url = QUrl(QStringLiteral("https://status.example.edu/lists/%1").arg(index));
    document.finalUrl = document.url;
    document.body = QByteArray(2048, 'x');
    document.contentType = QStringLiteral("application/vc+ld+json");
    document.fetchedAt = QDateTime::currentDateTimeUtc();
    return document;
}

void BM_BundleLoad(benchmark::State &state)
{
    for (auto _ : state) {
        Credfolio::Result<DocumentBundle> bundle = DocumentBundle::load(manifestPath());
        if (!bundle) {
            state.SkipWithError("bundle did not load");
            break;
        }
        benchmark::DoNotOptimize(bundle);
    }
}
BENCHMARK(BM_BundleLoad);

void BM_FetchOfflineFromBundle(benchmark::State &state)
{
    Fetcher fetcher;
    fetcher.setOffline(true);
    if (!fetcher.loadBundle(manifestPath())) {
        state.SkipWithError("bundle did not load");
        return;
    }
    for (auto _ : state) {
        Credfolio::Result<RemoteDocument> document = fetcher.fetch(kIssuer);
        benchmark::DoNotOptimize(document);
    }
}
BENCHMARK(BM_FetchOfflineFromBundle);

void BM_MemoryCacheFind(benchmark::State &state)
{
    MemoryDocumentCache cache;
    for (int i = 0; i < 500; ++i) {
        (void)cache.store(sampleDocument(i));
    }
    int i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(cache.find(sampleDocument(i++ % 500).url));
    }
}
BENCHMARK(BM_MemoryCacheFind);

void BM_SqliteCacheStore(benchmark::State &state)
{
    QTemporaryDir dir;
    SqliteDocumentCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    int i = 0;
    for (auto _ : state) {
        if (!cache.store(sampleDocument(i++ % 500))) {
            state.SkipWithError("store failed");
            break;
        }
    }
}
BENCHMARK(BM_SqliteCacheStore);

void BM_SqliteCacheFind(benchmark::State &state)
{
    QTemporaryDir dir;
    SqliteDocumentCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    for (int i = 0; i < 500; ++i) {
        (void)cache.store(sampleDocument(i));
    }
    int i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(cache.find(sampleDocument(i++ % 500).url));
    }
}
BENCHMARK(BM_SqliteCacheFind);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the fetcher's network thread and the SQL driver want an application
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
