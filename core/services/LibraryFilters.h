// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/pathways/Evaluation.h"
#include "core/store/LibraryTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace Credfolio::Store {
class Library;
}

namespace Credfolio::Services {

/// What the learner narrowed the library view to. Every set filter narrows the result (AND).
struct LibraryFilter {
    QString text;                               ///< search as you type (Store::Query::text)
    QString issuerId;                           ///< exactly this issuer; empty: any
    std::optional<Pathways::Standing> standing; ///< only this standing
    QString tag;                                ///< carries this tag; empty: any
    std::optional<qint64> collection;           ///< is in this collection
    bool expiringSoon = false;                  ///< expires within expiringDays from now
    int expiringDays = 60;
    Store::SortKey sort = Store::SortKey::Name;
    bool descending = false;

    bool narrows() const; ///< true when any filter or search text is set (the sort does not count)
    bool operator==(const LibraryFilter &) const = default;
};

/// The library query for this filter. The store knows verdicts, not standings: Expired, Revoked and Invalid
/// all ask for Verdict::Invalid, and standingMatches() tells them apart row by row.
Store::Query toQuery(const LibraryFilter &filter);

/// Whether a row needs the per-row standing test after toQuery() (Expired, Revoked, Invalid).
bool needsStandingCheck(const LibraryFilter &filter);

/// The standing of a stored row from its verdict and first failing check: "validity" is expired (or not yet
/// valid), "status" is revoked, any other failure is invalid; never checked is unknown.
Pathways::Standing standingOfRow(const Store::CredentialRow &row);

/// The short translated word for a standing: "Valid", "Not valid", "Expired", "Revoked", "Not checked".
QString standingLabel(Pathways::Standing standing);

/// One entry of a filter menu.
struct FilterChoice {
    QString key;  ///< issuer id, tag name, or collection id as text
    QString name; ///< what the menu shows
    int count = 0;
};

/// The entries for the issuer, tag and collection filters (issuers and tags by name, collections in the learner's
/// order), with how many credentials each has.
struct FilterChoices {
    QList<FilterChoice> issuers;
    QList<FilterChoice> tags;
    QList<FilterChoice> collections;
};
Result<FilterChoices> filterChoices(const Store::Library &library);

/// The image kept with a credential at import, else the baked PNG or SVG itself, else empty; with its media type.
/// Blocking (reads the credential); any thread.
struct CredentialImage {
    QByteArray bytes;
    QString type;
};
Result<CredentialImage> credentialImage(const Store::Library &library, qint64 id);

} // namespace Credfolio::Services
