// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/EvaluatorDetail.h"

#include <algorithm>

// Candidate search: an index of the credentials by the members matchers select on, so that a leaf looks at
// the few credentials that can match instead of all of them. Every candidate is still checked with
// Matcher::matches(); the index only narrows the search. Only the categories some matcher uses are built.
namespace Credfolio::Pathways::Detail {

namespace {

QString alignmentKey(const QString &framework, const QString &code)
{
    return framework + QChar(0x1f) + code;
}

// The category a matcher is looked up by (the most selective member it has), or Count for a full scan.
IndexCategory categoryOf(const Matcher &matcher)
{
    if (!matcher.achievementIds.isEmpty()) {
        return IndexCategory::AchievementId;
    }
    if (!matcher.uris.isEmpty()) {
        return IndexCategory::Uri;
    }
    if (!matcher.humanCodes.isEmpty()) {
        return IndexCategory::HumanCode;
    }
    if (!matcher.tagsAny.isEmpty() || !matcher.tagsAll.isEmpty()) {
        return IndexCategory::Tag;
    }
    if (!matcher.alignments.isEmpty()) {
        return IndexCategory::Alignment;
    }
    if (!matcher.fieldsOfStudy.isEmpty()) {
        return IndexCategory::FieldOfStudy;
    }
    if (!matcher.achievementTypes.isEmpty()) {
        return IndexCategory::AchievementType;
    }
    return IndexCategory::Count;
}

// The keys a matcher looks up (lower-cased for the case-insensitive categories).
QStringList lookupKeys(const Matcher &matcher, IndexCategory category)
{
    QStringList keys;
    switch (category) {
    case IndexCategory::AchievementId:
        return matcher.achievementIds;
    case IndexCategory::Uri:
        return matcher.uris;
    case IndexCategory::HumanCode:
        return matcher.humanCodes;
    case IndexCategory::Tag:
        keys = matcher.tagsAny.isEmpty() ? matcher.tagsAll.mid(0, 1) : matcher.tagsAny;
        break;
    case IndexCategory::Alignment:
        for (const AlignmentMatch &alignment : matcher.alignments) {
            keys << (alignment.targetUrl.isEmpty() ? alignmentKey(alignment.targetFramework, alignment.targetCode)
                                                   : alignment.targetUrl);
        }
        return keys;
    case IndexCategory::FieldOfStudy:
        keys = matcher.fieldsOfStudy;
        break;
    case IndexCategory::AchievementType:
        keys = matcher.achievementTypes;
        break;
    case IndexCategory::Count:
        return {};
    }
    for (QString &key : keys) {
        key = key.toLower();
    }
    return keys;
}

} // namespace

// Only the keys some matcher asks for get a bucket: each credential costs a few lookups in small tables.
void Solver::buildIndex()
{
    for (const ENode &node : std::as_const(nodes)) {
        for (const Matcher *matcher : {node.match, node.pool, node.award}) {
            if (!matcher) {
                continue;
            }
            const IndexCategory category = categoryOf(*matcher);
            for (const QString &key : lookupKeys(*matcher, category)) {
                credentialIndex[size_t(category)].insert(key, {});
            }
        }
    }
    const auto add = [&](IndexCategory category, const QString &key, int credential) {
        QHash<QString, QList<int>> &buckets = credentialIndex[size_t(category)];
        const auto it = buckets.find(key);
        if (it != buckets.end() && (it->isEmpty() || it->back() != credential)) {
            it->append(credential);
        }
    };
    const auto want = [&](IndexCategory category) {
        return !credentialIndex[size_t(category)].isEmpty();
    };
    for (int i : byRank) {
        const Credentials::Credential &c = *input->at(i).credential;
        const Credentials::Achievement &a = c.achievement;
        if (want(IndexCategory::AchievementId)) {
            add(IndexCategory::AchievementId, a.id, i);
        }
        if (want(IndexCategory::Uri)) {
            add(IndexCategory::Uri, a.id, i);
            add(IndexCategory::Uri, c.id, i);
            for (const Credentials::Alignment &alignment : a.alignments) {
                add(IndexCategory::Uri, alignment.targetUrl, i);
            }
        }
        if (want(IndexCategory::HumanCode)) {
            add(IndexCategory::HumanCode, a.humanCode, i);
        }
        if (want(IndexCategory::FieldOfStudy)) {
            add(IndexCategory::FieldOfStudy, a.fieldOfStudy.toLower(), i);
        }
        if (want(IndexCategory::AchievementType)) {
            add(IndexCategory::AchievementType, a.achievementType.toLower(), i);
        }
        if (want(IndexCategory::Tag)) {
            for (const QString &tag : a.tags) {
                add(IndexCategory::Tag, tag.toLower(), i);
            }
        }
        if (want(IndexCategory::Alignment)) {
            for (const Credentials::Alignment &alignment : a.alignments) {
                if (!alignment.targetUrl.isEmpty()) {
                    add(IndexCategory::Alignment, alignment.targetUrl, i);
                }
                add(IndexCategory::Alignment, alignmentKey(alignment.targetFramework, alignment.targetCode), i);
            }
        }
    }
}

// Countable and non-countable credentials matching `matcher`, each in rank order.
void Solver::candidates(const Matcher &matcher, QList<int> &good, QList<int> &bad) const
{
    const auto consider = [&](int i) {
        if (matcher.matches(*input->at(i).credential)) {
            (countable[size_t(i)] ? good : bad).append(i);
        }
    };
    const IndexCategory category = categoryOf(matcher);
    if (category == IndexCategory::Count) {
        for (int i : byRank) {
            consider(i);
        }
        return;
    }
    const QStringList keys = lookupKeys(matcher, category);
    const QHash<QString, QList<int>> &buckets = credentialIndex[size_t(category)];
    QList<int> pool;
    for (const QString &key : keys) {
        pool += buckets.value(key);
    }
    if (keys.size() > 1) {
        std::sort(pool.begin(), pool.end(), [&](int a, int b) { return rankOf[size_t(a)] < rankOf[size_t(b)]; });
        pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
    }
    for (int i : std::as_const(pool)) {
        consider(i);
    }
}

} // namespace Credfolio::Pathways::Detail
