// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/CredentialReader.h"
#include "core/credentials/Recipient.h"
#include "tests/core/credentials/MemoryDocumentSource.h"
#include "tests/support/TestData.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Credentials;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Credential read(const QString &file, const ReadOptions &options = {})
{
    const Result<Credential> result = readCredential(Test::readData(file), options);
    if (!result) {
        qWarning("%s: %s", qPrintable(file), qPrintable(result.error().toString()));
        return {};
    }
    return result.value();
}

bool hasWarning(const Credential &credential, const char *code)
{
    return std::any_of(credential.warnings.cbegin(), credential.warnings.cend(),
                       [code](const ReadWarning &w) { return w.code == QLatin1StringView(code); });
}

// Files of the 1EdTech validator suite that are not awarded credentials, and the refusal each must get.
const QHash<QString, QString> &notCredentials()
{
    static const QHash<QString, QString> table{
        {QStringLiteral("ob20/assets/badge-with-data-image.json"),
         QStringLiteral("credentials.badgeclass-not-assertion")},
        {QStringLiteral("ob20/assets/badgeclass-with-complex-image.json"),
         QStringLiteral("credentials.badgeclass-not-assertion")},
        {QStringLiteral("ob20/assets/badgeclass1.json"), QStringLiteral("credentials.badgeclass-not-assertion")},
        {QStringLiteral("ob20/badge-class-with-language.json"), QStringLiteral("credentials.badgeclass-not-assertion")},
        {QStringLiteral("ob20/rdf-validation/badge-class-invalid-issuer-type.json"),
         QStringLiteral("credentials.badgeclass-not-assertion")},
        {QStringLiteral("ob20/rdf-validation/valid-badge-class-empty-criteria-type.json"),
         QStringLiteral("credentials.badgeclass-not-assertion")},
        {QStringLiteral("ob20/rdf-validation/valid-badge-class.json"),
         QStringLiteral("credentials.badgeclass-not-assertion")},
        {QStringLiteral("ob20/issuer-compact-iri-validation.json"), QStringLiteral("credentials.issuer-profile")},
        {QStringLiteral("ob20/rdf-validation/valid-issuer-extension.json"),
         QStringLiteral("credentials.issuer-profile")},
        // JSON-LD class/alignment fragments for the RDF validator, not badges.
        {QStringLiteral("ob20/rdf-validation/invalid-class.json"), QStringLiteral("credentials.not-a-credential")},
        {QStringLiteral("ob20/rdf-validation/invalid-empty-type.json"), QStringLiteral("credentials.not-a-credential")},
        {QStringLiteral("ob20/rdf-validation/invalid-one-invalid-class.json"),
         QStringLiteral("credentials.issuer-profile")},
        {QStringLiteral("ob20/rdf-validation/valid-alignment-object.json"),
         QStringLiteral("credentials.not-a-credential")},
        {QStringLiteral("ob20/rdf-validation/valid-cool-class.json"), QStringLiteral("credentials.not-a-credential")},
        // Holds JavaScript-style comments: not JSON.
        {QStringLiteral("ob20/redirected-validation-subject.json"), QStringLiteral("json.syntax")},
    };
    return table;
}

/// The 1EdTech OB 2.0 tests serve ob20/assets/ at https://example.org/, http://example.org/ and
/// https://www.example.org/ (URL path = file name).
void serveOb20Assets(Test::MemoryDocumentSource &source)
{
    const QDir assets(Test::dataPath(QStringLiteral("openbadges-1edtech-validator/ob20/assets")));
    for (const QString &name : assets.entryList(QDir::Files)) {
        const QByteArray body = Test::readData(QStringLiteral("openbadges-1edtech-validator/ob20/assets/") + name);
        const QString type = name.endsWith(QLatin1StringView(".png"))    ? QStringLiteral("image/png")
                             : name.endsWith(QLatin1StringView(".html")) ? QStringLiteral("text/html")
                                                                         : QStringLiteral("application/ld+json");
        for (const char *origin : {"https://example.org/", "http://example.org/", "https://www.example.org/"}) {
            source.add(QString::fromLatin1(origin) + name, body, type);
        }
    }
}

} // namespace

