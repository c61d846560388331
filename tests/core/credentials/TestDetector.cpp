// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/credentials/Detector.h"
#include "core/credentials/Limits.h"
#include "tests/core/credentials/CorpusManifest.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Credentials;

class TestDetector : public QObject {
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void testSuiteFiles_data();
    void testSuiteFiles();
    void refusals_data();
    void refusals();
    void bareUrl();
    void bareUrlLengthLimitIsExact();
    void bakedUrlOnly();
    void messagesAreSentences();
    void svgDoctypes();
};

void TestDetector::corpus_data()
{
    QTest::addColumn<QJsonObject>("entry");
    const QJsonArray entries = Test::corpusEntries();
    QVERIFY(entries.size() >= 470);
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        QTest::newRow(qPrintable(object.value(QLatin1StringView("file")).toString())) << object;
    }
}

void TestDetector::corpus()
{
    QFETCH(QJsonObject, entry);
    const QString file = entry.value(QLatin1StringView("file")).toString();
    const QByteArray bytes = Test::readData(QStringLiteral("corpus/") + file);
    const Result<Detection> detection = detect(bytes);

    const QString errorCode = Test::expectedErrorCode(entry.value(QLatin1StringView("reason")).toString());
    if (!errorCode.isEmpty()) {
        QVERIFY2(!detection, "a broken file must not be detected as a credential");
        QCOMPARE(detection.error().code, errorCode);
        QVERIFY(!detection.error().message.isEmpty());
        return;
    }
    QVERIFY2(detection, qPrintable(detection ? QString() : detection.error().toString()));

    const QString container = entry.value(QLatin1StringView("container")).toString();
    QString format = entry.value(QLatin1StringView("format")).toString();
    const QJsonObject embedded = entry.value(QLatin1StringView("embedded")).toObject();
    if (format == QLatin1StringView("png-baked") || format == QLatin1StringView("svg-baked")) {
        format = embedded.value(QLatin1StringView("format")).toString();
        const QByteArray sameAs =
            Test::readData(QStringLiteral("corpus/") + embedded.value(QLatin1StringView("sameAs")).toString());
        // The baked text is the standalone credential: the same token, or the same JSON written compactly.
        const bool tampered = entry.value(QLatin1StringView("reason")).toString() == QLatin1StringView("tampered");
        if (tampered) {
            QVERIFY(QJsonDocument::fromJson(detection->payload) != QJsonDocument::fromJson(sameAs));
        } else if (detection->container == Container::Png && !detection->json.isEmpty() &&
                   detection->jwtHeader.isEmpty()) {
            QCOMPARE(QJsonDocument::fromJson(detection->payload), QJsonDocument::fromJson(sameAs));
        } else {
            QCOMPARE(detection->payload.trimmed(), sameAs.trimmed());
        }
        const QString where = embedded.contains(QLatin1StringView("keyword"))
                                  ? embedded.value(QLatin1StringView("keyword")).toString()
                                  : embedded.value(QLatin1StringView("namespace")).toString();
        QCOMPARE(detection->bakedKeyword, where);
    } else {
        QCOMPARE(detection->payload, bytes.trimmed().size() == bytes.size() || container == QLatin1StringView("json")
                                         ? bytes
                                         : bytes.trimmed());
    }
    QCOMPARE(formatKey(detection->format), formatKey(Test::manifestFormat(format).value()));
    QCOMPARE(containerKey(detection->container), containerKey(Test::manifestContainer(container).value()));
    const bool clr = entry.value(QLatin1StringView("family")).toString() == QLatin1StringView("clr2");
    QCOMPARE(detection->kind == Kind::Clr, clr);
    if (detection->container == Container::Jwt) {
        QVERIFY(detection->jwtHeader.contains(QLatin1StringView("alg")));
    }
}

