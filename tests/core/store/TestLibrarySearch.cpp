// SPDX-License-Identifier: GPL-3.0-or-later
// Library::list/count: full-text search (prefix, hostile FTS syntax), filters, sorting and paging, checked
// against a plain scan of the credentials the test imported.
#include "StoreTestSupport.h"
#include "core/store/Library.h"
#include "tests/support/TestData.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Credfolio;
using namespace Credfolio::Store;
using namespace Credfolio::Test;

namespace {

// Lower-case words without diacritics, split on everything that is not a letter or digit (what the
// unicode61 tokenizer does).
QStringList wordsOf(const QString &text)
{
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (!c.isMark()) {
            plain.append(c);
        }
    }
    QStringList words;
    QString word;
    for (const QChar c : plain) {
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words.append(word);
    }
    return words;
}

struct Known {
    Credentials::Credential credential;
    QStringList learnerTags;
    Verdict verdict = Verdict::Valid;
};

bool matchesText(const Known &known, const QString &text)
{
    const QStringList wanted = wordsOf(text);
    const Credentials::Credential &c = known.credential;
    QStringList fields = {c.name, c.description, c.issuer.name, c.achievement.name, c.achievement.fieldOfStudy};
    fields += c.achievement.tags;
    fields += known.learnerTags;
    for (const Credentials::Alignment &alignment : c.achievement.alignments) {
        fields << alignment.targetName << alignment.targetCode;
    }
    const QStringList have = wordsOf(fields.join(QLatin1Char(' ')));
    const bool prefixLast = !text.isEmpty() && text.back().isLetterOrNumber();
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const bool prefix = prefixLast && i == wanted.size() - 1;
        const bool found = std::any_of(have.cbegin(), have.cend(), [&](const QString &word) {
            return prefix ? word.startsWith(wanted.at(i)) : word == wanted.at(i);
        });
        if (!found) {
            return false;
        }
    }
    return true;
}

QList<qint64> idsOf(const QList<CredentialRow> &rows)
{
    QList<qint64> ids;
    for (const CredentialRow &row : rows) {
        ids.append(row.id);
    }
    return ids;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestLibrarySearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void searchesEveryField_data();
    void searchesEveryField();
    void hostileTextIsSearchedAsText_data();
    void hostileTextIsSearchedAsText();
    void filters();
    void expiringSoon();
    void sortsAndPages();
    void learnerTagsAreSearchable();

private:
    QList<qint64> expected(const std::function<bool(const Known &)> &accept) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QMap<qint64, Known> m_known; ///< every top-level credential imported
};

void TestLibrarySearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<Library>> library = Library::open(m_dir.filePath(QStringLiteral("library.sqlite")));
    QVERIFY(library);
    m_library = std::move(library).value();

    QStringList files = corpusFiles(QStringLiteral("bulk/rdfc")) + corpusFiles(QStringLiteral("bulk/jwt"));
    files += {QStringLiteral("ob3/di-rdfc-valid.json"), QStringLiteral("ob3/ldp-ed25519-2020-valid.json"),
              QStringLiteral("ob3-jwt/jwt-es256-valid.jwt"), QStringLiteral("ob3-jwt/jwt-rs256-valid.jwt"),
              QStringLiteral("clr/clr-valid.json")};
    QList<NewCredential> batch;
    QList<Verdict> verdicts;
    for (qsizetype i = 0; i < files.size(); ++i) {
        NewCredential item = newCredential(corpusCredential(files.at(i)), files.at(i));
        const Verdict verdict = i % 7 == 3 ? Verdict::Invalid : Verdict::Valid;
        if (verdict == Verdict::Invalid) {
            item.report = failingReport(item.report.checkedAt, QStringLiteral("validity"));
        }
        batch.append(item);
        verdicts.append(verdict);
    }
    const Result<BatchResult> added = m_library->addBatch(batch);
    QVERIFY2(added, qPrintable(errorOf(added)));
    QCOMPARE(added->storedCount(), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        m_known.insert(added->outcomes.at(i).id, {batch.at(i).credential, {}, verdicts.at(i)});
    }
}

QList<qint64> TestLibrarySearch::expected(const std::function<bool(const Known &)> &accept) const
{
    QList<qint64> ids;
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (accept(it.value())) {
            ids.append(it.key());
        }
    }
    return ids;
}

