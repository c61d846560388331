// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace Credfolio::Portfolio {

/// A piece of the page that is never split: a heading, a card, a row of skill chips. Heights are in device units.
struct FlowBlock {
    qreal height = 0;
    qreal spaceBefore = 0;     ///< dropped at the top of a page
    bool keepWithNext = false; ///< a heading: moves to the next page rather than end a page alone
    QString section;           ///< the section a card belongs to, named again when it starts a page
    std::function<void(QPainter &, const QRectF &)> paint;
};

/// Lays blocks down pages of a fixed content height: a block that does not fit starts a new page, and a run of
/// keep-with-next blocks moves together with the block after it. Measuring and painting are separate, so the
/// page count is known before the first page is painted.
class PageFlow {
public:
    explicit PageFlow(qreal pageHeight);

    void add(FlowBlock block);

    struct Placed {
        int block = -1;
        qreal top = 0;
    };
    /// The blocks of each page with their offset from the top of the content area.
    QList<QList<Placed>> paginate() const;

    const FlowBlock &block(int index) const { return m_blocks.at(index); }

private:
    qreal m_pageHeight;
    QList<FlowBlock> m_blocks;
};

} // namespace Credfolio::Portfolio
