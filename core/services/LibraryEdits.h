// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace Credfolio::Store {
class Library;
}

namespace Credfolio::Services {

/// The library changes the GUI makes on a selection of credentials, so that ui/ reaches the store only through
/// services. Each is one library call (see Store::Library); undo pairs: tag/untag, add/removeFromCollection,
/// moveToTrash/restoreFromTrash. Blocking, short; fine on the GUI thread.
Result<void> tagCredentials(Store::Library &library, const QList<qint64> &ids, const QString &tag);
Result<void> untagCredentials(Store::Library &library, const QList<qint64> &ids, const QString &tag);
Result<qint64> createCollection(Store::Library &library, const QString &name);
Result<QList<qint64>> collectionItems(const Store::Library &library, qint64 collection);
Result<void> addToCollection(Store::Library &library, qint64 collection, const QList<qint64> &ids);
Result<void> removeFromCollection(Store::Library &library, qint64 collection, const QList<qint64> &ids);
Result<void> moveToTrash(Store::Library &library, const QList<qint64> &ids);
Result<void> restoreFromTrash(Store::Library &library, const QList<qint64> &ids);

} // namespace Credfolio::Services
