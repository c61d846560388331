// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/credentials/Credential.h"
#include "core/pathways/Evaluation.h"

#include <QList>
#include <QObject>

#include <optional>

namespace Credfolio::Services {

/// One of the learner's credentials with the standing its last verification gave it.
struct LearnerCredential {
    Credentials::Credential credential;
    Pathways::Standing standing = Pathways::Standing::Unknown;
};

/// Where the Pathways page gets its data: the learner's pathways (in the order they were added) and
/// credentials. The library implements it over the database; InMemoryPathwaySource serves tests and
/// previews. Lives on the GUI thread.
class PathwaySource : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QList<Pathways::Pathway> pathways() const = 0;
    virtual QList<LearnerCredential> credentials() const = 0;
    /// Adds `pathway` at `position` (-1 or out of range: at the end). services.pathway-exists when a pathway
    /// with its id is already there. Emits pathwaysChanged() on success.
    virtual Result<void> addPathway(const Pathways::Pathway &pathway, int position = -1) = 0;
    /// Removes the pathway with this id. services.unknown-pathway when there is none. Emits pathwaysChanged().
    virtual Result<void> removePathway(const QString &pathwayId) = 0;
    /// True while credentials() are still being read (they are then empty); credentialsChanged() follows.
    virtual bool isLoadingCredentials() const { return false; }

    /// The pathway with this id, if present.
    std::optional<Pathways::Pathway> pathway(const QString &pathwayId) const;
    /// Its position in pathways(), or -1.
    int indexOf(const QString &pathwayId) const;
    /// The learner's progress through the pathway; references resolve among pathways().
    Result<Pathways::Evaluation> evaluate(const QString &pathwayId,
                                          const Pathways::EvaluationOptions &options = {}) const;

signals:
    void pathwaysChanged();
    void credentialsChanged();
};

} // namespace Credfolio::Services