void TestDetector::testSuiteFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("kind");
    const auto row = [](const char *file, const char *format, const char *container, const char *kind) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(format)
                            << QString::fromLatin1(container) << QString::fromLatin1(kind);
    };
    row("openbadges-1edtech-validator/ob30/simple.json", "vc-json-ld", "json", "badge");
    row("openbadges-1edtech-validator/ob30/simple.1ob", "vc-json-ld", "json", "badge");
    row("openbadges-1edtech-validator/ob30/simple_v1.json", "vc-json-ld", "json", "badge");
    row("openbadges-1edtech-validator/ob30/endorsement-valid.json", "vc-json-ld", "json", "endorsement");
    row("openbadges-1edtech-validator/ob30/simple-err-type.json", "vc-json-ld", "json", "other");
    row("openbadges-1edtech-validator/ob30/bit-string-list/testlist", "vc-json-ld", "json", "other");
    row("openbadges-1edtech-validator/ob30/simple.jwt", "vc-jwt", "jwt", "badge");
    row("openbadges-1edtech-validator/ob30/simple-json.png", "vc-json-ld", "png", "badge");
    row("openbadges-1edtech-validator/ob30/simple-jwt.png", "vc-jwt", "png", "badge");
    row("openbadges-1edtech-validator/ob30/simple-jwt_v1.png", "vc-jwt", "png", "badge");
    row("openbadges-1edtech-validator/ob30/simple-json.svg", "vc-json-ld", "svg", "badge");
    row("openbadges-1edtech-validator/ob30/simple-jwt.svg", "vc-jwt", "svg", "badge");
    row("openbadges-1edtech-validator/ob30/simple-jwt_v1.svg", "vc-jwt", "svg", "badge");
    row("openbadges-1edtech-validator/clr20/simple.json", "vc-json-ld", "json", "clr");
    row("openbadges-1edtech-validator/clr20/complex.json", "vc-json-ld", "json", "clr");
    row("openbadges-1edtech-validator/clr20/simple.jwt", "vc-jwt", "jwt", "clr");
    row("openbadges-1edtech-validator/ob20/basic-assertion.json", "ob2-hosted", "json", "badge");
    row("openbadges-1edtech-validator/ob20/simple.jwt", "ob2-signed", "jwt", "badge");
    row("openbadges-1edtech-validator/ob20/simple-badge.png", "ob2-hosted", "png", "badge");
    row("openbadges-spec/ob3-eddsa-rdfc-2022/signed.json", "vc-json-ld", "json", "badge");
    row("openbadges-spec/clr2-eddsa-rdfc-2022/signed.json", "vc-json-ld", "json", "clr");
    row("openbadges-spec/examples/endorsement-sample-endorsementcredential.json", "vc-json-ld", "json", "endorsement");
    row("openbadges2-validator-core/components/2_0_basic_assertion.json", "ob2-hosted", "json", "badge");
    row("openbadges2-validator-core/components/1_1_basic_assertion.json", "ob2-hosted", "json", "badge");
    row("openbadges2-validator-core/components/1_0_basic_assertion.json", "ob2-hosted", "json", "badge");
    row("openbadges2-validator-core/components/0_5_assertion.json", "ob2-hosted", "json", "badge");
    row("openbadges2-baking/concentricsky/baked_heart.png", "ob2-hosted", "png", "badge");
    row("openbadges2-baking/concentricsky/baked_example.svg", "ob2-hosted", "svg", "badge");
}

void TestDetector::testSuiteFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, container);
    QFETCH(QString, kind);
    const Result<Detection> detection = detect(Test::readData(file));
    QVERIFY2(detection, qPrintable(detection ? QString() : detection.error().toString()));
    QCOMPARE(formatKey(detection->format), format);
    QCOMPARE(containerKey(detection->container), container);
    QCOMPARE(kindKey(detection->kind), kind);
}

