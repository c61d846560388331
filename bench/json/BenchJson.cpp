// SPDX-License-Identifier: GPL-3.0-or-later
// JSON reading throughput (MB/s) on a typical credential and on a CLR, JCS documents per second, and Qt's own
// reader on the same bytes for comparison. Run: bench_json --benchmark_min_time=0.2
#include "core/json/Jcs.h"
#include "core/json/JsonReader.h"

#include <QFile>
#include <QJsonDocument>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

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

const char *const kCredential = "corpus/ob3/di-rdfc-valid.json";
const char *const kClr = "corpus/clr/clr-valid.json";

void parseFile(benchmark::State &state, const char *relative)
{
    const QByteArray bytes = readFixture(relative);
    for (auto _ : state) {
        Credfolio::Result<QJsonValue> value = Credfolio::Json::parse(bytes);
        if (!value) {
            state.SkipWithError("parse failed");
            break;
        }
        benchmark::DoNotOptimize(value);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes.size());
    state.counters["bytes"] = static_cast<double>(bytes.size());
}

void qtFromJson(benchmark::State &state, const char *relative)
{
    const QByteArray bytes = readFixture(relative);
    for (auto _ : state) {
        QJsonDocument document = QJsonDocument::fromJson(bytes);
        benchmark::DoNotOptimize(document);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * bytes.size());
}

void canonicalizeFile(benchmark::State &state, const char *relative)
{
    const QJsonValue value = Credfolio::Json::parse(readFixture(relative)).value();
    for (auto _ : state) {
        Credfolio::Result<QByteArray> canonical = Credfolio::Json::canonicalize(value);
        benchmark::DoNotOptimize(canonical);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

void parseAndCanonicalizeFile(benchmark::State &state, const char *relative)
{
    const QByteArray bytes = readFixture(relative);
    for (auto _ : state) {
        Credfolio::Result<QByteArray> canonical = Credfolio::Json::canonicalize(Credfolio::Json::parse(bytes).value());
        benchmark::DoNotOptimize(canonical);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

void formatNumbers(benchmark::State &state)
{
    std::mt19937_64 random(42);
    std::vector<double> values;
    while (values.size() < 4096) {
        const uint64_t bits = random();
        double x = 0;
        std::memcpy(&x, &bits, sizeof x);
        if (std::isfinite(x)) {
            values.push_back(x);
        }
    }
    for (auto _ : state) {
        for (const double x : values) {
            benchmark::DoNotOptimize(Credfolio::Json::formatNumber(x));
        }
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(values.size()));
}

} // namespace

BENCHMARK_CAPTURE(parseFile, credential, kCredential);
BENCHMARK_CAPTURE(parseFile, clr, kClr);
BENCHMARK_CAPTURE(qtFromJson, credential, kCredential);
BENCHMARK_CAPTURE(qtFromJson, clr, kClr);
BENCHMARK_CAPTURE(canonicalizeFile, credential, kCredential);
BENCHMARK_CAPTURE(canonicalizeFile, clr, kClr);
BENCHMARK_CAPTURE(parseAndCanonicalizeFile, credential, kCredential);
BENCHMARK(formatNumbers);

BENCHMARK_MAIN();
