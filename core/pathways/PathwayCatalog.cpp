// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pathways/PathwayCatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace Credfolio::Pathways {

namespace {

// Depth-first walk over pathway references; `chain` is the stack of pathway ids being expanded.
Result<void> walk(const PathwayCatalog &catalog, const Requirement &node, QStringList &chain)
{
    if (node.kind == NodeKind::Pathway) {
        const QString id = node.ref.isEmpty() ? node.pathwayId : node.ref;
        if (chain.contains(id)) {
            const QString cycle = (chain.mid(chain.indexOf(id)) << id).join(QStringLiteral(" → "));
            return makeError(
                QStringLiteral("pathways.cycle"),
                QCoreApplication::translate("Credfolio::Pathways", "Pathway contains itself: %1").arg(cycle), cycle);
        }
        const Requirement *root = nullptr;
        if (!node.ref.isEmpty()) {
            const Pathway *pathway = catalog.find(node.ref);
            if (!pathway) {
                return makeError(QStringLiteral("pathways.unresolved-reference"),
                                 QCoreApplication::translate("Credfolio::Pathways",
                                                             "Pathway \"%1\" refers to \"%2\", which is not loaded")
                                     .arg(chain.isEmpty() ? QString() : chain.back(), node.ref),
                                 chain.isEmpty() ? QString() : chain.back());
            }
            root = &pathway->requirements;
        } else if (!node.children.isEmpty()) {
            root = &node.children.front();
        }
        if (root) {
            chain.append(id);
            const Result<void> result = walk(catalog, *root, chain);
            chain.removeLast();
            return result;
        }
        return {};
    }
    for (const Requirement &child : node.children) {
        if (Result<void> result = walk(catalog, child, chain); !result) {
            return result;
        }
    }
    return {};
}

} // namespace

Result<void> PathwayCatalog::add(const Pathway &pathway)
{
    if (m_pathways.contains(pathway.id)) {
        return makeError(
            QStringLiteral("pathways.duplicate-pathway"),
            QCoreApplication::translate("Credfolio::Pathways", "A pathway with id \"%1\" is already loaded")
                .arg(pathway.id),
            pathway.id);
    }
    m_pathways.insert(pathway.id, pathway);
    return {};
}

const Pathway *PathwayCatalog::find(const QString &id) const
{
    const auto it = m_pathways.constFind(id);
    return it == m_pathways.constEnd() ? nullptr : &it.value();
}

QStringList PathwayCatalog::ids() const
{
    QStringList ids = m_pathways.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<void> PathwayCatalog::validate(const QString &rootId) const
{
    const Pathway *root = find(rootId);
    if (!root) {
        return makeError(
            QStringLiteral("pathways.unknown-pathway"),
            QCoreApplication::translate("Credfolio::Pathways", "No pathway with id \"%1\" is loaded").arg(rootId),
            rootId);
    }
    QStringList chain{rootId};
    return walk(*this, root->requirements, chain);
}

Result<void> PathwayCatalog::validateAll() const
{
    for (const QString &id : ids()) {
        if (Result<void> result = validate(id); !result) {
            return result;
        }
    }
    return {};
}

} // namespace Credfolio::Pathways
