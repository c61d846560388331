// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/Inflate.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

#include <sys/resource.h>

using namespace Credfolio;
using namespace Credfolio::Codec;

namespace {

// Peak resident memory of this process, in KiB.
long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestInflate : public QObject {
    Q_OBJECT

public:
    // `megabytes` MiB of zeros deflated in `format`, streamed so the input is never held in memory.
    static QByteArray zeroBomb(int megabytes, Compression format);

private slots:
    void roundTrip_data();
    void roundTrip();
    void gzipHasMagic();
    void readsWhatZlibWrites();
    void exactCap();
    void capRefused_data();
    void capRefused();
    void corrupt_data();
    void corrupt();
    void bombIsRefusedWithBoundedMemory();
};

QByteArray TestInflate::zeroBomb(int megabytes, Compression format)
{
    z_stream stream{};
    const int bits =
        format == Compression::Gzip ? MAX_WBITS + 16 : (format == Compression::Raw ? -MAX_WBITS : MAX_WBITS);
    deflateInit2(&stream, 9, Z_DEFLATED, bits, 9, Z_DEFAULT_STRATEGY);
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
            status = deflate(&stream, flush);
            out.append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    }
    deflateEnd(&stream);
    return out;
}

void TestInflate::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("size");
    for (const int size : {0, 1, 100, 70000, 1 << 20}) {
        QTest::addRow("zlib %d", size) << int(Compression::Zlib) << size;
        QTest::addRow("gzip %d", size) << int(Compression::Gzip) << size;
        QTest::addRow("raw %d", size) << int(Compression::Raw) << size;
    }
}

void TestInflate::roundTrip()
{
    QFETCH(int, format);
    QFETCH(int, size);
    QRandomGenerator random(static_cast<quint32>(size));
    QByteArray data(size, '\0');
    for (char &byte : data) {
        byte = static_cast<char>(random.bounded(16)); // compressible but not trivial
    }
    const QByteArray compressed = deflate(data, Compression(format));
    QVERIFY(!compressed.isEmpty());
    const Result<QByteArray> back = inflate(compressed, Compression(format), size);
    QVERIFY2(back.has_value(), qPrintable(back.has_value() ? QString() : back.error().toString()));
    QCOMPARE(back.value(), data);
}

void TestInflate::gzipHasMagic()
{
    const QByteArray compressed = gzip("status list");
    QVERIFY(compressed.startsWith("\x1f\x8b"));
    QCOMPARE(inflate(compressed, Compression::Gzip, 100).value(), QByteArray("status list"));
    // A gzip stream is not a zlib stream and vice versa.
    QCOMPARE(inflate(compressed, Compression::Zlib, 100).error().code, QStringLiteral("codec.bad-compressed-data"));
    QCOMPARE(inflate(deflate("x"), Compression::Gzip, 100).error().code, QStringLiteral("codec.bad-compressed-data"));
}

void TestInflate::readsWhatZlibWrites()
{
    const QByteArray text = QByteArray("hello hello hello hello");
    uLongf length = compressBound(static_cast<uLong>(text.size()));
    QByteArray compressed(static_cast<qsizetype>(length), '\0');
    QCOMPARE(compress(reinterpret_cast<Bytef *>(compressed.data()), &length,
                      reinterpret_cast<const Bytef *>(text.data()), static_cast<uLong>(text.size())),
             Z_OK);
    compressed.truncate(static_cast<qsizetype>(length));
    QCOMPARE(inflate(compressed, Compression::Zlib, 1000).value(), text);
}

void TestInflate::exactCap()
{
    const QByteArray data(5000, 'a');
    QCOMPARE(inflate(deflate(data), Compression::Zlib, 5000).value(), data);
    const Result<QByteArray> over = inflate(deflate(data), Compression::Zlib, 4999);
    QVERIFY(!over.has_value());
    QCOMPARE(over.error().code, QStringLiteral("codec.too-large"));
    QCOMPARE(inflate(deflate({}), Compression::Zlib, 0).value(), QByteArray());
    QCOMPARE(inflate(deflate("a"), Compression::Zlib, 0).error().code, QStringLiteral("codec.too-large"));
}

void TestInflate::capRefused_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("zlib") << int(Compression::Zlib);
    QTest::newRow("gzip") << int(Compression::Gzip);
    QTest::newRow("raw") << int(Compression::Raw);
}

void TestInflate::capRefused()
{
    QFETCH(int, format);
    const QByteArray compressed = zeroBomb(4, Compression(format));
    const Result<QByteArray> out = inflate(compressed, Compression(format), 1024 * 1024);
    QVERIFY(!out.has_value());
    QCOMPARE(out.error().code, QStringLiteral("codec.too-large"));
    QVERIFY(!out.error().message.isEmpty());
    QCOMPARE(inflate(compressed, Compression(format), 4 * 1024 * 1024).value().size(), 4 * 1024 * 1024);
}

void TestInflate::corrupt_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("format");
    const QByteArray good = deflate(QByteArray(QByteArray(1000, 'q') + "tail"));
    QByteArray badChecksum = good;
    badChecksum[badChecksum.size() - 1] = static_cast<char>(badChecksum.back() ^ 1);
    const QByteArray gz = gzip(QByteArray(1000, 'q'));
    QByteArray badCrc = gz;
    badCrc[badCrc.size() - 6] = static_cast<char>(badCrc[badCrc.size() - 6] ^ 1);
    QTest::newRow("empty") << QByteArray() << int(Compression::Zlib);
    QTest::newRow("garbage") << QByteArray("not compressed at all") << int(Compression::Zlib);
    QTest::newRow("truncated") << good.first(good.size() / 2) << int(Compression::Zlib);
    QTest::newRow("missing checksum") << good.first(good.size() - 2) << int(Compression::Zlib);
    QTest::newRow("bad adler32") << badChecksum << int(Compression::Zlib);
    QTest::newRow("bad gzip crc") << badCrc << int(Compression::Gzip);
    QTest::newRow("trailing bytes") << good + "xx" << int(Compression::Zlib);
    QTest::newRow("gzip trailing member") << gz + gz << int(Compression::Gzip);
}

void TestInflate::corrupt()
{
    QFETCH(QByteArray, data);
    QFETCH(int, format);
    const Result<QByteArray> out = inflate(data, Compression(format), 1 << 20);
    QVERIFY(!out.has_value());
    QCOMPARE(out.error().code, QStringLiteral("codec.bad-compressed-data"));
    QVERIFY(!out.error().message.isEmpty());
}

void TestInflate::bombIsRefusedWithBoundedMemory()
{
    // 200 MiB of zeros in about 200 KB: refused at an 8 MiB cap, without growing the process by anything
    // near the expanded size.
    const QByteArray bomb = zeroBomb(200, Compression::Zlib);
    QVERIFY(bomb.size() < 1024 * 1024);
    const long before = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> out = inflate(bomb, Compression::Zlib, 8 * 1024 * 1024);
    QVERIFY(!out.has_value());
    QCOMPARE(out.error().code, QStringLiteral("codec.too-large"));
    const long grownKiB = peakRssKiB() - before;
    qInfo("bomb: %lld compressed bytes, refused in %lld ms, peak RSS grew by %ld KiB", qint64(bomb.size()),
          timer.elapsed(), grownKiB);
    QVERIFY(grownKiB < 64 * 1024);
}

QTEST_GUILESS_MAIN(TestInflate)
#include "TestInflate.moc"
