// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluation of a large pathway (~300 leaves, nested certificates, pools) against 10,000 credentials.
#include "core/pathways/Evaluator.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace Credfolio;
using namespace Credfolio::Pathways;

namespace {

QString achievementId(int i)
{
    return QStringLiteral("https://uni.example/achievements/") + QString::number(i);
}

Requirement leaf(Matcher match, double credits)
{
    Requirement node;
    node.kind = NodeKind::Credential;
    node.match = std::move(match);
    node.credits = credits;
    return node;
}

// 25 certificates of 6 named courses + "2 of 4" electives by tag, and "10 of 50" by alignment: 300 leaves.
Pathway largePathway(bool broadLeaves)
{
    Pathway degree;
    degree.id = QStringLiteral("urn:bench:degree");
    degree.name = QStringLiteral("Bench degree");
    degree.requirements.kind = NodeKind::AllOf;
    for (int c = 0; c < 25; ++c) {
        Requirement courses;
        courses.kind = NodeKind::AllOf;
        for (int k = 0; k < 6; ++k) {
            Matcher match;
            match.achievementIds = {achievementId(c * 10 + k)};
            courses.children.append(leaf(match, 3));
        }
        Requirement electives;
        electives.kind = NodeKind::NOf;
        electives.n = 2;
        for (int k = 0; k < 4; ++k) {
            Matcher match;
            match.tagsAny = {QStringLiteral("tag-%1").arg(c * 4 + k)};
            if (broadLeaves) {
                match.achievementTypes = {QStringLiteral("Course")};
                match.tagsAny.clear();
            }
            electives.children.append(leaf(match, 3));
        }
        Requirement body;
        body.kind = NodeKind::AllOf;
        body.children = {courses, electives};
        Requirement certificate;
        certificate.kind = NodeKind::Pathway;
        certificate.pathwayId = QStringLiteral("urn:bench:cert:%1").arg(c);
        certificate.awardedBy = Matcher{};
        certificate.awardedBy->achievementIds = {QStringLiteral("urn:bench:cert-award:%1").arg(c)};
        certificate.children = {body};
        degree.requirements.children.append(certificate);
    }
    Requirement aligned;
    aligned.kind = NodeKind::NOf;
    aligned.n = 10;
    for (int k = 0; k < 50; ++k) {
        Matcher match;
        match.alignments = {{{}, QStringLiteral("Bench Framework"), QStringLiteral("C-%1").arg(k)}};
        aligned.children.append(leaf(match, 3));
    }
    degree.requirements.children.append(aligned);
    Requirement pool;
    pool.kind = NodeKind::MinCredits;
    pool.minCredits = 60;
    pool.pool = Matcher{};
    pool.pool->fieldsOfStudy = {QStringLiteral("Data Science")};
    degree.requirements.children.append(pool);
    return degree;
}

QList<Credentials::Credential> credentials(int count)
{
    std::mt19937 random(42);
    QList<Credentials::Credential> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Credentials::Credential c;
        c.id = QStringLiteral("urn:uuid:bench-%1").arg(i);
        c.achievement.id = achievementId(int(random() % 2000));
        c.achievement.name = QStringLiteral("Course %1").arg(i);
        c.achievement.achievementType = QStringLiteral("Course");
        c.achievement.creditsAvailable = 3;
        c.achievement.tags = {QStringLiteral("tag-%1").arg(random() % 400)};
        c.achievement.fieldOfStudy = random() % 4 == 0 ? QStringLiteral("Data Science") : QStringLiteral("History");
        if (random() % 10 == 0) {
            Credentials::Alignment alignment;
            alignment.targetFramework = QStringLiteral("Bench Framework");
            alignment.targetCode = QStringLiteral("C-%1").arg(random() % 200);
            c.achievement.alignments.append(alignment);
        }
        c.validFrom = QDateTime(QDate(2015, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(random() % 300000000));
        out.append(c);
    }
    return out;
}

void evaluateLarge(benchmark::State &state, bool broad)
{
    const Pathway pathway = largePathway(broad);
    const QList<Credentials::Credential> held = credentials(int(state.range(0)));
    QList<EvaluatedCredential> input;
    for (qsizetype i = 0; i < held.size(); ++i) {
        input.append({&held[i], i % 50 == 0 ? Standing::Revoked : Standing::Valid});
    }
    const PathwayCatalog catalog;
    for (auto _ : state) {
        Result<Evaluation> evaluation = evaluate(pathway, catalog, input);
        if (!evaluation) {
            state.SkipWithError("evaluation failed");
            break;
        }
        benchmark::DoNotOptimize(evaluation);
    }
    state.counters["leaves"] = 300;
}

void BM_EvaluateLargePathway(benchmark::State &state)
{
    evaluateLarge(state, false);
}

// 100 of the leaves match any course: thousands of candidates each, stressing the matching.
void BM_EvaluateLargePathwayBroadLeaves(benchmark::State &state)
{
    evaluateLarge(state, true);
}

} // namespace

BENCHMARK(BM_EvaluateLargePathway)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EvaluateLargePathwayBroadLeaves)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