void TestDetector::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    const auto file = [](const char *path) {
        return Test::readData(QString::fromLatin1(path));
    };
    QTest::newRow("empty") << QByteArray() << QStringLiteral("credentials.empty");
    QTest::newRow("whitespace and BOM") << QByteArray("\xEF\xBB\xBF \n\t ") << QStringLiteral("credentials.empty");
    QTest::newRow("plain text") << QByteArray("Hello, world") << QStringLiteral("credentials.not-a-credential");
    QTest::newRow("binary") << QByteArray::fromHex("00ff10ab") << QStringLiteral("credentials.not-a-credential");
    QTest::newRow("JSON array") << QByteArray("[1, 2]") << QStringLiteral("credentials.not-a-credential");
    QTest::newRow("unrelated JSON") << QByteArray(R"({"hello": "world"})")
                                    << QStringLiteral("credentials.not-a-credential");
    QTest::newRow("duplicate key") << QByteArray(R"({"type": "Assertion", "type": "BadgeClass"})")
                                   << QStringLiteral("json.duplicate-key");
    QTest::newRow("OB 2.0 BadgeClass") << file("corpus/web/badges.example.org/ob2/badges/python-foundations.json")
                                       << QStringLiteral("credentials.badgeclass-not-assertion");
    QTest::newRow("OB 1.0 BadgeClass") << file("openbadges2-validator-core/components/1_0_basic_badgeclass.json")
                                       << QStringLiteral("credentials.badgeclass-not-assertion");
    QTest::newRow("OB 2.0 issuer") << file("corpus/web/badges.example.org/ob2/issuer.json")
                                   << QStringLiteral("credentials.issuer-profile");
    QTest::newRow("OB 1.0 issuer") << file("openbadges2-validator-core/components/1_0_basic_issuer.json")
                                   << QStringLiteral("credentials.issuer-profile");
    QTest::newRow("OB 3.0 Profile")
        << QByteArray(R"({"@context": ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                                                     "type": "Profile", "id": "https://example.edu/issuers/1"})")
        << QStringLiteral("credentials.issuer-profile");
    QTest::newRow("OB 3.0 Achievement") << QByteArray(R"({"id": "https://example.edu/a/1", "type": ["Achievement"],
                                                         "name": "Teamwork", "criteria": {"narrative": "x"}})")
                                        << QStringLiteral("credentials.badgeclass-not-assertion");
    QTest::newRow("OB 2.0 key") << file("corpus/web/badges.example.org/ob2/keys/key-1.json")
                                << QStringLiteral("credentials.not-a-credential");
    QTest::newRow("presentation")
        << QByteArray(R"({"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ["VerifiablePresentation"],
                         "verifiableCredential": []})")
        << QStringLiteral("credentials.presentation");
    QTest::newRow("JWT presentation") << QByteArray("eyJhbGciOiJFUzI1NiJ9.eyJ2cCI6e319.AAAA")
                                      << QStringLiteral("credentials.presentation");
    QTest::newRow("JWS two parts") << QByteArray("eyJhbGciOiJFUzI1NiJ9.eyJ2YyI6e319")
                                   << QStringLiteral("credentials.malformed-jws");
    QTest::newRow("JWS four parts") << QByteArray("eyJhbGciOiJFUzI1NiJ9.e30.AAAA.AAAA")
                                    << QStringLiteral("credentials.malformed-jws");
    QTest::newRow("JWS padded base64") << QByteArray("eyJhbGciOiJFUzI1NiJ9.e30=.AAAA")
                                       << QStringLiteral("credentials.malformed-jws");
    QTest::newRow("JWS payload not JSON")
        << QByteArray("eyJhbGciOiJFUzI1NiJ9.aGVsbG8.AAAA") << QStringLiteral("credentials.malformed-jws");
    QTest::newRow("JWS payload not a credential")
        << QByteArray("eyJhbGciOiJFUzI1NiJ9.e30.AAAA") << QStringLiteral("credentials.not-a-credential");
    QTest::newRow("host name") << QByteArray("example.org") << QStringLiteral("credentials.not-a-credential");
    QTest::newRow("ftp URL") << QByteArray("ftp://example.org/badge.json")
                             << QStringLiteral("credentials.unsupported-url");
    QTest::newRow("unbaked PNG (bakery)") << file("openbadges2-baking/concentricsky/public_domain_heart.png")
                                          << QStringLiteral("credentials.png-without-badge");
    QTest::newRow("unbaked PNG (mozilla)")
        << file("openbadges2-baking/mozilla/unbaked.png") << QStringLiteral("credentials.png-without-badge");
    QTest::newRow("unbaked SVG (bakery)") << file("openbadges2-baking/concentricsky/unbaked_example.svg")
                                          << QStringLiteral("credentials.svg-without-badge");
    QTest::newRow("unbaked SVG (mozilla)")
        << file("openbadges2-baking/mozilla/unbaked.svg") << QStringLiteral("credentials.svg-without-badge");
    QTest::newRow("SVG with broken JSON")
        << file("openbadges2-baking/mozilla/bad-json.svg") << QStringLiteral("json.syntax");
    QTest::newRow("SVG with a non-badge JSON")
        << file("openbadges2-baking/mozilla/baked.svg") << QStringLiteral("credentials.not-a-credential");
    QTest::newRow("XML not SVG") << QByteArray("<html><body/></html>") << QStringLiteral("codec.svg-not-svg");
    QTest::newRow("SVG with DTD")
        << QByteArray(
               "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        << QStringLiteral("codec.svg-dtd-refused");
    QTest::newRow("PNG signature only") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QStringLiteral("codec.png-truncated");
}

