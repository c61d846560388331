// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Inflate.h"
#include "core/codec/PngChunks.h"
#include "tests/support/TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <zlib.h>

#include <sys/resource.h>

using namespace Credfolio;
using namespace Credfolio::Codec;

namespace {

const QByteArray kSignature("\x89PNG\r\n\x1a\n", 8);

QByteArray chunk(QByteArrayView type, QByteArrayView data)
{
    QByteArray out;
    const auto length = static_cast<quint32>(data.size());
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(static_cast<char>(length >> shift));
    }
    out.append(type);
    out.append(data);
    const auto crc = static_cast<quint32>(
        crc32(0, reinterpret_cast<const Bytef *>(out.constData() + 4), static_cast<uInt>(out.size() - 4)));
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(static_cast<char>(crc >> shift));
    }
    return out;
}

// A 1x1 grey PNG with the given chunks between IHDR and IDAT.
QByteArray tinyPng(const QByteArray &extraChunks = {})
{
    const QByteArray ihdr = QByteArray::fromHex("00000001000000010800000000");
    return kSignature + chunk("IHDR", ihdr) + extraChunks + chunk("IDAT", deflate(QByteArray(2, '\0'))) +
           chunk("IEND", {});
}

QByteArray textChunk(QByteArrayView keyword, QByteArrayView text)
{
    return chunk("tEXt", QByteArray(keyword.toByteArray() + '\0' + text.toByteArray()));
}

QByteArray zTextChunk(QByteArrayView keyword, QByteArrayView compressed)
{
    return chunk("zTXt", QByteArray(keyword.toByteArray() + '\0' + '\0' + compressed.toByteArray()));
}

QByteArray iTextChunk(QByteArrayView keyword, bool compressed, QByteArrayView language, QByteArrayView translated,
                      QByteArrayView body)
{
    QByteArray data = keyword.toByteArray();
    data += '\0';
    data += compressed ? '\1' : '\0';
    data += '\0';
    data += language.toByteArray() + '\0' + translated.toByteArray() + '\0' + body.toByteArray();
    return chunk("iTXt", data);
}

QStringList chunkTypes(const QList<PngChunk> &chunks)
{
    QStringList types;
    for (const PngChunk &c : chunks) {
        types.append(QString::fromLatin1(c.type));
    }
    return types;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// `megabytes` MiB of zeros, zlib-compressed, streamed.
QByteArray zeroBomb(int megabytes)
{
    z_stream stream{};
    deflateInit(&stream, 9);
    QByteArray zeros(1024 * 1024, '\0');
    QByteArray out;
    char buffer[64 * 1024];
    for (int i = 0; i < megabytes; ++i) {
        stream.next_in = reinterpret_cast<Bytef *>(zeros.data());
        stream.avail_in = static_cast<uInt>(zeros.size());
        const int flush = i + 1 == megabytes ? Z_FINISH : Z_NO_FLUSH;
        int status = Z_OK;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            status = ::deflate(&stream, flush);
            out.append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    }
    deflateEnd(&stream);
    return out;
}

QJsonArray bakedPngEntries()
{
    const QJsonObject manifest =
        QJsonDocument::fromJson(Test::readData(QStringLiteral("corpus/manifest.json"))).object();
    QJsonArray entries;
    for (const QJsonValue &entry : manifest[QLatin1String("entries")].toArray()) {
        if (entry[QLatin1String("container")].toString() == QLatin1String("png")) {
            entries.append(entry);
        }
    }
    return entries;
}

} // namespace

class TestPngChunks : public QObject {
    Q_OBJECT

private slots:
    void readsChunks();
    void corpus_data();
    void corpus();
    void openBadges2Baking();
    void unbakedImages();
    void everyTruncationIsReported();
    void everyDamagedChunkIsNamed();
    void structureRefusals_data();
    void structureRefusals();
    void sizeLimits();
    void textChunkKinds();
    void malformedText_data();
    void malformedText();
    void firstMatchWins();
    void bakeRoundTrip_data();
    void bakeRoundTrip();
    void bakeReplacesExisting();
    void bakeKeepsTrailingBytes();
    void bakeRefusals_data();
    void bakeRefusals();
    void decompressionBomb_data();
    void decompressionBomb();
};

