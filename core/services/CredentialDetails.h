// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/services/CredentialDetail.h"

#include <QStringList>

namespace Credfolio::Services {

class PathwaySource;
class Workspace;

/// The detail of one stored credential: as read again from its original bytes, its last report, the learner's tags
/// and note, and the names of the pathways (from `pathways`, may be null) in which it counts. Quick for one
/// credential; fine on the GUI thread.
Result<CredentialDetail> loadCredentialDetail(const Workspace &workspace, qint64 id, const PathwaySource *pathways);

/// The stored row holding the credential with this credential id (as pathways name credentials), or 0 when none.
Result<qint64> findStoredCredential(const Workspace &workspace, const QString &credentialId);

/// Every credential at the top level of the library (what "verify everything again" covers; a CLR's contents are
/// verified with it).
Result<QList<qint64>> allCredentialIds(const Workspace &workspace);

/// Saves the learner's note (an empty text removes it).
Result<void> saveNote(Workspace &workspace, qint64 id, const QString &text);

/// Makes the credential's tags exactly `tags` (adding and removing what differs).
Result<void> saveTags(Workspace &workspace, qint64 id, const QStringList &tags);

} // namespace Credfolio::Services
