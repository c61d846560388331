// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentials/CredentialReader.h"
#include "core/credentials/Detector.h"
#include "core/net/RemoteDocument.h"

#include <QJsonObject>

// State shared by the readers while reading one credential (internal to core/credentials).
namespace Credfolio::Credentials::Detail {

class ReadContext {
public:
    explicit ReadContext(const ReadOptions &options)
        : m_options(options)
    {
    }

    bool canFetch() const { return m_options.documents != nullptr; }
    bool fetchImages() const { return m_options.documents != nullptr && m_options.fetchImages; }

    /// Fetches through the DocumentSource, at most Limits::kMaxLinkedFetches times per credential.
    Result<Net::RemoteDocument> fetch(const QUrl &url, const Net::FetchOptions &options);
    /// fetch() then strict JSON object reading.
    Result<QJsonObject> fetchJson(const QString &url);

private:
    const ReadOptions &m_options;
    int m_fetches = 0;
};

/// Fills `out` from a detection (format-specific readers). `depth` counts CLR nesting.
void readDetected(const Detection &detection, Credential &out, ReadContext &context, int depth);

/// Fetches the remote image of `image` when allowed (data kept on success, a warning otherwise).
void fetchImage(Image &image, QList<ReadWarning> &warnings, ReadContext &context);

} // namespace Credfolio::Credentials::Detail
