// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/jsonld/ActiveContext.h"

#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace Credfolio::JsonLd {

class DocumentLoader;

/// Settings shared by one expansion run.
struct Processing {
    const DocumentLoader *loader = nullptr;
    /// processingMode json-ld-1.0 (only for the test suite; credentials are always 1.1).
    bool mode10 = false;
};

/// Options of the Context Processing algorithm (JSON-LD 1.1 API §4.1.2).
struct ContextFlags {
    bool overrideProtected = false;
    bool propagate = true;
    bool validateScoped = true;
};

/// Context Processing: the active context that results from applying `local` to `active`.
/// Errors are the spec's (jsonld.invalid-local-context, jsonld.protected-term-redefinition, ...) and the
/// loader's (jsonld.unknown-context). Cached per loader when `local` is a context URL or a scoped context.
Result<ContextPtr> processContext(const Processing &processing, const ContextPtr &active, const QJsonValue &local,
                                  const QString &baseUrl, const QStringList &remoteContexts = {},
                                  ContextFlags flags = {});

/// Processes a term's scoped context (property- or type-scoped), cached by its identity.
Result<ContextPtr> processScopedContext(const Processing &processing, const ContextPtr &active,
                                        const TermDefinition &term, ContextFlags flags);

/// IRI Expansion (§5.2.2) against a finished active context: nullopt means null (no IRI).
std::optional<QString> expandIri(const ActiveContext &context, const QString &value, bool documentRelative, bool vocab);

} // namespace Credfolio::JsonLd
