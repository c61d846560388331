// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/portfolio/PageFlow.h"

#include <QTest>

using namespace Credfolio::Portfolio;

namespace {

FlowBlock block(qreal height, qreal spaceBefore = 0, bool keepWithNext = false)
{
    FlowBlock b;
    b.height = height;
    b.spaceBefore = spaceBefore;
    b.keepWithNext = keepWithNext;
    return b;
}

QList<int> blocksOf(const QList<PageFlow::Placed> &page)
{
    QList<int> indices;
    for (const auto &placed : page) {
        indices.append(placed.block);
    }
    return indices;
}

} // namespace

class TestPageFlow : public QObject {
    Q_OBJECT

private slots:
    void fillsPagesInOrder()
    {
        PageFlow flow(110);
        for (int i = 0; i < 5; ++i) {
            flow.add(block(30, 10));
        }
        const auto pages = flow.paginate();
        QCOMPARE(pages.size(), 2);
        QCOMPARE(blocksOf(pages.at(0)), (QList<int>{0, 1, 2}));
        QCOMPARE(blocksOf(pages.at(1)), (QList<int>{3, 4}));
        // Space before a block is kept between blocks and dropped at the top of a page.
        QCOMPARE(pages.at(0).at(0).top, 0.0);
        QCOMPARE(pages.at(0).at(1).top, 40.0);
        QCOMPARE(pages.at(1).at(0).top, 0.0);
    }

    void headingMovesWithItsFirstBlock()
    {
        PageFlow flow(100);
        flow.add(block(60));
        flow.add(block(10, 5, true)); // a heading that would fit...
        flow.add(block(30, 5));       // ...but its first card does not
        const auto pages = flow.paginate();
        QCOMPARE(pages.size(), 2);
        QCOMPARE(blocksOf(pages.at(0)), QList<int>{0});
        QCOMPARE(blocksOf(pages.at(1)), (QList<int>{1, 2}));
    }

    void tallBlockStillPlaced()
    {
        PageFlow flow(100);
        flow.add(block(20));
        flow.add(block(150));
        flow.add(block(20));
        const auto pages = flow.paginate();
        QCOMPARE(pages.size(), 3);
        QCOMPARE(blocksOf(pages.at(1)), QList<int>{1});
    }
};

QTEST_APPLESS_MAIN(TestPageFlow)
#include "TestPageFlow.moc"
