// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/JsonReader.h"
#include "core/verify/StatusEntry.h"

#include <QJsonArray>
#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Verify;

namespace {

// Parses the text with the strict reader the credential readers use (numbers become doubles).
QJsonValue json(const char *text)
{
    Result<QJsonValue> value = Json::parse(QByteArrayView(text));
    if (!value) {
        qFatal("bad test JSON: %s", qPrintable(value.error().toString()));
    }
    return *value;
}

QJsonObject credentialWith(const char *status)
{
    return QJsonObject{{QStringLiteral("credentialStatus"), json(status)}};
}

constexpr auto kBitstring = R"({"type": "BitstringStatusListEntry", "statusPurpose": "revocation",
    "statusListCredential": "https://status.example.edu/lists/1", "statusListIndex": %1})";

QByteArray bitstringWithIndex(const char *index)
{
    return QString::fromLatin1(kBitstring).arg(QLatin1String(index)).toLatin1();
}

} // namespace

class TestStatusEntry : public QObject {
    Q_OBJECT

private slots:
    void bitstringEntry();
    void goodIndexes_data();
    void goodIndexes();
    void badIndexes_data();
    void badIndexes();
    void statusSize_data();
    void statusSize();
    void statusList2021Entry();
    void edtechRevocationList();
    void otherTypeIsKept();
    void missingMembers_data();
    void missingMembers();
    void arrayOfEntries();
    void malformedEntryInArrayNamesItsPosition();
    void noCredentialStatus();
};

void TestStatusEntry::bitstringEntry()
{
    const Result<QList<StatusEntry>> entries = readStatusEntries(credentialWith(R"({
        "id": "https://status.example.edu/lists/1#94567", "type": "BitstringStatusListEntry",
        "statusPurpose": "suspension", "statusListIndex": "94567",
        "statusListCredential": "https://status.example.edu/lists/1"})"));
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    const StatusEntry &entry = entries->first();
    QCOMPARE(entry.type, StatusEntryType::BitstringStatusList);
    QCOMPARE(entry.typeName, QStringLiteral("BitstringStatusListEntry"));
    QCOMPARE(entry.id, QStringLiteral("https://status.example.edu/lists/1#94567"));
    QCOMPARE(entry.purpose, QStringLiteral("suspension"));
    QCOMPARE(entry.index, 94567u);
    QCOMPARE(entry.statusSize, 1);
    QCOMPARE(entry.listUrl, QStringLiteral("https://status.example.edu/lists/1"));
}

void TestStatusEntry::goodIndexes_data()
{
    QTest::addColumn<QByteArray>("index");
    QTest::addColumn<quint64>("expected");
    QTest::newRow("string") << QByteArray(R"("23")") << quint64(23);
    QTest::newRow("number (1EdTech validator)") << QByteArray("23") << quint64(23);
    QTest::newRow("zero string") << QByteArray(R"("0")") << quint64(0);
    QTest::newRow("zero number") << QByteArray("0") << quint64(0);
    QTest::newRow("leading zeros") << QByteArray(R"("007")") << quint64(7);
    QTest::newRow("integral float") << QByteArray("23.0") << quint64(23);
    QTest::newRow("exponent number") << QByteArray("1e3") << quint64(1000);
    QTest::newRow("2^53 string") << QByteArray(R"("9007199254740992")") << quint64(9007199254740992);
    QTest::newRow("2^53 number") << QByteArray("9007199254740992") << quint64(9007199254740992);
}

void TestStatusEntry::goodIndexes()
{
    QFETCH(QByteArray, index);
    QFETCH(quint64, expected);
    const Result<StatusEntry> entry = readStatusEntry(json(bitstringWithIndex(index.constData()).constData()));
    QVERIFY2(entry, entry ? "" : qPrintable(entry.error().toString()));
    QCOMPARE(entry->index, expected);
}

