// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonld/TermBuilder.h"

#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"

#include <QJsonArray>

namespace Credfolio::JsonLd {

namespace {

bool endsWithGenDelim(const QString &iri)
{
    if (iri.isEmpty())
        return false;
    const QChar c = iri.back();
    return c == u':' || c == u'/' || c == u'?' || c == u'#' || c == u'[' || c == u']' || c == u'@';
}

std::optional<Container> containerFlag(const QString &name)
{
    static const QHash<QString, Container> flags = {
        {QStringLiteral("@list"), Container::List},   {QStringLiteral("@set"), Container::Set},
        {QStringLiteral("@index"), Container::Index}, {QStringLiteral("@id"), Container::Id},
        {QStringLiteral("@type"), Container::Type},   {QStringLiteral("@language"), Container::Language},
        {QStringLiteral("@graph"), Container::Graph},
    };
    const auto it = flags.constFind(name);
    return it == flags.constEnd() ? std::nullopt : std::optional<Container>(*it);
}

bool validContainerCombination(quint8 flags, qsizetype count)
{
    const auto has = [flags](Container c) {
        return (flags & quint8(c)) != 0;
    };
    if (has(Container::List))
        return count == 1;
    if (has(Container::Graph)) {
        const quint8 others = flags & ~quint8(Container::Graph);
        const quint8 allowed = quint8(Container::Id) | quint8(Container::Index) | quint8(Container::Set);
        return (others & ~allowed) == 0 && !(has(Container::Id) && has(Container::Index));
    }
    const quint8 nonSet = flags & ~quint8(Container::Set);
    return nonSet == 0 || (nonSet & (nonSet - 1)) == 0;
}

const QStringList &allowedTermKeys()
{
    static const QStringList keys = {
        QStringLiteral("@id"),        QStringLiteral("@reverse"),   QStringLiteral("@container"),
        QStringLiteral("@context"),   QStringLiteral("@direction"), QStringLiteral("@index"),
        QStringLiteral("@language"),  QStringLiteral("@nest"),      QStringLiteral("@prefix"),
        QStringLiteral("@protected"), QStringLiteral("@type"),
    };
    return keys;
}

} // namespace

TermBuilder::TermBuilder(const Processing &processing, ActiveContext &context, const QJsonObject &local,
                         const QString &baseUrl, const QStringList &remoteContexts, bool protectedDefault,
                         bool overrideProtected)
    : m_processing(processing)
    , m_context(context)
    , m_local(local)
    , m_baseUrl(baseUrl)
    , m_remoteContexts(remoteContexts)
    , m_protectedDefault(protectedDefault)
    , m_overrideProtected(overrideProtected)
{
}

Result<std::optional<QString>> TermBuilder::expand(const QString &value, bool documentRelative, bool vocab)
{
    if (!Iri::isKeyword(value) && !Iri::hasKeywordForm(value)) {
        if (m_local.contains(value) && !m_defined.value(value, false)) {
            if (const Result<void> r = define(value); !r)
                return r.error();
        }
        const qsizetype colon = value.indexOf(QLatin1Char(':'), 1);
        if (colon > 0) {
            const QString prefix = value.left(colon);
            if (prefix != QLatin1String("_") && !QStringView(value).mid(colon + 1).startsWith(u"//") &&
                m_local.contains(prefix) && !m_defined.value(prefix, false)) {
                if (const Result<void> r = define(prefix); !r)
                    return r.error();
            }
        }
    }
    return expandIri(m_context, value, documentRelative, vocab);
}

Result<bool> TermBuilder::checkTypeKeyword(const QString &term, const QJsonValue &raw)
{
    if (term == QLatin1String("@type")) {
        if (m_processing.mode10 || !raw.isObject())
            return jsonLdError("keyword redefinition", term);
        const QJsonObject object = raw.toObject();
        if (object.isEmpty())
            return jsonLdError("keyword redefinition", term);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("@container") && it.value() == QLatin1String("@set"))
                continue;
            if (it.key() == QLatin1String("@protected"))
                continue;
            return jsonLdError("keyword redefinition", term);
        }
        return true;
    }
    if (Iri::isKeyword(term))
        return jsonLdError("keyword redefinition", term);
    if (Iri::hasKeywordForm(term)) {
        m_defined.insert(term, true);
        return false;
    }
    return true;
}