void TestPngChunks::readsChunks()
{
    const QByteArray png = Test::readData(QStringLiteral("openbadges2-baking/concentricsky/baked_heart.png"));
    const Result<QList<PngChunk>> chunks = readPngChunks(png);
    QVERIFY(chunks.has_value());
    QCOMPARE(chunkTypes(*chunks),
             QStringList({QStringLiteral("IHDR"), QStringLiteral("iTXt"), QStringLiteral("bKGD"),
                          QStringLiteral("pHYs"), QStringLiteral("IDAT"), QStringLiteral("IEND")}));
    QCOMPARE(chunks->front().offset, 8);
    QCOMPARE(chunks->front().data.size(), 13);
    qsizetype total = 8;
    for (const PngChunk &c : *chunks) {
        QCOMPARE(c.offset, total);
        total += c.size();
    }
    QCOMPARE(total, png.size());
}

void TestPngChunks::corpus_data()
{
    QTest::addColumn<QJsonObject>("entry");
    const QJsonArray entries = bakedPngEntries();
    QVERIFY(entries.size() >= 7);
    for (const QJsonValue &entry : entries) {
        QTest::newRow(qPrintable(entry[QLatin1String("file")].toString())) << entry.toObject();
    }
}

void TestPngChunks::corpus()
{
    QFETCH(QJsonObject, entry);
    const QByteArray png = Test::readData(QLatin1String("corpus/") + entry[QLatin1String("file")].toString());
    const QJsonObject embedded = entry[QLatin1String("embedded")].toObject();
    const QByteArray keyword = embedded[QLatin1String("keyword")].toString().toLatin1();
    const QString reason = entry[QLatin1String("reason")].toString();
    const Result<std::optional<PngText>> found = findPngText(png, keyword);
    if (reason == QLatin1String("truncated-image")) {
        QVERIFY(!found.has_value());
        QCOMPARE(found.error().code, QStringLiteral("codec.png-truncated"));
        return;
    }
    if (reason == QLatin1String("corrupt-image")) {
        QVERIFY(!found.has_value());
        QCOMPARE(found.error().code, QStringLiteral("codec.png-bad-crc"));
        QVERIFY2(found.error().message.contains(QLatin1String("iTXt")), qPrintable(found.error().message));
        return;
    }
    QVERIFY2(found.has_value(), qPrintable(found.has_value() ? QString() : found.error().toString()));
    QVERIFY(found->has_value());
    const PngText &text = **found;
    QCOMPARE(text.type, PngTextType::International);
    QVERIFY(!text.compressed);
    QVERIFY(text.languageTag.isEmpty());
    QVERIFY(text.translatedKeyword.isEmpty());

    QByteArray sameAs = Test::readData(QLatin1String("corpus/") + embedded[QLatin1String("sameAs")].toString());
    if (sameAs.endsWith('\n')) {
        sameAs.chop(1);
    }
    const bool isJson = embedded[QLatin1String("format")].toString() == QLatin1String("vc-json-ld") ||
                        embedded[QLatin1String("format")].toString() == QLatin1String("ob2-hosted-json");
    const bool tampered = reason == QLatin1String("tampered");
    if (isJson) {
        // The corpus bakes the compact serialisation of the pretty-printed standalone file.
        const QJsonDocument baked = QJsonDocument::fromJson(text.text);
        QVERIFY(baked.isObject());
        QCOMPARE(baked == QJsonDocument::fromJson(sameAs), !tampered);
    } else {
        QCOMPARE(text.text, sameAs);
    }
}

