// SPDX-License-Identifier: GPL-3.0-or-later
// PDF portfolio export time and file size for 10, 100 and 1,000 credentials (corpus credentials repeated, each
// with its own hash so that every QR code differs; 10 credentials a section; a third with embedded badge images).
// Run: QT_QPA_PLATFORM=offscreen bench_portfolio --benchmark_min_time=1
#include "core/credentials/CredentialReader.h"
#include "core/portfolio/PortfolioExport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace Credfolio;
using namespace Credfolio::Portfolio;

QByteArray readFixture(const QString &relative)
{
    QFile file(QString::fromUtf8(CREDFOLIO_BENCH_DATA) + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(relative));
        std::abort();
    }
    return file.readAll();
}

QList<PortfolioEntry> entries(int count)
{
    static const QStringList files{
        QStringLiteral("corpus/ob3/di-rdfc-valid.json"),      QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"),
        QStringLiteral("corpus/baked/ob3-di-rdfc.png"),       QStringLiteral("corpus/ob3/di-jcs-valid.json"),
        QStringLiteral("corpus/ob3-jwt/jwt-rs256-valid.jwt"), QStringLiteral("corpus/baked/ob3-jwt.svg"),
    };
    QList<PortfolioEntry> base;
    for (const QString &file : files) {
        const QByteArray bytes = readFixture(file);
        auto credential = Credentials::readCredential(bytes);
        if (!credential) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
            std::abort();
        }
        PortfolioEntry entry;
        entry.credential = *credential;
        entry.report.checkedAt = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        entry.report.checks = {Verify::makeCheck(QStringLiteral("proof"), Verify::CheckStatus::Pass, QString())};
        base.append(entry);
    }
    QList<PortfolioEntry> list;
    for (int i = 0; i < count; ++i) {
        PortfolioEntry entry = base.at(i % base.size());
        entry.contentHash =
            QString::fromLatin1(QCryptographicHash::hash(QByteArray(entry.credential.original + QByteArray::number(i)),
                                                         QCryptographicHash::Sha256)
                                    .toHex());
        entry.group = QStringLiteral("Section %1").arg(i / 10 + 1);
        list.append(entry);
    }
    return list;
}

void BM_WritePdf(benchmark::State &state)
{
    const QList<PortfolioEntry> list = entries(int(state.range(0)));
    LearnerProfile profile;
    profile.name = QStringLiteral("Nadia Fernández");
    profile.headline = QStringLiteral("Junior data analyst");
    profile.email = QStringLiteral("nadia.fernandez@example.org");
    const QList<PathwayFigure> pathways{{QStringLiteral("Data Analytics Certificate"),
                                         QStringLiteral("Riverbend Community College"), 3, 4, 9, 12, 0.75}};
    ExportOptions options;
    options.packageId = QStringLiteral("urn:uuid:5f0c7a9e-2d1b-4c8e-9a57-0c1d2e3f4a5b");
    options.exportedAt = QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("portfolio.pdf"));
    ExportStats stats;
    for (auto _ : state) {
        auto written = writePdf(path, profile, list, pathways, options);
        if (!written) {
            state.SkipWithError(qPrintable(written.error().toString()));
            break;
        }
        stats = *written;
    }
    state.counters["pages"] = stats.pages;
    state.counters["bytes"] = double(stats.bytes);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_WritePdf)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv); // fonts need a GUI application
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
