// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/PathwaySource.h"

namespace Credfolio::Services {

/// A PathwaySource that keeps everything in memory (tests, previews, the screenshot tool).
class InMemoryPathwaySource : public PathwaySource {
    Q_OBJECT

public:
    using PathwaySource::PathwaySource;

    QList<Pathways::Pathway> pathways() const override;
    QList<LearnerCredential> credentials() const override;
    Result<void> addPathway(const Pathways::Pathway &pathway, int position = -1) override;
    Result<void> removePathway(const QString &pathwayId) override;

    /// Replaces the learner's credentials; emits credentialsChanged().
    void setCredentials(const QList<LearnerCredential> &credentials);

private:
    QList<Pathways::Pathway> m_pathways;
    QList<LearnerCredential> m_credentials;
};

} // namespace Credfolio::Services