void TestPngChunks::openBadges2Baking()
{
    const QByteArray png = Test::readData(QStringLiteral("openbadges2-baking/concentricsky/baked_heart.png"));
    const Result<std::optional<PngText>> found = findPngText(png, PngKeyword::OpenBadges2);
    QVERIFY(found.has_value() && found->has_value());
    const PngText &text = **found;
    QCOMPARE(text.type, PngTextType::International);
    QCOMPARE(text.keyword, QByteArray("openbadges"));
    QVERIFY(!text.compressed);
    QVERIFY(text.languageTag.isEmpty());
    QVERIFY(text.translatedKeyword.isEmpty());
    const QByteArray expected = "{\"uid\":\"123\",\"issuedOn\":\"2015-04-01\",\"badge\":\"http://example.org/badge1\","
                                "\"recipient\":{\"identity\":\"test@example.com\",\"hashed\":false},"
                                "\"verify\":{\"type\":\"hosted\",\"url\":\"http://example.org/badgeinstance1\"}}";
    QCOMPARE(text.text, expected);
    QCOMPARE(text.toString(), QString::fromUtf8(text.text));
    // Other keywords are not the badge.
    QVERIFY(!findPngText(png, PngKeyword::OpenBadgeCredential)->has_value());
    QVERIFY(!findPngText(png, "openbadge")->has_value());
}

void TestPngChunks::unbakedImages()
{
    const QByteArray heart = Test::readData(QStringLiteral("openbadges2-baking/concentricsky/public_domain_heart.png"));
    const Result<std::optional<PngText>> none = findPngText(heart, PngKeyword::OpenBadges2);
    QVERIFY(none.has_value());
    QVERIFY(!none->has_value());

    const QByteArray mozilla = Test::readData(QStringLiteral("openbadges2-baking/mozilla/unbaked.png"));
    QVERIFY(!findPngText(mozilla, PngKeyword::OpenBadges2)->has_value());
    const Result<std::optional<PngText>> software = findPngText(mozilla, "Software");
    QVERIFY(software.has_value() && software->has_value());
    QCOMPARE((*software)->type, PngTextType::Text);
    QCOMPARE((*software)->text, QByteArray("Adobe ImageReady"));
}

void TestPngChunks::everyTruncationIsReported()
{
    const QByteArray png = Test::readData(QStringLiteral("openbadges2-baking/concentricsky/baked_heart.png"));
    for (qsizetype length = 1; length < png.size(); ++length) {
        const Result<std::optional<PngText>> found = findPngText(png.first(length), PngKeyword::OpenBadges2);
        QVERIFY2(!found.has_value(), qPrintable(QString::number(length)));
        QCOMPARE(found.error().code, QStringLiteral("codec.png-truncated"));
    }
}

void TestPngChunks::everyDamagedChunkIsNamed()
{
    const QByteArray png = Test::readData(QStringLiteral("openbadges2-baking/concentricsky/baked_heart.png"));
    const QList<PngChunk> chunks = readPngChunks(png).value();
    for (const PngChunk &c : chunks) {
        // Flip a bit in the data, or in the CRC itself for the empty IEND.
        const qsizetype at = c.data.isEmpty() ? c.offset + 8 : c.offset + 8 + c.data.size() / 2;
        QByteArray damaged = png;
        damaged[at] = static_cast<char>(damaged[at] ^ 0x10);
        const Result<QList<PngChunk>> read = readPngChunks(damaged);
        QVERIFY(!read.has_value());
        QCOMPARE(read.error().code, QStringLiteral("codec.png-bad-crc"));
        QVERIFY2(read.error().message.contains(QString::fromLatin1(c.type)), qPrintable(read.error().message));
    }
}

void TestPngChunks::structureRefusals_data()
{
    QTest::addColumn<QByteArray>("png");
    QTest::addColumn<QString>("code");
    const QByteArray good = tinyPng();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("codec.png-bad-signature");
    QTest::newRow("JPEG") << QByteArray::fromHex("ffd8ffe000104a464946") << QStringLiteral("codec.png-bad-signature");
    QTest::newRow("SVG") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                         << QStringLiteral("codec.png-bad-signature");
    QTest::newRow("signature with CRLF converted")
        << QByteArray("\x89PNG\n\x1a\n") + good.sliced(8) << QStringLiteral("codec.png-bad-signature");
    QTest::newRow("signature only") << kSignature << QStringLiteral("codec.png-truncated");
    QTest::newRow("no IEND") << good.first(good.size() - 12) << QStringLiteral("codec.png-truncated");
    QTest::newRow("IDAT before IHDR") << kSignature + chunk("IDAT", "x") + good.sliced(8)
                                      << QStringLiteral("codec.png-malformed");
    QTest::newRow("two IHDR") << tinyPng(chunk("IHDR", QByteArray(13, '\0'))) << QStringLiteral("codec.png-malformed");
    QTest::newRow("bad chunk type") << tinyPng(chunk("t3Xt", "x")) << QStringLiteral("codec.png-malformed");
    QTest::newRow("IEND with data") << good.first(good.size() - 12) + chunk("IEND", "x")
                                    << QStringLiteral("codec.png-malformed");
    QByteArray hugeLength = tinyPng(chunk("tEXt", "a\0b"));
    hugeLength.replace(33, 4, QByteArray::fromHex("ffffffff"));
    QTest::newRow("length over 2^31") << hugeLength << QStringLiteral("codec.png-malformed");
}

