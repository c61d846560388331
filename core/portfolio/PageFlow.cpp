// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/portfolio/PageFlow.h"

namespace Credfolio::Portfolio {

PageFlow::PageFlow(qreal pageHeight)
    : m_pageHeight(pageHeight)
{
}

void PageFlow::add(FlowBlock block)
{
    m_blocks.append(std::move(block));
}

QList<QList<PageFlow::Placed>> PageFlow::paginate() const
{
    QList<QList<Placed>> pages(1);
    qreal y = 0;
    for (int i = 0; i < m_blocks.size(); ++i) {
        const FlowBlock &first = m_blocks.at(i);
        // What must fit together: this block, any keep-with-next blocks after it, and the block they lead to.
        qreal needed = first.height;
        for (int j = i; j + 1 < m_blocks.size() && m_blocks.at(j).keepWithNext; ++j) {
            needed += m_blocks.at(j + 1).spaceBefore + m_blocks.at(j + 1).height;
        }
        const bool pageHasContent = !pages.last().isEmpty();
        if (pageHasContent && y + first.spaceBefore + needed > m_pageHeight) {
            pages.append(QList<Placed>());
            y = 0;
        }
        if (!pages.last().isEmpty()) {
            y += first.spaceBefore;
        }
        pages.last().append(Placed{i, y});
        y += first.height;
    }
    return pages;
}

} // namespace Credfolio::Portfolio
