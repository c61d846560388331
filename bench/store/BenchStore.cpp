// SPDX-License-Identifier: GPL-3.0-or-later
// The library at scale: importing 10,000 credentials, opening a 10,000-credential library (time to the
// first list page), search latency. Counters: credentials/s, file size, peak RSS.
#include "core/credentials/CredentialReader.h"
#include "core/store/Library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

using namespace Credfolio;
using namespace Credfolio::Store;

namespace {

constexpr int libraryCredentials = 10'000;
constexpr int batchSize = 500;

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

QList<QByteArray> bulkSources()
{
    QList<QByteArray> sources;
    const QDir dir(QStringLiteral(CREDFOLIO_BENCH_DATA "/corpus/bulk/rdfc"));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            sources.append(file.readAll());
        }
    }
    return sources;
}

// The i-th credential: a bulk credential with a fresh id (new bytes, new identity).
QByteArray freshCredential(const QList<QByteArray> &sources, int i)
{
    static const QRegularExpression uuid(QStringLiteral("urn:uuid:[0-9a-f-]{36}"));
    QString text = QString::fromUtf8(sources.at(i % sources.size()));
    const QRegularExpressionMatch match = uuid.match(text);
    text.replace(match.capturedStart(), match.capturedLength(),
                 QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    return text.toUtf8();
}

Verify::VerificationReport passing()
{
    Verify::VerificationReport report;
    report.format = QStringLiteral("vc-json-ld");
    report.checkedAt = QDateTime::currentDateTimeUtc();
    for (const char *id : {"format", "proof", "issuer-key", "validity", "status", "issuer-trust"}) {
        report.checks.append(Verify::makeCheck(QLatin1String(id), Verify::CheckStatus::Pass, QStringLiteral("ok")));
    }
    return report;
}

// Reads and stores `count` fresh credentials in batches; returns the seconds spent in addBatch.
double importInto(Library &library, const QList<QByteArray> &sources, int count)
{
    double storing = 0;
    for (int start = 0; start < count; start += batchSize) {
        QList<NewCredential> batch;
        for (int i = start; i < std::min(count, start + batchSize); ++i) {
            Result<Credentials::Credential> credential = Credentials::readCredential(freshCredential(sources, i));
            batch.append({std::move(credential).value(), passing(), QStringLiteral("bench")});
        }
        const auto began = std::chrono::steady_clock::now();
        const Result<BatchResult> added = library.addBatch(batch);
        storing += std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
        if (!added) {
            qFatal("import failed: %s", qPrintable(added.error().toString()));
        }
    }
    return storing;
}

// One 10,000-credential library shared by the read benchmarks.
const QString &sharedLibrary()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(QStringLiteral("library.sqlite"));
        auto library = Library::open(file);
        importInto(**library, bulkSources(), libraryCredentials);
        return file;
    }();
    return path;
}

void BM_Import10k(benchmark::State &state)
{
    const QList<QByteArray> sources = bulkSources();
    double storing = 0;
    qint64 fileSize = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        auto library = Library::open(path);
        storing += importInto(**library, sources, libraryCredentials);
        library->reset();
        fileSize = QFileInfo(path).size();
    }
    state.SetItemsProcessed(state.iterations() * libraryCredentials);
    state.counters["store_only_cred_per_s"] = libraryCredentials * state.iterations() / storing;
    state.counters["file_MiB"] = static_cast<double>(fileSize) / (1024.0 * 1024.0);
    state.counters["peak_rss_MiB"] = peakRssMiB();
}
BENCHMARK(BM_Import10k)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_OpenAndFirstPage(benchmark::State &state)
{
    const QString path = sharedLibrary();
    for (auto _ : state) {
        auto library = Library::open(path);
        Query query;
        query.limit = 200;
        const Result<QList<CredentialRow>> rows = (*library)->list(query);
        benchmark::DoNotOptimize(rows->size());
    }
    state.counters["file_MiB"] = static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0);
    state.counters["peak_rss_MiB"] = peakRssMiB();
}
BENCHMARK(BM_OpenAndFirstPage)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Search(benchmark::State &state, const char *text)
{
    auto library = Library::open(sharedLibrary());
    Query query;
    query.text = QString::fromUtf8(text);
    query.limit = 200;
    qsizetype found = 0;
    for (auto _ : state) {
        const Result<QList<CredentialRow>> rows = (*library)->list(query);
        found = rows->size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["rows"] = static_cast<double>(found);
}
BENCHMARK_CAPTURE(BM_Search, prefix_s, "s")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Search, prefix_pyth, "pyth")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Search, two_words, "data ana")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Search, issuer, "riverbend")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_Search, none, "zebrafish")->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
