// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/LibraryCredentials.h"

#include "core/services/Standing.h"
#include "core/store/Library.h"

namespace Credfolio::Services {

Result<QList<LearnerCredential>> learnerCredentials(const Store::Library &library)
{
    Store::Query query;
    query.includeChildren = true;
    const Result<QList<Store::CredentialRow>> rows = library.list(query);
    if (!rows)
        return rows.error();
    QList<LearnerCredential> credentials;
    credentials.reserve(rows->size());
    for (const Store::CredentialRow &row : *rows) {
        Result<Store::StoredCredential> stored = library.credential(row.id);
        if (!stored)
            return stored.error();
        credentials.append(LearnerCredential{std::move(stored->credential), standingOf(stored->report)});
    }
    return credentials;
}

} // namespace Credfolio::Services
