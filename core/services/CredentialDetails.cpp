// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/CredentialDetails.h"

#include "core/services/PathwaySource.h"
#include "core/services/Workspace.h"
#include "core/store/Library.h"

namespace Credfolio::Services {

namespace {

bool countsToward(const Pathways::Evaluation &evaluation, const QString &credentialId)
{
    for (const Pathways::NodeProgress &node : evaluation.nodes) {
        for (const Pathways::CredentialUse &use : node.satisfiedBy) {
            if (use.credentialId == credentialId)
                return true;
        }
    }
    return false;
}

} // namespace

Result<CredentialDetail> loadCredentialDetail(const Workspace &workspace, qint64 id, const PathwaySource *pathways)
{
    Result<Store::StoredCredential> stored = workspace.library().credential(id);
    if (!stored)
        return stored.error();
    CredentialDetail detail;
    detail.credential = std::move(stored->credential);
    detail.report = std::move(stored->report);
    detail.tags = stored->row.tags;
    detail.note = stored->note ? stored->note->text : QString();
    if (pathways && !detail.credential.id.isEmpty()) {
        for (const Pathways::Pathway &pathway : pathways->pathways()) {
            const Result<Pathways::Evaluation> evaluation = pathways->evaluate(pathway.id);
            if (evaluation && countsToward(*evaluation, detail.credential.id))
                detail.pathways.append(pathway.name);
        }
    }
    return detail;
}

Result<qint64> findStoredCredential(const Workspace &workspace, const QString &credentialId)
{
    Store::Query query;
    query.includeChildren = true;
    const Result<QList<Store::CredentialRow>> rows = workspace.library().list(query);
    if (!rows)
        return rows.error();
    for (const Store::CredentialRow &row : *rows) {
        if (!credentialId.isEmpty() && row.credentialId == credentialId)
            return row.id;
    }
    return qint64(0);
}

Result<QList<qint64>> allCredentialIds(const Workspace &workspace)
{
    const Result<QList<Store::CredentialRow>> rows = workspace.library().list();
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    for (const Store::CredentialRow &row : *rows)
        ids.append(row.id);
    return ids;
}

Result<void> saveNote(Workspace &workspace, qint64 id, const QString &text)
{
    return workspace.library().setNote(id, text.trimmed());
}

Result<void> saveTags(Workspace &workspace, qint64 id, const QStringList &tags)
{
    const Result<Store::StoredCredential> stored = workspace.library().credential(id);
    if (!stored)
        return stored.error();
    for (const QString &tag : stored->row.tags) {
        if (!tags.contains(tag, Qt::CaseInsensitive)) {
            if (const Result<void> removed = workspace.library().removeTag({id}, tag); !removed)
                return removed;
        }
    }
    for (const QString &tag : tags) {
        if (!stored->row.tags.contains(tag, Qt::CaseInsensitive)) {
            if (const Result<void> added = workspace.library().addTag({id}, tag); !added)
                return added;
        }
    }
    return {};
}

} // namespace Credfolio::Services
