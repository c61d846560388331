// SPDX-License-Identifier: GPL-3.0-or-later
// RDFC-1.0 on integer blank node ids: every quad is serialized once into its pieces, so the hashing
// steps only splice "_:a"/"_:z"/issued labels between precomputed UTF-8 bytes.
#include "core/rdf/Canonicalizer.h"

#include "core/rdf/NQuads.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>
#include <utility>
#include <vector>

namespace Credfolio::Rdf {

namespace {

/// One unique quad: its N-Quads line with the input labels, where each term sits in it, and the blank
/// node ids of its terms (-1 when not blank).
struct PreparedQuad {
    QByteArray text;
    std::array<int, 4> begin{};
    std::array<int, 4> end{};
    std::array<int, 4> blank{-1, -1, -1, -1};
    bool hasBlank = false;
    std::string_view piece(int i) const
    {
        return std::string_view(text.constData() + begin[i], size_t(end[i] - begin[i]));
    }
};

/// An identifier issuer: the nodes in the order they were issued; the id is the position.
struct Issuer {
    std::vector<int> order;
    int find(int node) const
    {
        const auto it = std::find(order.begin(), order.end(), node);
        return it == order.end() ? -1 : int(it - order.begin());
    }
    int issue(int node)
    {
        const int existing = find(node);
        if (existing >= 0)
            return existing;
        order.push_back(node);
        return int(order.size()) - 1;
    }
};

struct NDegreeResult {
    QByteArray hash;
    Issuer issuer;
};

class Canonicalizer {
public:
    Canonicalizer(const Dataset &dataset, const CanonOptions &options);
    Result<CanonResult> run();

private:
    void prepare();
    bool issueCanonicalIds();
    CanonResult output() const;
    int blankIndex(const Term &term);
    QByteArray hashFirstDegree(int node);
    QByteArray hashRelated(int related, const PreparedQuad &quad, int position, const Issuer &issuer);
    bool hashNDegree(int node, Issuer issuer, NDegreeResult &result);
    bool permutePaths(std::vector<int> nodes, Issuer &issuer, QByteArray &dataToHash);
    void appendLine(QByteArray &out, const PreparedQuad &quad, int reference) const;
    QByteArray digest(const QByteArray &data);
    bool tooComplex(const char *limit);