Result<void> TermBuilder::define(const QString &term)
{
    if (const auto it = m_defined.constFind(term); it != m_defined.constEnd()) {
        if (*it)
            return {};
        return jsonLdError("cyclic IRI mapping", term);
    }
    if (term.isEmpty())
        return jsonLdError("invalid term definition", QStringLiteral("empty term"));
    m_defined.insert(term, false);
    const QJsonValue raw = m_local.value(term);
    const Result<bool> proceed = checkTypeKeyword(term, raw);
    if (!proceed)
        return proceed.error();
    if (!proceed.value())
        return {};
    std::optional<TermDefinition> previous;
    if (const TermDefinition *existing = m_context.term(term))
        previous = *existing;
    m_context.terms.remove(term);

    QJsonObject value;
    bool simpleTerm = false;
    if (raw.isNull()) {
        value.insert(QLatin1String("@id"), QJsonValue::Null);
    } else if (raw.isString()) {
        value.insert(QLatin1String("@id"), raw);
        simpleTerm = true;
    } else if (raw.isObject()) {
        value = raw.toObject();
    } else {
        return jsonLdError("invalid term definition", term);
    }

    TermDefinition definition;
    definition.isProtected = m_protectedDefault;
    if (value.contains(QLatin1String("@protected"))) {
        if (m_processing.mode10)
            return jsonLdError("invalid term definition", term);
        const QJsonValue p = value.value(QLatin1String("@protected"));
        if (!p.isBool())
            return jsonLdError("invalid @protected value", term);
        definition.isProtected = p.toBool();
    }
    if (const Result<void> r = typeMapping(value, definition); !r)
        return r;
    if (value.contains(QLatin1String("@reverse")))
        return reverseMapping(term, value, definition);
    const Result<bool> mapped = iriMapping(term, value, simpleTerm, definition);
    if (!mapped)
        return mapped.error();
    if (!mapped.value()) {
        m_defined.insert(term, true);
        return {};
    }
    if (const Result<void> r = containerMapping(value, definition); !r)
        return r;
    if (const Result<void> r = indexAndContext(value, definition); !r)
        return r;
    if (const Result<void> r = languageDirectionNestPrefix(term, value, definition); !r)
        return r;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!allowedTermKeys().contains(it.key()))
            return jsonLdError("invalid term definition", term + QStringLiteral(": ") + it.key());
    }
    if (!m_overrideProtected && previous && previous->isProtected) {
        if (!definition.sameAs(*previous))
            return jsonLdError("protected term redefinition", term);
        definition = *previous;
    }
    m_context.terms.insert(term, definition);
    m_defined.insert(term, true);
    return {};
}

Result<void> TermBuilder::typeMapping(const QJsonObject &value, TermDefinition &definition)
{
    if (!value.contains(QLatin1String("@type")))
        return {};
    const QJsonValue type = value.value(QLatin1String("@type"));
    if (!type.isString())
        return jsonLdError("invalid type mapping");
    const Result<std::optional<QString>> expanded = expand(type.toString(), false, true);
    if (!expanded)
        return expanded.error();
    if (!expanded.value())
        return jsonLdError("invalid type mapping", type.toString());
    const QString &t = *expanded.value();
    const bool is11 = t == QLatin1String("@json") || t == QLatin1String("@none");
    if (is11 && m_processing.mode10)
        return jsonLdError("invalid type mapping", t);
    if (!is11 && t != QLatin1String("@id") && t != QLatin1String("@vocab") && !Iri::isAbsolute(t))
        return jsonLdError("invalid type mapping", t);
    definition.typeMapping = t;
    return {};
}

