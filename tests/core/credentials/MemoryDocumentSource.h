// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/DocumentSource.h"
#include "tests/support/TestData.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

namespace Credfolio::Test {

/// A DocumentSource serving fixtures from memory: tests/data/corpus/web/ per its manifest, plus documents
/// added by a test. Unknown URLs answer net.http-status (404). Records every URL asked for.
class MemoryDocumentSource : public Net::DocumentSource {
public:
    /// Loads `manifest` (relative to tests/data), resources {url, file, contentType} relative to its folder.
    void loadManifest(const QString &manifest)
    {
        const QString folder = manifest.section(QLatin1Char('/'), 0, -2);
        const QJsonArray resources =
            QJsonDocument::fromJson(readData(manifest)).object().value(QLatin1StringView("resources")).toArray();
        for (const QJsonValue &resource : resources) {
            const QJsonObject object = resource.toObject();
            add(object.value(QLatin1StringView("url")).toString(),
                readData(folder + QLatin1Char('/') + object.value(QLatin1StringView("file")).toString()),
                object.value(QLatin1StringView("contentType")).toString());
        }
    }

    void add(const QString &url, const QByteArray &body, const QString &contentType)
    {
        m_documents.insert(url, Net::RemoteDocument{QUrl(url), QUrl(url), body, contentType, 200, {}, false});
    }

    Result<Net::RemoteDocument> fetch(const QUrl &url, const Net::FetchOptions &options = {}) const override
    {
        const QMutexLocker locker(&m_mutex);
        m_requested.append(url.toString());
        const auto found = m_documents.constFind(url.toString());
        if (found == m_documents.constEnd()) {
            return makeError(QStringLiteral("net.http-status"), QStringLiteral("HTTP 404"), url.toString());
        }
        if (options.maxBytes > 0 && found->body.size() > options.maxBytes) {
            return makeError(QStringLiteral("net.too-large"), QStringLiteral("too large"), url.toString());
        }
        return found.value();
    }

    QStringList requested() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_requested;
    }

private:
    QHash<QString, Net::RemoteDocument> m_documents;
    mutable QMutex m_mutex;
    mutable QStringList m_requested;
};

} // namespace Credfolio::Test
