// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/jsonld/ContextProcessor.h"
#include "core/jsonld/Expander.h"
#include "core/jsonld/Value.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace Credfolio::JsonLd {

/// expand() without the conversion to Qt's JSON types (used by documentToRdf).
struct ExpandedDocument {
    Array expanded;
    QStringList droppedTerms;
};
Result<ExpandedDocument> expandDocument(const QJsonValue &document, const ExpandOptions &options);

/// The state of one run of the Expansion algorithm (API §5.1.2); internal to expand().
class ExpansionRun {
public:
    explicit ExpansionRun(const Processing &processing)
        : m_processing(processing)
    {
    }

    /// Expands `element`; `property` is the active property (nullptr: none).
    Result<Value> expandElement(const ContextPtr &active, const QString *property, const QJsonValue &element,
                                const QString &baseUrl, bool fromMap);
    const QStringList &droppedTerms() const { return m_dropped; }

private:
    struct ObjectState {
        ContextPtr context;
        ContextPtr typeScoped;
        const QString *property;
        const QString *baseUrl;
        QString inputType;
    };
    Result<Value> expandObject(const ContextPtr &active, const QString *property, const QJsonObject &element,
                               const QString &baseUrl, bool fromMap);
    /// The members of an input object, with keys converted to QString once.
    using Entries = std::vector<std::pair<QString, QJsonValue>>;
    static Entries entriesOf(const QJsonObject &element);
    Result<ContextPtr> applyTypeScopes(ObjectState &state, const Entries &element);
    Result<void> expandEntries(ObjectState &state, const Entries &element, Object &result);
    Result<void> expandProperty(ObjectState &state, const QString &key, const QString &property,
                                const QJsonValue &value, Object &result);
    Result<void> expandNests(ObjectState &state, const Entries &element, const QStringList &nests, Object &result);
    Result<void> expandKeyword(ObjectState &state, const QString &key, const QString &keyword, const QJsonValue &value,
                               Object &result, QStringList &nests);
    Result<std::optional<Value>> expandScalarKeyword(const ObjectState &state, const QString &keyword,
                                                     const QJsonValue &value, const Object &result);
    Result<std::optional<Value>> expandNestedKeyword(const ObjectState &state, const QString &keyword,
                                                     const QJsonValue &value, const Object &result);
    Result<void> expandReverse(ObjectState &state, const QJsonValue &value, Object &result);
    Result<Value> expandTypeValue(const ObjectState &state, const QJsonValue &value);
    std::optional<QString> expandType(const ObjectState &state, const QString &type);
    Result<Value> expandLanguageMap(const ActiveContext &context, const TermDefinition &term, const QJsonObject &value);
    Result<Value> expandIndexMap(ObjectState &state, const QString &key, const TermDefinition &term,
                                 const QJsonObject &value);
    Result<Value> finishObject(Object result, const QString *property);

    const Processing &m_processing;
    QStringList m_dropped;
    int m_depth = 0;
};

/// Value Expansion (API §5.3.2).
Object expandValue(const ActiveContext &context, const QString *property, const QJsonValue &value);

} // namespace Credfolio::JsonLd
