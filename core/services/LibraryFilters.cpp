// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/LibraryFilters.h"

#include "core/store/Library.h"
#include "core/verify/VerificationReport.h"

#include <QCoreApplication>

namespace Credfolio::Services {

using Pathways::Standing;

bool LibraryFilter::narrows() const
{
    return !text.trimmed().isEmpty() || !issuerId.isEmpty() || standing.has_value() || !tag.isEmpty() ||
           collection.has_value() || expiringSoon;
}

Store::Query toQuery(const LibraryFilter &filter)
{
    Store::Query query;
    query.text = filter.text;
    query.issuerId = filter.issuerId;
    query.tag = filter.tag;
    query.collection = filter.collection;
    if (filter.expiringSoon) {
        query.expiringWithinDays = filter.expiringDays;
    }
    if (filter.standing) {
        switch (*filter.standing) {
        case Standing::Valid:
            query.verdict = Store::Verdict::Valid;
            break;
        case Standing::Unknown:
            query.verdict = Store::Verdict::Unchecked;
            break;
        case Standing::Invalid:
        case Standing::Expired:
        case Standing::Revoked:
            query.verdict = Store::Verdict::Invalid;
            break;
        }
    }
    query.sort = filter.sort;
    if (query.sort == Store::SortKey::Position && !query.collection) {
        query.sort = Store::SortKey::Name;
    }
    query.descending = filter.descending;
    return query;
}

bool needsStandingCheck(const LibraryFilter &filter)
{
    return filter.standing && *filter.standing != Standing::Valid && *filter.standing != Standing::Unknown;
}

Standing standingOfRow(const Store::CredentialRow &row)
{
    switch (row.verdict) {
    case Store::Verdict::Valid:
        return Standing::Valid;
    case Store::Verdict::Unchecked:
        return Standing::Unknown;
    case Store::Verdict::Invalid:
        break;
    }
    if (row.firstFailure == QLatin1String(Verify::CheckId::Validity)) {
        return Standing::Expired;
    }
    if (row.firstFailure == QLatin1String(Verify::CheckId::Status)) {
        return Standing::Revoked;
    }
    return Standing::Invalid;
}

QString standingLabel(Standing standing)
{
    switch (standing) {
    case Standing::Valid:
        return QCoreApplication::translate("Credfolio::Services", "Valid");
    case Standing::Invalid:
        return QCoreApplication::translate("Credfolio::Services", "Not valid");
    case Standing::Expired:
        return QCoreApplication::translate("Credfolio::Services", "Expired");
    case Standing::Revoked:
        return QCoreApplication::translate("Credfolio::Services", "Revoked");
    case Standing::Unknown:
        break;
    }
    return QCoreApplication::translate("Credfolio::Services", "Not checked");
}

Result<FilterChoices> filterChoices(const Store::Library &library)
{
    FilterChoices choices;
    const Result<QList<Store::IssuerInfo>> issuers = library.issuers();
    if (!issuers) {
        return issuers.error();
    }
    for (const Store::IssuerInfo &issuer : *issuers) {
        if (issuer.count > 0) {
            choices.issuers.append({issuer.id, issuer.name.isEmpty() ? issuer.id : issuer.name, issuer.count});
        }
    }
    const Result<QList<Store::TagCount>> tags = library.tags();
    if (!tags) {
        return tags.error();
    }
    for (const Store::TagCount &tag : *tags) {
        choices.tags.append({tag.name, tag.name, tag.count});
    }
    const Result<QList<Store::CollectionInfo>> collections = library.collections();
    if (!collections) {
        return collections.error();
    }
    for (const Store::CollectionInfo &collection : *collections) {
        choices.collections.append({QString::number(collection.id), collection.name, collection.count});
    }
    return choices;
}

Result<CredentialImage> credentialImage(const Store::Library &library, qint64 id)
{
    Result<Store::StoredCredential> stored = library.credential(id);
    if (!stored) {
        return stored.error();
    }
    if (stored->image.isEmpty()) {
        // A baked badge is its own image.
        const QByteArray &original = stored->original;
        if (original.startsWith("\x89PNG\r\n\x1a\n")) {
            return CredentialImage{original, QStringLiteral("image/png")};
        }
        if (original.left(512).contains("<svg")) {
            return CredentialImage{original, QStringLiteral("image/svg+xml")};
        }
    }
    return CredentialImage{std::move(stored->image), stored->imageType};
}

} // namespace Credfolio::Services
