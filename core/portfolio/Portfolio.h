// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"
#include "core/verify/VerificationReport.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>

namespace Credfolio::Portfolio {

/// The learner's own details, filled in once and printed at the top of every export.
struct LearnerProfile {
    QString name;
    QString headline; ///< one line: "Junior data analyst"
    QString email;
    QString phone;
    QString website;
    QString location;
    QString summary; ///< a short paragraph
};

/// One credential as it goes into an export. The exports read only these values (no database).
struct PortfolioEntry {
    Credentials::Credential credential; ///< as read; `image`/`achievement.image` data is drawn when embedded
    Verify::VerificationReport report;  ///< the last verification; empty checks mean "never checked"
    QString contentHash;                ///< lowercase hex SHA-256 of credential.original
    QString group;                      ///< the section it appears in (pathway name or area), chosen by the caller
};

/// A pathway's progress, as the caller took it from core/pathways' Evaluation.
struct PathwayFigure {
    QString name;
    QString institution;
    int metRequirements = 0;
    int totalRequirements = 0;
    double creditsEarned = 0;
    double creditsRequired = 0; ///< 0: the pathway counts no credits
    double fraction = 0;        ///< 0..1
};

/// What goes into an export and how it is labelled.
///
/// Selection and order belong to the caller: entries appear in the order given, sections in the order of their
/// first entry. Which entries are left out is decided here, as of `exportedAt` (see standingOf()): an entry
/// that is not currently verified (invalid, revoked, suspended, not yet valid, never checked) is left out unless
/// `includeInvalid`; one that has expired unless `includeExpired`.
///
/// Labels are written in `labelLanguage` ("en", "de", "es"; see Labels.h) with a translator of the export's own,
/// or with the application's installed translators when it is empty (context "Credfolio::Portfolio");
/// `labels` chooses how dates and numbers are written (and the HTML `lang`).
struct ExportOptions {
    QPageSize pageSize = QPageSize(QPageSize::A4); ///< A4 or Letter (PDF only)
    bool includeInvalid = false;
    bool includeExpired = false;
    QLocale labels = QLocale(QLocale::English, QLocale::UnitedKingdom);
    QString labelLanguage; ///< "en", "de", "es"; empty: the application's translators
    QString packageId;     ///< the portfolio package's identifier, for credentials without a public URL
    QDateTime exportedAt;  ///< "now" of the export; invalid means the current time
    QString title;         ///< document title; empty means "<name> — Credential portfolio"
};

/// What an export wrote.
struct ExportStats {
    int pages = 0;    ///< PDF pages (1 for HTML and JSON Resume)
    int entries = 0;  ///< credentials written
    qint64 bytes = 0; ///< size of the file written
};

} // namespace Credfolio::Portfolio
