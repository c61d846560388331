// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonld/ContextProcessor.h"

#include "core/jsonld/DocumentLoader.h"
#include "core/jsonld/Iri.h"
#include "core/jsonld/JsonLdError.h"
#include "core/jsonld/TermBuilder.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Credfolio::JsonLd {

namespace {

// Remote contexts nested deeper than this are refused ("context overflow"); real contexts nest 1-2 deep.
constexpr qsizetype MaxRemoteContexts = 32;

QString resolveAgainst(const QString &baseUrl, const QString &reference)
{
    if (Iri::isAbsolute(reference) || !Iri::isAbsolute(baseUrl))
        return reference;
    return Iri::resolve(baseUrl, reference);
}

Result<QJsonObject> loadContextDocument(const Processing &processing, const QString &url)
{
    if (!processing.loader)
        return jsonLdError("loading remote context failed", url);
    const Result<RemoteDocument> loaded = processing.loader->load(url);
    if (!loaded) {
        if (loaded.error().code == QLatin1String("jsonld.unknown-context"))
            return loaded.error();
        return jsonLdError("loading remote context failed", url + QStringLiteral(": ") + loaded.error().detail);
    }
    const QJsonValue &document = loaded->document;
    if (!document.isObject() || !document.toObject().contains(QLatin1String("@context")))
        return jsonLdError("invalid remote context", url);
    return document.toObject();
}

// Stores a processed context in the loader's cache, marked as a base for further cached processing.
// Only contexts reached from the initial context through URLs and scoped contexts are cacheable, so
// that documents with embedded contexts cannot fill the cache.
ContextPtr remember(const Processing &processing, const ContextCacheKey &key, const ContextPtr &context)
{
    ContextPtr stored = context;
    if (!context->cacheable) {
        auto copy = std::make_shared<ActiveContext>(*context);
        copy->cacheable = true;
        stored = copy;
    }
    processing.loader->storeContext(key, stored);
    return stored;
}

Result<ContextPtr> processRemote(const Processing &processing, const ContextPtr &active, const QString &baseUrl,
                                 const QString &reference, const QStringList &remoteContexts, ContextFlags flags)
{
    const QString url = resolveAgainst(baseUrl, reference);
    if (remoteContexts.contains(url)) {
        if (!flags.validateScoped)
            return active;
        return jsonLdError("recursive context inclusion", url);
    }
    if (remoteContexts.size() >= MaxRemoteContexts)
        return jsonLdError("context overflow", url);
    const ContextCacheKey key{active->uid, 0, url, quint8(flags.validateScoped ? 1 : 0)};
    const bool cacheable = processing.loader && !processing.mode10 && active->cacheable;
    if (cacheable) {
        if (ContextPtr cached = processing.loader->cachedContext(key))
            return cached;
    }
    const Result<QJsonObject> document = loadContextDocument(processing, url);
    if (!document)
        return document.error();
    QStringList nested = remoteContexts;
    nested.append(url);
    ContextFlags inner;
    inner.validateScoped = flags.validateScoped;
    Result<ContextPtr> result =
        processContext(processing, active, document->value(QLatin1String("@context")), url, nested, inner);
    if (result && cacheable)
        return remember(processing, key, result.value());
    return result;
}

Result<QJsonObject> applyImport(const Processing &processing, const QJsonObject &context, const QString &baseUrl)
{
    if (processing.mode10)
        return jsonLdError("invalid context entry", QStringLiteral("@import"));
    const QJsonValue import = context.value(QLatin1String("@import"));
    if (!import.isString())
        return jsonLdError("invalid @import value");
    const QString url = resolveAgainst(baseUrl, import.toString());
    const Result<QJsonObject> document = loadContextDocument(processing, url);
    if (!document)
        return document.error();
    const QJsonValue imported = document->value(QLatin1String("@context"));
    if (!imported.isObject())
        return jsonLdError("invalid remote context", url);
    QJsonObject merged = imported.toObject();
    if (merged.contains(QLatin1String("@import")))
        return jsonLdError("invalid context entry", url);
    for (auto it = context.begin(); it != context.end(); ++it) {
        if (it.key() != QLatin1String("@import"))
            merged.insert(it.key(), it.value());
    }
    return merged;
}

Result<void> applySettings(const Processing &processing, ActiveContext &result, const QJsonObject &context,
                           const QStringList &remoteContexts)
{
    if (context.contains(QLatin1String("@base")) && remoteContexts.isEmpty()) {
        const QJsonValue value = context.value(QLatin1String("@base"));
        if (value.isNull())
            result.base.reset();
        else if (!value.isString())
            return jsonLdError("invalid base IRI");
        else if (Iri::isAbsolute(value.toString()))
            result.base = value.toString();
        else if (result.base && Iri::isAbsolute(*result.base))
            result.base = Iri::resolve(*result.base, value.toString());
        else
            return jsonLdError("invalid base IRI", value.toString());
    }
    if (context.contains(QLatin1String("@vocab"))) {
        const QJsonValue value = context.value(QLatin1String("@vocab"));
        if (value.isNull()) {
            result.vocab.reset();
        } else if (!value.isString()) {
            return jsonLdError("invalid vocab mapping");
        } else {
            const QString v = value.toString();
            if (processing.mode10 && !Iri::isAbsolute(v) && !Iri::isBlankNode(v))
                return jsonLdError("invalid vocab mapping", v);
            const std::optional<QString> expanded = expandIri(result, v, true, true);
            if (!expanded || Iri::isKeyword(*expanded))
                return jsonLdError("invalid vocab mapping", v);
            result.vocab = *expanded;
        }
    }
    if (context.contains(QLatin1String("@language"))) {
        const QJsonValue value = context.value(QLatin1String("@language"));
        if (value.isNull())
            result.defaultLanguage.reset();
        else if (value.isString())
            result.defaultLanguage = value.toString().toLower();
        else
            return jsonLdError("invalid default language");
    }
    if (context.contains(QLatin1String("@direction"))) {
        if (processing.mode10)
            return jsonLdError("invalid context entry", QStringLiteral("@direction"));
        const QJsonValue value = context.value(QLatin1String("@direction"));
        if (value.isNull())
            result.defaultDirection.reset();
        else if (value == QLatin1String("ltr") || value == QLatin1String("rtl"))
            result.defaultDirection = value.toString();
        else
            return jsonLdError("invalid base direction");
    }
    if (context.contains(QLatin1String("@propagate"))) {
        if (processing.mode10)
            return jsonLdError("invalid context entry", QStringLiteral("@propagate"));
        if (!context.value(QLatin1String("@propagate")).isBool())
            return jsonLdError("invalid @propagate value");
    }
    return {};
}

Result<ContextPtr> processObject(const Processing &processing, const ContextPtr &active, QJsonObject context,
                                 const QString &baseUrl, const QStringList &remoteContexts, ContextFlags flags)
{
    if (context.contains(QLatin1String("@version"))) {
        const QJsonValue version = context.value(QLatin1String("@version"));
        if (!version.isDouble() || version.toDouble() != 1.1)
            return jsonLdError("invalid @version value");
        if (processing.mode10)
            return jsonLdError("processing mode conflict");
    }
    if (context.contains(QLatin1String("@import"))) {
        Result<QJsonObject> merged = applyImport(processing, context, baseUrl);
        if (!merged)
            return merged.error();
        context = std::move(merged.value());
    }
    auto result = std::make_shared<ActiveContext>(*active);
    result->uid = ActiveContext::nextUid();
    result->cacheable = false;
    if (const Result<void> settings = applySettings(processing, *result, context, remoteContexts); !settings)
        return settings.error();
    bool protectedDefault = false;
    if (context.contains(QLatin1String("@protected"))) {
        const QJsonValue value = context.value(QLatin1String("@protected"));
        if (processing.mode10)
            return jsonLdError("invalid context entry", QStringLiteral("@protected"));
        if (!value.isBool())
            return jsonLdError("invalid @protected value");
        protectedDefault = value.toBool();
    }
    TermBuilder builder(processing, *result, context, baseUrl, remoteContexts, protectedDefault,
                        flags.overrideProtected);
    for (auto it = context.begin(); it != context.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("@base") || key == QLatin1String("@direction") || key == QLatin1String("@import") ||
            key == QLatin1String("@language") || key == QLatin1String("@propagate") ||
            key == QLatin1String("@protected") || key == QLatin1String("@version") || key == QLatin1String("@vocab"))
            continue;
        if (const Result<void> defined = builder.define(key); !defined)
            return defined.error();
    }
    return ContextPtr(result);
}

} // namespace

