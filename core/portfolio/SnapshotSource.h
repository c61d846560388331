// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/DocumentSource.h"

#include <QHash>
#include <QMutex>

namespace Credfolio::Portfolio {

/// The documents a package carries, served as they were on the day it was made (each with its fetch date, as a
/// cached copy). Anything else is net.offline: a review "as sent" never reaches the network.
class SnapshotSource final : public Net::DocumentSource {
public:
    explicit SnapshotSource(const QList<Net::RemoteDocument> &documents);
    Result<Net::RemoteDocument> fetch(const QUrl &url, const Net::FetchOptions &options = {}) const override;

private:
    QHash<QString, Net::RemoteDocument> m_documents;
};

/// Passes every fetch on to `inner` and keeps each document it answered: what a package must carry so that its
/// credentials verify offline later. Thread-safe.
class RecordingSource final : public Net::DocumentSource {
public:
    explicit RecordingSource(const Net::DocumentSource *inner);
    Result<Net::RemoteDocument> fetch(const QUrl &url, const Net::FetchOptions &options = {}) const override;
    /// The documents answered so far, one per URL, in the order first fetched.
    QList<Net::RemoteDocument> recorded() const;

private:
    const Net::DocumentSource *m_inner;
    mutable QMutex m_mutex;
    mutable QList<Net::RemoteDocument> m_recorded;
};

} // namespace Credfolio::Portfolio