Result<void> TermBuilder::reverseMapping(const QString &term, const QJsonObject &value, TermDefinition &definition)
{
    if (value.contains(QLatin1String("@id")) || value.contains(QLatin1String("@nest")))
        return jsonLdError("invalid reverse property", term);
    const QJsonValue reverse = value.value(QLatin1String("@reverse"));
    if (!reverse.isString())
        return jsonLdError("invalid IRI mapping", term);
    if (Iri::hasKeywordForm(reverse.toString())) {
        m_defined.insert(term, true);
        return {};
    }
    const Result<std::optional<QString>> expanded = expand(reverse.toString(), false, true);
    if (!expanded)
        return expanded.error();
    const std::optional<QString> &iri = expanded.value();
    if (!iri || (!Iri::isAbsolute(*iri) && !Iri::isBlankNode(*iri)))
        return jsonLdError("invalid IRI mapping", term);
    definition.iri = *iri;
    if (value.contains(QLatin1String("@container"))) {
        const QJsonValue container = value.value(QLatin1String("@container"));
        if (container == QLatin1String("@set"))
            definition.container = quint8(Container::Set);
        else if (container == QLatin1String("@index"))
            definition.container = quint8(Container::Index);
        else if (!container.isNull())
            return jsonLdError("invalid reverse property", term);
    }
    definition.reverse = true;
    if (const Result<void> r = indexAndContext(value, definition); !r)
        return r;
    m_context.terms.insert(term, definition);
    m_defined.insert(term, true);
    return {};
}

Result<bool> TermBuilder::iriMapping(const QString &term, const QJsonObject &value, bool simpleTerm,
                                     TermDefinition &definition)
{
    const QJsonValue id = value.value(QLatin1String("@id"));
    const qsizetype colon = term.indexOf(QLatin1Char(':'), 1);
    if (value.contains(QLatin1String("@id")) && id != QJsonValue(term)) {
        if (id.isNull()) {
            definition.nullMapping = true;
            return true;
        }
        if (!id.isString())
            return jsonLdError("invalid IRI mapping", term);
        const QString idString = id.toString();
        if (!Iri::isKeyword(idString) && Iri::hasKeywordForm(idString))
            return false;
        const Result<std::optional<QString>> expanded = expand(idString, false, true);
        if (!expanded)
            return expanded.error();
        const std::optional<QString> &iri = expanded.value();
        if (!iri || (!Iri::isKeyword(*iri) && !Iri::isAbsolute(*iri) && !Iri::isBlankNode(*iri)))
            return jsonLdError("invalid IRI mapping", term);
        if (*iri == QLatin1String("@context"))
            return jsonLdError("invalid keyword alias", term);
        definition.iri = *iri;
        const bool colonInside = colon > 0 && colon < term.size() - 1;
        if (colonInside || term.contains(QLatin1Char('/'))) {
            m_defined.insert(term, true);
            const Result<std::optional<QString>> self = expand(term, false, true);
            if (!self)
                return self.error();
            if (self.value() != definition.iri)
                return jsonLdError("invalid IRI mapping", term);
        } else if (simpleTerm && !term.contains(QLatin1Char(':')) &&
                   (endsWithGenDelim(definition.iri) || Iri::isBlankNode(definition.iri))) {
            definition.prefix = true;
        }
        return true;
    }
    if (colon > 0) {
        const QString prefix = term.left(colon);
        if (m_local.contains(prefix)) {
            if (const Result<void> r = define(prefix); !r)
                return r.error();
        }
        const TermDefinition *prefixDefinition = m_context.term(prefix);
        if (prefixDefinition && !prefixDefinition->nullMapping)
            definition.iri = prefixDefinition->iri + QStringView(term).mid(colon + 1);
        else
            definition.iri = term;
        return true;
    }
    if (term.contains(QLatin1Char('/'))) {
        const std::optional<QString> expanded = expandIri(m_context, term, false, true);
        if (!expanded || !Iri::isAbsolute(*expanded))
            return jsonLdError("invalid IRI mapping", term);
        definition.iri = *expanded;
        return true;
    }
    if (term == QLatin1String("@type")) {
        definition.iri = term;
        return true;
    }
    if (m_context.vocab) {
        definition.iri = *m_context.vocab + term;
        return true;
    }
    return jsonLdError("invalid IRI mapping", term);
}

