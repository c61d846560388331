// SPDX-License-Identifier: GPL-3.0-or-later
// JSON reading throughput (MB/s) on a typical credential and on a CLR, JCS documents per second, and Qt's own
// reader on the same bytes for comparison. Also the cost of the hostile inputs of TestJsonReader and TestJcs
// (a 200,000-member object, 10,000 levels of nesting, 100 MiB over the size limit, the ES6 number file),
// which those tests check for results only. Run: bench_json --benchmark_min_time=0.2
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

// TestJsonReader::largeObjectsAreRead: 200,000 members in descending order (quadratic if inserted one by one
// into a sorted QJsonObject).
QByteArray largeObject()
{
    constexpr int count = 200'000;
    QByteArray input = "{";
    for (int i = count; i > 0; --i) {
        input += '"' + QByteArray::number(i) + "\":" + QByteArray::number(i) + (i > 1 ? "," : "}");
    }
    return input;
}

void parseLargeObject(benchmark::State &state)
{
    const QByteArray input = largeObject();
    for (auto _ : state) {
        Credfolio::Result<QJsonObject> object = Credfolio::Json::parseObject(input);
        if (!object || object->size() != 200'000) {
            state.SkipWithError("parse failed");
            break;
        }
        benchmark::DoNotOptimize(object);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * input.size());
}

// The same object with a repeated member at the end: json.duplicate-key after reading it all.
void refuseLargeObjectDuplicate(benchmark::State &state)
{
    QByteArray input = largeObject();
    input.chop(1);
    input += ",\"77\":0}";
    for (auto _ : state) {
        Credfolio::Result<QJsonObject> object = Credfolio::Json::parseObject(input);
        if (object) {
            state.SkipWithError("duplicate accepted");
            break;
        }
        benchmark::DoNotOptimize(object);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * input.size());
}

// TestJsonReader::deepNestingIsRefusedAtTheLimit: 10,000 unterminated openings, json.too-deep.
void refuseDeepNesting(benchmark::State &state, const char *open)
{
    QByteArray input;
    for (int i = 0; i < 10'000; ++i) {
        input += open;
    }
    for (auto _ : state) {
        Credfolio::Result<QJsonValue> value = Credfolio::Json::parse(input);
        if (value) {
            state.SkipWithError("not refused");
            break;
        }
        benchmark::DoNotOptimize(value);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

// TestJsonReader::hugeInputIsRefusedBeforeParsing: a 100 MiB string, json.too-large.
void refuseHugeInput(benchmark::State &state)
{
    QByteArray huge(100 * 1024 * 1024, 'a');
    huge[0] = '"';
    huge[huge.size() - 1] = '"';
    for (auto _ : state) {
        Credfolio::Result<QJsonValue> value = Credfolio::Json::parse(huge);
        if (value) {
            state.SkipWithError("not refused");
            break;
        }
        benchmark::DoNotOptimize(value);
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

// TestJcs::es6Numbers: format the 100,000 doubles of the ES6 test file (hex bits, expected text per line).
void formatEs6TestFile(benchmark::State &state)
{
    const QByteArray file = readFixture("jcs/es6-numbers/es6testfile-100k.txt");
    std::vector<double> values;
    for (const QByteArray &line : file.split('\n')) {
        const qsizetype comma = line.indexOf(',');
        if (comma <= 0) {
            continue;
        }
        const uint64_t bits = line.first(comma).toULongLong(nullptr, 16);
        double x = 0;
        std::memcpy(&x, &bits, sizeof x);
        values.push_back(x);
    }
    if (values.size() != 100'000) {
        state.SkipWithError("unexpected test file");
        return;
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
BENCHMARK(formatEs6TestFile)->Unit(benchmark::kMillisecond);
BENCHMARK(parseLargeObject)->Unit(benchmark::kMillisecond);
BENCHMARK(refuseLargeObjectDuplicate)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(refuseDeepNesting, array, "[");
BENCHMARK_CAPTURE(refuseDeepNesting, object, "{\"a\":");
BENCHMARK(refuseHugeInput);

BENCHMARK_MAIN();