class TestSuiteFields : public QObject {
    Q_OBJECT

private slots:
    void validatorFiles_data();
    void validatorFiles();
    void ob3Complete_data();
    void ob3Complete();
    void specExamples_data();
    void specExamples();
    void ob3SpecVector();
    void endorsement();
    void clr_data();
    void clr();
    void clrJwt();
    void ob30Baked();
    void ob20Hosted();
    void ob20DataImage();
    void ob20Signed();
    void validatorCoreVersions();
    void validatorCoreExtraProperties();
};

void TestSuiteFields::validatorFiles_data()
{
    QTest::addColumn<QString>("file");
    const QJsonArray entries =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("openbadges-1edtech-validator/expected.json")))
            .object()
            .value(QLatin1StringView("entries"))
            .toArray();
    QVERIFY(entries.size() > 80);
    for (const QJsonValue &entry : entries) {
        const QString file = entry.toObject().value(QLatin1StringView("file")).toString();
        QTest::newRow(qPrintable(file)) << file;
    }
}

void TestSuiteFields::validatorFiles()
{
    // Every credential of the suite is read (broken proofs, expiry, wrong nested types are verification's
    // findings, not reading errors); every other document is refused with its own reason.
    QFETCH(QString, file);
    const Result<Credential> result =
        readCredential(Test::readData(QStringLiteral("openbadges-1edtech-validator/") + file));
    const QString refusal = notCredentials().value(file);
    if (!refusal.isEmpty()) {
        QVERIFY(!result);
        QCOMPARE(result.error().code, refusal);
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    Kind kind = Kind::Badge;
    if (file.startsWith(QLatin1StringView("clr20/"))) {
        kind = Kind::Clr;
    } else if (file.contains(QLatin1StringView("endorsement-"))) {
        kind = Kind::Endorsement;
    } else if (file.endsWith(QLatin1StringView("testlist")) ||
               file.endsWith(QLatin1StringView("simple-err-type.json"))) {
        kind = Kind::Other;
    }
    QCOMPARE(kindKey(result->kind), kindKey(kind));
    const bool ob2 = file.startsWith(QLatin1StringView("ob20/"));
    if (file.endsWith(QLatin1StringView(".jwt"))) {
        QCOMPARE(result->format, ob2 ? Format::Ob2Signed : Format::VcJwt);
    }
    QCOMPARE(result->specVersion.startsWith(QLatin1StringView("OB 2")), ob2);
    QVERIFY(!result->id.isEmpty());
    if (kind != Kind::Other && !ob2) {
        QVERIFY(!result->name.isEmpty());
        QVERIFY(result->validFrom.isValid());
    }
}

void TestSuiteFields::ob3Complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("1EdTech validator complete.json")
        << QStringLiteral("openbadges-1edtech-validator/ob30/complete.json");
    QTest::newRow("OB 3.0 spec complete example")
        << QStringLiteral("openbadges-spec/examples/fullopenbadge-complete-openbadgecredential.json");
}

