// SPDX-License-Identifier: GPL-3.0-or-later
// English readers see "1 credential" and "3 credentials", never "credential(s)": every string that counts something
// has its English plural forms, and they are what the application shows.
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct NumerusMessage {
    QString context;
    QString source;
};

QList<NumerusMessage> numerusMessages(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<NumerusMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source") && numerus) {
            messages.append({context, xml.readElementText()});
        }
    }
    return messages;
}

} // namespace

class TestEnglishPlurals : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Credfolio::installTranslations(*qApp, QLocale(QLocale::English))); }

    void everyCountedStringHasEnglishForms()
    {
        const QList<NumerusMessage> messages = numerusMessages(QStringLiteral(CREDFOLIO_PLURALS_TS));
        QVERIFY2(messages.size() >= 5, "the English plurals file lists the strings with %n");
        for (const NumerusMessage &message : messages) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QString one = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1);
            const QString three = QCoreApplication::translate(context.constData(), source.constData(), nullptr, 3);
            QVERIFY2(!one.contains(QLatin1String("(s)")) && !three.contains(QLatin1String("(s)")),
                     qPrintable(message.source));
            QVERIFY2(one != three, qPrintable(message.source));
            if (message.source.contains(QLatin1String("%n"))) {
                QVERIFY2(one.contains(QLatin1Char('1')) && three.contains(QLatin1Char('3')), qPrintable(one));
            }
        }
    }

    void aLanguageCredfolioDoesNotSpeakStillGetsEnglishPlurals()
    {
        QVERIFY(!Credfolio::installTranslations(*qApp, QLocale(QLocale::Japanese)));
        const QString text =
            QCoreApplication::translate("Credfolio::Verify", "All %n credential(s) inside it verify.", nullptr, 1);
        QVERIFY2(!text.contains(QLatin1String("(s)")), qPrintable(text));
        Credfolio::installTranslations(*qApp, QLocale(QLocale::English));
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "TestEnglishPlurals.moc"
