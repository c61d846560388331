// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/net/RemoteDocument.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Credfolio::Net {

/// Pre-fetched documents (`credfolio-cli verify --documents MANIFEST`), read from a manifest
/// `{"resources": [{"url", "file", "contentType", "fetchedAt"?}]}` whose `file`s are relative to the
/// manifest's folder. Every file is read when the bundle is loaded. A document's fetchedAt is the
/// member `fetchedAt` (ISO 8601) when present, else the file's modification time; answers carry
/// fromCache = true since they are copies "as of" that time. A plain value, safe to read from any thread.
class DocumentBundle {
public:
    /// Errors: net.bundle-unreadable (manifest or one of its files missing or unreadable),
    /// net.bundle-invalid (not JSON, or not of the form above), net.bundle-path (a `file` that is
    /// absolute, contains "..", or leads outside the manifest's folder through a link).
    static Result<DocumentBundle> load(const QString &manifestPath);

    /// The document for url (compared by cacheKey), or nullopt.
    std::optional<RemoteDocument> find(const QUrl &url) const;

    /// Every URL of the manifest, in its order.
    QList<QUrl> urls() const { return m_urls; }
    int size() const { return int(m_urls.size()); }

    /// Adds (or replaces) the documents of another bundle.
    void merge(const DocumentBundle &other);

private:
    QHash<QString, RemoteDocument> m_documents;
    QList<QUrl> m_urls;
};

} // namespace Credfolio::Net