void TestSuiteFields::ob3Complete()
{
    QFETCH(QString, file);
    const Credential c = read(file);
    QCOMPARE(c.id, QStringLiteral("http://1edtech.edu/credentials/3732"));
    QCOMPARE(c.name, QStringLiteral("1EdTech University Degree for Example Student"));
    QCOMPARE(c.issuer.id, QStringLiteral("https://1edtech.edu/issuers/565049"));
    QCOMPARE(c.issuer.name, QStringLiteral("1EdTech University"));
    QCOMPARE(c.validFrom, utc("2010-01-01T00:00:00Z"));
    QCOMPARE(c.validUntil, utc("2030-01-01T00:00:00Z"));
    QCOMPARE(c.image.url, QStringLiteral("https://1edtech.edu/credentials/3732/image"));
    QCOMPARE(c.image.caption, QStringLiteral("1EdTech University Degree for Example Student"));
    const Achievement &a = c.achievement;
    QCOMPARE(a.id, QStringLiteral("https://1edtech.edu/achievements/degree"));
    QCOMPARE(a.types, QStringList{QStringLiteral("Achievement")});
    QCOMPARE(a.achievementType, QStringLiteral("Degree"));
    QCOMPARE(a.name, QStringLiteral("1EdTech University Degree"));
    QCOMPARE(a.creditsAvailable, std::optional<double>(36));
    QCOMPARE(a.fieldOfStudy, QStringLiteral("Research"));
    QCOMPARE(a.specialization, QStringLiteral("Computer Science Research"));
    QCOMPARE(a.tags, QStringList({QStringLiteral("research"), QStringLiteral("computer science")}));
    QCOMPARE(a.humanCode, QStringLiteral("R1"));
    QCOMPARE(a.criteria.id, QStringLiteral("https://1edtech.edu/achievements/degree"));
    QVERIFY(a.criteria.narrative.startsWith(QLatin1StringView("# Degree Requirements")));
    QCOMPARE(a.creator.name, QStringLiteral("1EdTech University"));
    QCOMPARE(a.creator.url, QStringLiteral("https://1edtech.edu"));
    QCOMPARE(a.alignments.size(), 2);
    QCOMPARE(a.alignments.first().targetName, QStringLiteral("1EdTech University Degree"));
    QCOMPARE(a.alignments.first().targetType, QStringLiteral("CFItem"));
    QCOMPARE(a.alignments.first().targetUrl, QStringLiteral("https://1edtech.edu/catalog/degree"));
    const Subject &s = c.subject;
    QCOMPARE(s.id, QStringLiteral("did:example:ebfeb1f712ebc6f1c276e12ec21"));
    QCOMPARE(s.creditsEarned, std::optional<double>(42));
    QCOMPARE(c.credits(), std::optional<double>(42));
    QCOMPARE(s.activityStartDate, utc("2010-01-01T00:00:00Z"));
    QCOMPARE(s.activityEndDate, utc("2010-01-02T00:00:00Z"));
    QCOMPARE(s.term, QStringLiteral("Fall"));
    QCOMPARE(s.results.size(), 3);
    QCOMPARE(s.results.at(0).value, QStringLiteral("A"));
    QCOMPARE(s.results.at(0).resultDescription, QStringLiteral("urn:uuid:f6ab24cd-86e8-4eaf-b8c6-ded74e8fd41c"));
    QCOMPARE(s.results.at(1).achievedLevel, QStringLiteral("urn:uuid:d05a0867-d0ad-4b03-bdb5-28fb5d2aab7a"));
    QCOMPARE(s.results.at(2).status, QStringLiteral("Completed"));
    QCOMPARE(s.identities.size(), 2);
    QCOMPARE(s.identities.first().identityHash, QStringLiteral("student@1edtech.edu"));
    QVERIFY(!s.identities.first().hashed);
    QVERIFY(identityMatches(s.identities.first(), QStringLiteral("Student@1EdTech.edu")));
    QCOMPARE(c.evidence.size(), 2);
    QCOMPARE(c.evidence.first().name, QStringLiteral("Final Project Report"));
    QCOMPARE(c.evidence.first().genre, QStringLiteral("Research"));
    QCOMPARE(c.evidence.first().audience, QStringLiteral("Department"));
    QCOMPARE(c.evidence.at(1).id, QStringLiteral("https://github.com/somebody/project"));
}

void TestSuiteFields::specExamples_data()
{
    QTest::addColumn<QString>("file");
    const QDir examples(Test::dataPath(QStringLiteral("openbadges-spec/examples")));
    const QStringList files = examples.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() >= 15);
    for (const QString &name : files) {
        if (name != QLatin1StringView("index.json")) {
            QTest::newRow(qPrintable(name)) << QStringLiteral("openbadges-spec/examples/") + name;
        }
    }
}

