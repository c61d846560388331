// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rdf/NQuads.h"

#include <QTest>

using namespace Credfolio;
using namespace Credfolio::Rdf;

class TestNQuads : public QObject {
    Q_OBJECT

private slots:
    void readsEveryTermKind();
    void literalForms_data();
    void literalForms();
    void escapesInLiterals();
    void literalsFromTheModel();
    void escapesInIris();
    void canonicalEscaping_data();
    void canonicalEscaping();
    void roundTrip_data();
    void roundTrip();
    void commentsAndBlankLines();
    void blankNodeLabels_data();
    void blankNodeLabels();
    void syntaxErrors_data();
    void syntaxErrors();
};

namespace {

const QString kEx = QStringLiteral("http://example.org/");

Term ex(const char *local)
{
    return Term::iri(kEx + QLatin1String(local));
}

} // namespace

void TestNQuads::readsEveryTermKind()
{
    const Result<Dataset> dataset =
        parseNQuads("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"
                    "_:b0 <http://example.org/p> \"x\" <http://example.org/g> .\n"
                    "_:b0 <http://example.org/p> _:b1 _:g .\n");
    QVERIFY(dataset.has_value());
    QCOMPARE(dataset->size(), size_t(3));
    QCOMPARE(dataset->at(0), (Quad{ex("s"), ex("p"), ex("o"), Term::defaultGraph()}));
    QCOMPARE(dataset->at(1),
             (Quad{Term::blank(QStringLiteral("b0")), ex("p"), Term::literal(QStringLiteral("x")), ex("g")}));
    QCOMPARE(dataset->at(2), (Quad{Term::blank(QStringLiteral("b0")), ex("p"), Term::blank(QStringLiteral("b1")),
                                   Term::blank(QStringLiteral("g"))}));
}

void TestNQuads::literalForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("lexical");
    QTest::addColumn<QString>("datatype");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("canonical");
    const QString xsd = QStringLiteral("http://www.w3.org/2001/XMLSchema#");
    QTest::newRow("plain") << QByteArray("\"a b\"") << QStringLiteral("a b") << QString() << QString()
                           << QByteArray("\"a b\"");
    QTest::newRow("xsd:string") << QByteArray("\"a\"^^<http://www.w3.org/2001/XMLSchema#string>") << QStringLiteral("a")
                                << QString() << QString() << QByteArray("\"a\"");
    QTest::newRow("typed") << QByteArray("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>") << QStringLiteral("1")
                           << xsd + QLatin1String("integer") << QString()
                           << QByteArray("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>");
    QTest::newRow("lang") << QByteArray("\"chat\"@fr") << QStringLiteral("chat") << QString() << QStringLiteral("fr")
                          << QByteArray("\"chat\"@fr");
    QTest::newRow("lang-subtags") << QByteArray("\"colour\"@en-GB-oxendict") << QStringLiteral("colour") << QString()
                                  << QStringLiteral("en-GB-oxendict") << QByteArray("\"colour\"@en-GB-oxendict");
    QTest::newRow("empty") << QByteArray("\"\"") << QString() << QString() << QString() << QByteArray("\"\"");
    QTest::newRow("non-ascii") << QByteArray("\"caf\xc3\xa9 \xf0\x9f\x8e\x93\"") << QStringLiteral(u"café 🎓")
                               << QString() << QString() << QByteArray("\"caf\xc3\xa9 \xf0\x9f\x8e\x93\"");
}

void TestNQuads::literalForms()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, lexical);
    QFETCH(QString, datatype);
    QFETCH(QString, language);
    QFETCH(QByteArray, canonical);
    const Result<Dataset> dataset =
        parseNQuads(QByteArray("<http://example.org/s> <http://example.org/p> " + text + " ."));
    QVERIFY2(dataset.has_value(), qPrintable(dataset ? QString() : dataset.error().toString()));
    const Term &object = dataset->front().object;
    QCOMPARE(object.kind, TermKind::Literal);
    QCOMPARE(object.value, lexical);
    QCOMPARE(object.datatype, datatype);
    QCOMPARE(object.language, language);
    QCOMPARE(toNQuadsTerm(object), canonical);
}

void TestNQuads::escapesInLiterals()
{
    const Result<Dataset> dataset =
        parseNQuads(R"(<http://example.org/s> <http://example.org/p> "t\tb\bn\nr\rf\fq\"a\'s\\u\u00e9U\U0001F393" .)");
    QVERIFY2(dataset.has_value(), qPrintable(dataset ? QString() : dataset.error().toString()));
    QCOMPARE(dataset->front().object.value, QStringLiteral(u"t\tb\bn\nr\rf\fq\"a's\\u\u00e9U\U0001F393"));
}

