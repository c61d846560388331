// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/portfolio/PdfInfo.h"

#include <QRegularExpression>

namespace Credfolio::Portfolio {

namespace {

/// A PDF text string: UTF-16BE with a byte order mark, as a hex string.
QByteArray textString(const QString &text)
{
    QByteArray utf16("\xfe\xff");
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xff));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray lastMatch(const QByteArray &pdf, const QRegularExpression &pattern, int group)
{
    QByteArray found;
    auto it = pattern.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        found = it.next().captured(group).toLatin1();
    }
    return found;
}

} // namespace

QByteArray withDocumentInfo(const QByteArray &pdf, const QString &title, const QString &author)
{
    // Only the tail is searched: the trailer of a classic cross-reference table sits in the last kilobytes.
    const qsizetype tailStart = qMax<qsizetype>(0, pdf.size() - 4096);
    const QByteArray tail = pdf.mid(tailStart);
    const QByteArray trailer = lastMatch(tail,
                                         QRegularExpression(QStringLiteral("trailer\\s*<<(.*?)>>\\s*startxref"),
                                                            QRegularExpression::DotMatchesEverythingOption),
                                         1);
    const QByteArray previousXref = lastMatch(tail, QRegularExpression(QStringLiteral("startxref\\s+(\\d+)")), 1);
    const QByteArray size = lastMatch(trailer, QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")), 1);
    const QByteArray root = lastMatch(trailer, QRegularExpression(QStringLiteral("/Root\\s+(\\d+\\s+\\d+\\s+R)")), 1);
    const QByteArray info = lastMatch(trailer, QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R")), 1);
    if (trailer.isEmpty() || previousXref.isEmpty() || size.isEmpty() || root.isEmpty()) {
        return pdf;
    }

    // Keep what the writer put in the old dictionary (creator, producer, creation date), minus title and author.
    QByteArray entries;
    if (!info.isEmpty()) {
        const QByteArray start = '\n' + info + " 0 obj";
        const qsizetype from = pdf.lastIndexOf(start);
        const qsizetype to = from < 0 ? -1 : pdf.indexOf("endobj", from);
        const QByteArray old = to < 0 ? QByteArray() : pdf.mid(from + start.size(), to - from - start.size());
        static const QRegularExpression entry(
            QStringLiteral("/(\\w+)\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>)"));
        auto it = entry.globalMatch(QString::fromLatin1(old));
        while (it.hasNext()) {
            const auto match = it.next();
            if (match.captured(1) != u"Title" && match.captured(1) != u"Author") {
                entries += match.captured(0).toLatin1() + '\n';
            }
        }
    }
    entries += "/Title " + textString(title) + '\n';
    if (!author.isEmpty()) {
        entries += "/Author " + textString(author) + '\n';
    }

    const QByteArray number = size;
    QByteArray update = "\n";
    const qsizetype objectOffset = pdf.size() + update.size();
    update += number + " 0 obj\n<<\n" + entries + ">>\nendobj\n";
    const qsizetype xrefOffset = pdf.size() + update.size();
    update += "xref\n" + number + " 1\n" + QByteArray::number(objectOffset).rightJustified(10, '0') +
              " 00000 n \ntrailer\n<< /Size " + QByteArray::number(number.toLongLong() + 1) + " /Root " + root +
              " /Info " + number + " 0 R /Prev " + previousXref + " >>\nstartxref\n" + QByteArray::number(xrefOffset) +
              "\n%%EOF\n";
    return pdf + update;
}

} // namespace Credfolio::Portfolio