void TestSuiteFields::specExamples()
{
    // Each example of the OB 3.0 specification: read without a warning, and what it says comes out unchanged.
    QFETCH(QString, file);
    const QJsonObject json = QJsonDocument::fromJson(Test::readData(file)).object();
    const Credential c = read(file);
    QVERIFY2(c.warnings.isEmpty(), qPrintable(c.warnings.isEmpty() ? QString() : c.warnings.first().message));
    const QStringList types = json.value(QLatin1StringView("type")).toVariant().toStringList();
    QCOMPARE(c.kind, types.contains(QLatin1StringView("EndorsementCredential")) ? Kind::Endorsement : Kind::Badge);
    QCOMPARE(c.id, json.value(QLatin1StringView("id")).toString());
    const QJsonObject issuer = json.value(QLatin1StringView("issuer")).toObject();
    QCOMPARE(c.issuer.id, issuer.value(QLatin1StringView("id")).toString());
    QCOMPARE(c.issuer.name, issuer.value(QLatin1StringView("name")).toString());
    QCOMPARE(c.validFrom,
             QDateTime::fromString(json.value(QLatin1StringView("validFrom")).toString(), Qt::ISODate).toUTC());
    const QJsonObject subject = json.value(QLatin1StringView("credentialSubject")).toObject();
    const QJsonObject achievement = subject.value(QLatin1StringView("achievement")).toObject();
    QCOMPARE(c.achievement.id, achievement.value(QLatin1StringView("id")).toString());
    QCOMPARE(c.achievement.name, achievement.value(QLatin1StringView("name")).toString());
    QCOMPARE(c.achievement.alignments.size(), achievement.value(QLatin1StringView("alignment")).toArray().size());
    QCOMPARE(c.subject.results.size(), subject.value(QLatin1StringView("result")).toArray().size());
    const QString ownName = json.value(QLatin1StringView("name")).toString();
    QCOMPARE(c.name, ownName.isEmpty() ? c.achievement.name : ownName);
}

void TestSuiteFields::ob3SpecVector()
{
    const QByteArray bytes = Test::readData(QStringLiteral("openbadges-spec/ob3-eddsa-rdfc-2022/signed.json"));
    const Credential c = read(QStringLiteral("openbadges-spec/ob3-eddsa-rdfc-2022/signed.json"));
    QCOMPARE(c.original, bytes);
    QCOMPARE(c.specVersion, QStringLiteral("OB 3.0"));
    QCOMPARE(c.id, QStringLiteral("http://example.com/credentials/3527"));
    QCOMPARE(c.name, QStringLiteral("Teamwork Badge"));
    QCOMPARE(c.issuer.id, QStringLiteral("https://example.edu/issuers/565049"));
    QCOMPARE(c.issuer.name, QStringLiteral("Example Corp"));
    QCOMPARE(c.validFrom, utc("2010-01-01T00:00:00Z"));
    QVERIFY(!c.validUntil.isValid());
    QCOMPARE(c.achievement.id, QStringLiteral("https://example.com/achievements/21st-century-skills/teamwork"));
    QCOMPARE(c.achievement.name, QStringLiteral("Teamwork"));
    QVERIFY(c.achievement.criteria.narrative.startsWith(QLatin1StringView("Team members are nominated")));
    QVERIFY(!c.credits());
    // Same credential as the unsigned one, plus its proof.
    const Credential unsigned_ = read(QStringLiteral("openbadges-spec/ob3-eddsa-rdfc-2022/unsigned.json"));
    QCOMPARE(unsigned_.name, c.name);
    QVERIFY(!unsigned_.json.contains(QLatin1StringView("proof")));
    QVERIFY(c.json.contains(QLatin1StringView("proof")));
}

