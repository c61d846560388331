// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pathways/Evaluator.h"
#include "core/pathways/PathwayReader.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <random>

namespace Credfolio::Test {

/// A pathway from JSON text (fails the test run when it does not read).
inline Pathways::Pathway pathwayFrom(const QByteArray &json)
{
    const Result<Pathways::ReadPathway> read = Pathways::readPathway(json);
    if (!read) {
        qFatal("test pathway does not read: %s", qPrintable(read.error().toString()));
    }
    return read->pathway;
}

inline QByteArray sampleBytes(const QString &name)
{
    QFile file(QStringLiteral(CREDFOLIO_TEST_DATA "/../../resources/pathways/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing sample");
    }
    return file.readAll();
}

/// Evaluates with every credential given the same standing unless `standings` says otherwise.
inline Pathways::Evaluation evaluateAll(const Pathways::Pathway &pathway,
                                        const QList<Credentials::Credential> &credentials,
                                        const QList<Pathways::Standing> &standings = {},
                                        const Pathways::PathwayCatalog &catalog = {},
                                        const Pathways::EvaluationOptions &options = {})
{
    QList<Pathways::EvaluatedCredential> input;
    for (qsizetype i = 0; i < credentials.size(); ++i) {
        input.append({&credentials[i], standings.value(i, Pathways::Standing::Valid)});
    }
    const Result<Pathways::Evaluation> evaluation = Pathways::evaluate(pathway, catalog, input, options);
    if (!evaluation) {
        qFatal("evaluation failed: %s", qPrintable(evaluation.error().toString()));
    }
    return *evaluation;
}

/// The node whose author id (or label) is `key`.
inline const Pathways::NodeProgress &node(const Pathways::Evaluation &evaluation, const QString &key)
{
    for (const Pathways::NodeProgress &progress : evaluation.nodes) {
        if (progress.id == key || progress.label == key) {
            return progress;
        }
    }
    qFatal("no node %s", qPrintable(key));
}

/// The credential id used by a node (leaf), or an empty string.
inline QString usedId(const Pathways::NodeProgress &progress)
{
    return progress.satisfiedBy.isEmpty() ? QString() : progress.satisfiedBy.front().credentialId;
}

} // namespace Credfolio::Test
