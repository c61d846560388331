// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialBuilder.h"
#include "PathwayTestUtil.h"
#include "core/pathways/CtdlImporter.h"
#include "core/pathways/PathwayWriter.h"
#include "tests/support/TestData.h"

#include <QJsonDocument>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Pathways;
using Credfolio::Test::CredentialBuilder;

namespace {

QString registry(const char *id)
{
    return QStringLiteral("https://credentialengineregistry.org/resources/") + QLatin1String(id);
}

bool hasNote(const ImportResult &result, const QString &code, const QString &path)
{
    for (const PathwayNote &note : result.notes) {
        if (note.code == code && note.path == path && !note.message.isEmpty()) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestCtdlImporter : public QObject {
    Q_OBJECT

private:
    ImportResult m_result;

private slots:
    void initTestCase()
    {
        const Result<ImportResult> result =
            importCtdl(Test::readData(QStringLiteral("pathways/ctdl/aas-information-technology.json")));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        m_result = *result;
    }

    void mapsThePathway()
    {
        QCOMPARE(m_result.pathways.size(), 1);
        const Pathway &p = m_result.pathways.front();
        QCOMPARE(p.id, registry("ce-5e0c6a52-0d7b-4a8b-9d0c-6b3f0f1e2a01"));
        QCOMPARE(p.name, QStringLiteral("Information Technology Pathway: IT Support Certificate to A.A.S."));
        QVERIFY(p.description.startsWith(QLatin1String("Students earn the IT Support Certificate")));
        QCOMPARE(p.issuer.id, registry("ce-org-lakeshore"));
        QCOMPARE(p.issuer.name, QStringLiteral("Lakeshore Technical College"));
        QVERIFY(p.awardedBy);
        QCOMPARE(p.awardedBy->uris, QStringList{registry("ce-cred-aas-it")});
        QCOMPARE(p.credits, std::optional<double>(60));
    }

    void mapsConditionsToNodes()
    {
        const Requirement &root = m_result.pathways.front().requirements;
        // requiredNumber 4 of 2 targets + 2 nested conditions: all of them
        QCOMPARE(root.kind, NodeKind::AllOf);
        QCOMPARE(root.label, QStringLiteral("Degree requirements"));
        QCOMPARE(root.children.size(), 4);

        const Requirement &certificate = root.children[0];
        QCOMPARE(certificate.kind, NodeKind::Pathway);
        QCOMPARE(certificate.pathwayId, registry("ce-comp-cert"));
        QCOMPARE(certificate.pathwayName, QStringLiteral("IT Support Certificate"));
        QCOMPARE(certificate.credits, std::optional<double>(12)); // ceterms:CreditValue, capitalised
        QCOMPARE(certificate.awardedBy->uris, QStringList{registry("ce-cred-it-support")});
        QCOMPARE(certificate.children.size(), 1);
        const Requirement &courses = certificate.children[0];
        QCOMPARE(courses.kind, NodeKind::AllOf);
        QCOMPARE(courses.label, QStringLiteral("All three support courses"));
        QCOMPARE(courses.children.size(), 3);
        QCOMPARE(courses.children[0].kind, NodeKind::Credential);
        QCOMPARE(courses.children[0].label, QStringLiteral("ITS 101 Computer Hardware"));
        QCOMPARE(courses.children[0].match.uris, QStringList{registry("ce-course-its101")});
        QCOMPARE(courses.children[0].credits, std::optional<double>(4));

        const Requirement &capstone = root.children[1];
        QCOMPARE(capstone.kind, NodeKind::Credential);
        QCOMPARE(capstone.match.humanCodes, QStringList{QStringLiteral("ITS 290")});
        QCOMPARE(capstone.credits, std::optional<double>(3));

        const Requirement &electives = root.children[2];
        QCOMPARE(electives.kind, NodeKind::NOf);
        QCOMPARE(electives.n, 2);
        QCOMPARE(electives.children.size(), 3);
        QCOMPARE(electives.label, QStringLiteral("Two of three specialisation electives"));

        const Requirement &general = root.children[3];
        QCOMPARE(general.kind, NodeKind::MinCredits);
        QCOMPARE(general.minCredits, 15.0);
        QCOMPARE(general.children.size(), 6);
        QCOMPARE(general.children[5].match.humanCodes, QStringList{QStringLiteral("ECO 201")});
    }

    void reportsWhatItCouldNotMap()
    {
        QVERIFY(hasNote(m_result, QStringLiteral("pathways.import.unmapped"), QStringLiteral("ceterms:industryType")));
        QVERIFY(
            hasNote(m_result, QStringLiteral("pathways.import.unmapped"), QStringLiteral("ceterms:credentialType")));
        QVERIFY(hasNote(m_result, QStringLiteral("pathways.import.unmapped"), QStringLiteral("ceterms:precedes")));
    }

    void importedPathwayIsUsable()
    {
        const Pathway &p = m_result.pathways.front();
        // Written in our format, it reads back the same.
        const Result<ReadPathway> again = readPathway(QJsonDocument(writePathway(p)).toJson());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QVERIFY(again->pathway == p);
        // A credential aligned to the registry resource satisfies the leaf that proxies it.
        const Credentials::Credential its101 =
            CredentialBuilder(QStringLiteral("https://lakeshore.example/courses/its-101"))
                .alignment({}, {}, registry("ce-course-its101"))
                .available(4);
        const Credentials::Credential certificate =
            CredentialBuilder(registry("ce-cred-it-support")).type(QStringLiteral("Certificate"));
        const Evaluation e = Test::evaluateAll(p, {its101, certificate});
        const NodeProgress &certificateNode = e.nodes[e.nodes[1].children[0]];
        QCOMPARE(certificateNode.kind, NodeKind::Pathway);
        QVERIFY(certificateNode.viaAward);
        const NodeProgress &its101Node = e.nodes[e.nodes[certificateNode.children[0]].children[0]];
        QCOMPARE(its101Node.state, NodeState::Met);
    }

    void rejectsDocumentsWithoutAPathway()
    {
        const Result<ImportResult> result = importCtdl(QByteArrayView("{\"@type\": \"ceterms:Course\"}"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("pathways.import.no-pathway"));
        QCOMPARE(importCtdl(QByteArrayView("{")).error().code, QStringLiteral("pathways.invalid-json"));
    }

    void requiredNumberBelowTargetsIsNOfAndChildrenWithoutConditionAreAllOf()
    {
        const QByteArray json = R"({"@graph": [
            {"@id": "urn:p", "@type": "ceterms:Pathway", "ceterms:name": "Badges",
             "ceterms:hasChild": ["urn:c1", "urn:c2"]},
            {"@id": "urn:c1", "@type": "ceterms:BasicComponent", "ceterms:name": "One",
             "ceterms:hasCondition": [{"@type": "ceterms:ComponentCondition", "ceterms:requiredNumber": 1,
               "ceterms:targetComponent": ["urn:k1", "urn:k2"]}]},
            {"@id": "urn:c2", "@type": "ceterms:CompetencyComponent", "ceterms:name": "Two"},
            {"@id": "urn:k1", "@type": "ceterms:CourseComponent", "ceterms:name": "K1", "ceterms:proxyFor": "urn:course:k1"},
            {"@id": "urn:k2", "@type": "ceterms:CourseComponent", "ceterms:name": "K2", "ceterms:proxyFor": "urn:course:k2"}]})";
        const Result<ImportResult> result = importCtdl(json);
        QVERIFY(result);
        const Requirement &root = result->pathways.front().requirements;
        QCOMPARE(root.kind, NodeKind::AllOf);
        QCOMPARE(root.children.size(), 2);
        QCOMPARE(root.children[0].kind, NodeKind::NOf);
        QCOMPARE(root.children[0].n, 1);
        QCOMPARE(root.children[0].label, QStringLiteral("One"));
        QCOMPARE(root.children[1].kind, NodeKind::Credential);
        QCOMPARE(root.children[1].match.uris, QStringList{QStringLiteral("urn:c2")});
        QVERIFY(hasNote(*result, QStringLiteral("pathways.import.approximated"), QStringLiteral("urn:c2")));
        QVERIFY(hasNote(*result, QStringLiteral("pathways.import.approximated"), QStringLiteral("urn:p")));
    }
};

QTEST_GUILESS_MAIN(TestCtdlImporter)
#include "TestCtdlImporter.moc"