void TestSuiteFields::endorsement()
{
    const Credential c = read(QStringLiteral("openbadges-1edtech-validator/ob30/endorsement-valid.json"));
    QCOMPARE(c.kind, Kind::Endorsement);
    QCOMPARE(c.name, QStringLiteral("Example endorsement"));
    QCOMPARE(c.issuer.name, QStringLiteral("State Department of Education"));
    QVERIFY(c.types.contains(QLatin1StringView("EndorsementCredential")));
}

void TestSuiteFields::clr_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("embedded");
    QTest::addColumn<int>("achievements");
    QTest::addColumn<int>("associations");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("issuer");
    QTest::newRow("validator simple") << QStringLiteral("openbadges-1edtech-validator/clr20/simple.json") << 1 << 2 << 1
                                      << QStringLiteral("Sample Transcript") << QStringLiteral("Example University");
    QTest::newRow("validator complex") << QStringLiteral("openbadges-1edtech-validator/clr20/complex.json") << 6 << 0
                                       << 5 << QStringLiteral("Ellis Monday")
                                       << QStringLiteral("Western High School, RSD");
    QTest::newRow("validator VC 1.1") << QStringLiteral("openbadges-1edtech-validator/clr20/simple_v1.json") << 6 << 0
                                      << 5 << QStringLiteral("Ellis Monday")
                                      << QStringLiteral("Western High School, RSD");
    QTest::newRow("spec vector") << QStringLiteral("openbadges-spec/clr2-eddsa-rdfc-2022/signed.json") << 1 << 2 << 1
                                 << QStringLiteral("Sample Transcript") << QStringLiteral("Example University");
}

void TestSuiteFields::clr()
{
    QFETCH(QString, file);
    QFETCH(int, embedded);
    QFETCH(int, achievements);
    QFETCH(int, associations);
    QFETCH(QString, name);
    QFETCH(QString, issuer);
    const Credential c = read(file);
    QCOMPARE(c.kind, Kind::Clr);
    QCOMPARE(c.name, name);
    QCOMPARE(c.issuer.name, issuer);
    QCOMPARE(c.embedded.size(), embedded);
    QCOMPARE(c.achievements.size(), achievements);
    QCOMPARE(c.associations.size(), associations);
    QCOMPARE(c.associations.first().associationType, QStringLiteral("isParentOf"));
    for (const Credential &e : c.embedded) {
        QCOMPARE(e.kind, Kind::Badge);
        QVERIFY(!e.achievement.name.isEmpty());
        QVERIFY(e.json.contains(QLatin1StringView("proof")) || file.contains(QLatin1StringView("noproof")));
        QVERIFY(!e.payload.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(e.payload).object(), e.json);
    }
}

void TestSuiteFields::clrJwt()
{
    const Credential c = read(QStringLiteral("openbadges-1edtech-validator/clr20/simple.jwt"));
    QCOMPARE(c.format, Format::VcJwt);
    QCOMPARE(c.kind, Kind::Clr);
    QCOMPARE(c.name, QStringLiteral("Sample Transcript"));
    QCOMPARE(c.embedded.size(), 1);
    QCOMPARE(c.jwtHeader.value(QLatin1StringView("alg")).toString(), QStringLiteral("RS256"));
    QVERIFY(c.jwtHeader.value(QLatin1StringView("jwk")).isObject());
}

void TestSuiteFields::ob30Baked()
{
    for (const char *file :
         {"openbadges-1edtech-validator/ob30/simple-json.png", "openbadges-1edtech-validator/ob30/simple-json.svg",
          "openbadges-1edtech-validator/ob30/simple-jwt.png", "openbadges-1edtech-validator/ob30/simple-jwt.svg"}) {
        const Credential c = read(QString::fromLatin1(file));
        QCOMPARE(c.name, QStringLiteral("Teamwork Badge"));
        QCOMPARE(c.issuer.name, QStringLiteral("Example Corp"));
        QCOMPARE(c.achievement.name, QStringLiteral("Teamwork"));
        QCOMPARE(c.validFrom, utc("2010-01-01T00:00:00Z"));
    }
    const Credential v1 = read(QStringLiteral("openbadges-1edtech-validator/ob30/simple-jwt_v1.png"));
    QCOMPARE(v1.format, Format::VcJwt);
    QCOMPARE(v1.container, Container::Png);
    QCOMPARE(v1.name, QStringLiteral("Example University Degree"));
    QVERIFY(v1.jwtClaims.value(QLatin1StringView("vc")).isObject());
}