Result<void> TermBuilder::containerMapping(const QJsonObject &value, TermDefinition &definition)
{
    if (!value.contains(QLatin1String("@container")))
        return {};
    const QJsonValue raw = value.value(QLatin1String("@container"));
    const QJsonArray entries = raw.isArray() ? raw.toArray() : QJsonArray{raw};
    if (m_processing.mode10 && (raw.isArray() || !raw.isString()))
        return jsonLdError("invalid container mapping");
    quint8 flags = 0;
    for (const QJsonValue &entry : entries) {
        const std::optional<Container> flag = entry.isString() ? containerFlag(entry.toString()) : std::nullopt;
        if (!flag)
            return jsonLdError("invalid container mapping");
        if (m_processing.mode10 && (*flag == Container::Graph || *flag == Container::Id || *flag == Container::Type))
            return jsonLdError("invalid container mapping");
        flags |= quint8(*flag);
    }
    if (entries.isEmpty() || !validContainerCombination(flags, entries.size()))
        return jsonLdError("invalid container mapping");
    definition.container = flags;
    if (definition.has(Container::Type)) {
        if (definition.typeMapping.isEmpty())
            definition.typeMapping = QStringLiteral("@id");
        if (definition.typeMapping != QLatin1String("@id") && definition.typeMapping != QLatin1String("@vocab"))
            return jsonLdError("invalid type mapping", definition.typeMapping);
    }
    return {};
}

Result<void> TermBuilder::indexAndContext(const QJsonObject &value, TermDefinition &definition)
{
    if (value.contains(QLatin1String("@index"))) {
        const QJsonValue index = value.value(QLatin1String("@index"));
        if (m_processing.mode10 || !definition.has(Container::Index) || !index.isString())
            return jsonLdError("invalid term definition", QStringLiteral("@index"));
        const Result<std::optional<QString>> expanded = expand(index.toString(), false, true);
        if (!expanded)
            return expanded.error();
        if (!expanded.value() || Iri::isKeyword(index.toString()) || !Iri::isAbsolute(*expanded.value()))
            return jsonLdError("invalid term definition", index.toString());
        definition.index = index.toString();
    }
    if (value.contains(QLatin1String("@context"))) {
        if (m_processing.mode10)
            return jsonLdError("invalid term definition", QStringLiteral("@context"));
        const QJsonValue context = value.value(QLatin1String("@context"));
        auto snapshot = std::make_shared<ActiveContext>(m_context);
        snapshot->uid = ActiveContext::nextUid();
        snapshot->cacheable = false;
        ContextFlags flags;
        flags.overrideProtected = true;
        flags.validateScoped = false;
        const Result<ContextPtr> checked =
            processContext(m_processing, snapshot, context, m_baseUrl, m_remoteContexts, flags);
        if (!checked)
            return jsonLdError("invalid scoped context", checked.error().detail);
        definition.hasContext = true;
        definition.context = context;
        definition.contextBase = m_baseUrl;
        definition.contextId = ActiveContext::nextUid();
    }
    return {};
}

Result<void> TermBuilder::languageDirectionNestPrefix(const QString &term, const QJsonObject &value,
                                                      TermDefinition &definition)
{
    const bool typed = value.contains(QLatin1String("@type"));
    if (value.contains(QLatin1String("@language")) && !typed) {
        const QJsonValue language = value.value(QLatin1String("@language"));
        if (!language.isNull() && !language.isString())
            return jsonLdError("invalid language mapping", term);
        definition.hasLanguage = true;
        if (language.isString())
            definition.language = language.toString().toLower();
    }
    if (value.contains(QLatin1String("@direction")) && !typed) {
        const QJsonValue direction = value.value(QLatin1String("@direction"));
        if (!direction.isNull() && direction != QLatin1String("ltr") && direction != QLatin1String("rtl"))
            return jsonLdError("invalid base direction", term);
        definition.hasDirection = true;
        if (direction.isString())
            definition.direction = direction.toString();
    }
    if (value.contains(QLatin1String("@nest"))) {
        const QJsonValue nest = value.value(QLatin1String("@nest"));
        if (m_processing.mode10)
            return jsonLdError("invalid term definition", term);
        if (!nest.isString() || (Iri::isKeyword(nest.toString()) && nest != QLatin1String("@nest")))
            return jsonLdError("invalid @nest value", term);
        definition.nest = nest.toString();
    }
    if (value.contains(QLatin1String("@prefix"))) {
        const QJsonValue prefix = value.value(QLatin1String("@prefix"));
        if (m_processing.mode10 || term.contains(QLatin1Char(':')) || term.contains(QLatin1Char('/')))
            return jsonLdError("invalid term definition", term);
        if (!prefix.isBool())
            return jsonLdError("invalid @prefix value", term);
        definition.prefix = prefix.toBool();
        if (definition.prefix && Iri::isKeyword(definition.iri))
            return jsonLdError("invalid term definition", term);
    }
    return {};
}

} // namespace Credfolio::JsonLd
