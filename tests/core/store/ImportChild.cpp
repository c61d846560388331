// SPDX-License-Identifier: GPL-3.0-or-later
// Helper of TestLibraryCrash: imports batches of fresh credentials into a library until killed.
// Usage: ImportChild LIBRARY BATCH_SIZE MAX_BATCHES. Prints "committed <k>" after the k-th commit.
#include "StoreTestSupport.h"
#include "core/store/Library.h"
#include "tests/support/TestData.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Credfolio;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: ImportChild LIBRARY BATCH_SIZE MAX_BATCHES\n");
        return 2;
    }
    Result<std::unique_ptr<Store::Library>> library = Store::Library::open(args.at(1));
    if (!library) {
        std::fprintf(stderr, "%s\n", qPrintable(library.error().toString()));
        return 1;
    }
    const int batchSize = args.at(2).toInt();
    const int maxBatches = args.at(3).toInt();
    QList<QByteArray> sources;
    for (const QString &file : Test::corpusFiles(QStringLiteral("bulk/rdfc"))) {
        sources.append(Test::readData(QStringLiteral("corpus/") + file));
    }
    int next = 0;
    for (int k = 1; k <= maxBatches; ++k) {
        QList<Store::NewCredential> batch;
        for (int i = 0; i < batchSize; ++i) {
            const QByteArray bytes = Test::withFreshId(sources.at(next++ % sources.size()));
            batch.append(Test::newCredential(Test::credentialFrom(bytes)));
        }
        const Result<Store::BatchResult> added = (*library)->addBatch(batch);
        if (!added || added->storedCount() != batchSize) {
            std::fprintf(stderr, "batch %d failed: %s\n", k,
                         added ? "duplicates" : qPrintable(added.error().toString()));
            return 1;
        }
        std::printf("committed %d\n", k);
        std::fflush(stdout);
    }
    return 0;
}
