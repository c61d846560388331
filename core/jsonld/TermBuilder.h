// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/jsonld/ActiveContext.h"
#include "core/jsonld/ContextProcessor.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Credfolio::JsonLd {

/// Create Term Definition (JSON-LD 1.1 API §4.2.2) for the terms of one local context, in dependency
/// order, into a context under construction. Used by the context processor only.
class TermBuilder {
public:
    TermBuilder(const Processing &processing, ActiveContext &context, const QJsonObject &local, const QString &baseUrl,
                const QStringList &remoteContexts, bool protectedDefault, bool overrideProtected);

    /// Defines `term` (and first whatever it depends on).
    Result<void> define(const QString &term);

private:
    /// IRI expansion that first defines the terms of the local context it depends on.
    Result<std::optional<QString>> expand(const QString &value, bool documentRelative, bool vocab);
    Result<bool> checkTypeKeyword(const QString &term, const QJsonValue &raw);
    Result<void> typeMapping(const QJsonObject &value, TermDefinition &definition);
    Result<void> reverseMapping(const QString &term, const QJsonObject &value, TermDefinition &definition);
    Result<bool> iriMapping(const QString &term, const QJsonObject &value, bool simpleTerm, TermDefinition &definition);
    Result<void> containerMapping(const QJsonObject &value, TermDefinition &definition);
    Result<void> indexAndContext(const QJsonObject &value, TermDefinition &definition);
    Result<void> languageDirectionNestPrefix(const QString &term, const QJsonObject &value, TermDefinition &definition);

    const Processing &m_processing;
    ActiveContext &m_context;
    const QJsonObject &m_local;
    const QString &m_baseUrl;
    const QStringList &m_remoteContexts;
    bool m_protectedDefault;
    bool m_overrideProtected;
    QHash<QString, bool> m_defined;
};

} // namespace Credfolio::JsonLd
