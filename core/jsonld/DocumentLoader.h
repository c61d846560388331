// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/jsonld/ActiveContext.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QMutex>
#include <QString>

#include <memory>

namespace Credfolio::JsonLd {

/// Identifies "the context obtained by processing X on top of the active context `base`": X is a context
/// URL or a scoped context (a term definition's contextId); `flags` are the processing options.
struct ContextCacheKey {
    quint64 base = 0;
    quint64 scopedId = 0;
    QString url;
    quint8 flags = 0;
    friend bool operator==(const ContextCacheKey &, const ContextCacheKey &) = default;
};
inline size_t qHash(const ContextCacheKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.base, key.scopedId, key.url, key.flags);
}

/// A document served by a DocumentLoader.
struct RemoteDocument {
    QString documentUrl;
    QString contentType;
    QJsonValue document;
};

/// Serves JSON-LD documents (contexts) from memory, keyed by exact URL; never touches the network.
///
/// bundled() is the loader of the contexts compiled into the application (resources/contexts/), each
/// pinned by its SHA-256. Tests build their own loader and addDocument() what they need.
/// Thread-safety: build first (addDocument is not thread-safe), then share it as a const object: load()
/// and the processed-context cache may be used from any number of threads.
class DocumentLoader {
public:
    DocumentLoader();
    ~DocumentLoader();
    DocumentLoader(const DocumentLoader &) = delete;
    DocumentLoader &operator=(const DocumentLoader &) = delete;

    /// The bundled contexts (built on first use, then shared). A bundled file whose SHA-256 does not
    /// match its pin is served as an error (jsonld.context-integrity).
    static std::shared_ptr<const DocumentLoader> bundled();

    /// The document for `url`. Errors: jsonld.unknown-context (detail names the URL) when the URL is not
    /// served; jsonld.context-integrity or json.* when the stored copy is unusable.
    Result<RemoteDocument> load(const QString &url) const;

    /// Serves `json` for `url` (replacing any earlier document). Parsed now; a parse error is reported
    /// by load(). When `sha256Hex` is given, the bytes must match it.
    void addDocument(const QString &url, const QByteArray &json,
                     const QString &contentType = QStringLiteral("application/ld+json"), const QString &sha256Hex = {});

    /// The URLs served, sorted.
    QStringList urls() const;

    /// Cache of processed contexts (see ContextCacheKey); null when absent. Thread-safe.
    ContextPtr cachedContext(const ContextCacheKey &key) const;
    void storeContext(const ContextCacheKey &key, const ContextPtr &context) const;
    /// The (cached) initial active context for a base IRI. Thread-safe.
    ContextPtr initialContext(const QString &base) const;

private:
    struct Entry {
        QString contentType;
        Result<QJsonValue> document = QJsonValue();
    };
    QHash<QString, Entry> m_documents;
    mutable QMutex m_cacheMutex;
    mutable QHash<ContextCacheKey, ContextPtr> m_cache;
    mutable QHash<QString, ContextPtr> m_initial;
};

} // namespace Credfolio::JsonLd