void TestStatusEntry::badIndexes_data()
{
    QTest::addColumn<QByteArray>("index");
    QTest::newRow("negative number") << QByteArray("-1");
    QTest::newRow("negative string") << QByteArray(R"("-1")");
    QTest::newRow("plus sign") << QByteArray(R"("+1")");
    QTest::newRow("fraction") << QByteArray("1.5");
    QTest::newRow("fraction string") << QByteArray(R"("1.5")");
    QTest::newRow("exponent string") << QByteArray(R"("1e3")");
    QTest::newRow("hex string") << QByteArray(R"("0x17")");
    QTest::newRow("spaces") << QByteArray(R"(" 23")");
    QTest::newRow("empty string") << QByteArray(R"("")");
    QTest::newRow("above 2^53") << QByteArray(R"("9007199254740993")");
    QTest::newRow("huge number") << QByteArray("1e300");
    QTest::newRow("boolean") << QByteArray("true");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("array") << QByteArray("[23]");
    QTest::newRow("arabic-indic digits") << QByteArray("\"\xd9\xa2\xd9\xa3\"");
}

void TestStatusEntry::badIndexes()
{
    QFETCH(QByteArray, index);
    const Result<StatusEntry> entry = readStatusEntry(json(bitstringWithIndex(index.constData()).constData()));
    QVERIFY(!entry);
    QCOMPARE(entry.error().code, QStringLiteral("verify.bad-status-entry"));
    QVERIFY(entry.error().detail.contains(QLatin1String("statusListIndex")));
    QVERIFY(!entry.error().message.isEmpty());
}

void TestStatusEntry::statusSize_data()
{
    QTest::addColumn<QByteArray>("size");
    QTest::addColumn<int>("expected"); // 0: refused
    QTest::newRow("2") << QByteArray("2") << 2;
    QTest::newRow("8 as string") << QByteArray(R"("8")") << 8;
    QTest::newRow("32") << QByteArray("32") << 32;
    QTest::newRow("0") << QByteArray("0") << 0;
    QTest::newRow("33") << QByteArray("33") << 0;
    QTest::newRow("negative") << QByteArray("-2") << 0;
    QTest::newRow("fraction") << QByteArray("1.5") << 0;
}

void TestStatusEntry::statusSize()
{
    QFETCH(QByteArray, size);
    QFETCH(int, expected);
    const QByteArray text = R"({"type": "BitstringStatusListEntry", "statusPurpose": "message",
        "statusListCredential": "https://status.example.edu/lists/1", "statusListIndex": "4",
        "statusSize": )" + size +
                            "}";
    const Result<StatusEntry> entry = readStatusEntry(json(text.constData()));
    if (expected == 0) {
        QVERIFY(!entry);
        QVERIFY(entry.error().detail.contains(QLatin1String("statusSize")));
    } else {
        QVERIFY(entry);
        QCOMPARE(entry->statusSize, expected);
        QCOMPARE(entry->index, 4u);
    }
}

void TestStatusEntry::statusList2021Entry()
{
    const Result<StatusEntry> entry = readStatusEntry(json(R"({"id": "https://example.com/credentials/status/3#94567",
        "type": "StatusList2021Entry", "statusPurpose": "revocation", "statusListIndex": "94567",
        "statusListCredential": "https://example.com/credentials/status/3"})"));
    QVERIFY(entry);
    QCOMPARE(entry->type, StatusEntryType::StatusList2021);
    QCOMPARE(entry->index, 94567u);
    QCOMPARE(entry->listUrl, QStringLiteral("https://example.com/credentials/status/3"));
}

void TestStatusEntry::edtechRevocationList()
{
    const Result<StatusEntry> entry = readStatusEntry(json(R"({"id": "https://dc.example.org/api/revocations/1",
        "type": "1EdTechRevocationList"})"));
    QVERIFY(entry);
    QCOMPARE(entry->type, StatusEntryType::OneEdTechRevocationList);
    QCOMPARE(entry->listUrl, QStringLiteral("https://dc.example.org/api/revocations/1"));
    QCOMPARE(entry->purpose, QStringLiteral("revocation"));
}

