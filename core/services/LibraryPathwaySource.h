// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/PathwaySource.h"

#include <QFutureWatcher>

#include <optional>

namespace Credfolio::Services {

class Workspace;

/// The learner's pathways and credentials as kept in the library: what the Pathways page shows in the app.
/// Pathways are saved in the library (their documents, as written by Pathways::writePathway); credentials are
/// read from the library once and kept until refresh() (call it after an import or a re-verification).
/// Reading them takes a while in a large library, so it runs on a worker thread: the first credentials() (and the
/// first after refresh()) starts it and returns an empty list while isLoadingCredentials(); credentialsChanged()
/// is emitted when they are there.
class LibraryPathwaySource : public PathwaySource {
    Q_OBJECT

public:
    explicit LibraryPathwaySource(Workspace &workspace, QObject *parent = nullptr);
    ~LibraryPathwaySource() override;

    QList<Pathways::Pathway> pathways() const override;
    QList<LearnerCredential> credentials() const override;
    Result<void> addPathway(const Pathways::Pathway &pathway, int position = -1) override;
    Result<void> removePathway(const QString &pathwayId) override;
    bool isLoadingCredentials() const override;
    /// Blocks until a running read has finished and its credentials are kept (for tools and tests).
    void waitForCredentials();

public slots:
    /// Forgets the cached credentials, reads them again in the background and emits credentialsChanged().
    void refresh();

private:
    void startLoading() const;
    void loaded();

    Workspace &m_workspace;
    mutable std::optional<QList<LearnerCredential>> m_credentials;
    mutable QFutureWatcher<QList<LearnerCredential>> *m_loading = nullptr;
    mutable bool m_reloadAfterLoading = false;
};

} // namespace Credfolio::Services