void TestSuiteFields::ob20Hosted()
{
    Test::MemoryDocumentSource source;
    serveOb20Assets(source);
    ReadOptions options;
    options.documents = &source;
    const Credential c = read(QStringLiteral("openbadges-1edtech-validator/ob20/basic-assertion.json"), options);
    QCOMPARE(c.format, Format::Ob2Hosted);
    QCOMPARE(c.specVersion, QStringLiteral("OB 2.0"));
    QCOMPARE(c.id, QStringLiteral("https://example.org/beths-robotics-badge.json"));
    QCOMPARE(c.name, QStringLiteral("Awesome Robotics Badge"));
    QCOMPARE(c.achievement.id, QStringLiteral("https://example.org/robotics-badge.json"));
    QCOMPARE(c.achievement.criteria.id, QStringLiteral("https://example.org/badgecriteria.json"));
    QCOMPARE(c.issuer.id, QStringLiteral("https://example.org/organization.json"));
    QCOMPARE(c.issuer.name, QStringLiteral("An Example Badge Issuer"));
    QCOMPARE(c.issuer.email, QStringLiteral("contact@example.org"));
    QCOMPARE(c.validFrom, utc("2016-12-31T23:59:59Z"));
    QCOMPARE(c.evidence.size(), 1);
    QCOMPARE(c.evidence.first().id, QStringLiteral("https://example.org/beths-robot-work.html"));
    QCOMPARE(c.image.url, QStringLiteral("https://example.org/beths-robot-badge.png"));
    QVERIFY(c.image.data.startsWith("\x89PNG"));
    QVERIFY(subjectMatches(c.subject, QStringLiteral("nobody@example.org")));

    const Credential expired =
        read(QStringLiteral("openbadges-1edtech-validator/ob20/basic-assertion-expired.json"), options);
    QVERIFY(expired.validUntil.isValid());
    QVERIFY(expired.validUntil < QDateTime::currentDateTimeUtc());

    // The BadgeClass and issuer were fetched once each, plus the image: no more than needed.
    QVERIFY(source.requested().contains(QStringLiteral("https://example.org/robotics-badge.json")));
}