void TestLibrarySearch::searchesEveryField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("found");
    QTest::newRow("name word") << QStringLiteral("Python") << true;
    QTest::newRow("name prefix while typing") << QStringLiteral("data ana") << true;
    QTest::newRow("case") << QStringLiteral("DATA ANALYSIS") << true;
    QTest::newRow("issuer") << QStringLiteral("riverbend comm") << true;
    QTest::newRow("skill tag") << QStringLiteral("dashboards") << true;
    QTest::newRow("alignment") << QStringLiteral("query relational") << true;
    QTest::newRow("field of study") << QStringLiteral("health sciences") << true;
    QTest::newRow("learner name in description") << QStringLiteral("earned") << true;
    QTest::newRow("diacritics ignored") << QStringLiteral("Médical termin") << true;
    QTest::newRow("complete word, not a prefix") << QStringLiteral("pyth ") << false;
    QTest::newRow("no such word") << QStringLiteral("zebrafish") << false;
}

void TestLibrarySearch::searchesEveryField()
{
    QFETCH(QString, text);
    QFETCH(bool, found);
    Query query;
    query.text = text;
    const Result<QList<CredentialRow>> rows = m_library->list(query);
    QVERIFY2(rows, qPrintable(errorOf(rows)));
    const QList<qint64> want = expected([&](const Known &known) { return matchesText(known, text); });
    QCOMPARE(sorted(idsOf(*rows)), want);
    QCOMPARE(!want.isEmpty(), found);
    QCOMPARE(m_library->count(query).value(), want.size());
}

void TestLibrarySearch::hostileTextIsSearchedAsText_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"\"",
                             "*",
                             "NEAR(",
                             "-",
                             "sql OR python",
                             "\"sql",
                             "data*",
                             "-sql",
                             "name:sql",
                             "(sql",
                             "sql AND",
                             "NOT",
                             "'",
                             "^sql",
                             "sql\" OR \"python",
                             "{name description}: x",
                             "NEAR(sql python, 2)",
                             "\\",
                             "%_",
                             "a'; DROP TABLE credentials; --"}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
}

void TestLibrarySearch::hostileTextIsSearchedAsText()
{
    QFETCH(QString, text);
    Query query;
    query.text = text;
    const Result<QList<CredentialRow>> rows = m_library->list(query);
    QVERIFY2(rows, qPrintable(errorOf(rows)));
    QCOMPARE(sorted(idsOf(*rows)), expected([&](const Known &known) { return matchesText(known, text); }));
    QCOMPARE(m_library->count().value(), m_known.size()); // nothing dropped
}

void TestLibrarySearch::filters()
{
    const QString issuer = m_known.first().credential.issuer.id;
    Query byIssuer;
    byIssuer.issuerId = issuer;
    QCOMPARE(sorted(idsOf(m_library->list(byIssuer).value())),
             expected([&](const Known &known) { return known.credential.issuer.id == issuer; }));
    QVERIFY(m_library->count(byIssuer).value() < m_known.size());

    Query invalid;
    invalid.verdict = Verdict::Invalid;
    invalid.text = QStringLiteral("sql");
    QCOMPARE(sorted(idsOf(m_library->list(invalid).value())), expected([&](const Known &known) {
                 return known.verdict == Verdict::Invalid && matchesText(known, invalid.text);
             }));
    QVERIFY(m_library->count(invalid).value() > 0);

    Query period;
    period.issuedFrom = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC);
    period.issuedBefore = QDateTime(QDate(2025, 9, 1), QTime(0, 0), Qt::UTC);
    const QList<qint64> inPeriod = expected([&](const Known &known) {
        return known.credential.validFrom.isValid() && known.credential.validFrom >= period.issuedFrom &&
               known.credential.validFrom < period.issuedBefore;
    });
    QVERIFY(!inPeriod.isEmpty());
    QVERIFY(inPeriod.size() < m_known.size());
    QCOMPARE(sorted(idsOf(m_library->list(period).value())), inPeriod);

    Query children;
    children.includeChildren = true;
    QCOMPARE(m_library->count(children).value(), m_known.size() + 3); // the CLR's three

    const qint64 collection = m_library->createCollection(QStringLiteral("For the job at ACME")).value();
    const QList<qint64> picked = {m_known.keys().at(5), m_known.keys().at(1), m_known.keys().at(9)};
    QVERIFY(m_library->addToCollection(collection, picked));
    Query inCollection;
    inCollection.collection = collection;
    inCollection.sort = SortKey::Position;
    QCOMPARE(idsOf(m_library->list(inCollection).value()), picked);

    QVERIFY(m_library->addTag({picked.at(0), picked.at(2)}, QStringLiteral("Shortlist")));
    Query tagged;
    tagged.tag = QStringLiteral("shortlist");
    QCOMPARE(sorted(idsOf(m_library->list(tagged).value())), sorted({picked.at(0), picked.at(2)}));
    QVERIFY(m_library->removeTag({picked.at(0), picked.at(2)}, QStringLiteral("Shortlist")));
    QVERIFY(m_library->deleteCollection(collection));
}