Result<ContextPtr> processContext(const Processing &processing, const ContextPtr &active, const QJsonValue &local,
                                  const QString &baseUrl, const QStringList &remoteContexts, ContextFlags flags)
{
    ContextPtr current = active;
    bool propagate = flags.propagate;
    if (local.isObject()) {
        const QJsonObject object = local.toObject();
        if (object.contains(QLatin1String("@propagate"))) {
            const QJsonValue value = object.value(QLatin1String("@propagate"));
            if (!value.isBool())
                return jsonLdError("invalid @propagate value");
            propagate = value.toBool();
        }
    }
    if (!propagate && !current->previous) {
        auto copy = std::make_shared<ActiveContext>(*current);
        copy->uid = ActiveContext::nextUid();
        copy->cacheable = false;
        copy->previous = active;
        current = copy;
    }
    const QJsonArray contexts = local.isArray() ? local.toArray() : QJsonArray{local};
    for (const QJsonValue &context : contexts) {
        if (context.isNull()) {
            if (!flags.overrideProtected && current->hasProtectedTerms())
                return jsonLdError("invalid context nullification");
            auto fresh = std::make_shared<ActiveContext>();
            fresh->uid = ActiveContext::nextUid();
            fresh->originalBase = active->originalBase;
            if (!active->originalBase.isEmpty())
                fresh->base = active->originalBase;
            if (!propagate)
                fresh->previous = current;
            current = fresh;
        } else if (context.isString()) {
            Result<ContextPtr> next =
                processRemote(processing, current, baseUrl, context.toString(), remoteContexts, flags);
            if (!next)
                return next.error();
            current = std::move(next.value());
        } else if (context.isObject()) {
            Result<ContextPtr> next =
                processObject(processing, current, context.toObject(), baseUrl, remoteContexts, flags);
            if (!next)
                return next.error();
            current = std::move(next.value());
        } else {
            return jsonLdError("invalid local context");
        }
    }
    return current;
}