void TestSuiteFields::ob20DataImage()
{
    const Credential c = read(QStringLiteral("openbadges-1edtech-validator/ob20/assertion-with-data-image.json"));
    QVERIFY(c.image.url.isEmpty());
    QCOMPARE(c.image.mimeType, QStringLiteral("image/png"));
    QVERIFY(c.image.data.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(c.image.data.size(), 70);
}

void TestSuiteFields::ob20Signed()
{
    Test::MemoryDocumentSource source;
    serveOb20Assets(source);
    ReadOptions options;
    options.documents = &source;
    const Credential c = read(QStringLiteral("openbadges-1edtech-validator/ob20/simple.jwt"), options);
    QCOMPARE(c.format, Format::Ob2Signed);
    QCOMPARE(c.name, QStringLiteral("Awesome Robotics Badge"));
    QCOMPARE(c.issuer.name, QStringLiteral("An Example Badge Issuer"));
    QCOMPARE(c.jwtHeader.value(QLatin1StringView("alg")).toString(), QStringLiteral("RS256"));

    const Credential baked = read(QStringLiteral("openbadges-1edtech-validator/ob20/simple-badge.png"), options);
    QCOMPARE(baked.container, Container::Png);
    QCOMPARE(baked.name, QStringLiteral("Awesome Robotics Badge"));
}

void TestSuiteFields::validatorCoreVersions()
{
    Test::MemoryDocumentSource source;
    const QString components = QStringLiteral("openbadges2-validator-core/components/");
    source.add(QStringLiteral("https://example.org/robotics-badge.json"),
               Test::readData(components + QStringLiteral("2_0_basic_badgeclass.json")),
               QStringLiteral("application/ld+json"));
    source.add(QStringLiteral("https://example.org/organization.json"),
               Test::readData(components + QStringLiteral("2_0_basic_issuer.json")),
               QStringLiteral("application/ld+json"));
    source.add(QStringLiteral("http://a.com/badgeclass"),
               Test::readData(components + QStringLiteral("1_0_basic_badgeclass.json")),
               QStringLiteral("application/json"));
    source.add(QStringLiteral("http://a.com/issuer"),
               Test::readData(components + QStringLiteral("1_0_basic_issuer.json")),
               QStringLiteral("application/json"));
    ReadOptions options;
    options.documents = &source;
    options.fetchImages = false;

    const Credential v2 = read(components + QStringLiteral("2_0_basic_assertion.json"), options);
    QCOMPARE(v2.specVersion, QStringLiteral("OB 2.0"));
    QCOMPARE(v2.name, QStringLiteral("Awesome Robotics Badge"));
    QCOMPARE(v2.achievement.criteria.id, QStringLiteral("https://example.org/robotics-badge.html"));
    QCOMPARE(v2.issuer.name, QStringLiteral("An Example Badge Issuer"));
    QCOMPARE(v2.validFrom, utc("2016-12-31T23:59:59Z"));

    const Credential v11 = read(components + QStringLiteral("1_1_basic_assertion.json"), options);
    QCOMPARE(v11.specVersion, QStringLiteral("OB 1.1"));
    QCOMPARE(v11.name, QStringLiteral("Awesome Robotics Badge"));

    const Credential v10 = read(components + QStringLiteral("1_0_basic_assertion.json"), options);
    QCOMPARE(v10.specVersion, QStringLiteral("OB 1.0"));
    QCOMPARE(v10.id, QStringLiteral("http://a.com/instance")); // verify.url: OB 1.0 has no id
    QCOMPARE(v10.name, QStringLiteral("Basic Badge"));
    QCOMPARE(v10.issuer.name, QStringLiteral("Basic Issuer"));
    QCOMPARE(v10.validFrom, utc("2015-04-30T00:00:00Z")); // a date only: midnight UTC, said in a warning
    QVERIFY(hasWarning(v10, "credentials.date-without-offset"));
    QVERIFY(identityMatches(v10.subject.identities.first(), QStringLiteral("test@example.com")));

    const Credential v05 = read(components + QStringLiteral("0_5_assertion.json"), options);
    QCOMPARE(v05.specVersion, QStringLiteral("OB 0.5"));
    QCOMPARE(v05.name, QStringLiteral("Basic McBadge"));
    QCOMPARE(v05.achievement.criteria.id, QStringLiteral("http://oldsyle.com/criteria/1"));
    QCOMPARE(v05.issuer.name, QStringLiteral("Basic Issuer"));
    QCOMPARE(v05.issuer.url, QStringLiteral("http://oldstyle.com"));
    QCOMPARE(v05.image.url, QStringLiteral("http://oldstyle.com/images/1"));
    QVERIFY(identityMatches(v05.subject.identities.first(), QStringLiteral("test@example.com")));
    QVERIFY(!v05.subject.identities.first().hashed);
}

void TestSuiteFields::validatorCoreExtraProperties()
{
    // Unknown members are kept in json, never fatal.
    const Credential c =
        read(QStringLiteral("openbadges2-validator-core/components/1_0_basic_assertion_with_extra_properties.json"));
    QVERIFY(c.json.contains(QLatin1StringView("snood")));
    QCOMPARE(c.format, Format::Ob2Hosted);
}

QTEST_GUILESS_MAIN(TestSuiteFields)
#include "TestSuiteFields.moc"
