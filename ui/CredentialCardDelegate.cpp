// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CredentialCardDelegate.h"

#include "core/services/CredentialListModel.h"
#include "ui/StatusColors.h"
#include "ui/StatusPill.h"
#include "ui/ThumbnailCache.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace Credfolio::Ui {

using Model = Services::CredentialListModel;

namespace {
constexpr int kCardWidth = 204;
constexpr int kPad = 14;
constexpr int kImageTop = 16;
constexpr int kGapAfterImage = 12;
constexpr qreal kRadius = 10;

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

int cardHeight(const QFont &font)
{
    const QFontMetrics name(nameFont(font));
    const QFontMetrics small(smallFont(font));
    const int pill = statusPillSize(font, QStringLiteral("X")).height();
    return kImageTop + CredentialCardDelegate::kImageSize + kGapAfterImage + 2 * name.lineSpacing() + 3 +
           small.height() + 12 + pill + kPad;
}

/// The text in at most two lines of `width`, the second elided; centred.
/// Returns how many lines it drew.
int drawTwoLines(QPainter *painter, const QRect &rect, const QString &text, const QFont &font)
{
    const QFontMetrics fm(font);
    QTextLayout layout(text, font);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine first = layout.createLine();
    QString line1 = text;
    QString rest;
    if (first.isValid()) {
        first.setLineWidth(rect.width());
        line1 = text.mid(first.textStart(), first.textLength()).trimmed();
        rest = text.mid(first.textStart() + first.textLength()).trimmed();
    }
    layout.endLayout();
    const QString line2 = fm.elidedText(rest, Qt::ElideRight, rect.width());
    painter->setFont(font);
    painter->drawText(QRect(rect.left(), rect.top(), rect.width(), fm.lineSpacing()), Qt::AlignHCenter | Qt::AlignTop,
                      fm.elidedText(line1, Qt::ElideRight, rect.width()));
    if (!line2.isEmpty()) {
        painter->drawText(QRect(rect.left(), rect.top() + fm.lineSpacing(), rect.width(), fm.lineSpacing()),
                          Qt::AlignHCenter | Qt::AlignTop, line2);
        return 2;
    }
    return 1;
}

void paintPlaceholder(QPainter *painter, const QRectF &box, const QString &name, const QPalette &palette)
{
    // A stable colour per name, from a small set of hues that sit well together.
    static const int hues[] = {212, 168, 262, 28, 336, 190, 128, 44};
    // Our own hash: qHash is seeded per process, and a card should keep its colour between launches.
    quint32 hash = 2166136261u;
    for (const QChar c : name) {
        hash = (hash ^ c.unicode()) * 16777619u;
    }
    const int hue = hues[hash % std::size(hues)];
    const bool dark = isDark(palette);
    const QColor fill = QColor::fromHsl(hue, dark ? 60 : 110, dark ? 70 : 228);
    const QColor ink = QColor::fromHsl(hue, dark ? 120 : 110, dark ? 205 : 80);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawEllipse(box);
    QPen ring(ink);
    ring.setWidthF(1.5);
    ring.setColor(QColor(ink.red(), ink.green(), ink.blue(), 60));
    painter->setPen(ring);
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(box.adjusted(5, 5, -5, -5));
    QFont font = painter->font();
    font.setPixelSize(int(box.height() * 0.34));
    font.setWeight(QFont::DemiBold);
    font.setLetterSpacing(QFont::PercentageSpacing, 104);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(box, Qt::AlignCenter, CredentialCardDelegate::initials(name));
}
} // namespace

CredentialCardDelegate::CredentialCardDelegate(ThumbnailCache *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{
}

QColor CredentialCardDelegate::cardColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor alternate = palette.color(QPalette::AlternateBase);
    return base.lightnessF() >= alternate.lightnessF() ? base : alternate;
}

QColor CredentialCardDelegate::gridColor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    return window.lightnessF() <= base.lightnessF() ? window : base;
}

QString CredentialCardDelegate::initials(const QString &name)
{
    QString letters;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const QChar first = word.at(0);
        if (first.isLetterOrNumber() && (first.isUpper() || first.isDigit() || letters.isEmpty())) {
            letters += first.toUpper();
        }
        if (letters.size() == 2) {
            break;
        }
    }
    return letters.isEmpty() ? QStringLiteral("?") : letters;
}

