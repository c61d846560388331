// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialBuilder.h"
#include "PathwayTestUtil.h"
#include "core/pathways/ClrImporter.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Pathways;
using Credentials::Credential;

namespace {

QString da(const char *suffix)
{
    return QStringLiteral("https://www.example.edu/achievements/data-analytics/") + QLatin1String(suffix);
}

// The fields a CLR reader fills that the importer uses, taken from the corpus CLR.
Credential corpusClr()
{
    const QJsonObject clr =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/clr/clr-valid.json"))).object();
    Credential credential;
    credential.kind = Credentials::Kind::Clr;
    const QJsonObject issuer = clr.value(QLatin1String("issuer")).toObject();
    credential.issuer.id = issuer.value(QLatin1String("id")).toString();
    credential.issuer.name = issuer.value(QLatin1String("name")).toString();
    credential.issuer.url = issuer.value(QLatin1String("url")).toString();
    const QJsonObject subject = clr.value(QLatin1String("credentialSubject")).toObject();
    for (const QJsonValue &value : subject.value(QLatin1String("achievement")).toArray()) {
        const QJsonObject object = value.toObject();
        Credentials::Achievement achievement;
        achievement.id = object.value(QLatin1String("id")).toString();
        achievement.name = object.value(QLatin1String("name")).toString();
        achievement.description = object.value(QLatin1String("description")).toString();
        achievement.humanCode = object.value(QLatin1String("humanCode")).toString();
        achievement.achievementType = object.value(QLatin1String("achievementType")).toString();
        if (object.contains(QLatin1String("creditsAvailable"))) {
            achievement.creditsAvailable = object.value(QLatin1String("creditsAvailable")).toDouble();
        }
        credential.achievements.append(achievement);
    }
    for (const QJsonValue &value : subject.value(QLatin1String("association")).toArray()) {
        const QJsonObject object = value.toObject();
        credential.associations.append({object.value(QLatin1String("associationType")).toString(),
                                        object.value(QLatin1String("sourceId")).toString(),
                                        object.value(QLatin1String("targetId")).toString()});
    }
    return credential;
}

Credentials::Achievement achievement(const QString &id, const QString &name, std::optional<double> credits = {})
{
    Credentials::Achievement a;
    a.id = id;
    a.name = name;
    a.creditsAvailable = credits;
    return a;
}

} // namespace

class TestClrImporter : public QObject {
    Q_OBJECT

private slots:
    void importsTheCorpusCertificate()
    {
        const ImportResult result = importClr(corpusClr());
        QVERIFY(result.notes.isEmpty());
        QCOMPARE(result.pathways.size(), 1);
        const Pathway &p = result.pathways.front();
        QCOMPARE(p.id, da("certificate"));
        QCOMPARE(p.name, QStringLiteral("Certificate in Data Analytics"));
        QVERIFY(p.description.startsWith(QLatin1String("Stackable certificate")));
        QCOMPARE(p.issuer.name, QStringLiteral("Riverbend Community College"));
        QCOMPARE(p.issuer.id, QStringLiteral("did:key:z6MkrjR5BDembRct9ZTe6z8pNZqUpEXbYFGYM2rfSqVJUHv7"));
        QCOMPARE(p.credits, std::optional<double>(9));
        QCOMPARE(p.awardedBy->achievementIds, QStringList{da("certificate")});
        // creditsAvailable of the parent: minCredits 9, inferred
        QCOMPARE(p.requirements.kind, NodeKind::MinCredits);
        QCOMPARE(p.requirements.minCredits, 9.0);
        QVERIFY(p.requirements.inferred);
        QCOMPARE(p.requirements.children.size(), 3);
        const char *codes[] = {"DATA 101", "DATA 110", "DATA 120"};
        const char *ids[] = {"DATA-101", "DATA-110", "DATA-120"};
        for (int i = 0; i < 3; ++i) {
            const Requirement &leaf = p.requirements.children[i];
            QCOMPARE(leaf.kind, NodeKind::Credential);
            QCOMPARE(leaf.label, QLatin1String(codes[i]));
            QCOMPARE(leaf.match.achievementIds, QStringList{da(ids[i])});
            QCOMPARE(leaf.credits, std::optional<double>(3));
            QVERIFY(leaf.inferred);
        }
        // and it evaluates: two of the three courses are 6 of 9 credits
        const Evaluation e = Test::evaluateAll(p, {Test::CredentialBuilder(da("DATA-101")).available(3),
                                                   Test::CredentialBuilder(da("DATA-120")).available(3)});
        QCOMPARE(e.nodes[1].creditsEarned, 6.0);
        QCOMPARE(e.nodes[1].creditsNeeded, 3.0);
        QCOMPARE(e.root().state, NodeState::InProgress);
    }

