// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CheckListView.h"

#include "core/services/Standing.h"
#include "ui/CheckStatusStyle.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

namespace Credfolio::Ui {

namespace {

constexpr int kIconSize = 20;
constexpr int kVerdictIconSize = 32;

QString rgba(const QColor &color, double alpha)
{
    return QStringLiteral("rgba(%1, %2, %3, %4)").arg(color.red()).arg(color.green()).arg(color.blue()).arg(alpha);
}

/// Read-only, selectable technical text that wraps anywhere (DIDs and URLs have no spaces) and is exactly as
/// tall as its text.
class DetailText : public QTextEdit {
public:
    explicit DetailText(QWidget *parent)
        : QTextEdit(parent)
    {
        setReadOnly(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setFrameShape(QFrame::NoFrame);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setBackgroundRole(QPalette::AlternateBase);
        viewport()->setBackgroundRole(QPalette::AlternateBase);
        setAutoFillBackground(true);
        document()->setDocumentMargin(8);
        setTabChangesFocus(true);
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTextEdit::resizeEvent(event);
        fitHeight();
    }
    void showEvent(QShowEvent *event) override
    {
        QTextEdit::showEvent(event);
        fitHeight();
    }

private:
    void fitHeight()
    {
        document()->setTextWidth(viewport()->width());
        const QMargins margins = contentsMargins();
        setFixedHeight(qCeil(document()->size().height()) + margins.top() + margins.bottom() + 2);
    }
};

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

CheckListView::CheckListView(QWidget *parent, Mode mode)
    : QWidget(parent)
    , m_mode(mode)
    , m_banner(new QWidget(this))
    , m_verdictIcon(new QLabel(m_banner))
    , m_verdict(wrappedLabel(m_banner))
    , m_checked(wrappedLabel(m_banner))
    , m_rows(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_rows))
{
    setObjectName(QStringLiteral("checkList"));

    m_banner->setObjectName(QStringLiteral("verdictBanner"));
    m_banner->setAttribute(Qt::WA_StyledBackground);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.2);
    verdictFont.setWeight(QFont::DemiBold);
    m_verdict->setFont(verdictFont);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checked->setObjectName(QStringLiteral("checkedLabel"));
    m_checked->setForegroundRole(QPalette::PlaceholderText);
    m_verdictIcon->setFixedSize(kVerdictIconSize, kVerdictIconSize);

    auto *bannerText = new QVBoxLayout;
    bannerText->setSpacing(2);
    bannerText->addWidget(m_verdict);
    bannerText->addWidget(m_checked);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(14, 12, 14, 12);
    bannerLayout->setSpacing(12);
    bannerLayout->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    bannerLayout->addLayout(bannerText, 1);

    m_rows->setObjectName(QStringLiteral("checkCard"));
    m_rows->setAttribute(Qt::WA_StyledBackground);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(m_rows);
    m_banner->setVisible(m_mode == Mode::Full);
    rebuild();
}

void CheckListView::setReport(const Verify::VerificationReport &report, const QStringList &embeddedNames)
{
    m_report = report;
    m_embeddedNames = embeddedNames;
    rebuild();
}

QString CheckListView::verdict() const
{
    return m_verdict->text();
}

QString CheckListView::checkedText() const
{
    return m_checked->text();
}

void CheckListView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Rows are rebuilt only for a language change: a palette change arrives while Qt walks every widget,
    // which must not be deleted under it; the style sheets just follow the new palette.
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    else if (event->type() == QEvent::PaletteChange && !m_restyling)
        restyle();
}

void CheckListView::rebuild()
{
    const Verify::CheckStatus overall = standingStatus(Services::standingOf(m_report));
    restyle();
    m_verdictIcon->setPixmap(
        checkStatusIcon(overall).pixmap(QSize(kVerdictIconSize, kVerdictIconSize), devicePixelRatioF()));
    m_verdictIcon->setAccessibleName(checkStatusText(overall));
    m_verdict->setText(verdictText(m_report));
    m_verdict->setAccessibleName(m_verdict->text());

    QString checked;
    if (m_report.checkedAt.isValid())
        checked = tr("Checked %1").arg(formatDateTime(m_report.checkedAt));
    if (m_report.documentsAsOf.isValid())
        checked = tr("%1 · using documents as of %2", "checked …, documents as of <date>")
                      .arg(checked, formatDate(m_report.documentsAsOf));
    m_checked->setText(checked);
    m_checked->setAccessibleName(checked);
    m_checked->setVisible(!checked.isEmpty());

    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (qsizetype i = 0; i < m_report.checks.size(); ++i) {
        if (i > 0) {
            auto *separator = new QWidget(m_rows);
            separator->setObjectName(QStringLiteral("checkSeparator"));
            separator->setAttribute(Qt::WA_StyledBackground);
            separator->setFixedHeight(1);
            m_rowsLayout->addWidget(separator);
        }
        m_rowsLayout->addWidget(makeRow(m_report.checks.at(i)));
    }
    m_rows->setVisible(!m_report.checks.isEmpty());
    m_rows->setAccessibleName(tr("Verification checks"));

    if (!m_report.embedded.isEmpty()) {
        auto *heading = new QLabel(tr("Contained credentials"), m_rows);
        heading->setObjectName(QStringLiteral("embeddedHeading"));
        QFont font = heading->font();
        font.setWeight(QFont::DemiBold);
        heading->setFont(font);
        heading->setContentsMargins(14, 12, 14, 4);
        auto *separator = new QWidget(m_rows);
        separator->setObjectName(QStringLiteral("checkSeparator"));
        separator->setAttribute(Qt::WA_StyledBackground);
        separator->setFixedHeight(1);
        m_rowsLayout->addWidget(separator);
        m_rowsLayout->addWidget(heading);
        for (qsizetype i = 0; i < m_report.embedded.size(); ++i) {
            const QString name =
                m_embeddedNames.value(i).isEmpty() ? tr("Credential %1").arg(i + 1) : m_embeddedNames.at(i);
            m_rowsLayout->addWidget(makeEmbedded(m_report.embedded.at(i), name));
        }
        m_rowsLayout->addSpacing(6);
    }
}