void TestLibrarySearch::expiringSoon()
{
    const QDateTime now(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC);
    Query query;
    query.now = now;
    query.expiringWithinDays = 365;
    query.sort = SortKey::Expiry;
    const QList<qint64> want = expected([&](const Known &known) {
        const QDateTime until = known.credential.validUntil;
        return until.isValid() && until >= now && until <= now.addDays(365);
    });
    QVERIFY(!want.isEmpty());
    const QList<CredentialRow> rows = m_library->list(query).value();
    QCOMPARE(sorted(idsOf(rows)), want);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVERIFY(rows.at(i - 1).validUntil <= rows.at(i).validUntil);
    }
}

void TestLibrarySearch::sortsAndPages()
{
    Query byName;
    const QList<CredentialRow> all = m_library->list(byName).value();
    QCOMPARE(all.size(), m_known.size());
    for (qsizetype i = 1; i < all.size(); ++i) {
        QVERIFY(all.at(i - 1).name.compare(all.at(i).name, Qt::CaseInsensitive) <= 0);
    }
    Query descending;
    descending.descending = true;
    const QList<CredentialRow> reversed = m_library->list(descending).value();
    QCOMPARE(reversed.constFirst().name.toLower(), all.constLast().name.toLower());

    Query issued;
    issued.sort = SortKey::DateIssued;
    const QList<CredentialRow> byDate = m_library->list(issued).value();
    for (qsizetype i = 1; i < byDate.size(); ++i) {
        if (byDate.at(i).validFrom.isValid()) {
            QVERIFY(byDate.at(i - 1).validFrom.isValid());
            QVERIFY(byDate.at(i - 1).validFrom <= byDate.at(i).validFrom);
        }
    }

    Query issuerOrder;
    issuerOrder.sort = SortKey::Issuer;
    const QList<CredentialRow> byIssuer = m_library->list(issuerOrder).value();
    for (qsizetype i = 1; i < byIssuer.size(); ++i) {
        QVERIFY(byIssuer.at(i - 1).issuerName.compare(byIssuer.at(i).issuerName, Qt::CaseInsensitive) <= 0);
    }

    // Pages of 50 put together are the whole list, in the same order.
    QList<qint64> paged;
    for (int offset = 0; offset < all.size(); offset += 50) {
        Query page;
        page.limit = 50;
        page.offset = offset;
        const QList<CredentialRow> rows = m_library->list(page).value();
        QVERIFY(rows.size() <= 50);
        paged += idsOf(rows);
    }
    QCOMPARE(paged, idsOf(all));
}

void TestLibrarySearch::learnerTagsAreSearchable()
{
    const QList<qint64> ids = {m_known.keys().at(2), m_known.keys().at(40)};
    QVERIFY(m_library->addTag(ids, QStringLiteral("Zurich application")));
    for (const qint64 id : ids) {
        m_known[id].learnerTags = {QStringLiteral("Zurich application")};
    }
    Query query;
    query.text = QStringLiteral("zuri");
    QCOMPARE(sorted(idsOf(m_library->list(query).value())), sorted(ids));

    QVERIFY(m_library->renameTag(QStringLiteral("Zurich application"), QStringLiteral("Geneva")));
    QCOMPARE(m_library->count(query).value(), 0);
    query.text = QStringLiteral("geneva");
    QCOMPARE(sorted(idsOf(m_library->list(query).value())), sorted(ids));

    QVERIFY(m_library->deleteTag(QStringLiteral("Geneva")));
    QCOMPARE(m_library->count(query).value(), 0);
}

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "TestLibrarySearch.moc"
