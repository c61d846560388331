// SPDX-License-Identifier: GPL-3.0-or-later
// The library view's model over 10,000 credentials: opening it (count + first page), search as you type (one
// re-query per keystroke), filters, reading every page. Run: bench_services --benchmark_min_time=0.2
#include "BenchLibrary.h"
#include "core/services/CredentialListModel.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <benchmark/benchmark.h>

using namespace Credfolio;

namespace {

Store::Library &library()
{
    static std::unique_ptr<Store::Library> shared = Bench::benchLibrary(QStringLiteral(CREDFOLIO_BENCH_DATA));
    if (!shared) {
        std::abort();
    }
    return *shared;
}

void BM_OpenModelFirstPage(benchmark::State &state)
{
    Store::Library &lib = library();
    for (auto _ : state) {
        Services::CredentialListModel model(&lib);
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["credentials"] = library().count().value_or(0);
    state.counters["libraryMB"] = double(QFileInfo(lib.path()).size()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_OpenModelFirstPage)->Unit(benchmark::kMillisecond);

// Each iteration types the word one letter at a time, re-querying after every keystroke; the time reported is
// per keystroke.
void BM_SearchPerKeystroke(benchmark::State &state, const char *word)
{
    Services::CredentialListModel model(&library());
    const QString text = QString::fromUtf8(word);
    int matches = 0;
    for (auto _ : state) {
        Services::LibraryFilter filter;
        for (qsizetype n = 1; n <= text.size(); ++n) {
            filter.text = text.left(n);
            model.setFilter(filter);
            matches = model.matchCount();
        }
    }
    state.SetItemsProcessed(state.iterations() * text.size());
    state.counters["perKeystroke"] = benchmark::Counter(double(state.iterations() * text.size()),
                                                        benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
    state.counters["matches"] = matches;
}
BENCHMARK_CAPTURE(BM_SearchPerKeystroke, python, "python")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchPerKeystroke, data_analysis, "data analysis")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchPerKeystroke, riverbend, "riverbend")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchPerKeystroke, no_match, "zygomorphic")->Unit(benchmark::kMillisecond);

// Where a re-query's time goes: the store's count() and one page of list(), with and without search text.
void BM_StoreCount(benchmark::State &state)
{
    Store::Query query;
    query.text = state.range(0) ? QStringLiteral("data") : QString();
    for (auto _ : state) {
        benchmark::DoNotOptimize(library().count(query));
    }
}
BENCHMARK(BM_StoreCount)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_StoreListPage(benchmark::State &state)
{
    Store::Query query;
    query.limit = int(state.range(0));
    query.text = state.range(1) ? QStringLiteral("data") : QString();
    for (auto _ : state) {
        benchmark::DoNotOptimize(library().list(query));
    }
}
BENCHMARK(BM_StoreListPage)->Args({50, 0})->Args({200, 0})->Args({200, 1})->Unit(benchmark::kMillisecond);

void BM_FilterByStanding(benchmark::State &state)
{
    Services::CredentialListModel model(&library());
    for (auto _ : state) {
        Services::LibraryFilter filter;
        filter.standing = Pathways::Standing(state.range(0));
        model.setFilter(filter);
        benchmark::DoNotOptimize(model.matchCount());
    }
    state.counters["matches"] = model.matchCount();
}
BENCHMARK(BM_FilterByStanding)
    ->Arg(int(Pathways::Standing::Valid))
    ->Arg(int(Pathways::Standing::Expired))
    ->Arg(int(Pathways::Standing::Revoked))
    ->Unit(benchmark::kMillisecond);

void BM_SortByDateIssued(benchmark::State &state)
{
    Services::CredentialListModel model(&library());
    bool descending = false;
    for (auto _ : state) {
        descending = !descending;
        model.sort(Services::CredentialListModel::IssuedColumn, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_SortByDateIssued)->Unit(benchmark::kMillisecond);

void BM_FetchEveryPage(benchmark::State &state)
{
    for (auto _ : state) {
        Services::CredentialListModel model(&library());
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_FetchEveryPage)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    library();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