void CheckListView::restyle()
{
    m_restyling = true;
    const QColor tint = checkStatusColor(standingStatus(Services::standingOf(m_report)));
    m_banner->setStyleSheet(
        QStringLiteral("#verdictBanner { background: %1; border: 1px solid %2; border-radius: 8px; }")
            .arg(rgba(tint, 0.12), rgba(tint, 0.45)));
    m_rows->setStyleSheet(QStringLiteral("#checkCard { background: palette(base); border: 1px solid palette(mid);"
                                         " border-radius: 8px; }"
                                         "#checkSeparator { background: palette(mid); }"));
    m_restyling = false;
}

QWidget *CheckListView::makeRow(const Verify::Check &check)
{
    auto *row = new QWidget(m_rows);
    row->setObjectName(QStringLiteral("checkRow"));
    row->setProperty("checkId", check.id);
    row->setProperty("status", Verify::checkStatusKey(check.status));

    const QString title = checkTitle(check.id);
    const QString statusText = checkStatusText(check.status);

    auto *icon = new QLabel(row);
    icon->setObjectName(QStringLiteral("checkIcon"));
    icon->setPixmap(checkStatusIcon(check.status).pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    icon->setFixedSize(kIconSize, kIconSize);
    icon->setAccessibleName(statusText);
    icon->setToolTip(statusText);

    auto *titleLabel = new QLabel(title, row);
    titleLabel->setObjectName(QStringLiteral("checkTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setWeight(QFont::DemiBold);
    titleLabel->setFont(titleFont);

    auto *message = wrappedLabel(row);
    message->setObjectName(QStringLiteral("checkMessage"));
    message->setText(check.message);
    message->setVisible(!check.message.isEmpty());
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *toggle = new QToolButton(row);
    toggle->setObjectName(QStringLiteral("detailsButton"));
    toggle->setText(tr("Details"));
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setFocusPolicy(Qt::StrongFocus);
    toggle->setAccessibleName(tr("Details of %1").arg(title));

    QStringList facts;
    if (!check.detail.isEmpty())
        facts << check.detail;
    if (!check.code.isEmpty())
        facts << tr("Reason code: %1").arg(check.code);
    if (m_report.checkedAt.isValid())
        facts << tr("Checked at: %1").arg(m_report.checkedAt.toUTC().toString(Qt::ISODate));
    auto *detail = new DetailText(row);
    detail->setObjectName(QStringLiteral("checkDetail"));
    detail->setPlainText(facts.join(QLatin1Char('\n')));
    detail->setAccessibleName(tr("Technical details of %1").arg(title));
    detail->setVisible(false);
    connect(toggle, &QToolButton::toggled, detail, [toggle, detail](bool open) {
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        detail->setVisible(open);
    });

    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(14, 10, 8, 10);
    layout->setHorizontalSpacing(12);
    layout->setVerticalSpacing(2);
    layout->addWidget(icon, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(titleLabel, 0, 1);
    layout->addWidget(toggle, 0, 2, 2, 1, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(message, 1, 1);
    layout->addWidget(detail, 2, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    row->setAccessibleName(tr("%1: %2", "check title: status").arg(title, statusText));
    row->setAccessibleDescription(check.message);
    return row;
}

QWidget *CheckListView::makeEmbedded(const Verify::VerificationReport &report, const QString &name)
{
    auto *box = new QWidget(m_rows);
    box->setObjectName(QStringLiteral("embeddedCredential"));
    const Verify::CheckStatus status = standingStatus(Services::standingOf(report));

    auto *toggle = new QToolButton(box);
    toggle->setObjectName(QStringLiteral("embeddedToggle"));
    toggle->setText(name);
    toggle->setCheckable(true);
    toggle->setAutoRaise(true);
    toggle->setArrowType(Qt::RightArrow);
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setFocusPolicy(Qt::StrongFocus);

    auto *icon = new QLabel(box);
    icon->setPixmap(checkStatusIcon(status).pixmap(QSize(kIconSize - 4, kIconSize - 4), devicePixelRatioF()));
    icon->setAccessibleName(checkStatusText(status));
    auto *verdict = new QLabel(verdictText(report), box);
    verdict->setObjectName(QStringLiteral("embeddedVerdict"));
    verdict->setForegroundRole(QPalette::PlaceholderText);
    verdict->setWordWrap(true);
    toggle->setAccessibleName(tr("%1: %2", "credential name: verdict").arg(name, verdict->text()));

    auto *nested = new CheckListView(box, Mode::Nested);
    nested->setReport(report);
    nested->setVisible(false);
    connect(toggle, &QToolButton::toggled, nested, [toggle, nested](bool open) {
        toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        nested->setVisible(open);
    });

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(toggle);
    header->addWidget(icon);
    header->addWidget(verdict, 1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 2, 14, 2);
    layout->setSpacing(4);
    layout->addLayout(header);
    auto *indent = new QHBoxLayout;
    indent->setContentsMargins(26, 0, 0, 8);
    indent->addWidget(nested);
    layout->addLayout(indent);
    return box;
}

} // namespace Credfolio::Ui
