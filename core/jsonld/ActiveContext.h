// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jsonld/TermDefinition.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace Credfolio::JsonLd {

struct ActiveContext;
/// Active contexts are immutable once built and shared between threads and caches.
using ContextPtr = std::shared_ptr<const ActiveContext>;

/// The active context of JSON-LD 1.1 API §4.1. The term table is a QHash, so copying a context copies
/// a reference only; it is detached on the first new definition.
struct ActiveContext {
    QHash<QString, TermDefinition> terms;
    /// Base IRI; nullopt when "@base": null removed it.
    std::optional<QString> base;
    QString originalBase;
    std::optional<QString> vocab;
    std::optional<QString> defaultLanguage;
    std::optional<QString> defaultDirection;
    /// The context to return to for nested nodes when a type-scoped context does not propagate.
    ContextPtr previous;
    /// Unique identity of this context, for caches keyed by "processing X on top of this context".
    quint64 uid = 0;
    /// Whether the loader's cache may hold contexts derived from this one (see ContextProcessor).
    bool cacheable = false;

    const TermDefinition *term(const QString &name) const
    {
        const auto it = terms.constFind(name);
        return it == terms.constEnd() ? nullptr : &it.value();
    }
    bool hasProtectedTerms() const;
    /// A new, never used identity (thread-safe).
    static quint64 nextUid();
};

} // namespace Credfolio::JsonLd
