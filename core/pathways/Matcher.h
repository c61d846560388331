// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Credfolio::Pathways {

/// An alignment a credential must carry: by `targetUrl`, or by `targetFramework` + `targetCode`.
struct AlignmentMatch {
    QString targetUrl;
    QString targetFramework;
    QString targetCode;
    bool operator==(const AlignmentMatch &) const = default;
};

/// A minimum result: the credential's `result[]` must hold a value at least `minimum`.
/// With a `scale` (ordered lowest first, e.g. F, D, C, B, A) values compare by position; without one
/// both sides must be numbers. `field` is "value" (default) or "achievedLevel". With Matcher::resultStatus, the
/// same result entry must also have one of those statuses.
struct ResultMinimum {
    QString minimum;
    QStringList scale;
    QString field = QStringLiteral("value");
    QString resultDescription; ///< only results answering this ResultDescription id, when set
    bool operator==(const ResultMinimum &) const = default;
};

/// Which credentials satisfy a leaf or feed a pool. Members are ANDed; list members are ORed.
/// An empty member does not constrain. String comparisons are exact, except tags, achievement types
/// and fields of study (case-insensitive).
struct Matcher {
    QStringList achievementIds; ///< the achievement's id
    QStringList uris;           ///< the achievement id, the credential id, or an alignment targetUrl
    QStringList humanCodes;     ///< the achievement's humanCode ("DATA 101")
    QStringList issuers;        ///< the credential issuer's id or the achievement creator's id
    QStringList achievementTypes;
    QList<AlignmentMatch> alignments;
    QStringList tagsAny;
    QStringList tagsAll;
    QStringList fieldsOfStudy;
    QStringList resultStatus; ///< e.g. Completed
    std::optional<ResultMinimum> minResult;
    QDateTime issuedNotBefore; ///< awardedDate, else validFrom, must be at or after this
    QDateTime issuedNotAfter;

    bool isEmpty() const;
    /// True when `credential` satisfies every member. Pure; thread-safe.
    bool matches(const Credentials::Credential &credential) const;
    /// A short human description ("DATA 101", "tag: python", "field of study: Data Science"). Translated.
    QString describe() const;

    bool operator==(const Matcher &) const = default;
};

} // namespace Credfolio::Pathways
