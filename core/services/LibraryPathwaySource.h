// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/PathwaySource.h"

#include <optional>

namespace Credfolio::Services {

class Workspace;

/// The learner's pathways and credentials as kept in the library: what the Pathways page shows in the app.
/// Pathways are saved in the library (their documents, as written by Pathways::writePathway); credentials are
/// read from the library once and kept until refresh() (call it after an import or a re-verification).
class LibraryPathwaySource : public PathwaySource {
    Q_OBJECT

public:
    explicit LibraryPathwaySource(Workspace &workspace, QObject *parent = nullptr);

    QList<Pathways::Pathway> pathways() const override;
    QList<LearnerCredential> credentials() const override;
    Result<void> addPathway(const Pathways::Pathway &pathway, int position = -1) override;
    Result<void> removePathway(const QString &pathwayId) override;

public slots:
    /// Forgets the cached credentials and emits credentialsChanged().
    void refresh();

private:
    Workspace &m_workspace;
    mutable std::optional<QList<LearnerCredential>> m_credentials;
};

} // namespace Credfolio::Services
