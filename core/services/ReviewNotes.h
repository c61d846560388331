// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/portfolio/ReviewPdf.h"

#include <QHash>
#include <QString>

namespace Credfolio::Store {
class Library;
}

namespace Credfolio::Services {

/// The advisor's notes on one package: overall, per credential (by Portfolio::contentHash() of its original bytes)
/// and per pathway requirement (by Portfolio::requirementKey()). They live in the advisor's own library, never in
/// the package; empty notes are not kept.
struct ReviewNotes {
    QString overall;
    QHash<QString, QString> credentials;
    QHash<QString, QString> requirements;

    bool isEmpty() const;
    /// Sets or (for blank text) removes one note.
    void setCredentialNote(const QString &hash, const QString &text);
    void setRequirementNote(const QString &key, const QString &text);

    Portfolio::ReviewAnnotations toAnnotations() const;
    /// {"overall", "credentials": {hash: text}, "requirements": {key: text}} (compact, keys sorted).
    QByteArray toJson() const;
    /// Reads what toJson() wrote. Errors: review.notes-invalid.
    static Result<ReviewNotes> fromJson(const QByteArray &json);
};

/// The library setting that holds the notes on the package with this id.
QString reviewNotesSetting(const QString &packageId);

/// The notes on a package (empty when there are none yet).
Result<ReviewNotes> loadReviewNotes(const Store::Library &library, const QString &packageId);
/// Saves them; empty notes remove the setting.
Result<void> saveReviewNotes(Store::Library &library, const QString &packageId, const ReviewNotes &notes);

} // namespace Credfolio::Services
