// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Error.h"
#include "core/portfolio/Portfolio.h"

#include <QList>
#include <QString>
#include <QStringList>

// What every export shows, decided once: which entries, in which sections, with which labels. Internal.
namespace Credfolio::Portfolio {

/// Where a credential stands as of the export.
enum class Standing { Verified, Expired, Revoked, Suspended, NotYetValid, Invalid, Unchecked };

/// Expired when the report failed on verify.expired or when validUntil has passed by `at` (a report from before
/// the expiry date says nothing about now); revoked/suspended/not-yet-valid from the failing check's code.
Standing standingOf(const PortfolioEntry &entry, const QDateTime &at);

/// One credential as the exports print it.
struct EntryView {
    const PortfolioEntry *entry = nullptr;
    Standing standing = Standing::Unchecked;
    QString name;
    QString issuer;
    QString date;        ///< localized, e.g. "31 Jul 2026"; empty when the credential carries none
    QString isoDate;     ///< "2026-07-31" or empty
    QString credits;     ///< "3 credits" or empty
    QString description; ///< first sentence/line of the achievement's (else the credential's) description
    QString mark;        ///< "Verified 29 Nov 2026", "Expired", "Revoked", ...
    QString target;      ///< checkTarget()
    QString shortHash;   ///< first 16 hex digits of the content hash, in two groups of 8
    QString initials;    ///< placeholder when there is no badge image
    QStringList skills;
};

struct Section {
    QString title;
    QList<EntryView> entries;
};

struct SkillCount {
    QString name;
    int count = 0;
};

/// The export's content: sections in first-appearance order, skills most frequent first (ties by name).
struct ExportModel {
    QDateTime exportedAt;
    QString title;
    QString exportedLabel; ///< "Exported 29 Nov 2026"
    QList<Section> sections;
    QList<SkillCount> skills;
    int entryCount = 0;
};

ExportModel buildModel(const LearnerProfile &profile, const QList<PortfolioEntry> &entries,
                       const ExportOptions &options);

/// "29 Nov 2026" in the options' locale; empty for an invalid date.
QString formatDate(const QDateTime &when, const QLocale &locale);
/// 3 -> "3", 2.5 -> "2.5" in the locale.
QString formatNumber(double value, const QLocale &locale);
/// The learner's contact details joined for one line.
QStringList contactItems(const LearnerProfile &profile);
/// "3 of 4 requirements" [" · 9 of 12 credits"].
QString pathwayCaption(const PathwayFigure &figure, const QLocale &locale);

/// portfolio.write-failed for `path`.
Error writeFailed(const QString &path, const QString &detail);

/// Translated labels shared by the exports.
namespace Label {
QString skills();
QString progress();
QString credentials();
QString portfolio();
QString page(int page, int pages);
} // namespace Label

} // namespace Credfolio::Portfolio