void TestPngChunks::structureRefusals()
{
    QFETCH(QByteArray, png);
    QFETCH(QString, code);
    const Result<QList<PngChunk>> read = readPngChunks(png);
    QVERIFY(!read.has_value());
    QCOMPARE(read.error().code, code);
    QVERIFY(!read.error().message.isEmpty());
}

void TestPngChunks::sizeLimits()
{
    const QByteArray png = tinyPng(textChunk("Comment", QByteArray(5000, 'c')));
    QVERIFY(readPngChunks(png).has_value());
    PngLimits chunkLimit;
    chunkLimit.maxChunkBytes = 4096;
    const Result<QList<PngChunk>> bigChunk = readPngChunks(png, chunkLimit);
    QVERIFY(!bigChunk.has_value());
    QCOMPARE(bigChunk.error().code, QStringLiteral("codec.too-large"));
    QVERIFY(bigChunk.error().message.contains(QLatin1String("tEXt")));
    PngLimits fileLimit;
    fileLimit.maxFileBytes = png.size() - 1;
    QCOMPARE(readPngChunks(png, fileLimit).error().code, QStringLiteral("codec.too-large"));
    // A chunk claiming 2 GB in a small file is truncation, found without allocating anything.
    QByteArray claim = tinyPng(textChunk("Comment", "x"));
    claim.replace(33, 4, QByteArray::fromHex("7ffffff0"));
    PngLimits generous;
    generous.maxChunkBytes = 0x7fffffff;
    QCOMPARE(readPngChunks(claim, generous).error().code, QStringLiteral("codec.png-truncated"));
}

void TestPngChunks::textChunkKinds()
{
    const QByteArray latin1("caf\xe9 cr\xe8me", 10);
    const QByteArray utf8 = QStringLiteral("caf\u00e9 \u2713 \U0001F393").toUtf8();
    const QByteArray png = tinyPng(textChunk("Title", latin1) + zTextChunk("Description", deflate(latin1)) +
                                   iTextChunk("Author", false, "fr", QStringLiteral("Auteur").toUtf8(), utf8) +
                                   iTextChunk("Comment", true, "en-GB", {}, deflate(utf8)));

    const PngText text = findPngText(png, "Title")->value();
    QCOMPARE(text.type, PngTextType::Text);
    QCOMPARE(text.text, latin1);
    QCOMPARE(text.toString(), QStringLiteral("caf\u00e9 cr\u00e8me"));

    const PngText ztext = findPngText(png, "Description")->value();
    QCOMPARE(ztext.type, PngTextType::Compressed);
    QVERIFY(ztext.compressed);
    QCOMPARE(ztext.text, latin1);
    QCOMPARE(ztext.toString(), QStringLiteral("caf\u00e9 cr\u00e8me"));

    const PngText itext = findPngText(png, "Author")->value();
    QCOMPARE(itext.type, PngTextType::International);
    QVERIFY(!itext.compressed);
    QCOMPARE(itext.languageTag, QByteArray("fr"));
    QCOMPARE(itext.translatedKeyword, QStringLiteral("Auteur"));
    QCOMPARE(itext.text, utf8);
    QCOMPARE(itext.toString(), QStringLiteral("caf\u00e9 \u2713 \U0001F393"));

    const PngText compressed = findPngText(png, "Comment")->value();
    QVERIFY(compressed.compressed);
    QCOMPARE(compressed.languageTag, QByteArray("en-GB"));
    QCOMPARE(compressed.text, utf8);

    const QList<PngChunk> chunks = readPngChunks(png).value();
    QVERIFY(!isPngTextChunk(chunks.front()));
    QCOMPARE(parsePngText(chunks.front()).error().code, QStringLiteral("codec.png-bad-text"));
}