    const Dataset &m_dataset;
    CanonOptions m_options;
    QCryptographicHash m_hasher;
    QByteArray m_scratch;
    std::vector<PreparedQuad> m_quads;
    std::vector<QString> m_labels;
    QHash<QString, int> m_index;
    std::vector<std::vector<int>> m_quadsOf;
    std::vector<QByteArray> m_firstDegree;
    std::vector<int> m_canonical;
    int m_nextCanonical = 0;
    int m_calls = 0;
    int m_permutations = 0;
    int m_depth = 0;
    int m_deepest = 0;
    QString m_limitHit;
};

Canonicalizer::Canonicalizer(const Dataset &dataset, const CanonOptions &options)
    : m_dataset(dataset)
    , m_options(options)
    , m_hasher(options.hash == HashAlgorithm::Sha384 ? QCryptographicHash::Sha384 : QCryptographicHash::Sha256)
{
}

QByteArray Canonicalizer::digest(const QByteArray &data)
{
    m_hasher.reset();
    m_hasher.addData(data);
    return m_hasher.result().toHex();
}

void appendNumber(QByteArray &out, int value)
{
    char digits[16];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

bool Canonicalizer::tooComplex(const char *limit)
{
    if (m_limitHit.isEmpty())
        m_limitHit = QString::fromLatin1(limit);
    return false;
}

int Canonicalizer::blankIndex(const Term &term)
{
    const auto it = m_index.constFind(term.value);
    if (it != m_index.constEnd())
        return it.value();
    const int index = int(m_labels.size());
    m_index.insert(term.value, index);
    m_labels.push_back(term.value);
    m_quadsOf.emplace_back();
    return index;
}

// Blank node to quads state (spec §4.4.2 step 2), on unique quads only.
void Canonicalizer::prepare()
{
    std::vector<PreparedQuad> all;
    all.reserve(m_dataset.size());
    for (const Quad &quad : m_dataset) {
        const std::array<const Term *, 4> terms{&quad.subject, &quad.predicate, &quad.object, &quad.graph};
        PreparedQuad &prepared = all.emplace_back();
        prepared.text.reserve(3 * (quad.subject.value.size() + quad.predicate.value.size() + quad.object.value.size() +
                                   quad.object.datatype.size() + quad.graph.value.size()) +
                              32);
        for (int i = 0; i < 4; ++i) {
            if (i > 0 && terms[i]->kind != TermKind::DefaultGraph)
                prepared.text.append(' ');
            prepared.begin[i] = int(prepared.text.size());
            appendNQuadsTerm(prepared.text, *terms[i]);
            prepared.end[i] = int(prepared.text.size());
            prepared.hasBlank = prepared.hasBlank || terms[i]->isBlank();
        }
        prepared.text.append(" .\n", 3);
    }
    // Duplicates (same line with the input labels) are adjacent once sorted; keep the first of each.
    std::vector<int> order(all.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    auto view = [&all](int i) {
        return std::string_view(all[size_t(i)].text.constData(), size_t(all[size_t(i)].text.size()));
    };
    std::sort(order.begin(), order.end(), [&view](int a, int b) {
        const int c = view(a).compare(view(b));
        return c < 0 || (c == 0 && a < b);
    });
    m_quads.reserve(all.size());
    for (size_t k = 0; k < order.size(); ++k) {
        // The previous line was moved into m_quads already: compare with it there.
        if (k > 0 &&
            view(order[k]) == std::string_view(m_quads.back().text.constData(), size_t(m_quads.back().text.size())))
            continue;
        PreparedQuad &prepared = m_quads.emplace_back(std::move(all[size_t(order[k])]));
        if (!prepared.hasBlank)
            continue;
        const Quad &quad = m_dataset[size_t(order[k])];
        const std::array<const Term *, 4> terms{&quad.subject, &quad.predicate, &quad.object, &quad.graph};
        const int quadIndex = int(m_quads.size()) - 1;
        for (int i = 0; i < 4; ++i) {
            if (!terms[i]->isBlank())
                continue;
            const int node = blankIndex(*terms[i]);
            prepared.blank[i] = node;
            auto &list = m_quadsOf[size_t(node)];
            if (list.empty() || list.back() != quadIndex)
                list.push_back(quadIndex);
        }
    }
}

// Appends the quad's N-Quads line; blank nodes are written as the reference "_:a"/"_:z" when
// `reference` >= 0, else with their canonical labels.
void Canonicalizer::appendLine(QByteArray &out, const PreparedQuad &quad, int reference) const
{
    for (int i = 0; i < 4; ++i) {
        const int node = quad.blank[i];
        if (quad.begin[i] == quad.end[i])
            continue;
        if (i > 0)
            out.append(' ');
        if (node < 0) {
            const std::string_view piece = quad.piece(i);
            out.append(piece.data(), qsizetype(piece.size()));
        } else if (reference >= 0) {
            out.append(node == reference ? "_:a" : "_:z", 3);
        } else {
            out.append("_:c14n", 6);
            appendNumber(out, m_canonical[size_t(node)]);
        }
    }
    out.append(" .\n", 3);
}

// Sorts the "\n"-terminated lines held in `buffer` (spans in `lines`) by code point.
void sortLines(const QByteArray &buffer, std::vector<std::pair<int, int>> &lines)
{
    std::sort(lines.begin(), lines.end(), [&buffer](const auto &a, const auto &b) {
        return std::string_view(buffer.constData() + a.first, size_t(a.second)) <
               std::string_view(buffer.constData() + b.first, size_t(b.second));
    });
}

// Hash First Degree Quads (spec §4.6).
QByteArray Canonicalizer::hashFirstDegree(int node)
{
    QByteArray &buffer = m_scratch;
    buffer.clear();
    std::vector<std::pair<int, int>> lines;
    lines.reserve(m_quadsOf[size_t(node)].size());
    for (const int q : m_quadsOf[size_t(node)]) {
        const int begin = int(buffer.size());
        appendLine(buffer, m_quads[size_t(q)], node);
        lines.emplace_back(begin, int(buffer.size()) - begin);
    }
    sortLines(buffer, lines);
    m_hasher.reset();
    for (const auto &[begin, length] : lines)
        m_hasher.addData(QByteArrayView(buffer.constData() + begin, length));
    return m_hasher.result().toHex();
}

// Hash Related Blank Node (spec §4.7); position is 0 (s), 2 (o) or 3 (g).
QByteArray Canonicalizer::hashRelated(int related, const PreparedQuad &quad, int position, const Issuer &issuer)
{
    QByteArray input;
    input.reserve(quad.end[1] - quad.begin[1] + 112);
    input.append(position == 0 ? 's' : position == 2 ? 'o' : 'g');
    if (position != 3)
        input.append(quad.text.constData() + quad.begin[1], quad.end[1] - quad.begin[1]);
    if (m_canonical[related] >= 0) {
        input.append("_:c14n", 6);
        appendNumber(input, m_canonical[related]);
    } else if (const int temp = issuer.find(related); temp >= 0) {
        input.append("_:b", 3);
        appendNumber(input, temp);
    } else {
        input.append(m_firstDegree[related]);
    }
    return digest(input);
}

// Hash N-Degree Quads (spec §4.8). Returns false when a limit was hit.
bool Canonicalizer::hashNDegree(int node, Issuer issuer, NDegreeResult &result)
{
    if (++m_calls > m_options.maxHashNDegreeCalls)
        return tooComplex("maxHashNDegreeCalls");
    if (m_depth >= m_options.maxRecursionDepth)
        return tooComplex("maxRecursionDepth");
    std::vector<std::pair<QByteArray, int>> related;
    for (const int q : m_quadsOf[node]) {
        const PreparedQuad &quad = m_quads[q];
        for (const int position : {0, 2, 3}) {
            const int other = quad.blank[position];
            if (other >= 0 && other != node)
                related.emplace_back(hashRelated(other, quad, position, issuer), other);
        }
    }
    std::sort(related.begin(), related.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray dataToHash;
    m_deepest = std::max(m_deepest, ++m_depth);
    for (size_t begin = 0; begin < related.size();) {
        size_t end = begin;
        std::vector<int> group;
        while (end < related.size() && related[end].first == related[begin].first)
            group.push_back(related[end++].second);
        dataToHash.append(related[begin].first);
        if (!permutePaths(std::move(group), issuer, dataToHash)) {
            --m_depth;
            return false;
        }
        begin = end;
    }
    --m_depth;
    result.hash = digest(dataToHash);
    result.issuer = std::move(issuer);
    return true;
}

// Spec §4.8.3 step 5.4-5.6 for one group of related nodes: tries every permutation, appends the chosen
// path to dataToHash and replaces issuer with the chosen issuer.
bool Canonicalizer::permutePaths(std::vector<int> nodes, Issuer &issuer, QByteArray &dataToHash)
{
    std::sort(nodes.begin(), nodes.end(), [this](int a, int b) { return m_labels[a] < m_labels[b]; });
    QByteArray chosenPath;
    Issuer chosenIssuer;
    bool haveChosen = false;
    auto worse = [&](const QByteArray &path) {
        return haveChosen && path.size() >= chosenPath.size() && path > chosenPath;
    };
    do {
        if (++m_permutations > m_options.maxPermutations)
            return tooComplex("maxPermutations");
        Issuer copy = issuer;
        QByteArray path;
        std::vector<int> recursion;
        bool skip = false;
        for (const int related : nodes) {
            if (m_canonical[related] >= 0) {
                path.append("_:c14n", 6);
                appendNumber(path, m_canonical[related]);
            } else {
                if (copy.find(related) < 0)
                    recursion.push_back(related);
                path.append("_:b", 3);
                appendNumber(path, copy.issue(related));
            }
            if ((skip = worse(path)))
                break;
        }
        for (size_t i = 0; !skip && i < recursion.size(); ++i) {
            NDegreeResult result;
            if (!hashNDegree(recursion[i], copy, result))
                return false;
            path.append("_:b", 3);
            appendNumber(path, copy.issue(recursion[i]));
            path.append('<').append(result.hash).append('>');
            copy = std::move(result.issuer);
            skip = worse(path);
        }
        if (!skip && (!haveChosen || path < chosenPath)) {
            chosenPath = std::move(path);
            chosenIssuer = std::move(copy);
            haveChosen = true;
        }
    } while (
        std::next_permutation(nodes.begin(), nodes.end(), [this](int a, int b) { return m_labels[a] < m_labels[b]; }));
    dataToHash.append(chosenPath);
    issuer = std::move(chosenIssuer);
    return true;
}

// Spec §4.4.3 steps 3-5: first-degree hashes, unique ones first, then the N-degree groups.
bool Canonicalizer::issueCanonicalIds()
{
    const int count = int(m_labels.size());
    m_canonical.assign(size_t(count), -1);
    m_firstDegree.resize(size_t(count));
    std::vector<std::pair<QByteArray, int>> byHash;
    byHash.reserve(size_t(count));
    for (int node = 0; node < count; ++node) {
        m_firstDegree[size_t(node)] = hashFirstDegree(node);
        byHash.emplace_back(m_firstDegree[size_t(node)], node);
    }
    std::sort(byHash.begin(), byHash.end());
    std::vector<std::pair<size_t, size_t>> sharedGroups; // [begin, end) in byHash, in hash order
    for (size_t begin = 0; begin < byHash.size();) {
        size_t end = begin + 1;
        while (end < byHash.size() && byHash[end].first == byHash[begin].first)
            ++end;
        if (end - begin == 1)
            m_canonical[size_t(byHash[begin].second)] = m_nextCanonical++;
        else
            sharedGroups.emplace_back(begin, end);
        begin = end;
    }
    for (const auto &[begin, end] : sharedGroups) {
        std::vector<NDegreeResult> paths;
        for (size_t i = begin; i < end; ++i) {
            const int node = byHash[i].second;
            if (m_canonical[size_t(node)] >= 0)
                continue;
            Issuer temporary;
            temporary.issue(node);
            NDegreeResult result;
            if (!hashNDegree(node, std::move(temporary), result))
                return false;
            paths.push_back(std::move(result));
        }
        std::stable_sort(paths.begin(), paths.end(), [](const auto &a, const auto &b) { return a.hash < b.hash; });
        for (const NDegreeResult &result : paths) {
            for (const int node : result.issuer.order) {
                if (m_canonical[size_t(node)] < 0)
                    m_canonical[size_t(node)] = m_nextCanonical++;
            }
        }
    }
    return true;
}

// Spec §4.4.3 step 6: relabel, serialize, sort by code point.
CanonResult Canonicalizer::output() const
{
    // Quads without blank nodes are already in canonical form; the others are written once more.
    QByteArray relabelled;
    std::vector<std::pair<int, int>> spans;
    std::vector<std::pair<const char *, int>> lines;
    lines.reserve(m_quads.size());
    qsizetype total = 0;
    for (const PreparedQuad &quad : m_quads) {
        if (quad.hasBlank) {
            const int begin = int(relabelled.size());
            appendLine(relabelled, quad, -1);
            spans.emplace_back(begin, int(relabelled.size()) - begin);
        } else {
            lines.emplace_back(quad.text.constData(), int(quad.text.size()));
        }
        total += quad.text.size() + 8;
    }
    for (const auto &[begin, length] : spans)
        lines.emplace_back(relabelled.constData() + begin, length);
    std::sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) {
        return std::string_view(a.first, size_t(a.second)) < std::string_view(b.first, size_t(b.second));
    });
    CanonResult out;
    out.work = CanonWork{m_calls, m_permutations, m_deepest};
    out.nquads.reserve(total);
    for (const auto &[data, length] : lines)
        out.nquads.append(data, length);
    const int count = int(m_labels.size());
    out.issued.reserve(count);
    for (int node = 0; node < count; ++node)
        out.issued.insert(m_labels[size_t(node)], QStringLiteral("c14n") + QString::number(m_canonical[size_t(node)]));
    return out;
}

Result<CanonResult> Canonicalizer::run()
{
    prepare();
    if (!issueCanonicalIds()) {
        return makeError(QStringLiteral("rdf.too-complex"),
                         QCoreApplication::translate("Credfolio::Rdf", "dataset too complex to canonicalize"),
                         QStringLiteral("limit %1 reached after %2 Hash N-Degree Quads calls, %3 permutations")
                             .arg(m_limitHit)
                             .arg(m_calls)
                             .arg(m_permutations));
    }
    return output();
}

} // namespace

Result<CanonResult> canonicalize(const Dataset &dataset, const CanonOptions &options)
{
    return Canonicalizer(dataset, options).run();
}

} // namespace Credfolio::Rdf