Result<ContextPtr> processScopedContext(const Processing &processing, const ContextPtr &active,
                                        const TermDefinition &term, ContextFlags flags)
{
    const ContextCacheKey key{
        active->uid, term.contextId, {}, quint8((flags.overrideProtected ? 2 : 0) | (flags.propagate ? 4 : 0))};
    const bool cacheable = processing.loader && !processing.mode10 && active->cacheable;
    if (cacheable) {
        if (ContextPtr cached = processing.loader->cachedContext(key))
            return cached;
    }
    Result<ContextPtr> result = processContext(processing, active, term.context, term.contextBase, {}, flags);
    if (result && cacheable)
        return remember(processing, key, result.value());
    return result;
}

std::optional<QString> expandIri(const ActiveContext &context, const QString &value, bool documentRelative, bool vocab)
{
    if (Iri::isKeyword(value))
        return value;
    if (Iri::hasKeywordForm(value))
        return std::nullopt;
    if (const TermDefinition *term = context.term(value)) {
        if (!term->nullMapping && Iri::isKeyword(term->iri))
            return term->iri;
        if (vocab)
            return term->nullMapping ? std::nullopt : std::optional<QString>(term->iri);
    }
    const qsizetype colon = value.indexOf(QLatin1Char(':'), 1);
    if (colon > 0) {
        const QStringView prefix = QStringView(value).left(colon);
        const QStringView suffix = QStringView(value).mid(colon + 1);
        if (prefix == u"_" || suffix.startsWith(u"//"))
            return value;
        if (const TermDefinition *term = context.term(prefix.toString()); term && !term->nullMapping && term->prefix)
            return term->iri + suffix;
        if (Iri::isAbsolute(value))
            return value;
    }
    if (vocab && context.vocab)
        return *context.vocab + value;
    if (documentRelative) {
        if (context.base && Iri::isAbsolute(*context.base))
            return Iri::resolve(*context.base, value);
    }
    return value;
}

} // namespace Credfolio::JsonLd