    void nestsAndReportsOtherAssociations()
    {
        Credential clr;
        clr.issuer.id = QStringLiteral("https://uni.example/");
        clr.issuer.name = QStringLiteral("Example University");
        clr.achievements = {achievement(QStringLiteral("urn:degree"), QStringLiteral("B.Sc."), std::nullopt),
                            achievement(QStringLiteral("urn:cert"), QStringLiteral("Certificate"), 6),
                            achievement(QStringLiteral("urn:c1"), QStringLiteral("Course 1"), 3),
                            achievement(QStringLiteral("urn:c2"), QStringLiteral("Course 2"), 3)};
        clr.associations = {{QStringLiteral("isParentOf"), QStringLiteral("urn:degree"), QStringLiteral("urn:cert")},
                            {QStringLiteral("isPartOf"), QStringLiteral("urn:c1"), QStringLiteral("urn:cert")},
                            {QStringLiteral("isChildOf"), QStringLiteral("urn:c2"), QStringLiteral("urn:cert")},
                            {QStringLiteral("isChildOf"), QStringLiteral("urn:thesis"), QStringLiteral("urn:degree")},
                            {QStringLiteral("precedes"), QStringLiteral("urn:c1"), QStringLiteral("urn:c2")},
                            {QStringLiteral("exactMatchOf"), QStringLiteral("urn:c1"), QStringLiteral("urn:other")}};
        const ImportResult result = importClr(clr);
        QCOMPARE(result.pathways.size(), 1);
        const Pathway &p = result.pathways.front();
        QCOMPARE(p.id, QStringLiteral("urn:degree"));
        QCOMPARE(p.issuer.name, QStringLiteral("Example University"));
        QCOMPARE(p.requirements.kind, NodeKind::AllOf); // no creditsAvailable on the degree
        QVERIFY(p.requirements.inferred);
        QCOMPARE(p.requirements.children.size(), 2);
        const Requirement &cert = p.requirements.children[0];
        QCOMPARE(cert.kind, NodeKind::Pathway);
        QCOMPARE(cert.pathwayId, QStringLiteral("urn:cert"));
        QCOMPARE(cert.awardedBy->achievementIds, QStringList{QStringLiteral("urn:cert")});
        QCOMPARE(cert.children[0].kind, NodeKind::MinCredits);
        QCOMPARE(cert.children[0].minCredits, 6.0);
        QCOMPARE(cert.children[0].children.size(), 2);
        QCOMPARE(p.requirements.children[1].match.achievementIds, QStringList{QStringLiteral("urn:thesis")});

        QStringList notes;
        for (const PathwayNote &note : result.notes) {
            notes << note.code + QLatin1Char(' ') + note.path;
        }
        QVERIFY2(notes.contains(QStringLiteral("pathways.import.unmapped precedes")),
                 qPrintable(notes.join(QLatin1Char('\n'))));
        QVERIFY(notes.contains(QStringLiteral("pathways.import.unmapped exactMatchOf")));
        QVERIFY(notes.contains(QStringLiteral("pathways.import.approximated urn:thesis")));
        QCOMPARE(notes.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestClrImporter)
#include "TestClrImporter.moc"