QSize CredentialCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {kCardWidth, cardHeight(option.font)};
}

void CredentialCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = (option.state & QStyle::State_HasFocus) && !selected;
    const QRectF card = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5);

    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);

    // Card: a soft shadow, the fill, a hairline border (the highlight when selected).
    QColor shadow = pal.color(QPalette::Shadow);
    shadow.setAlphaF(isDark(pal) ? 0.35f : 0.07f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(shadow);
    painter->drawRoundedRect(card.translated(0, 1.5), kRadius, kRadius);
    QColor fill = cardColor(pal);
    if (selected) {
        QColor tint = pal.color(QPalette::Highlight);
        tint.setAlphaF(isDark(pal) ? 0.22f : 0.09f);
        painter->setBrush(fill);
        painter->drawRoundedRect(card, kRadius, kRadius);
        fill = tint;
    }
    QColor border = pal.color(QPalette::Mid);
    qreal borderWidth = 1;
    if (selected || focused) {
        border = pal.color(QPalette::Highlight);
        borderWidth = selected ? 2 : 1.5;
    } else if (hovered) {
        border = pal.color(QPalette::Dark);
    }
    painter->setBrush(fill);
    painter->setPen(QPen(border, borderWidth));
    painter->drawRoundedRect(card, kRadius, kRadius);

    const QRect inner = option.rect.adjusted(kPad, 0, -kPad, 0);
    const qint64 id = index.data(Model::IdRole).toLongLong();
    const QString name = index.data(Model::NameRole).toString();
    const QString issuer = index.data(Model::IssuerNameRole).toString();

    // Image, or the placeholder.
    const QRectF imageBox(option.rect.center().x() - kImageSize / 2.0 + 0.5, option.rect.top() + kImageTop, kImageSize,
                          kImageSize);
    QImage image;
    // Asked also without a stored image: a baked badge is its own image (the cache remembers those without one).
    if (m_thumbnails) {
        image = m_thumbnails->thumbnail(id);
    }
    if (!image.isNull()) {
        QSizeF size = image.size();
        size.scale(imageBox.size(), Qt::KeepAspectRatio);
        const QRectF target(imageBox.center().x() - size.width() / 2, imageBox.center().y() - size.height() / 2,
                            size.width(), size.height());
        painter->drawImage(target, image);
    } else {
        paintPlaceholder(painter, imageBox, name, pal);
    }

    // Name (two lines), issuer.
    const QFont titleFont = nameFont(option.font);
    const QFontMetrics titleFm(titleFont);
    int y = option.rect.top() + kImageTop + kImageSize + kGapAfterImage;
    painter->setPen(pal.color(QPalette::Text));
    const int lines =
        drawTwoLines(painter, QRect(inner.left(), y, inner.width(), 2 * titleFm.lineSpacing()), name, titleFont);
    y += lines * titleFm.lineSpacing() + 3;

    const QFont small = smallFont(option.font);
    const QFontMetrics smallFm(small);
    painter->setFont(small);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    painter->drawText(QRect(inner.left(), y, inner.width(), smallFm.height()), Qt::AlignHCenter | Qt::AlignVCenter,
                      smallFm.elidedText(issuer, Qt::ElideRight, inner.width()));

    // Bottom row: date issued on the left, the status pill on the right.
    const auto standing = Pathways::Standing(index.data(Model::StandingRole).toInt());
    const QString label = index.data(Model::StandingLabelRole).toString();
    const QSize pill = statusPillSize(option.font, label);
    const int rowTop = option.rect.bottom() - kPad - pill.height() + 1;
    paintStatusPill(painter, QPoint(inner.right() - pill.width() + 1, rowTop), standing, label, option.font, pal);
    const QDateTime issued = index.data(Model::IssuedRole).toDateTime();
    if (issued.isValid()) {
        const QString date = QLocale().toString(issued.toLocalTime().date(), QStringLiteral("MMM yyyy"));
        painter->setFont(small);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(QRect(inner.left(), rowTop, inner.width() - pill.width() - 6, pill.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, date);
    }
    painter->restore();
}

} // namespace Credfolio::Ui