void TestNQuads::literalsFromTheModel()
{
    // What toRdf may hand over: explicit rdf:langString / xsd:string datatypes, a lone surrogate.
    const QString langString = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString");
    QCOMPARE(toNQuadsTerm(Term::literal(QStringLiteral("x"), langString, QStringLiteral("en"))),
             QByteArray("\"x\"@en"));
    QCOMPARE(
        toNQuadsTerm(Term::literal(QStringLiteral("x"), QStringLiteral("http://www.w3.org/2001/XMLSchema#string"))),
        QByteArray("\"x\""));
    QCOMPARE(toNQuadsTerm(Term::literal(QString(QChar(0xD800)))), QByteArray("\"\xef\xbf\xbd\""));
    QCOMPARE(toNQuadsTerm(Term::defaultGraph()), QByteArray());
    QCOMPARE(toNQuadsLine({Term::blank(QStringLiteral("b0")), ex("p"), Term::literal(QStringLiteral("1")), ex("g")}),
             QByteArray("_:b0 <http://example.org/p> \"1\" <http://example.org/g> .\n"));
}

void TestNQuads::escapesInIris()
{
    const Result<Dataset> dataset =
        parseNQuads(R"(<http://example.org/\u00E9> <http://example.org/p\U0001F393> <urn:x> .)");
    QVERIFY(dataset.has_value());
    QCOMPARE(dataset->front().subject.value, QStringLiteral(u"http://example.org/é"));
    QCOMPARE(dataset->front().predicate.value, QStringLiteral(u"http://example.org/p\U0001F393"));
    // IRIs are written raw, never escaped.
    QCOMPARE(toNQuadsTerm(dataset->front().subject), QByteArray("<http://example.org/\xc3\xa9>"));
}

void TestNQuads::canonicalEscaping_data()
{
    QTest::addColumn<QString>("lexical");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("short forms") << QStringLiteral("\b\t\n\f\r\"\\") << QByteArray(R"("\b\t\n\f\r\"\\")");
    QTest::newRow("nul") << QString(QChar(0)) << QByteArray(R"("\u0000")");
    QTest::newRow("vt") << QStringLiteral("\v") << QByteArray(R"("\u000B")");
    QTest::newRow("unit separator") << QString(QChar(0x1F)) << QByteArray(R"("\u001F")");
    QTest::newRow("delete") << QString(QChar(0x7F)) << QByteArray(R"("\u007F")");
    QTest::newRow("apostrophe raw") << QStringLiteral("'") << QByteArray("\"'\"");
    QTest::newRow("c1 raw") << QString(QChar(0x80)) << QByteArray("\"\xc2\x80\"");
    QTest::newRow("line separator raw") << QString(QChar(0x2028)) << QByteArray("\"\xe2\x80\xa8\"");
}

void TestNQuads::canonicalEscaping()
{
    QFETCH(QString, lexical);
    QFETCH(QByteArray, written);
    const Quad quad{ex("s"), ex("p"), Term::literal(lexical), Term::defaultGraph()};
    const QByteArray line = toNQuadsLine(quad);
    QCOMPARE(line, QByteArray("<http://example.org/s> <http://example.org/p> " + written + " .\n"));
    const Result<Dataset> back = parseNQuads(line);
    QVERIFY(back.has_value());
    QCOMPARE(back->front(), quad);
}

void TestNQuads::roundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("triple") << QByteArray("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n");
    QTest::newRow("quad") << QByteArray("_:b0 <http://example.org/p> \"v\"@en _:g1 .\n");
    QTest::newRow("typed in graph") << QByteArray(
        "_:b0 <http://example.org/p> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g> .\n");
    QTest::newRow("several, order kept") << QByteArray(
        "<urn:b> <urn:p> \"2\" .\n<urn:a> <urn:p> \"1\" .\n<urn:a> <urn:p> \"1\" .\n");
}

void TestNQuads::roundTrip()
{
    QFETCH(QByteArray, text);
    const Result<Dataset> dataset = parseNQuads(text);
    QVERIFY2(dataset.has_value(), qPrintable(dataset ? QString() : dataset.error().toString()));
    QCOMPARE(serializeNQuads(*dataset), text);
}

void TestNQuads::commentsAndBlankLines()
{
    const Result<Dataset> dataset = parseNQuads("# heading\n\n  \t\r\n<urn:s>\t<urn:p>  <urn:o>.# trailing\r\n"
                                                "<urn:s><urn:p>\"x\"<urn:g>.\n# end without newline");
    QVERIFY2(dataset.has_value(), qPrintable(dataset ? QString() : dataset.error().toString()));
    QCOMPARE(dataset->size(), size_t(2));
    QCOMPARE(dataset->at(1).graph, Term::iri(QStringLiteral("urn:g")));
    QVERIFY(parseNQuads("").has_value());
    QVERIFY(parseNQuads("")->empty());
}