void TestPngChunks::malformedText_data()
{
    QTest::addColumn<QByteArray>("textChunkBytes");
    QTest::addColumn<QString>("code");
    const QString bad = QStringLiteral("codec.png-bad-text");
    QTest::newRow("tEXt without separator") << chunk("tEXt", "openbadges") << bad;
    QTest::newRow("empty keyword") << chunk("tEXt", QByteArray("\0text", 5)) << bad;
    QTest::newRow("80-byte keyword") << textChunk(QByteArray(80, 'k'), "x") << bad;
    QTest::newRow("iTXt flag 2") << chunk("iTXt", QByteArray("openbadges\0\2\0\0\0x", 16)) << bad;
    QTest::newRow("iTXt method 1") << chunk("iTXt", QByteArray("openbadges\0\1\1\0\0x", 16)) << bad;
    QTest::newRow("iTXt missing separators") << chunk("iTXt", QByteArray("openbadges\0\0\0en", 15)) << bad;
    QTest::newRow("iTXt no flags") << chunk("iTXt", QByteArray("openbadges\0", 11)) << bad;
    QTest::newRow("iTXt bad UTF-8") << iTextChunk("openbadges", false, {}, {}, "caf\xe9") << bad;
    QTest::newRow("iTXt overlong UTF-8") << iTextChunk("openbadges", false, {}, {}, "\xc0\xaf") << bad;
    QTest::newRow("iTXt bad translated keyword") << iTextChunk("openbadges", false, {}, "\xff", "{}") << bad;
    QTest::newRow("zTXt method 1") << chunk("zTXt", QByteArray("openbadges\0\1x", 13)) << bad;
    QTest::newRow("zTXt not compressed") << zTextChunk("openbadges", "plain")
                                         << QStringLiteral("codec.bad-compressed-data");
    QTest::newRow("iTXt compressed garbage")
        << iTextChunk("openbadges", true, {}, {}, "plain") << QStringLiteral("codec.bad-compressed-data");
    const QByteArray z = deflate("{}");
    QTest::newRow("iTXt compressed truncated")
        << iTextChunk("openbadges", true, {}, {}, z.first(z.size() - 1)) << QStringLiteral("codec.bad-compressed-data");
}

