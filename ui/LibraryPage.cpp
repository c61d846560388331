// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LibraryPage.h"

#include "ui/EmptyState.h"

#include <QStackedLayout>

namespace Credfolio::Ui {

LibraryPage::LibraryPage(QAction *importAction, QWidget *parent)
    : QWidget(parent)
    , m_emptyState(new EmptyState(QIcon(QStringLiteral(":/icons/credfolio.svg")), this))
    , m_stack(new QStackedLayout(this))
{
    setObjectName(QStringLiteral("libraryPage"));
    m_emptyState->setObjectName(QStringLiteral("libraryEmptyState"));
    m_emptyState->setAction(importAction);
    m_stack->addWidget(m_emptyState);
    retranslate();
}

bool LibraryPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void LibraryPage::retranslate()
{
    m_emptyState->setTitle(tr("No credentials yet"));
    m_emptyState->setText(tr("Credfolio keeps your badges and certificates on this computer and checks each one "
                             "independently. Import Open Badges, Verifiable Credentials and learner records from "
                             "files, folders, images or links."));
}

} // namespace Credfolio::Ui
