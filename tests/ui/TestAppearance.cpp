// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

#include <cmath>

using namespace Credfolio::Ui;

namespace {

double relativeLuminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// WCAG 2.x contrast ratio, 1..21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

class TestAppearance : public QObject {
    Q_OBJECT

private slots:
    void palettesAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void palettesAreReadable()
    {
        QFETCH(QPalette, palette);
        // WCAG AA: 4.5 for body text; we hold main text to AAA (7).
        QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7.0);
        QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7.0);
        QVERIFY(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 7.0);
        QVERIFY(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::Link), palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(contrast(palette.color(QPalette::ToolTipText), palette.color(QPalette::ToolTipBase)) >= 7.0);
    }

    void darkIsDarkAndLightIsLight()
    {
        QVERIFY(darkPalette().color(QPalette::Window).lightness() < 64);
        QVERIFY(lightPalette().color(QPalette::Window).lightness() > 200);
    }

    void keysRoundTrip()
    {
        for (Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark}) {
            QCOMPARE(appearanceFromKey(appearanceKey(a)), a);
        }
        QCOMPARE(appearanceFromKey(QStringLiteral("sepia")), Appearance::System);
    }
};

QTEST_MAIN(TestAppearance)
#include "TestAppearance.moc"
