// SPDX-License-Identifier: GPL-3.0-or-later
// Status lists: decoding a 131,072-entry BitstringStatusList (base64url + GZIP inflate) and looking up 1,000
// entries, the work done per status list when a batch of credentials is verified.
// Run: bench_status_list --benchmark_min_time=0.2
#include "core/codec/Base64Url.h"
#include "core/codec/Inflate.h"
#include "core/verify/StatusList.h"

#include <QList>
#include <QRandomGenerator>

#include <benchmark/benchmark.h>

namespace {

using namespace Credfolio::Verify;

constexpr qsizetype kEntries = 131072;
constexpr int kLookups = 1000;

// A list as issuers publish them: mostly clear, with about 1% of entries revoked at random.
QByteArray encodedList()
{
    QByteArray bits(kEntries / 8, '\0');
    QRandomGenerator random(42);
    for (int i = 0; i < kEntries / 100; ++i) {
        const auto entry = qsizetype(random.bounded(quint32(kEntries)));
        bits[entry / 8] = char(quint8(bits.at(entry / 8)) | (0x80 >> (entry % 8)));
    }
    return QByteArray("u") + Credfolio::Codec::base64UrlEncode(Credfolio::Codec::gzip(bits));
}

QList<quint64> lookupIndexes()
{
    QList<quint64> indexes;
    QRandomGenerator random(7);
    for (int i = 0; i < kLookups; ++i) {
        indexes.append(random.bounded(quint32(kEntries)));
    }
    return indexes;
}

void BM_DecodeStatusList(benchmark::State &state)
{
    const QByteArray encoded = encodedList();
    for (auto _ : state) {
        Credfolio::Result<StatusList> list = StatusList::decode(encoded, StatusListFormat::Bitstring);
        if (!list) {
            state.SkipWithError("decode failed");
            break;
        }
        benchmark::DoNotOptimize(list);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * encoded.size());
    state.counters["encodedBytes"] = double(encoded.size());
}
BENCHMARK(BM_DecodeStatusList);

void BM_Lookup1000(benchmark::State &state)
{
    const StatusList list = StatusList::decode(encodedList(), StatusListFormat::Bitstring).value();
    const QList<quint64> indexes = lookupIndexes();
    for (auto _ : state) {
        quint32 revoked = 0;
        for (const quint64 index : indexes) {
            revoked += list.value(index).value();
        }
        benchmark::DoNotOptimize(revoked);
    }
    state.SetItemsProcessed(state.iterations() * kLookups);
}
BENCHMARK(BM_Lookup1000);

void BM_DecodeAndLookup1000(benchmark::State &state)
{
    const QByteArray encoded = encodedList();
    const QList<quint64> indexes = lookupIndexes();
    for (auto _ : state) {
        const StatusList list = StatusList::decode(encoded, StatusListFormat::Bitstring).value();
        quint32 revoked = 0;
        for (const quint64 index : indexes) {
            revoked += list.value(index).value();
        }
        benchmark::DoNotOptimize(revoked);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecodeAndLookup1000);

} // namespace

BENCHMARK_MAIN();