void TestNQuads::blankNodeLabels_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QString>("parsed");
    QTest::newRow("digits first") << QByteArray("_:0a") << QStringLiteral("0a");
    QTest::newRow("dots inside") << QByteArray("_:a.b.c") << QStringLiteral("a.b.c");
    QTest::newRow("dash and underscore") << QByteArray("_:_a-b") << QStringLiteral("_a-b");
    QTest::newRow("non-ascii") << QByteArray("_:\xc3\xa9t\xc3\xa9") << QStringLiteral(u"été");
}

void TestNQuads::blankNodeLabels()
{
    QFETCH(QByteArray, label);
    QFETCH(QString, parsed);
    // No space before the final dot: it must not be taken into the label.
    const Result<Dataset> dataset = parseNQuads(QByteArray("<urn:s> <urn:p> " + label + ".\n"));
    QVERIFY2(dataset.has_value(), qPrintable(dataset ? QString() : dataset.error().toString()));
    QCOMPARE(dataset->front().object, Term::blank(parsed));
}

void TestNQuads::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    const QByteArray ok = "<urn:s> <urn:p> <urn:o> .\n";
    QTest::newRow("relative subject") << QByteArray("<s> <urn:p> <urn:o> .") << 1;
    QTest::newRow("relative object") << QByteArray(ok + "<urn:s> <urn:p> <../o> .\n") << 2;
    QTest::newRow("relative datatype") << QByteArray(ok + ok + "<urn:s> <urn:p> \"1\"^^<int> .\n") << 3;
    QTest::newRow("missing dot") << QByteArray(ok + "<urn:s> <urn:p> <urn:o>\n") << 2;
    QTest::newRow("two statements on a line") << QByteArray("<urn:s> <urn:p> <urn:o> . <urn:s> <urn:p> <urn:o> .") << 1;
    QTest::newRow("literal subject") << QByteArray("\"s\" <urn:p> <urn:o> .") << 1;
    QTest::newRow("blank predicate") << QByteArray("<urn:s> _:p <urn:o> .") << 1;
    QTest::newRow("literal graph") << QByteArray("<urn:s> <urn:p> <urn:o> \"g\" .") << 1;
    QTest::newRow("unterminated literal") << QByteArray(ok + "\n<urn:s> <urn:p> \"abc .\n") << 3;
    QTest::newRow("newline in literal") << QByteArray("<urn:s> <urn:p> \"a\nb\" .") << 1;
    QTest::newRow("bad escape") << QByteArray(R"(<urn:s> <urn:p> "\a" .)") << 1;
    QTest::newRow("bad hex") << QByteArray(R"(<urn:s> <urn:p> "\u00G0" .)") << 1;
    QTest::newRow("surrogate escape") << QByteArray(R"(<urn:s> <urn:p> "\uD800" .)") << 1;
    QTest::newRow("space in IRI") << QByteArray("<urn:a b> <urn:p> <urn:o> .") << 1;
    QTest::newRow("escaped space in IRI") << QByteArray(R"(<urn:a\u0020b> <urn:p> <urn:o> .)") << 1;
    QTest::newRow("short escape in IRI") << QByteArray(R"(<urn:a\nb> <urn:p> <urn:o> .)") << 1;
    QTest::newRow("bad blank label") << QByteArray("_:-a <urn:p> <urn:o> .") << 1;
    QTest::newRow("empty language") << QByteArray("<urn:s> <urn:p> \"x\"@ .") << 1;
    QTest::newRow("language and datatype") << QByteArray("<urn:s> <urn:p> \"x\"@en^^<urn:t> .") << 1;
    QTest::newRow("invalid utf-8") << QByteArray(ok + "<urn:s> <urn:p> \"\xc3\x28\" .\n") << 2;
    QTest::newRow("overlong utf-8") << QByteArray("<urn:s> <urn:p> \"\xc0\xaf\" .") << 1;
    QTest::newRow("after CRLF lines") << QByteArray("<urn:s> <urn:p> <urn:o> .\r\n\r\n<urn:s> <urn:p> .\r\n") << 3;
}

void TestNQuads::syntaxErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    const Result<Dataset> dataset = parseNQuads(text);
    QVERIFY(!dataset.has_value());
    QCOMPARE(dataset.error().code, QStringLiteral("rdf.nquads-syntax"));
    QVERIFY2(dataset.error().detail.startsWith(QStringLiteral("line %1,").arg(line)),
             qPrintable(dataset.error().toString()));
    QVERIFY(dataset.error().message.contains(QString::number(line)));
}

QTEST_GUILESS_MAIN(TestNQuads)
#include "TestNQuads.moc"