void TestPngChunks::malformedText()
{
    QFETCH(QByteArray, textChunkBytes);
    QFETCH(QString, code);
    const QByteArray png = tinyPng(textChunkBytes);
    const Result<QList<PngChunk>> chunks = readPngChunks(png);
    QVERIFY(chunks.has_value()); // the chunk itself is intact
    const Result<PngText> parsed = parsePngText(chunks->at(1));
    QVERIFY(!parsed.has_value());
    QCOMPARE(parsed.error().code, code);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestPngChunks::firstMatchWins()
{
    const QByteArray png = tinyPng(textChunk("openbadges", "https://example.org/legacy") +
                                   iTextChunk("openbadges", false, {}, {}, "{\"second\":true}"));
    const PngText text = findPngText(png, PngKeyword::OpenBadges2)->value();
    QCOMPARE(text.type, PngTextType::Text);
    QCOMPARE(text.text, QByteArray("https://example.org/legacy"));
}

void TestPngChunks::bakeRoundTrip_data()
{
    QTest::addColumn<QString>("image");
    QTest::addColumn<QByteArray>("keyword");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("compress");
    const QByteArray credential = Test::readData(QStringLiteral("corpus/ob3/di-rdfc-valid.json"));
    const QByteArray jwt = Test::readData(QStringLiteral("corpus/ob3-jwt/jwt-eddsa-valid.jwt"));
    const QByteArray unicode = QStringLiteral("{\"name\":\"Gr\u00fc\u00dfe \u2713 \U0001F393\"}\r\n\t").toUtf8();
    const QString heart = QStringLiteral("openbadges2-baking/concentricsky/public_domain_heart.png");
    const QString mozilla = QStringLiteral("openbadges2-baking/mozilla/unbaked.png");
    QTest::newRow("OB3 JSON") << heart << QByteArray(PngKeyword::OpenBadgeCredential) << credential << false;
    QTest::newRow("OB3 JWT") << mozilla << QByteArray(PngKeyword::OpenBadgeCredential) << jwt << false;
    QTest::newRow("OB2") << mozilla << QByteArray(PngKeyword::OpenBadges2) << credential << false;
    QTest::newRow("CLR compressed") << heart << QByteArray(PngKeyword::ClrCredential) << credential << true;
    QTest::newRow("unicode") << heart << QByteArray(PngKeyword::OpenBadgeCredential) << unicode << false;
    QTest::newRow("unicode compressed") << heart << QByteArray(PngKeyword::OpenBadgeCredential) << unicode << true;
    QTest::newRow("empty text") << heart << QByteArray(PngKeyword::OpenBadges2) << QByteArray() << false;
}

void TestPngChunks::bakeRoundTrip()
{
    QFETCH(QString, image);
    QFETCH(QByteArray, keyword);
    QFETCH(QByteArray, payload);
    QFETCH(bool, compress);
    const QByteArray original = Test::readData(image);
    PngBakeOptions options;
    options.compress = compress;
    const Result<QByteArray> baked = bakePngText(original, keyword, payload, options);
    QVERIFY2(baked.has_value(), qPrintable(baked.has_value() ? QString() : baked.error().toString()));

    // Extraction gives the bytes back, unchanged.
    const Result<std::optional<PngText>> found = findPngText(*baked, keyword);
    QVERIFY(found.has_value() && found->has_value());
    QCOMPARE((*found)->text, payload);
    QCOMPARE((*found)->type, PngTextType::International);
    QCOMPARE((*found)->compressed, compress);

    // The new chunk comes right after IHDR and every other chunk is byte-identical, in order.
    const QList<PngChunk> before = readPngChunks(original).value();
    const QList<PngChunk> after = readPngChunks(*baked).value(); // all CRCs valid
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after[1].type, QByteArrayView("iTXt"));
    QCOMPARE(QByteArray(baked->first(after[1].offset)), original.first(before[1].offset));
    QCOMPARE(QByteArray(baked->sliced(after[2].offset)), original.sliced(before[1].offset));
    if (!compress) {
        QVERIFY(after[1].data.startsWith(QByteArray(keyword + QByteArray("\0\0\0\0\0", 5))));
    }
}

void TestPngChunks::bakeReplacesExisting()
{
    // ob3-jwt.png carries its iTXt before IEND; baking again moves the badge after IHDR.
    const QByteArray original = Test::readData(QStringLiteral("corpus/baked/ob3-jwt.png"));
    const QByteArray withLegacy =
        bakePngText(original, "Software", "Credfolio tests").value(); // another text chunk is kept
    const Result<QByteArray> rebaked = bakePngText(withLegacy, PngKeyword::OpenBadgeCredential, "{\"new\":1}");
    QVERIFY(rebaked.has_value());
    const QList<PngChunk> chunks = readPngChunks(*rebaked).value();
    QCOMPARE(chunkTypes(chunks), QStringList({QStringLiteral("IHDR"), QStringLiteral("iTXt"), QStringLiteral("iTXt"),
                                              QStringLiteral("IDAT"), QStringLiteral("IEND")}));
    int badges = 0;
    for (const PngChunk &c : chunks) {
        if (isPngTextChunk(c) && parsePngText(c)->keyword == PngKeyword::OpenBadgeCredential) {
            ++badges;
        }
    }
    QCOMPARE(badges, 1);
    QCOMPARE(findPngText(*rebaked, PngKeyword::OpenBadgeCredential)->value().text, QByteArray("{\"new\":1}"));
    QCOMPARE(findPngText(*rebaked, "Software")->value().text, QByteArray("Credfolio tests"));

    // A legacy tEXt and a zTXt with the keyword are replaced too.
    const QByteArray legacy =
        tinyPng(textChunk("openbadges", "https://example.org/a") + zTextChunk("openbadges", deflate("old")));
    const QByteArray replaced = bakePngText(legacy, PngKeyword::OpenBadges2, "{}").value();
    QCOMPARE(readPngChunks(replaced)->size(), 4);
    QCOMPARE(findPngText(replaced, PngKeyword::OpenBadges2)->value().type, PngTextType::International);
}

