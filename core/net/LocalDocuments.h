// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/net/DocumentSource.h"

namespace Credfolio::Net {

class Fetcher;

/// A Fetcher's bundles and cache without its network: what verification uses when the learner turned fetching
/// documents off (a document that is not kept there: net.offline). Thread-safe like the Fetcher it reads.
class LocalDocuments final : public DocumentSource {
public:
    explicit LocalDocuments(const Fetcher &fetcher);

    Result<RemoteDocument> fetch(const QUrl &url, const FetchOptions &options = {}) const override;

private:
    const Fetcher &m_fetcher;
};

} // namespace Credfolio::Net
