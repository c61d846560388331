// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonld/DocumentLoader.h"

#include "core/json/JsonReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QMutexLocker>

static void initContextResources()
{
    Q_INIT_RESOURCE(contexts);
}

namespace Credfolio::JsonLd {

namespace {

// Past this many entries the processed-context cache starts over (a guard against unbounded growth
// from documents with ever-new embedded contexts).
constexpr qsizetype MaxCachedContexts = 1024;

std::shared_ptr<DocumentLoader> buildBundled()
{
    initContextResources();
    auto loader = std::make_shared<DocumentLoader>();
    QFile indexFile(QStringLiteral(":/contexts/index.json"));
    if (!indexFile.open(QIODevice::ReadOnly))
        return loader;
    const Result<QJsonValue> index = Json::parse(indexFile.readAll());
    if (!index || !index->isObject())
        return loader;
    const QJsonObject entries = index->toObject().value(QStringLiteral("contexts")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        QFile file(QStringLiteral(":/contexts/") + entry.value(QStringLiteral("file")).toString());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        loader->addDocument(it.key(), file.readAll(), QStringLiteral("application/ld+json"),
                            entry.value(QStringLiteral("sha256")).toString());
    }
    return loader;
}

} // namespace

DocumentLoader::DocumentLoader() = default;
DocumentLoader::~DocumentLoader() = default;

std::shared_ptr<const DocumentLoader> DocumentLoader::bundled()
{
    static const std::shared_ptr<const DocumentLoader> instance = buildBundled();
    return instance;
}

Result<RemoteDocument> DocumentLoader::load(const QString &url) const
{
    const auto it = m_documents.constFind(url);
    if (it == m_documents.constEnd()) {
        return makeError(
            QStringLiteral("jsonld.unknown-context"),
            QCoreApplication::translate("Credfolio::JsonLd", "The JSON-LD context %1 is not one of the known contexts.")
                .arg(url),
            QStringLiteral("loading remote context failed: ") + url);
    }
    if (!it->document)
        return it->document.error();
    return RemoteDocument{url, it->contentType, it->document.value()};
}

void DocumentLoader::addDocument(const QString &url, const QByteArray &json, const QString &contentType,
                                 const QString &sha256Hex)
{
    Entry entry;
    entry.contentType = contentType;
    if (!sha256Hex.isEmpty() &&
        QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex() != sha256Hex.toLatin1()) {
        entry.document = makeError(
            QStringLiteral("jsonld.context-integrity"),
            QCoreApplication::translate("Credfolio::JsonLd", "The bundled copy of the JSON-LD context %1 is damaged.")
                .arg(url),
            QStringLiteral("sha256 mismatch for ") + url);
    } else {
        entry.document = Json::parse(json);
    }
    m_documents.insert(url, entry);
}

QStringList DocumentLoader::urls() const
{
    QStringList list = m_documents.keys();
    list.sort();
    return list;
}

ContextPtr DocumentLoader::cachedContext(const ContextCacheKey &key) const
{
    QMutexLocker lock(&m_cacheMutex);
    return m_cache.value(key);
}

void DocumentLoader::storeContext(const ContextCacheKey &key, const ContextPtr &context) const
{
    QMutexLocker lock(&m_cacheMutex);
    if (m_cache.size() >= MaxCachedContexts)
        m_cache.clear();
    m_cache.insert(key, context);
}

ContextPtr DocumentLoader::initialContext(const QString &base) const
{
    QMutexLocker lock(&m_cacheMutex);
    ContextPtr &slot = m_initial[base];
    if (!slot) {
        auto context = std::make_shared<ActiveContext>();
        if (!base.isEmpty())
            context->base = base;
        context->originalBase = base;
        context->uid = ActiveContext::nextUid();
        context->cacheable = true;
        slot = context;
    }
    return slot;
}

} // namespace Credfolio::JsonLd
