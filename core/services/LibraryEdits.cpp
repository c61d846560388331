// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/LibraryEdits.h"

#include "core/store/Library.h"

namespace Credfolio::Services {

namespace {
Result<void> done(const Result<int> &result)
{
    if (!result) {
        return result.error();
    }
    return {};
}
} // namespace

Result<void> tagCredentials(Store::Library &library, const QList<qint64> &ids, const QString &tag)
{
    return library.addTag(ids, tag);
}

Result<void> untagCredentials(Store::Library &library, const QList<qint64> &ids, const QString &tag)
{
    return library.removeTag(ids, tag);
}

Result<qint64> createCollection(Store::Library &library, const QString &name)
{
    return library.createCollection(name);
}

Result<QList<qint64>> collectionItems(const Store::Library &library, qint64 collection)
{
    return library.collectionItems(collection);
}

Result<void> addToCollection(Store::Library &library, qint64 collection, const QList<qint64> &ids)
{
    return library.addToCollection(collection, ids);
}

Result<void> removeFromCollection(Store::Library &library, qint64 collection, const QList<qint64> &ids)
{
    return library.removeFromCollection(collection, ids);
}

Result<void> moveToTrash(Store::Library &library, const QList<qint64> &ids)
{
    return done(library.removeCredentials(ids));
}

Result<void> restoreFromTrash(Store::Library &library, const QList<qint64> &ids)
{
    return done(library.restoreCredentials(ids));
}

} // namespace Credfolio::Services
