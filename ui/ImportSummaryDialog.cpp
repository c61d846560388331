// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ImportSummaryDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Credfolio::Ui {

namespace {

enum Group { Duplicates, Problems };

/// Rows with some air, and reasons wrapped to the column's width rather than cut (a reason is a sentence).
class ReasonDelegate : public QStyledItemDelegate {
public:
    explicit ReasonDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem sized = option;
        sized.rect = QRect(0, 0, m_view->columnWidth(index.column()), 10000); // valid: the style wraps to it
        return QStyledItemDelegate::sizeHint(sized, index) + QSize(0, 8);
    }

private:
    QTreeView *m_view;
};

/// A file path shows as its file name; "pasted text" and URLs as they are.
QString inputName(const QString &source)
{
    if (source.contains(QLatin1String("://")))
        return source;
    const QFileInfo info(source);
    return info.isAbsolute() && !info.fileName().isEmpty() ? info.fileName() : source;
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const Services::ImportSummary &summary, QWidget *parent)
    : QDialog(parent)
    , m_summary(summary)
    , m_headline(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_details(new QTreeWidget(this))
    , m_showButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(tr("Import Finished"));
    resize(760, 440);

    const int stored = summary.storedCount();
    const int duplicates = int(summary.duplicates.size());
    const int problems = int(summary.problems.size());
    if (summary.cancelled)
        m_headline->setText(tr("Import cancelled"));
    else if (stored > 0)
        m_headline->setText(stored == 1 ? tr("Imported 1 credential")
                                        : tr("Imported %1 credentials").arg(QLocale().toString(stored)));
    else
        m_headline->setText(tr("No new credentials imported"));

    QStringList lines;
    if (summary.cancelled)
        lines << tr("Nothing of this batch was added to your library.");
    if (stored > 0 && summary.storedInvalid > 0)
        lines << (summary.storedInvalid == 1 && stored == 1
                      ? tr("It did not pass verification. It is in your library, marked so you can see why.")
                  : summary.storedInvalid == 1
                      ? tr("1 of them did not pass verification. It is in your library, marked so you can see why.")
                      : tr("%1 of them did not pass verification. They are in your library, marked so you can see why.")
                            .arg(QLocale().toString(summary.storedInvalid)));
    else if (stored == 1)
        lines << tr("It passed every verification check.");
    else if (stored > 1)
        lines << tr("All of them passed every verification check.");
    if (duplicates > 0)
        lines << (duplicates == 1 ? tr("1 credential was already in your library and was not added again.")
                                  : tr("%1 credentials were already in your library and were not added again.")
                                        .arg(QLocale().toString(duplicates)));
    if (problems > 0)
        lines << (problems == 1 ? tr("1 input could not be read as a credential.")
                                : tr("%1 inputs could not be read as credentials.").arg(QLocale().toString(problems)));
    if (lines.isEmpty())
        lines << tr("No credentials were found.");

    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.35);
    headlineFont.setWeight(QFont::DemiBold);
    m_headline->setFont(headlineFont);
    m_headline->setObjectName(QStringLiteral("importSummaryHeadline"));
    m_headline->setAccessibleName(m_headline->text());

    m_explanation->setText(lines.join(QLatin1Char('\n')));
    m_explanation->setObjectName(QStringLiteral("importSummaryExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setAccessibleName(m_explanation->text());

    m_details->setObjectName(QStringLiteral("importSummaryDetails"));
    m_details->setAccessibleName(tr("Duplicates and files that could not be read"));
    m_details->setColumnCount(2);
    m_details->setHeaderHidden(true); // the group rows say what the columns hold
    m_details->setRootIsDecorated(true);
    m_details->setUniformRowHeights(false);
    m_details->setItemDelegate(new ReasonDelegate(m_details));
    m_details->setWordWrap(true); // a reason is a sentence: wrap it rather than cut it
    m_details->setAlternatingRowColors(true);
    m_details->header()->setStretchLastSection(true);
    m_details->setColumnWidth(0, 260);
    m_details->setTextElideMode(Qt::ElideRight);
    connect(m_details->header(), &QHeaderView::sectionResized, m_details, [this] { m_details->doItemsLayout(); });
    m_details->setSelectionMode(QAbstractItemView::SingleSelection);

    const QIcon warnIcon(QStringLiteral(":/icons/status-warn.svg"));
    const QIcon failIcon(QStringLiteral(":/icons/status-fail.svg"));
    auto *duplicateGroup =
        new QTreeWidgetItem(m_details, {tr("Already in your library (%1)").arg(QLocale().toString(duplicates))});
    for (const Services::ImportDuplicate &duplicate : summary.duplicates) {
        const QString name = duplicate.name.isEmpty() ? inputName(duplicate.source) : duplicate.name;
        const QString reason =
            duplicate.inTrash ? tr("%1 (the copy in your library is in the trash)").arg(inputName(duplicate.source))
                              : inputName(duplicate.source);
        auto *item = new QTreeWidgetItem(duplicateGroup, {name, reason});
        item->setIcon(0, warnIcon);
        item->setToolTip(0, duplicate.source);
    }
    auto *problemGroup =
        new QTreeWidgetItem(m_details, {tr("Could not be read (%1)").arg(QLocale().toString(problems))});
    for (const Services::ImportProblem &problem : summary.problems) {
        auto *item = new QTreeWidgetItem(problemGroup, {inputName(problem.source), problem.error.message});
        item->setIcon(0, failIcon);
        item->setToolTip(0, problem.source);
        item->setToolTip(1, problem.error.detail.isEmpty()
                                ? problem.error.message
                                : problem.error.message + QLatin1Char('\n') + problem.error.detail);
    }
    for (QTreeWidgetItem *group : {duplicateGroup, problemGroup}) {
        QFont font = group->font(0);
        font.setWeight(QFont::DemiBold);
        group->setFont(0, font);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        group->setHidden(group->childCount() == 0);
        group->setExpanded(true);
    }
    m_details->setVisible(duplicates + problems > 0);

    m_showButton->setObjectName(QStringLiteral("showInLibraryButton"));
    m_showButton->setText(tr("&Show in Library"));
    m_showButton->setAccessibleName(tr("Show in Library"));
    m_showButton->setToolTip(tr("Selects the new credentials in your library"));
    m_showButton->setEnabled(stored > 0);
    connect(m_showButton, &QPushButton::clicked, this, [this] {
        emit showInLibraryRequested(m_summary.storedIds);
        accept();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_showButton, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (stored > 0 ? m_showButton : buttons->button(QDialogButtonBox::Close))->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    layout->addSpacing(4);
    layout->addWidget(m_details, 1);
    if (!m_details->isVisibleTo(this))
        layout->addStretch(1);
    layout->addWidget(buttons);
    if (duplicates + problems == 0)
        resize(480, 200);
}

QString ImportSummaryDialog::headline() const
{
    return m_headline->text();
}

QString ImportSummaryDialog::explanation() const
{
    return m_explanation->text();
}

QList<QStringList> ImportSummaryDialog::duplicateRows() const
{
    QList<QStringList> rows;
    const QTreeWidgetItem *group = m_details->topLevelItem(Duplicates);
    for (int i = 0; i < group->childCount(); ++i)
        rows.append({group->child(i)->text(0), group->child(i)->text(1)});
    return rows;
}

QList<QStringList> ImportSummaryDialog::problemRows() const
{
    QList<QStringList> rows;
    const QTreeWidgetItem *group = m_details->topLevelItem(Problems);
    for (int i = 0; i < group->childCount(); ++i)
        rows.append({group->child(i)->text(0), group->child(i)->text(1)});
    return rows;
}

} // namespace Credfolio::Ui
