// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/PngChunks.h"
#include "core/codec/SvgBadge.h"
#include "core/credentials/CredentialReader.h"
#include "tests/support/TestData.h"

#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Credentials;

// Baking a credential into an image with core/codec's writers and reading it back gives the credential
// text byte for byte: a signature over those bytes still verifies.
class TestBakingRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void png_data();
    void png();
    void svg_data();
    void svg();
};

namespace {

void addRows()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("OB 3.0 JSON-LD") << QStringLiteral("corpus/ob3/di-rdfc-valid.json") << QStringLiteral("vc-json-ld");
    QTest::newRow("OB 3.0 VC 1.1 with non-ASCII")
        << QStringLiteral("corpus/ob3/ldp-ed25519-2020-valid.json") << QStringLiteral("vc-json-ld");
    QTest::newRow("VC-JWT") << QStringLiteral("corpus/ob3-jwt/jwt-es256-valid.jwt") << QStringLiteral("vc-jwt");
    QTest::newRow("CLR") << QStringLiteral("corpus/clr/clr-valid.json") << QStringLiteral("vc-json-ld");
    QTest::newRow("OB 2.0 hosted") << QStringLiteral("corpus/ob2/hosted-valid.json") << QStringLiteral("ob2-hosted");
    QTest::newRow("OB 2.0 signed") << QStringLiteral("corpus/ob2/signed-valid.jws") << QStringLiteral("ob2-signed");
}

QByteArray pngKeyword(const QString &format, const QByteArray &text)
{
    if (format.startsWith(QLatin1StringView("ob2"))) {
        return Codec::PngKeyword::OpenBadges2;
    }
    return text.contains("ClrCredential") ? QByteArray(Codec::PngKeyword::ClrCredential)
                                          : QByteArray(Codec::PngKeyword::OpenBadgeCredential);
}

} // namespace

void TestBakingRoundTrip::png_data()
{
    addRows();
}

void TestBakingRoundTrip::png()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const QByteArray text = Test::readData(file).trimmed();
    const QByteArray image = Test::readData(QStringLiteral("openbadges2-validator-core/public_domain_heart.png"));
    for (const bool compress : {false, true}) {
        Codec::PngBakeOptions options;
        options.compress = compress;
        const Result<QByteArray> baked = Codec::bakePngText(image, pngKeyword(format, text), text, options);
        QVERIFY2(baked, qPrintable(baked ? QString() : baked.error().toString()));
        const Result<Credential> read = readCredential(baked.value());
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(read->container, Container::Png);
        QCOMPARE(formatKey(read->format), format);
        QCOMPARE(read->payload, text);
        QCOMPARE(read->original, baked.value());
        const Result<Credential> plain = readCredential(text);
        QVERIFY(plain);
        QCOMPARE(read->name, plain->name);
        QCOMPARE(read->id, plain->id);
        QCOMPARE(read->json, plain->json);
        QCOMPARE(read->embedded.size(), plain->embedded.size());
        if (plain->image.isEmpty()) { // no image of its own: the baked image is the badge's
            QCOMPARE(read->image.data, baked.value());
        } else {
            QCOMPARE(read->image.url, plain->image.url);
        }
    }
}

void TestBakingRoundTrip::svg_data()
{
    addRows();
}

void TestBakingRoundTrip::svg()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const QByteArray text = Test::readData(file).trimmed();
    const QByteArray image = Test::readData(QStringLiteral("openbadges2-baking/concentricsky/unbaked_example.svg"));
    const bool token = !text.startsWith('{');
    const bool ob2 = format.startsWith(QLatin1StringView("ob2"));
    Codec::SvgBadge badge;
    if (token) {
        badge.verify = QString::fromUtf8(text); // a JWS rides in the verify attribute
    } else {
        badge.content = QString::fromUtf8(text);
        if (ob2) {
            badge.verify =
                QStringLiteral("https://badges.example.org/ob2/assertions/02a150f7-308e-47d7-8e05-31231eb49c94.json");
        }
    }
    const Codec::SvgBadgeElement element = ob2                              ? Codec::SvgElement::OpenBadges2Assertion
                                           : text.contains("ClrCredential") ? Codec::SvgElement::ClrCredential
                                                                            : Codec::SvgElement::OpenBadges3Credential;
    const Result<QByteArray> baked = Codec::bakeSvgBadge(image, element, badge);
    QVERIFY2(baked, qPrintable(baked ? QString() : baked.error().toString()));
    const Result<Credential> read = readCredential(baked.value());
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->container, Container::Svg);
    QCOMPARE(formatKey(read->format), format);
    QCOMPARE(read->payload, text);
    QCOMPARE(read->original, baked.value());
    const Result<Credential> plain = readCredential(text);
    QVERIFY(plain);
    QCOMPARE(read->json, plain->json);
}

QTEST_GUILESS_MAIN(TestBakingRoundTrip)
#include "TestBakingRoundTrip.moc"
