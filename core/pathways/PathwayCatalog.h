// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/pathways/Pathway.h"

#include <QHash>
#include <QStringList>

namespace Credfolio::Pathways {

/// The loaded pathways, by id, through which `pathway` nodes with a `ref` are resolved.
/// A value type (copyable); not synchronised: fill it on one thread, then read it from any.
class PathwayCatalog {
public:
    /// Adds a pathway. pathways.duplicate-pathway when its id is already in the catalog.
    Result<void> add(const Pathway &pathway);
    /// The pathway with this id, or nullptr. The pointer is valid until the catalog is next modified.
    const Pathway *find(const QString &id) const;
    QStringList ids() const; ///< sorted
    qsizetype size() const { return m_pathways.size(); }

    /// Checks that every reference reachable from `rootId` resolves and that no pathway contains itself,
    /// directly or through others. Errors: pathways.unknown-pathway, pathways.unresolved-reference
    /// (detail: the referring pathway), pathways.cycle (message and detail name the chain "a → b → a").
    Result<void> validate(const QString &rootId) const;
    /// validate() for every pathway in the catalog.
    Result<void> validateAll() const;

private:
    QHash<QString, Pathway> m_pathways;
};

} // namespace Credfolio::Pathways
