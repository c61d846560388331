// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialBuilder.h"
#include "PathwayTestUtil.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Pathways;
using Credentials::Credential;
using Credfolio::Test::CredentialBuilder;
using Credfolio::Test::evaluateAll;
using Credfolio::Test::node;
using Credfolio::Test::pathwayFrom;
using Credfolio::Test::usedId;

namespace {

const QString kEdu = QStringLiteral("urn:edu:data-analytics:");

QString course(const char *code)
{
    return kEdu + QLatin1String(code);
}

// The corpus / sample achievement ids.
QString sampleCourse(const char *code)
{
    return QStringLiteral("https://www.example.edu/achievements/data-analytics/") + QLatin1String(code);
}

} // namespace

class TestEvaluator : public QObject {
    Q_OBJECT

private slots:
    void allOfCountsChildren()
    {
        const Pathway p = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "P",
            "requirements": {"type": "allOf", "id": "root", "children": [
              {"type": "credential", "id": "a", "credits": 3, "match": {"achievementId": "urn:x:a"}},
              {"type": "credential", "id": "b", "credits": 3, "match": {"achievementId": "urn:x:b"}}]}})");
        const Evaluation e = evaluateAll(p, {CredentialBuilder(QStringLiteral("urn:x:a")).available(3)});
        const NodeProgress &root = node(e, QStringLiteral("root"));
        QCOMPARE(root.state, NodeState::InProgress);
        QCOMPARE(root.have, 1.0);
        QCOMPARE(root.need, 2.0);
        QCOMPARE(root.fraction, 0.5);
        QCOMPARE(root.creditsEarned, 3.0);
        QCOMPARE(root.moreNeeded, 1);
        QCOMPARE(root.options.size(), 1);
        QCOMPARE(e.nodes[root.options[0]].id, QStringLiteral("b"));
        QCOMPARE(node(e, QStringLiteral("a")).state, NodeState::Met);
        QCOMPARE(usedId(node(e, QStringLiteral("a"))), QStringLiteral("urn:uuid:a"));
        QCOMPARE(node(e, QStringLiteral("b")).state, NodeState::NotStarted);
        QCOMPARE(e.root().state, NodeState::InProgress);
        QCOMPARE(e.root().pathwayId, QStringLiteral("p"));
        QCOMPARE(e.root().path, QStringLiteral("p$"));
        QCOMPARE(node(e, QStringLiteral("b")).path, QStringLiteral("p$.requirements.children[1]"));
    }

    void nOfNeedsN()
    {
        const Pathway p = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "P",
            "requirements": {"type": "nOf", "n": 2, "id": "two", "children": [
              {"type": "credential", "match": {"tags": "sql"}},
              {"type": "credential", "match": {"tags": "python"}},
              {"type": "credential", "match": {"tags": "r"}},
              {"type": "credential", "match": {"tags": "tableau"}},
              {"type": "credential", "match": {"tags": "excel"}}]}})");
        Evaluation e = evaluateAll(p, {CredentialBuilder(QStringLiteral("urn:x:py")).tags({QStringLiteral("Python")})});
        const NodeProgress &two = node(e, QStringLiteral("two"));
        QCOMPARE(two.state, NodeState::InProgress);
        QCOMPARE(two.have, 1.0);
        QCOMPARE(two.need, 2.0);
        QCOMPARE(two.fraction, 0.5);
        QCOMPARE(two.moreNeeded, 1);
        QCOMPARE(two.options.size(), 4); // "1 more of these 4"
        QCOMPARE(two.remainingLeaves, 1);

        e = evaluateAll(p, {CredentialBuilder(QStringLiteral("urn:x:py")).tags({QStringLiteral("python")}),
                            CredentialBuilder(QStringLiteral("urn:x:r")).tags({QStringLiteral("r")}),
                            CredentialBuilder(QStringLiteral("urn:x:xl")).tags({QStringLiteral("excel")})});
        QCOMPARE(node(e, QStringLiteral("two")).state, NodeState::Met);
        QCOMPARE(node(e, QStringLiteral("two")).have, 3.0);
        QCOMPARE(e.root().state, NodeState::Met);

        e = evaluateAll(p, {});
        QCOMPARE(node(e, QStringLiteral("two")).state, NodeState::NotStarted);
        QCOMPARE(node(e, QStringLiteral("two")).moreNeeded, 2);
        QCOMPARE(node(e, QStringLiteral("two")).options.size(), 5);
    }

    void creditsEarnedBeatsAvailableBeatsLeafCredits()
    {
        const Pathway p = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "P",
            "requirements": {"type": "minCredits", "id": "block", "min": 12, "children": [
              {"type": "credential", "id": "earned", "credits": 4, "match": {"achievementId": "urn:x:a"}},
              {"type": "credential", "id": "available", "credits": 4, "match": {"achievementId": "urn:x:b"}},
              {"type": "credential", "id": "leaf", "credits": 4, "match": {"achievementId": "urn:x:c"}}]}})");
        const Evaluation e = evaluateAll(p, {CredentialBuilder(QStringLiteral("urn:x:a")).available(3).earned(2),
                                             CredentialBuilder(QStringLiteral("urn:x:b")).available(3),
                                             CredentialBuilder(QStringLiteral("urn:x:c"))});
        QCOMPARE(node(e, QStringLiteral("earned")).creditsEarned, 2.0);
        QCOMPARE(node(e, QStringLiteral("available")).creditsEarned, 3.0);
        QCOMPARE(node(e, QStringLiteral("leaf")).creditsEarned, 4.0);
        const NodeProgress &block = node(e, QStringLiteral("block"));
        QCOMPARE(block.creditsEarned, 9.0);
        QCOMPARE(block.have, 9.0);
        QCOMPARE(block.need, 12.0);
        QCOMPARE(block.creditsRequired, std::optional<double>(12));
        QCOMPARE(block.creditsNeeded, 3.0);
        QCOMPARE(block.state, NodeState::InProgress);
        QCOMPARE(block.fraction, 0.75);
    }

    void minCreditsPoolDrawsMatchingCredentials()
    {
        const Pathway p = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "P",
            "requirements": {"type": "minCredits", "id": "pool", "min": 9,
              "pool": {"fieldOfStudy": ["Data Science", "Business Analytics"], "issued": {"notBefore": "2020-01-01"}}}})");
        const Evaluation e = evaluateAll(
            p, {CredentialBuilder(QStringLiteral("urn:x:1")).field(QStringLiteral("data science")).available(3),
                CredentialBuilder(QStringLiteral("urn:x:2")).field(QStringLiteral("Business Analytics")).available(4),
                CredentialBuilder(QStringLiteral("urn:x:old"))
                    .field(QStringLiteral("Data Science"))
                    .available(3)
                    .issued(2019, 6, 1),
                CredentialBuilder(QStringLiteral("urn:x:art")).field(QStringLiteral("Art History")).available(3)});
        const NodeProgress &pool = node(e, QStringLiteral("pool"));
        QCOMPARE(pool.creditsEarned, 7.0);
        QCOMPARE(pool.satisfiedBy.size(), 2);
        QCOMPARE(pool.creditsNeeded, 2.0);
        QCOMPARE(pool.state, NodeState::InProgress);
    }

    void leafMatchersCheckEveryMember()
    {
        const Pathway p = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "P",
            "requirements": {"type": "allOf", "sharing": "shared", "children": [
              {"type": "credential", "id": "issuer", "match": {"issuer": "did:web:college.example", "achievementType": "course"}},
              {"type": "credential", "id": "framework", "match": {"alignment": {"targetFramework": "ONET", "targetCode": "15-2051.00"}}},
              {"type": "credential", "id": "url", "match": {"alignment": {"targetUrl": "urn:fw:sql"}}},
              {"type": "credential", "id": "all-tags", "match": {"tags": {"all": ["python", "pandas"]}}},
              {"type": "credential", "id": "grade", "match": {"result": {"minimum": "C", "scale": ["F", "D", "C", "B", "A"]}}},
              {"type": "credential", "id": "score", "match": {"result": {"minimum": 70, "status": "Completed"}}},
              {"type": "credential", "id": "window", "match": {"humanCode": "DATA 101", "issued": {"notBefore": "2023-01-01", "notAfter": "2023-12-31T23:59:59Z"}}}]}})");
        const Credential good = CredentialBuilder(QStringLiteral("urn:x:good"))
                                    .issuer(QStringLiteral("did:web:college.example"))
                                    .type(QStringLiteral("Course"))
                                    .alignment(QStringLiteral("ONET"), QStringLiteral("15-2051.00"))
                                    .alignment({}, {}, QStringLiteral("urn:fw:sql"))
                                    .tags({QStringLiteral("python"), QStringLiteral("pandas")})
                                    .result(QStringLiteral("B"))
                                    .result(QStringLiteral("82"))
                                    .code(QStringLiteral("DATA 101"))
                                    .issued(2023, 4, 2);
        Evaluation e = evaluateAll(p, {good});
        QCOMPARE(e.root().state, NodeState::Met);

        const Credential poor = CredentialBuilder(QStringLiteral("urn:x:poor"))
                                    .issuer(QStringLiteral("did:web:other.example"))
                                    .type(QStringLiteral("Course"))
                                    .alignment(QStringLiteral("ONET"), QStringLiteral("15-1252.00"))
                                    .alignment({}, {}, QStringLiteral("urn:fw:python"))
                                    .tags({QStringLiteral("python")})
                                    .result(QStringLiteral("D"))
                                    .result(QStringLiteral("92"), QStringLiteral("InProgress"))
                                    .code(QStringLiteral("DATA 101"))
                                    .issued(2024, 1, 2);
        e = evaluateAll(p, {poor});
        for (const char *id : {"issuer", "framework", "url", "all-tags", "grade", "score", "window"}) {
            QVERIFY2(node(e, QLatin1String(id)).state != NodeState::Met, id);
        }
    }

    void countOnceAssignsACredentialOnce()
    {
        const QByteArray json =
            R"({"format": "credfolio.pathway/1", "id": "p", "name": "P", "policy": {"sharing": "%1"},
            "requirements": {"type": "allOf", "children": [
              {"type": "credential", "id": "a", "match": {"tags": "sql"}},
              {"type": "credential", "id": "b", "match": {"fieldOfStudy": "Data Analytics"}}]}})";
        const Credential both =
            CredentialBuilder(course("DATA-110")).tags({QStringLiteral("sql")}).field(QStringLiteral("Data Analytics"));
        Evaluation e = evaluateAll(pathwayFrom(QByteArray(json).replace("%1", "countOnce")), {both});
        QCOMPARE(e.root().state, NodeState::InProgress);
        QCOMPARE(int(node(e, QStringLiteral("a")).state == NodeState::Met) +
                     int(node(e, QStringLiteral("b")).state == NodeState::Met),
                 1);

        e = evaluateAll(pathwayFrom(QByteArray(json).replace("%1", "shared")), {both});
        QCOMPARE(e.root().state, NodeState::Met);
        QCOMPARE(usedId(node(e, QStringLiteral("a"))), usedId(node(e, QStringLiteral("b"))));
    }

    void sharedBranchInsideCountOnce()
    {
        // The shared branch may use X twice; the rest of the countOnce pathway may not use it again.
        const Pathway p = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "P",
            "requirements": {"type": "allOf", "children": [
              {"type": "allOf", "id": "shared", "sharing": "shared", "children": [
                {"type": "credential", "id": "a", "match": {"tags": "sql"}},
                {"type": "credential", "id": "b", "match": {"tags": "sql"}}]},
              {"type": "credential", "id": "c", "match": {"tags": "sql"}}]}})");
        const Credential x = CredentialBuilder(QStringLiteral("urn:x:x")).tags({QStringLiteral("sql")});
        Evaluation e = evaluateAll(p, {x});
        QCOMPARE(node(e, QStringLiteral("shared")).state, NodeState::Met);
        QCOMPARE(node(e, QStringLiteral("c")).state, NodeState::NotStarted);
        const Credential y =
            CredentialBuilder(QStringLiteral("urn:x:y")).tags({QStringLiteral("sql")}).issued(2025, 1, 1);
        e = evaluateAll(p, {x, y});
        QCOMPARE(e.root().state, NodeState::Met);
        QCOMPARE(usedId(node(e, QStringLiteral("c"))), QStringLiteral("urn:uuid:y"));
    }

    void augmentingPathBeatsGreedy()
    {
        // Leaf "any" comes first and its earliest candidate is Y, the only credential leaf "only-y" accepts.
        // A greedy first-fit gives Y to "any" and leaves "only-y" unmet; the matching moves "any" to X.
        const Pathway p = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "P",
            "requirements": {"type": "allOf", "children": [
              {"type": "credential", "id": "any", "match": {"achievementType": "Course", "tags": "python"}},
              {"type": "credential", "id": "only-y", "match": {"achievementId": "urn:x:y"}}]}})");
        const Credential y = CredentialBuilder(QStringLiteral("urn:x:y"))
                                 .type(QStringLiteral("Course"))
                                 .tags({QStringLiteral("python")})
                                 .issued(2021, 1, 1);
        const Credential x = CredentialBuilder(QStringLiteral("urn:x:x"))
                                 .type(QStringLiteral("Course"))
                                 .tags({QStringLiteral("python")})
                                 .issued(2022, 1, 1);
        const Evaluation e = evaluateAll(p, {y, x});
        QCOMPARE(e.root().state, NodeState::Met);
        QCOMPARE(usedId(node(e, QStringLiteral("any"))), QStringLiteral("urn:uuid:x"));
        QCOMPARE(usedId(node(e, QStringLiteral("only-y"))), QStringLiteral("urn:uuid:y"));
    }

    void requiredLeavesBeforeOptionalOnes()
    {
        // X fits the optional elective A and the required leaf C; giving it to A would leave C unmet.
        const Pathway p = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "P",
            "requirements": {"type": "allOf", "children": [
              {"type": "nOf", "n": 1, "id": "choice", "children": [
                {"type": "credential", "id": "A", "match": {"tags": "stats"}},
                {"type": "credential", "id": "B", "match": {"tags": "ml"}}]},
              {"type": "credential", "id": "C", "match": {"fieldOfStudy": "Statistics"}}]}})");
        const Credential x = CredentialBuilder(QStringLiteral("urn:x:x"))
                                 .tags({QStringLiteral("stats")})
                                 .field(QStringLiteral("Statistics"))
                                 .issued(2020, 1, 1);
        const Credential y = CredentialBuilder(QStringLiteral("urn:x:y")).tags({QStringLiteral("ml")});
        const Evaluation e = evaluateAll(p, {x, y});
        QCOMPARE(e.root().state, NodeState::Met);
        QCOMPARE(usedId(node(e, QStringLiteral("C"))), QStringLiteral("urn:uuid:x"));
        QCOMPARE(usedId(node(e, QStringLiteral("B"))), QStringLiteral("urn:uuid:y"));
    }

    void tiesAreDeterministicWhateverTheOrder()
    {
        const Pathway p = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "P",
            "requirements": {"type": "allOf", "children": [
              {"type": "credential", "id": "first", "match": {"tags": "sql"}},
              {"type": "credential", "id": "second", "match": {"tags": "sql"}},
              {"type": "minCredits", "id": "rest", "min": 6, "pool": {"tags": "sql"}}]}})");
        QList<Credential> credentials;
        // Same dates for some, so the credential id decides among them.
        credentials << CredentialBuilder(QStringLiteral("urn:x:d"))
                           .tags({QStringLiteral("sql")})
                           .available(3)
                           .issued(2022, 3, 1)
                    << CredentialBuilder(QStringLiteral("urn:x:b"))
                           .tags({QStringLiteral("sql")})
                           .available(3)
                           .issued(2021, 3, 1)
                    << CredentialBuilder(QStringLiteral("urn:x:c"))
                           .tags({QStringLiteral("sql")})
                           .available(3)
                           .issued(2021, 3, 1)
                    << CredentialBuilder(QStringLiteral("urn:x:a"))
                           .tags({QStringLiteral("sql")})
                           .available(3)
                           .issued(2022, 3, 1)
                    << CredentialBuilder(QStringLiteral("urn:x:e"))
                           .tags({QStringLiteral("sql")})
                           .available(3)
                           .issued(2023, 3, 1);
        const auto assignment = [&](const Evaluation &e) {
            QStringList used;
            for (const NodeProgress &n : e.nodes) {
                for (const CredentialUse &use : n.satisfiedBy) {
                    used << n.path + QLatin1Char('=') + use.credentialId;
                }
            }
            return used;
        };
        const QStringList expected = assignment(evaluateAll(p, credentials));
        QCOMPARE(usedId(node(evaluateAll(p, credentials), QStringLiteral("first"))), QStringLiteral("urn:uuid:b"));
        QCOMPARE(usedId(node(evaluateAll(p, credentials), QStringLiteral("second"))), QStringLiteral("urn:uuid:c"));
        std::mt19937 random(20261129);
        for (int round = 0; round < 25; ++round) {
            std::shuffle(credentials.begin(), credentials.end(), random);
            QCOMPARE(assignment(evaluateAll(p, credentials)), expected);
        }
    }

    void badStandingWouldCount()
    {
        const Pathway p = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "P",
            "requirements": {"type": "allOf", "children": [
              {"type": "credential", "id": "revoked", "match": {"achievementId": "urn:x:a"}},
              {"type": "credential", "id": "expired", "match": {"achievementId": "urn:x:b"}},
              {"type": "credential", "id": "unknown", "match": {"achievementId": "urn:x:c"}},
              {"type": "minCredits", "id": "pool", "min": 3, "pool": {"fieldOfStudy": "Math"}}]}})");
        const QList<Credential> credentials = {
            CredentialBuilder(QStringLiteral("urn:x:a")), CredentialBuilder(QStringLiteral("urn:x:b")),
            CredentialBuilder(QStringLiteral("urn:x:c")),
            CredentialBuilder(QStringLiteral("urn:x:m")).field(QStringLiteral("Math")).available(3)};
        const QList<Standing> standings = {Standing::Revoked, Standing::Expired, Standing::Unknown, Standing::Invalid};
        Evaluation e = evaluateAll(p, credentials, standings);
        QCOMPARE(e.credentialsConsidered, 4);
        QCOMPARE(e.credentialsCounted, 1);
        const NodeProgress &revoked = node(e, QStringLiteral("revoked"));
        QCOMPARE(revoked.state, NodeState::NotStarted);
        QCOMPARE(revoked.wouldCount.size(), 1);
        QCOMPARE(revoked.wouldCount[0].standing, Standing::Revoked);
        QCOMPARE(node(e, QStringLiteral("expired")).wouldCount[0].standing, Standing::Expired);
        QCOMPARE(node(e, QStringLiteral("unknown")).state, NodeState::Met);
        QCOMPARE(node(e, QStringLiteral("unknown")).satisfiedBy[0].standing, Standing::Unknown);
        QCOMPARE(node(e, QStringLiteral("pool")).creditsEarned, 0.0);
        QCOMPARE(node(e, QStringLiteral("pool")).wouldCount.size(), 1);
        QCOMPARE(node(e, QStringLiteral("pool")).wouldCount[0].standing, Standing::Invalid);

        EvaluationOptions strict;
        strict.countUnknown = false;
        e = evaluateAll(p, credentials, standings, {}, strict);
        QCOMPARE(node(e, QStringLiteral("unknown")).state, NodeState::NotStarted);
        QCOMPARE(node(e, QStringLiteral("unknown")).wouldCount[0].standing, Standing::Unknown);
    }

    void nestedPathwaysByReference()
    {
        // degree ⊃ certificate (referenced by id) ⊃ micro-credentials
        PathwayCatalog catalog;
        const Pathway certificate =
            pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "urn:cert", "name": "Certificate",
            "credits": 9, "awardedBy": {"achievementId": "urn:edu:data-analytics:certificate"},
            "requirements": {"type": "allOf", "id": "cert-courses", "children": [
              {"type": "credential", "id": "d101", "credits": 3, "match": {"achievementId": "urn:edu:data-analytics:DATA-101"}},
              {"type": "credential", "id": "d110", "credits": 3, "match": {"achievementId": "urn:edu:data-analytics:DATA-110"}},
              {"type": "credential", "id": "d120", "credits": 3, "match": {"achievementId": "urn:edu:data-analytics:DATA-120"}}]}})");
        QVERIFY(catalog.add(certificate));
        const Pathway degree =
            pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "urn:degree", "name": "Degree block",
            "requirements": {"type": "allOf", "children": [
              {"type": "pathway", "id": "cert", "ref": "urn:cert"},
              {"type": "minCredits", "id": "electives", "min": 6, "pool": {"fieldOfStudy": "Data Analytics"}}]}})");
        QVERIFY(catalog.add(degree));
        QVERIFY(catalog.validateAll());

        const QList<Credential> courses = {
            CredentialBuilder(course("DATA-101")).available(3).field(QStringLiteral("Data Analytics")),
            CredentialBuilder(course("DATA-110")).available(3).field(QStringLiteral("Data Analytics")),
            CredentialBuilder(course("DATA-120")).available(3).field(QStringLiteral("Data Analytics"))};
        Evaluation e = evaluateAll(degree, courses, {}, catalog);
        const NodeProgress &cert = node(e, QStringLiteral("cert"));
        QCOMPARE(cert.kind, NodeKind::Pathway);
        QCOMPARE(cert.pathwayId, QStringLiteral("urn:cert"));
        QCOMPARE(cert.label, QStringLiteral("Certificate"));
        QCOMPARE(cert.state, NodeState::Met);
        QVERIFY(!cert.viaAward);
        QCOMPARE(cert.creditsEarned, 9.0);
        QCOMPARE(node(e, QStringLiteral("d110")).state, NodeState::Met);
        // countOnce: the courses used by the certificate do not also fill the electives
        QCOMPARE(node(e, QStringLiteral("electives")).creditsEarned, 0.0);
        QCOMPARE(e.root().state, NodeState::InProgress);

        // Holding the certificate itself satisfies the sub-pathway.
        const QList<Credential> award = {CredentialBuilder(QStringLiteral("urn:edu:data-analytics:certificate"))
                                             .type(QStringLiteral("Certificate"))
                                             .available(9)};
        e = evaluateAll(degree, award, {}, catalog);
        QCOMPARE(node(e, QStringLiteral("cert")).state, NodeState::Met);
        QVERIFY(node(e, QStringLiteral("cert")).viaAward);
        QCOMPARE(node(e, QStringLiteral("cert")).creditsEarned, 9.0);
        QCOMPARE(node(e, QStringLiteral("d101")).state, NodeState::NotStarted);

        // A revoked certificate does not count, and says it would.
        e = evaluateAll(degree, award, {Standing::Revoked}, catalog);
        QCOMPARE(node(e, QStringLiteral("cert")).state, NodeState::NotStarted);
        QCOMPARE(node(e, QStringLiteral("cert")).wouldCount.size(), 1);
    }

    void unresolvedReferenceAndCycleAreErrors()
    {
        const Pathway a = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "urn:a", "name": "A",
            "requirements": {"type": "allOf", "children": [{"type": "pathway", "ref": "urn:b"}]}})");
        const Pathway b = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "urn:b", "name": "B",
            "requirements": {"type": "nOf", "n": 1, "children": [
              {"type": "credential", "match": {"achievementId": "x"}}, {"type": "pathway", "ref": "urn:a"}]}})");
        PathwayCatalog catalog;
        QVERIFY(catalog.add(a));
        Result<Evaluation> e = evaluate(a, catalog, {});
        QVERIFY(!e);
        QCOMPARE(e.error().code, QStringLiteral("pathways.unresolved-reference"));
        QVERIFY(catalog.add(b));
        e = evaluate(a, catalog, {});
        QVERIFY(!e);
        QCOMPARE(e.error().code, QStringLiteral("pathways.cycle"));
        QCOMPARE(e.error().detail, QStringLiteral("urn:a → urn:b → urn:a"));
    }

    void samplesEvaluate()
    {
        const Pathway block = pathwayFrom(Test::sampleBytes(QStringLiteral("data-analytics-degree-block.json")));
        const QString riverbend = QStringLiteral("did:key:z6MkrjR5BDembRct9ZTe6z8pNZqUpEXbYFGYM2rfSqVJUHv7");
        QList<Credential> held = {
            CredentialBuilder(sampleCourse("DATA-101"), QStringLiteral("Foundations of Data Analysis"))
                .available(3)
                .result(QStringLiteral("B+"))
                .issuer(riverbend)
                .type(QStringLiteral("Course"))
                .field(QStringLiteral("Data Analytics")),
            CredentialBuilder(sampleCourse("DATA-110"), QStringLiteral("SQL for Data Analysis"))
                .available(3)
                .issuer(riverbend)
                .type(QStringLiteral("Course"))
                .field(QStringLiteral("Data Analytics")),
            CredentialBuilder(sampleCourse("DATA-120"), QStringLiteral("Data Visualization and Storytelling"))
                .available(3)
                .issuer(riverbend)
                .type(QStringLiteral("Course"))
                .field(QStringLiteral("Data Analytics")),
            CredentialBuilder(sampleCourse("ethics"), QStringLiteral("Data Ethics and Privacy"))
                .issuer(riverbend)
                .type(QStringLiteral("MicroCredential"))
                .tags({QStringLiteral("data-ethics")}),
            CredentialBuilder(QStringLiteral("https://www.northfield-state.example/achievements/STAT-210"),
                              QStringLiteral("Applied Statistics"))
                .available(3)
                .alignment(QStringLiteral("Northfield Course Catalog"), QStringLiteral("STAT-210")),
            CredentialBuilder(QStringLiteral("https://www.northfield-state.example/achievements/BA-310"),
                              QStringLiteral("Predictive Analytics"))
                .available(3)
                .type(QStringLiteral("Course"))
                .field(QStringLiteral("Business Analytics")),
            CredentialBuilder(QStringLiteral("https://www.northfield-state.example/achievements/DS-320"),
                              QStringLiteral("Machine Learning for Business"))
                .available(3)
                .type(QStringLiteral("Course"))
                .field(QStringLiteral("Data Science")),
        };
        Evaluation e = evaluateAll(block, held);
        QCOMPARE(node(e, QStringLiteral("certificate")).state, NodeState::Met);
        QCOMPARE(node(e, QStringLiteral("certificate")).creditsEarned, 9.0);
        QCOMPARE(node(e, QStringLiteral("statistics")).state, NodeState::Met);
        QCOMPARE(node(e, QStringLiteral("electives")).creditsEarned, 6.0);
        QCOMPARE(node(e, QStringLiteral("electives")).creditsNeeded, 12.0);
        QCOMPARE(e.root().state, NodeState::InProgress);
        QCOMPARE(e.root().creditsEarned, 18.0);

        // A grade below C in DATA 101 does not count.
        held[0] =
            CredentialBuilder(sampleCourse("DATA-101")).available(3).result(QStringLiteral("D")).issuer(riverbend);
        e = evaluateAll(block, held);
        QCOMPARE(node(e, QStringLiteral("data-101")).state, NodeState::NotStarted);
        QCOMPARE(node(e, QStringLiteral("certificate")).state, NodeState::InProgress);

        const Pathway cyber =
            pathwayFrom(Test::sampleBytes(QStringLiteral("cybersecurity-professional-certificate.json")));
        const QString cascadia = QStringLiteral("https://www.cascadia-tech.example/achievements/");
        const QList<Credential> learner = {
            CredentialBuilder(cascadia + QLatin1String("CYB-100")).available(3),
            CredentialBuilder(cascadia + QLatin1String("CYB-110")).available(3),
            CredentialBuilder(cascadia + QLatin1String("CYB-120")).available(2),
            CredentialBuilder(cascadia + QLatin1String("CYB-220")).available(3),
            CredentialBuilder(QStringLiteral("https://comptia.example/security-plus"))
                .alignment(QStringLiteral("CompTIA"), QStringLiteral("SY0-701"))
                .issued(2024, 2, 10),
            CredentialBuilder(cascadia + QLatin1String("CYB-290")).available(2).result(QStringLiteral("65")),
        };
        e = evaluateAll(cyber, learner);
        QCOMPARE(node(e, QStringLiteral("core")).state, NodeState::Met);
        QCOMPARE(node(e, QStringLiteral("electives")).state, NodeState::Met);
        QCOMPARE(node(e, QStringLiteral("electives")).have, 2.0);
        QCOMPARE(node(e, QStringLiteral("practicum")).state, NodeState::NotStarted);
        QCOMPARE(e.root().state, NodeState::InProgress);
        QCOMPARE(e.root().creditsEarned, 14.0); // 8 core + CYB 220 (3) + Security+ at the leaf's 3
    }

    void surplusElectiveMovesToAShortPool()
    {
        // Both statistics courses are held; one is enough for "one of", the other fills the math electives.
        const Pathway p = pathwayFrom(R"({"format": "credfolio.pathway/1", "id": "p", "name": "P",
            "requirements": {"type": "allOf", "children": [
              {"type": "nOf", "n": 1, "id": "stats", "children": [
                {"type": "credential", "id": "stat210", "match": {"humanCode": "STAT 210"}},
                {"type": "credential", "id": "math250", "match": {"humanCode": "MATH 250"}}]},
              {"type": "minCredits", "id": "math", "min": 3, "pool": {"fieldOfStudy": "Mathematics"}}]}})");
        const Credential stat = CredentialBuilder(QStringLiteral("urn:x:stat210"))
                                    .code(QStringLiteral("STAT 210"))
                                    .field(QStringLiteral("Mathematics"))
                                    .available(3)
                                    .issued(2022, 1, 1);
        const Credential math = CredentialBuilder(QStringLiteral("urn:x:math250"))
                                    .code(QStringLiteral("MATH 250"))
                                    .field(QStringLiteral("Mathematics"))
                                    .available(3)
                                    .issued(2023, 1, 1);
        const Evaluation e = evaluateAll(p, {math, stat});
        QCOMPARE(node(e, QStringLiteral("stats")).state, NodeState::Met);
        QCOMPARE(node(e, QStringLiteral("math")).state, NodeState::Met);
        QCOMPARE(e.root().state, NodeState::Met);
        QCOMPARE(e.root().creditsEarned, 6.0);
        // With only one course it stays with the required choice.
        const Evaluation one = evaluateAll(p, {stat});
        QCOMPARE(node(one, QStringLiteral("stats")).state, NodeState::Met);
        QCOMPARE(node(one, QStringLiteral("math")).state, NodeState::NotStarted);
    }

    void largePathwayIsCompleteAndStable()
    {
        // 300 leaves (20 certificates of 15 courses) against 10,000 credentials, 2,000 distinct achievements.
        Pathway p;
        p.id = QStringLiteral("urn:large");
        p.name = QStringLiteral("Large");
        p.requirements.kind = NodeKind::AllOf;
        for (int c = 0; c < 20; ++c) {
            Requirement certificate;
            certificate.kind = NodeKind::NOf;
            certificate.n = 10;
            for (int k = 0; k < 15; ++k) {
                Requirement leaf;
                leaf.kind = NodeKind::Credential;
                leaf.match.achievementIds = {QStringLiteral("urn:course:%1").arg(c * 15 + k)};
                certificate.children.append(leaf);
            }
            p.requirements.children.append(certificate);
        }
        std::mt19937 random(7);
        QList<Credential> held;
        QSet<int> heldCourses;
        for (int i = 0; i < 10000; ++i) {
            const int courseNumber = int(random() % 2000);
            heldCourses.insert(courseNumber);
            held.append(CredentialBuilder(QStringLiteral("urn:course:%1").arg(courseNumber))
                            .id(QStringLiteral("urn:uuid:%1").arg(i))
                            .available(3)
                            .issued(2015 + int(random() % 10), 1 + int(random() % 12), 1 + int(random() % 28)));
        }
        QElapsedTimer timer;
        timer.start();
        const Evaluation e = evaluateAll(p, held);
        qInfo("300 leaves x 10,000 credentials: %lld ms", timer.elapsed());
        int met = 0;
        for (const NodeProgress &n : e.nodes) {
            if (n.kind == NodeKind::Credential) {
                const int courseNumber = n.label.section(QLatin1Char(':'), -1).toInt();
                QCOMPARE(n.state == NodeState::Met, heldCourses.contains(courseNumber));
                met += n.state == NodeState::Met ? 1 : 0;
            }
        }
        QVERIFY(met > 0);
        std::shuffle(held.begin(), held.end(), random);
        const Evaluation shuffled = evaluateAll(p, held);
        for (qsizetype i = 0; i < e.nodes.size(); ++i) {
            QCOMPARE(usedId(shuffled.nodes[i]), usedId(e.nodes[i]));
        }
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "TestEvaluator.moc"
