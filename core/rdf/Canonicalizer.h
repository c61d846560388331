// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/rdf/Quad.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Credfolio::Rdf {

enum class HashAlgorithm { Sha256, Sha384 };

/// Limits that keep canonicalization bounded on hostile ("poison") datasets. The W3C suite's hardest
/// case (test044) needs about 500 Hash N-Degree Quads calls and 2600 permutations, a credential a
/// handful; the defaults leave a 4-7x margin, and the suite's 10-node clique is refused in about 0.1 s
/// (Release). Exceeding any limit yields rdf.too-complex.
struct CanonOptions {
    HashAlgorithm hash = HashAlgorithm::Sha256;
    /// Upper bound on calls of Hash N-Degree Quads over the whole run (RDFC-1.0 §4.4.3, dataset poisoning).
    int maxHashNDegreeCalls = 2000;
    /// Upper bound on permutations tried over the whole run (the permutation step can be factorial
    /// without recursing, e.g. when all related nodes are already labelled).
    int maxPermutations = 20000;
    /// Upper bound on the nesting of Hash N-Degree Quads (protects the stack on long chains).
    int maxRecursionDepth = 512;
};

/// The work one canonicalization did, counted against the limits of CanonOptions.
struct CanonWork {
    int hashNDegreeCalls = 0;
    int permutations = 0;
    /// Deepest nesting of Hash N-Degree Quads reached.
    int recursionDepth = 0;
};

struct CanonResult {
    /// Sorted canonical N-Quads, each line "\n"-terminated; empty for an empty dataset.
    QByteArray nquads;
    /// Input blank node label (without "_:") -> canonical label ("c14n0", ...).
    QHash<QString, QString> issued;
    /// What it took: 0 calls and 0 permutations when first-degree hashes told every blank node apart.
    CanonWork work;
};

/// RDF Dataset Canonicalization RDFC-1.0 (https://www.w3.org/TR/rdf-canon/). Duplicate quads are
/// dropped (a dataset is a set). Errors: rdf.too-complex ("dataset too complex to canonicalize") when a
/// limit of `options` is hit (detail: "limit <name> reached after <n> Hash N-Degree Quads calls, <m>
/// permutations"); never hangs. Pure function, thread-safe.
Result<CanonResult> canonicalize(const Dataset &dataset, const CanonOptions &options = {});

} // namespace Credfolio::Rdf
