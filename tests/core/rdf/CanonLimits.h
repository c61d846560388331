// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rdf/Canonicalizer.h"

#include <QRegularExpression>
#include <QString>

namespace Credfolio::Test {

/// Empty when `result` is an rdf.too-complex refusal that stopped as soon as one limit of `options` was
/// passed (read from the error's detail: the limit's name and the work counted); otherwise what is wrong.
/// This is what bounds the time of a hostile dataset: the work, never a clock.
inline QString refusedAtALimit(const Result<Rdf::CanonResult> &result, const Rdf::CanonOptions &options = {})
{
    if (result.has_value()) {
        return QStringLiteral("canonicalized (%1 Hash N-Degree Quads calls, %2 permutations)")
            .arg(result->work.hashNDegreeCalls)
            .arg(result->work.permutations);
    }
    if (result.error().code != QLatin1String("rdf.too-complex") || result.error().message.isEmpty()) {
        return result.error().toString();
    }
    static const QRegularExpression pattern(
        QStringLiteral("^limit (\\w+) reached after (\\d+) Hash N-Degree Quads calls, (\\d+) permutations$"));
    const QRegularExpressionMatch match = pattern.match(result.error().detail);
    if (!match.hasMatch()) {
        return QStringLiteral("unexpected detail: ") + result.error().detail;
    }
    const QString limit = match.captured(1);
    const int calls = match.captured(2).toInt();
    const int permutations = match.captured(3).toInt();
    bool stoppedAtIt = false;
    if (limit == QLatin1String("maxHashNDegreeCalls")) {
        stoppedAtIt = calls == options.maxHashNDegreeCalls + 1 && permutations <= options.maxPermutations;
    } else if (limit == QLatin1String("maxPermutations")) {
        stoppedAtIt = permutations == options.maxPermutations + 1 && calls <= options.maxHashNDegreeCalls;
    } else if (limit == QLatin1String("maxRecursionDepth")) {
        stoppedAtIt = calls <= options.maxHashNDegreeCalls && permutations <= options.maxPermutations;
    }
    return stoppedAtIt ? QString() : QStringLiteral("work past the limit: ") + result.error().detail;
}

/// True when a finished canonicalization stayed within the limits of `options`.
inline bool withinLimits(const Rdf::CanonWork &work, const Rdf::CanonOptions &options = {})
{
    return work.hashNDegreeCalls <= options.maxHashNDegreeCalls && work.permutations <= options.maxPermutations &&
           work.recursionDepth <= options.maxRecursionDepth;
}

} // namespace Credfolio::Test
