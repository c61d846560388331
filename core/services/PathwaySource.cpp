// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/PathwaySource.h"

#include "core/pathways/Evaluator.h"
#include "core/pathways/PathwayCatalog.h"

#include <QCoreApplication>

namespace Credfolio::Services {

std::optional<Pathways::Pathway> PathwaySource::pathway(const QString &pathwayId) const
{
    const QList<Pathways::Pathway> all = pathways();
    for (const Pathways::Pathway &p : all) {
        if (p.id == pathwayId) {
            return p;
        }
    }
    return std::nullopt;
}

int PathwaySource::indexOf(const QString &pathwayId) const
{
    const QList<Pathways::Pathway> all = pathways();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].id == pathwayId) {
            return int(i);
        }
    }
    return -1;
}

Result<Pathways::Evaluation> PathwaySource::evaluate(const QString &pathwayId,
                                                     const Pathways::EvaluationOptions &options) const
{
    const QList<Pathways::Pathway> all = pathways();
    Pathways::PathwayCatalog catalog;
    const Pathways::Pathway *target = nullptr;
    for (const Pathways::Pathway &p : all) {
        (void)catalog.add(p); // ids are unique: addPathway() refuses duplicates
        if (p.id == pathwayId) {
            target = &p;
        }
    }
    if (!target) {
        return makeError(QStringLiteral("services.unknown-pathway"),
                         QCoreApplication::translate("Credfolio::Services", "This pathway is not in your list."),
                         pathwayId);
    }
    const QList<LearnerCredential> held = credentials();
    QList<Pathways::EvaluatedCredential> input;
    input.reserve(held.size());
    for (const LearnerCredential &c : held) {
        input.append({&c.credential, c.standing});
    }
    return Pathways::evaluate(*target, catalog, input, options);
}

} // namespace Credfolio::Services