void TestStatusEntry::otherTypeIsKept()
{
    const Result<StatusEntry> entry = readStatusEntry(json(R"({"id": "https://example.com/status/1",
        "type": "RevocationList2020Status", "revocationListIndex": "5"})"));
    QVERIFY(entry);
    QCOMPARE(entry->type, StatusEntryType::Other);
    QCOMPARE(entry->typeName, QStringLiteral("RevocationList2020Status"));
}

void TestStatusEntry::missingMembers_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("named");
    QTest::newRow("no type") << QByteArray(R"({"statusListIndex": "1"})") << QStringLiteral("type");
    QTest::newRow("type array") << QByteArray(R"({"type": ["BitstringStatusListEntry"]})") << QStringLiteral("type");
    QTest::newRow("no purpose") << QByteArray(R"({"type": "BitstringStatusListEntry", "statusListIndex": "1",
        "statusListCredential": "https://s.example/1"})")
                                << QStringLiteral("statusPurpose");
    QTest::newRow("no list") << QByteArray(R"({"type": "StatusList2021Entry", "statusListIndex": "1",
        "statusPurpose": "revocation"})")
                             << QStringLiteral("statusListCredential");
    QTest::newRow("no index") << QByteArray(R"({"type": "BitstringStatusListEntry", "statusPurpose": "revocation",
        "statusListCredential": "https://s.example/1"})")
                              << QStringLiteral("statusListIndex");
    QTest::newRow("1EdTech without id") << QByteArray(R"({"type": "1EdTechRevocationList"})") << QStringLiteral("id");
    QTest::newRow("not an object") << QByteArray(R"("https://s.example/1")") << QStringLiteral("not an object");
}

void TestStatusEntry::missingMembers()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, named);
    const Result<StatusEntry> read = readStatusEntry(json(entry.constData()));
    QVERIFY(!read);
    QCOMPARE(read.error().code, QStringLiteral("verify.bad-status-entry"));
    QVERIFY2(read.error().detail.contains(named), qPrintable(read.error().detail));
}

void TestStatusEntry::arrayOfEntries()
{
    const Result<QList<StatusEntry>> entries = readStatusEntries(credentialWith(R"([
        {"type": "BitstringStatusListEntry", "statusPurpose": "revocation", "statusListIndex": "10",
         "statusListCredential": "https://status.example.edu/lists/1"},
        {"type": "BitstringStatusListEntry", "statusPurpose": "suspension", "statusListIndex": 11,
         "statusListCredential": "https://status.example.edu/lists/2"}])"));
    QVERIFY(entries);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).purpose, QStringLiteral("revocation"));
    QCOMPARE(entries->at(1).purpose, QStringLiteral("suspension"));
    QCOMPARE(entries->at(1).index, 11u);
}

void TestStatusEntry::malformedEntryInArrayNamesItsPosition()
{
    const Result<QList<StatusEntry>> entries = readStatusEntries(credentialWith(R"([
        {"type": "BitstringStatusListEntry", "statusPurpose": "revocation", "statusListIndex": "10",
         "statusListCredential": "https://status.example.edu/lists/1"},
        {"type": "BitstringStatusListEntry", "statusPurpose": "revocation", "statusListIndex": -3,
         "statusListCredential": "https://status.example.edu/lists/1"}])"));
    QVERIFY(!entries);
    QVERIFY(entries.error().detail.startsWith(QLatin1String("credentialStatus[1]")));
    QVERIFY(entries.error().detail.contains(QLatin1String("-3")));
}

void TestStatusEntry::noCredentialStatus()
{
    const Result<QList<StatusEntry>> entries = readStatusEntries(QJsonObject{{QStringLiteral("id"), 1}});
    QVERIFY(entries);
    QVERIFY(entries->isEmpty());
}

QTEST_GUILESS_MAIN(TestStatusEntry)
#include "TestStatusEntry.moc"
