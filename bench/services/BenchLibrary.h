// SPDX-License-Identifier: GPL-3.0-or-later
// A 10,000-credential library for the benchmarks: the 200 bulk/jwt corpus credentials and the baked PNGs, copied
// with fresh credential ids and altered bytes (their signatures no longer match, which a listing does not care
// about), with a mix of standings. Built once into the temp folder and reused.
#pragma once

#include "core/credentials/CredentialReader.h"
#include "core/store/Library.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cstdio>

namespace Credfolio::Bench {

inline Verify::VerificationReport benchReport(int i)
{
    using Verify::CheckStatus;
    Verify::VerificationReport report;
    report.format = QStringLiteral("vc-jwt");
    report.checkedAt = QDateTime::currentDateTimeUtc();
    if (i % 50 == 0) {
        return report; // never checked
    }
    const bool expired = i % 13 == 0;
    const bool revoked = i % 31 == 0;
    const bool broken = i % 47 == 0;
    report.checks = {
        Verify::makeCheck(QStringLiteral("format"), CheckStatus::Pass, QStringLiteral("ok")),
        Verify::makeCheck(QStringLiteral("proof"), broken ? CheckStatus::Fail : CheckStatus::Pass, QStringLiteral("p")),
        Verify::makeCheck(QStringLiteral("validity"), expired ? CheckStatus::Fail : CheckStatus::Pass,
                          QStringLiteral("v"), {}, expired ? QStringLiteral("verify.expired") : QString()),
        Verify::makeCheck(QStringLiteral("status"), revoked ? CheckStatus::Fail : CheckStatus::Pass,
                          QStringLiteral("s")),
    };
    return report;
}

/// Opens (building when missing) the library of `count` credentials at <temp>/credfolio-bench-<count>.sqlite.
inline std::unique_ptr<Store::Library> benchLibrary(const QString &dataDir, int count = 10000)
{
    const QString path = QDir::temp().filePath(QStringLiteral("credfolio-bench-%1.sqlite").arg(count));
    if (QFile::exists(path)) {
        Result<std::unique_ptr<Store::Library>> existing = Store::Library::open(path);
        if (existing && (*existing)->count().value_or(0) == count) {
            return std::move(existing).value();
        }
        existing = Error{};
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(path + suffix);
        }
    }
    QList<Credentials::Credential> seeds;
    for (const QString &folder : {QStringLiteral("/corpus/bulk/jwt"), QStringLiteral("/corpus/baked")}) {
        QDirIterator files(dataDir + folder, QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            Result<Credentials::Credential> read = Credentials::readCredential(file.readAll());
            if (read) {
                seeds.append(std::move(read).value());
            }
        }
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no corpus credentials under %s\n", qPrintable(dataDir));
        return {};
    }
    Result<std::unique_ptr<Store::Library>> library = Store::Library::open(path);
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error().detail));
        return {};
    }
    QList<Store::NewCredential> batch;
    for (int i = 0; i < count; ++i) {
        Store::NewCredential item;
        item.credential = seeds.at(i % seeds.size());
        item.credential.id = QStringLiteral("urn:uuid:bench-%1").arg(i);
        item.credential.original += "\n" + QByteArray::number(i);
        item.credential.validFrom = item.credential.validFrom.addDays(-(i % 900));
        item.report = benchReport(i);
        item.source = QStringLiteral("bench");
        batch.append(std::move(item));
        if (batch.size() == 1000 || i == count - 1) {
            if (const Result<Store::BatchResult> added = (*library)->addBatch(batch); !added) {
                std::fprintf(stderr, "%s\n", qPrintable(added.error().detail));
                return {};
            }
            batch.clear();
        }
    }
    return std::move(library).value();
}

} // namespace Credfolio::Bench
