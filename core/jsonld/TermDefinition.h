// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace Credfolio::JsonLd {

/// Container mapping flags of a term definition (`@container`).
enum class Container : quint8 {
    None = 0,
    List = 1,
    Set = 2,
    Index = 4,
    Id = 8,
    Type = 16,
    Language = 32,
    Graph = 64,
};

/// One term of an active context (JSON-LD 1.1 API §4.1, "term definition"). Plain value type.
struct TermDefinition {
    /// IRI mapping: an absolute IRI, a blank node identifier or a keyword; empty when nullMapping.
    QString iri;
    /// The term was mapped to null: it expands to nothing (and is dropped).
    bool nullMapping = false;
    bool reverse = false;
    bool prefix = false;
    bool isProtected = false;
    /// Type mapping (@id, @vocab, @json, @none or an IRI); empty when there is none.
    QString typeMapping;
    /// Language mapping: hasLanguage with nullopt means "@language": null.
    bool hasLanguage = false;
    std::optional<QString> language;
    bool hasDirection = false;
    std::optional<QString> direction;
    /// Scoped context, with the base URL it was defined against; contextId is unique per definition.
    bool hasContext = false;
    QJsonValue context;
    QString contextBase;
    quint64 contextId = 0;
    quint8 container = 0;
    /// Property-valued index (@index), empty when none.
    QString index;
    /// @nest value, empty when none.
    QString nest;

    bool has(Container flag) const { return (container & quint8(flag)) != 0; }
    /// Same definition apart from the protected flag (the rule for redefining a protected term).
    bool sameAs(const TermDefinition &other) const;
};

} // namespace Credfolio::JsonLd