void TestPngChunks::bakeKeepsTrailingBytes()
{
    const QByteArray png = tinyPng() + "trailing";
    QVERIFY(readPngChunks(png).has_value());
    const QByteArray baked = bakePngText(png, PngKeyword::OpenBadges2, "{}").value();
    QVERIFY(baked.endsWith(QByteArray(chunk("IEND", {}) + "trailing")));
}

void TestPngChunks::bakeRefusals_data()
{
    QTest::addColumn<QByteArray>("png");
    QTest::addColumn<QByteArray>("keyword");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    const QByteArray png = tinyPng();
    const QString bad = QStringLiteral("codec.png-bad-text");
    QTest::newRow("empty keyword") << png << QByteArray() << QByteArray("{}") << bad;
    QTest::newRow("80-byte keyword") << png << QByteArray(80, 'k') << QByteArray("{}") << bad;
    QTest::newRow("leading space") << png << QByteArray(" openbadges") << QByteArray("{}") << bad;
    QTest::newRow("double space") << png << QByteArray("open  badges") << QByteArray("{}") << bad;
    QTest::newRow("NUL in keyword") << png << QByteArray("open\0badges", 11) << QByteArray("{}") << bad;
    QTest::newRow("text not UTF-8") << png << QByteArray("openbadges") << QByteArray("caf\xe9") << bad;
    QTest::newRow("not a PNG") << QByteArray("GIF89a") << QByteArray("openbadges") << QByteArray("{}")
                               << QStringLiteral("codec.png-bad-signature");
    QTest::newRow("damaged PNG") << Test::readData(QStringLiteral("corpus/baked/ob3-bad-crc.png"))
                                 << QByteArray("openbadgecredential") << QByteArray("{}")
                                 << QStringLiteral("codec.png-bad-crc");
}

void TestPngChunks::bakeRefusals()
{
    QFETCH(QByteArray, png);
    QFETCH(QByteArray, keyword);
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    const Result<QByteArray> baked = bakePngText(png, keyword, text);
    QVERIFY(!baked.has_value());
    QCOMPARE(baked.error().code, code);
}

void TestPngChunks::decompressionBomb_data()
{
    QTest::addColumn<bool>("international");
    QTest::newRow("zTXt") << false;
    QTest::newRow("iTXt") << true;
}

void TestPngChunks::decompressionBomb()
{
    QFETCH(bool, international);
    // 200 MiB of zeros in about 200 KB; the reader stops at Limits::kMaxPngTextBytes.
    const QByteArray bomb = zeroBomb(200);
    const QByteArray png =
        tinyPng(international ? iTextChunk("openbadges", true, {}, {}, bomb) : zTextChunk("openbadges", bomb));
    const long before = peakRssKiB();
    const Result<std::optional<PngText>> found = findPngText(png, PngKeyword::OpenBadges2);
    QVERIFY(!found.has_value());
    QCOMPARE(found.error().code, QStringLiteral("codec.too-large"));
    QVERIFY(!found.error().message.isEmpty());
    const long grownKiB = peakRssKiB() - before;
    QVERIFY2(grownKiB < 64 * 1024, qPrintable(QString::number(grownKiB)));

    // A tighter cap is honoured too.
    PngLimits limits;
    limits.maxTextBytes = 1000;
    const QByteArray small = tinyPng(iTextChunk("openbadges", true, {}, {}, deflate(QByteArray(1001, '{'))));
    QCOMPARE(findPngText(small, PngKeyword::OpenBadges2, limits).error().code, QStringLiteral("codec.too-large"));
    QVERIFY(findPngText(small, PngKeyword::OpenBadges2).has_value());
}

QTEST_GUILESS_MAIN(TestPngChunks)
#include "TestPngChunks.moc"
