// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/Credential.h"
#include "core/verify/VerificationReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Credfolio::Store {

/// One credential to import: what the reader made of it, what the verifier said, and where it came from
/// (file path or URL, for display).
struct NewCredential {
    Credentials::Credential credential;
    Verify::VerificationReport report;
    QString source;
};

/// What happened to one item of a batch.
struct ImportOutcome {
    enum class Kind { Stored, Duplicate };
    Kind kind = Kind::Stored;
    qint64 id = 0;          ///< the new row (Stored) or the row already holding it (Duplicate)
    bool inTrash = false;   ///< Duplicate of a credential the learner moved to the trash
    QList<qint64> children; ///< Stored CLR: the rows of its contained credentials, in order
};

struct BatchResult {
    QList<ImportOutcome> outcomes; ///< one per item of the batch, in order
    int storedCount() const;
    int duplicateCount() const;
};

/// The verdict kept with a credential: of its last report, or Unchecked when it has no checks or when the issuer's
/// key could not be obtained (VerificationReport::couldNotBeChecked).
enum class Verdict { Valid, Invalid, Unchecked };
QString verdictKey(Verdict verdict); ///< "valid", "invalid", "unchecked"

enum class SortKey {
    Name,       ///< credential name, case-insensitive
    Issuer,     ///< issuer name, then credential name
    DateIssued, ///< validFrom (absent last)
    DateAdded,  ///< import time
    Expiry,     ///< validUntil (absent last)
    Position,   ///< order within Query::collection (requires it)
};

/// What list() and count() return. Every filter set narrows the result (AND).
struct Query {
    /// Words searched in name, description, issuer, achievement, skills/tags, alignments, field of study.
    /// Every word must match; the last one also as a prefix (search as you type) unless followed by a
    /// space. Any characters are safe: FTS syntax in it is searched for as text. Text without a letter or
    /// digit does not filter.
    QString text;
    QString issuerId;                      ///< the issuer's id (DID or URL), exactly
    std::optional<Verdict> verdict;        ///< only this verdict
    QDateTime issuedFrom;                  ///< validFrom >= this (invalid: no bound)
    QDateTime issuedBefore;                ///< validFrom < this (invalid: no bound)
    QString tag;                           ///< carries this learner tag (case-insensitive)
    std::optional<qint64> collection;      ///< is in this collection
    std::optional<int> expiringWithinDays; ///< validUntil between now and now + N days
    QDateTime now;                         ///< "now" for expiringWithinDays; invalid: the current time
    bool includeChildren = false;          ///< also the credentials contained in a CLR (else only top level)
    bool trash = false;                    ///< list the trash instead of the library
    SortKey sort = SortKey::Name;
    bool descending = false;
    int limit = -1; ///< -1: no limit
    int offset = 0;
};

/// One line of the list view.
struct CredentialRow {
    qint64 id = 0;
    std::optional<qint64> parentId; ///< the CLR row holding it, if any
    QString credentialId;
    QString name;
    QString description;
    QString issuerId;
    QString issuerName;
    QString achievementName;
    QString achievementType;
    QString kind;   ///< Credentials::kindKey()
    QString format; ///< Credentials::formatKey()
    Verdict verdict = Verdict::Unchecked;
    QString firstFailure; ///< id of the first failing check, empty when none
    QDateTime validFrom;
    QDateTime validUntil;
    QDateTime checkedAt;
    QDateTime addedAt;
    std::optional<double> credits;
    QStringList tags; ///< learner tags, sorted
    bool hasImage = false;
};

struct Note {
    QString text;
    QDateTime updatedAt;
};

struct CollectionInfo {
    qint64 id = 0;
    QString name;
    int count = 0; ///< credentials in it (trash excluded)
};

/// Everything kept about one credential.
struct StoredCredential {
    CredentialRow row;
    QByteArray original;                ///< the imported bytes, exactly
    Credentials::Credential credential; ///< read again from `original`
    Verify::VerificationReport report;  ///< the last report
    QString source;
    QByteArray image; ///< the image bytes kept at import (may be empty)
    QString imageType;
    QString imageUrl;
    std::optional<Note> note;
    QList<CollectionInfo> collections;
    QList<qint64> children; ///< a CLR's contained credentials, in order
    bool inTrash = false;
};

struct VerificationRecord {
    QDateTime checkedAt;
    Verdict verdict = Verdict::Unchecked;
    Verify::VerificationReport report;
};

struct TagCount {
    QString name;
    int count = 0; ///< credentials carrying it (trash excluded)
};

struct IssuerInfo {
    QString id;
    QString name;
    QString url;
    QByteArray image;
    QString imageType;
    bool trusted = false;
    int count = 0; ///< credentials from it (trash excluded)
};

struct PathwayEntry {
    QString id;
    QString name;
    QByteArray document; ///< the pathway JSON, as saved
    QDateTime addedAt;
    QDateTime updatedAt;
};

} // namespace Credfolio::Store
