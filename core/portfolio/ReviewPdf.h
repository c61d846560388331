// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/portfolio/Portfolio.h"
#include "core/portfolio/Review.h"

#include <QHash>
#include <QLocale>
#include <QString>

namespace Credfolio::Portfolio {

/// The advisor's notes on one review, as the review PDF prints them (core/services keeps them in the advisor's
/// library and converts).
struct ReviewAnnotations {
    QString overall;
    QHash<QString, QString> credentials;  ///< by contentHash() of the packaged credential's original bytes
    QHash<QString, QString> requirements; ///< by requirementKey()
};

/// Lowercase hex SHA-256 of a credential's original bytes: how a note names the credential it belongs to.
QString contentHash(const QByteArray &original);
/// The key of a note on one requirement of a pathway: its id and the node's path (NodeProgress::path).
QString requirementKey(const QString &pathwayId, const QString &nodePath);

/// The two verdicts of a reviewed credential in one line: "Valid as of 29 Nov 2026 · Revoked now", or
/// "… · not checked today (offline)" when there was no live check.
QString reviewVerdictLine(const ReviewedCredential &credential, const QDateTime &sentAt, const QLocale &locale);

/// The review as a PDF for the student's file: learner, package id and date, the package signature verdict, the
/// advisor's overall notes, every credential with its "as sent" and "today" verdicts, the learner's and the
/// advisor's notes, then the pathway progress with the advisor's notes on requirements. Title and Author metadata,
/// page numbers. Uses `options` for the page size, the locale, `exportedAt` ("reviewed on") and `title`.
/// Needs a QGuiApplication. Errors: portfolio.no-gui, portfolio.write-failed.
Result<ExportStats> writeReviewPdf(const QString &path, const Review &review, const ReviewAnnotations &notes,
                                   const ExportOptions &options);

} // namespace Credfolio::Portfolio
