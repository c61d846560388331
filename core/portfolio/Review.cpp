// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/portfolio/Review.h"

#include "core/credentials/CredentialReader.h"
#include "core/pathways/Evaluator.h"
#include "core/pathways/PathwayCatalog.h"
#include "core/pathways/PathwayReader.h"
#include "core/pathways/ReportStanding.h"
#include "core/portfolio/SnapshotSource.h"
#include "core/verify/Verifier.h"

namespace Credfolio::Portfolio {

Review reviewPackage(const OpenedPackage &package, const Net::DocumentSource *live, const Clock *clock,
                     const Verify::IssuerRegistrySet *registries)
{
    Review review;
    review.package = package;
    const SnapshotSource snapshot(package.contents.documents);
    const FixedClock sentOn(package.contents.createdAt);
    const Verify::Verifier asSent(Verify::VerifierOptions{&snapshot, &sentOn, registries});
    const Verify::Verifier today(Verify::VerifierOptions{live, clock, registries});

    for (const PackagedCredential &packaged : package.contents.credentials) {
        ReviewedCredential reviewed;
        reviewed.name = packaged.name;
        reviewed.note = packaged.note;
        const Result<Credentials::Credential> credential =
            Credentials::readCredential(packaged.original, Credentials::ReadOptions{&snapshot, false});
        if (credential) {
            reviewed.credential = *credential;
            reviewed.asSent = asSent.verify(*credential);
            if (live)
                reviewed.today = today.verify(*credential);
        } else {
            reviewed.asSent = asSent.verifyBytes(packaged.original);
        }
        review.credentials.append(reviewed);
    }

    Pathways::PathwayCatalog catalog;
    QList<Pathways::Pathway> pathways;
    for (const QByteArray &document : package.contents.pathways) {
        const Result<Pathways::ReadPathway> read = Pathways::readPathway(document);
        if (!read) {
            review.pathwayProblems.append(read.error().toString());
            continue;
        }
        if (catalog.add(read->pathway))
            pathways.append(read->pathway);
    }
    QList<Pathways::EvaluatedCredential> evaluated;
    for (const ReviewedCredential &reviewed : std::as_const(review.credentials)) {
        if (reviewed.credential) {
            evaluated.append(Pathways::EvaluatedCredential{
                &*reviewed.credential, Pathways::standingOf(reviewed.today ? *reviewed.today : reviewed.asSent)});
        }
    }
    for (const Pathways::Pathway &pathway : std::as_const(pathways)) {
        const Result<Pathways::Evaluation> evaluation = Pathways::evaluate(pathway, catalog, evaluated);
        if (evaluation)
            review.pathways.append(*evaluation);
        else
            review.pathwayProblems.append(pathway.name + QStringLiteral(": ") + evaluation.error().toString());
    }
    return review;
}

} // namespace Credfolio::Portfolio
