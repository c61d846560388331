// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/DocumentBundle.h"
#include "core/net/DocumentSource.h"
#include "tests/support/TestData.h"

#include <QHash>
#include <QMutex>

#include <optional>

namespace Credfolio::Test {

/// A DocumentSource serving fixtures: a pre-fetched bundle (Net::DocumentBundle, e.g. tests/data/corpus/web/)
/// plus documents added by a test. Unknown URLs answer net.http-status (404). Records every URL asked for.
class MemoryDocumentSource : public Net::DocumentSource {
public:
    /// Loads `manifest` (relative to tests/data), resources {url, file, contentType} relative to its folder.
    void loadManifest(const QString &manifest)
    {
        auto bundle = Net::DocumentBundle::load(dataPath(manifest));
        if (!bundle) {
            qFatal("cannot load %s: %s", qPrintable(manifest), qPrintable(bundle.error().toString()));
        }
        m_bundle = std::move(*bundle);
    }

    void add(const QString &url, const QByteArray &body, const QString &contentType)
    {
        m_documents.insert(url, Net::RemoteDocument{QUrl(url), QUrl(url), body, contentType, 200, {}, false});
    }

    Result<Net::RemoteDocument> fetch(const QUrl &url, const Net::FetchOptions &options = {}) const override
    {
        const QMutexLocker locker(&m_mutex);
        m_requested.append(url.toString());
        const auto added = m_documents.constFind(url.toString());
        std::optional<Net::RemoteDocument> found;
        if (added != m_documents.constEnd()) {
            found = added.value();
        } else if (m_bundle) {
            found = m_bundle->find(url);
        }
        if (!found) {
            return makeError(QStringLiteral("net.http-status"), QStringLiteral("HTTP 404"), url.toString());
        }
        if (options.maxBytes > 0 && found->body.size() > options.maxBytes) {
            return makeError(QStringLiteral("net.too-large"), QStringLiteral("too large"), url.toString());
        }
        return *found;
    }

    QStringList requested() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_requested;
    }

private:
    std::optional<Net::DocumentBundle> m_bundle;
    QHash<QString, Net::RemoteDocument> m_documents;
    mutable QMutex m_mutex;
    mutable QStringList m_requested;
};

} // namespace Credfolio::Test