void TestDetector::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    const Result<Detection> detection = detect(bytes);
    QVERIFY(!detection);
    QCOMPARE(detection.error().code, code);
    QVERIFY(!detection.error().message.isEmpty());
}

void TestDetector::bareUrl()
{
    const Result<Detection> detection = detect("  https://badges.example.org/ob2/assertions/1.json\n");
    QVERIFY(detection);
    QCOMPARE(detection->container, Container::Url);
    QCOMPARE(detection->url, QUrl(QStringLiteral("https://badges.example.org/ob2/assertions/1.json")));
    QVERIFY(detection->json.isEmpty());
}

void TestDetector::bareUrlLengthLimitIsExact()
{
    // docs/limits.md: a bare URL of up to 4096 characters is a link to import; one more and it is not a URL.
    const QByteArray prefix = "https://badges.example.org/assertions/";
    const QByteArray atLimit = prefix + QByteArray(Limits::kMaxUrlLength - prefix.size(), 'a');
    QCOMPARE(atLimit.size(), 4096);
    const Result<Detection> accepted = detect(atLimit);
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().toString()));
    QCOMPARE(accepted->container, Container::Url);
    QCOMPARE(accepted->url.toString(QUrl::FullyEncoded).toUtf8(), atLimit);

    const QByteArray overLimit = atLimit + 'a';
    const Result<Detection> refused = detect(overLimit);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("credentials.not-a-credential"));
    QVERIFY(!refused.error().message.isEmpty());
}

void TestDetector::bakedUrlOnly()
{
    // mozilla/no-json.svg: an empty CDATA, the badge is only the verify URL.
    const Result<Detection> detection =
        detect(Test::readData(QStringLiteral("openbadges2-baking/mozilla/no-json.svg")));
    QVERIFY2(detection, qPrintable(detection ? QString() : detection.error().toString()));
    QCOMPARE(detection->container, Container::Svg);
    QCOMPARE(detection->format, Format::Ob2Hosted);
    QCOMPARE(detection->url, QUrl(QStringLiteral("http://example.org")));
}

void TestDetector::messagesAreSentences()
{
    // Broken inputs keep the lower module's code but say in this module's words what could not be read.
    const Result<Detection> png = detect(Test::readData(QStringLiteral("corpus/baked/ob3-truncated.png")));
    QVERIFY(!png);
    QVERIFY(png.error().message.contains(QLatin1StringView("PNG")));
    QVERIFY(!png.error().detail.isEmpty());
    const Result<Detection> svg = detect(Test::readData(QStringLiteral("openbadges2-baking/mozilla/bad-json.svg")));
    QVERIFY(!svg);
    QVERIFY(svg.error().message.contains(QLatin1StringView("baked")));
    QVERIFY(svg.error().detail.contains(QLatin1StringView("line")));
}

void TestDetector::svgDoctypes()
{
    // The SVG 1.1 doctype that editors write (external identifier only, never fetched) does not stop reading;
    // any internal subset (where entities are declared) still does, however it is disguised.
    const QByteArray badge =
        R"(<openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" verify=")" +
        Test::readData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt")).trimmed() + R"("/>)";
    const QByteArray svgOpen = R"(<svg xmlns="http://www.w3.org/2000/svg">)";
    const QByteArray external =
        R"(<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">)";
    const QByteArray svg = external + svgOpen + badge + "</svg>";
    const Result<Detection> ok = detect(svg);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    QCOMPARE(ok->format, Format::VcJwt);

    const QList<QByteArray> refused{
        R"(<!DOCTYPE svg [<!ENTITY x "y">]>)",
        R"(<!DOCTYPE svg PUBLIC "a>b" [<!ENTITY x "y">]>)",
        R"(<!DOCTYPE svg SYSTEM "x.dtd"><!DOCTYPE svg [<!ENTITY x "y">]>)",
    };
    for (const QByteArray &doctype : refused) {
        const QByteArray hostile = doctype + svgOpen + badge + "<text>&x;</text></svg>";
        const Result<Detection> detection = detect(hostile);
        QVERIFY2(!detection, doctype.constData());
        QVERIFY(detection.error().code.startsWith(QLatin1StringView("codec.svg-")));
    }
}

QTEST_GUILESS_MAIN(TestDetector)
#include "TestDetector.moc"
