// SPDX-License-Identifier: GPL-3.0-or-later
// Verification speed (credentials per second) over the corpus's bulk folders: 200 eddsa-rdfc-2022 credentials
// (did:key) and 200 EdDSA VC-JWTs, read from bytes and verified as `credfolio-cli verify` does, with 1 and 2
// worker threads; and the pipeline alone on an already-read credential. Compare with `openssl speed ed25519`.
// Run: bench_verify --benchmark_min_time=1
#include "core/common/Clock.h"
#include "core/credentials/CredentialReader.h"
#include "core/verify/Verifier.h"

#include <QDir>
#include <QFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace Credfolio;

QList<QByteArray> readFolder(const char *relative)
{
    const QDir folder(QString::fromUtf8(CREDFOLIO_BENCH_DATA) + QLatin1Char('/') + QString::fromUtf8(relative));
    QList<QByteArray> files;
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(name));
            std::abort();
        }
        files.append(file.readAll());
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "no files in %s\n", relative);
        std::abort();
    }
    return files;
}

// The corpus's dates are relative to its generation (2026-11-28); check as of a day later.
const FixedClock kClock(QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::UTC));

void BM_VerifyFolder(benchmark::State &state, const char *relative)
{
    const QList<QByteArray> files = readFolder(relative);
    const Verify::Verifier verifier(Verify::VerifierOptions{nullptr, &kClock, nullptr});
    QThreadPool pool;
    pool.setMaxThreadCount(int(state.range(0)));
    for (auto _ : state) {
        const QList<bool> valid = QtConcurrent::blockingMapped(
            &pool, files, [&verifier](const QByteArray &bytes) { return verifier.verifyBytes(bytes).isValid(); });
        if (valid.contains(false)) {
            state.SkipWithError("a bulk credential did not verify");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations() * files.size());
}

void BM_VerifyReadCredential(benchmark::State &state, const char *relative)
{
    const QList<QByteArray> files = readFolder(relative);
    const Result<Credentials::Credential> credential = Credentials::readCredential(files.first());
    if (!credential) {
        state.SkipWithError("unreadable");
        return;
    }
    const Verify::Verifier verifier(Verify::VerifierOptions{nullptr, &kClock, nullptr});
    for (auto _ : state) {
        const Verify::VerificationReport report = verifier.verify(*credential);
        if (!report.isValid()) {
            state.SkipWithError("did not verify");
            break;
        }
        benchmark::DoNotOptimize(report);
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK_CAPTURE(BM_VerifyFolder, eddsa_rdfc_2022, "corpus/bulk/rdfc")
    ->Arg(1)
    ->Arg(2)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_VerifyFolder, vc_jwt_eddsa, "corpus/bulk/jwt")
    ->Arg(1)
    ->Arg(2)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_VerifyReadCredential, eddsa_rdfc_2022, "corpus/bulk/rdfc")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_VerifyReadCredential, vc_jwt_eddsa, "corpus/bulk/jwt")->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
