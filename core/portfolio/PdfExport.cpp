// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF portfolio: measured blocks laid down pages by PageFlow, then painted with QPainter on a QPdfWriter.
#include "core/portfolio/BadgeArt.h"
#include "core/portfolio/ExportModel.h"
#include "core/portfolio/Labels.h"
#include "core/portfolio/PageFlow.h"
#include "core/portfolio/PdfCanvas.h"
#include "core/portfolio/PdfInfo.h"
#include "core/portfolio/PdfStyle.h"
#include "core/portfolio/PortfolioExport.h"
#include "core/portfolio/QrCode.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace Credfolio::Portfolio {

namespace {

struct MarkColors {
    QColor text;
    QColor fill;
};

MarkColors markColors(Standing standing)
{
    switch (standing) {
    case Standing::Verified:
        return {Style::good, Style::goodSoft};
    case Standing::Expired:
    case Standing::NotYetValid:
    case Standing::Unchecked:
        return {Style::warn, Style::warnSoft};
    default:
        return {Style::bad, Style::badSoft};
    }
}

/// The verification mark: a dot and a label in a soft pill. Returns its width.
qreal drawMark(QPainter &painter, const Canvas &canvas, QPointF topLeft, Standing standing, const QString &label)
{
    const QFont font = Style::font(7.2, true);
    const auto colors = markColors(standing);
    const qreal height = canvas.u(13);
    const qreal dot = canvas.u(4.6);
    const qreal padding = canvas.u(6);
    const qreal width = padding + dot + canvas.u(4) + canvas.metrics(font).horizontalAdvance(label) + padding;
    const QRectF pill(topLeft, QSizeF(width, height));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colors.fill);
    painter.drawRoundedRect(pill, height / 2, height / 2);
    painter.setBrush(colors.text);
    painter.drawEllipse(QRectF(pill.left() + padding, pill.center().y() - dot / 2, dot, dot));
    drawText(painter, QRectF(pill.left() + padding + dot + canvas.u(4), pill.top(), width, height), font, colors.text,
             label, Qt::AlignLeft | Qt::AlignVCenter);
    return width;
}

void drawQr(QPainter &painter, const QrCode &code, const QRectF &area)
{
    const qreal module = area.width() / code.size();
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.size(); ++y) {
        int x = 0;
        while (x < code.size()) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.isDark(x, y)) {
                ++x;
            }
            path.addRect(QRectF(area.left() + start * module, area.top() + y * module, (x - start) * module, module));
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(path, Style::ink);
    painter.setRenderHint(QPainter::Antialiasing, true);
}

void drawBadge(QPainter &painter, const Canvas &canvas, const QRectF &rect, const QImage &image,
               const QString &initials)
{
    const qreal radius = canvas.u(8);
    if (!image.isNull()) {
        const QSizeF fitted = QSizeF(image.size()).scaled(rect.size(), Qt::KeepAspectRatio);
        const QRectF target(rect.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
        painter.save();
        QPainterPath clip;
        clip.addRoundedRect(target, radius, radius);
        painter.setClipPath(clip);
        painter.drawImage(target, image);
        painter.restore();
        return;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(Style::accentSoft);
    painter.drawRoundedRect(rect, radius, radius);
    drawText(painter, rect, Style::font(14, true), Style::accent, initials, Qt::AlignCenter);
}

class PdfBuilder {
public:
    PdfBuilder(const Canvas &canvas, qreal width, const LearnerProfile &profile, const ExportModel &model,
               const QList<PathwayFigure> &pathways, const ExportOptions &options, const QHash<QString, QrCode> &codes)
        : m_canvas(canvas)
        , m_width(width)
        , m_profile(profile)
        , m_model(model)
        , m_pathways(pathways)
        , m_options(options)
        , m_codes(codes)
    {
    }

    void build(PageFlow &flow)
    {
        addHeader(flow);
        if (!m_model.skills.isEmpty()) {
            addHeading(flow, Label::skills());
            addSkills(flow);
        }
        if (!m_pathways.isEmpty()) {
            addHeading(flow, Label::progress());
            for (const PathwayFigure &figure : m_pathways) {
                addPathway(flow, figure);
            }
        }
        for (const Section &section : m_model.sections) {
            addHeading(flow, section.title);
            for (int i = 0; i < section.entries.size(); ++i) {
                addCard(flow, section.entries.at(i), i + 1 == section.entries.size(), section.title);
            }
        }
    }

private:
    qreal u(qreal points) const { return m_canvas.u(points); }

    void addHeader(PageFlow &flow)
    {
        const QFont kicker = kickerFont(m_canvas);
        const QFont name = Style::font(25, true);
        const QFont headline = Style::font(12.5);
        const QFont contact = Style::font(8.8);
        const QFont summary = Style::font(9.4);
        const QString contactLine = contactItems(m_profile).join(QStringLiteral("   ·   "));
        const QString learner = m_profile.name.trimmed();

        const qreal kickerH = m_canvas.lineHeight(kicker);
        const qreal nameH = m_canvas.wrappedHeight(name, learner, m_width);
        const qreal headlineH = m_canvas.wrappedHeight(headline, m_profile.headline.trimmed(), m_width);
        const qreal contactH = m_canvas.wrappedHeight(contact, contactLine, m_width);
        const qreal summaryH = m_canvas.wrappedHeight(summary, m_profile.summary.trimmed(), m_width);
        qreal height = kickerH + u(10) + nameH + (headlineH > 0 ? u(2) + headlineH : 0) +
                       (contactH > 0 ? u(8) + contactH : 0) + u(14) + u(2);
        if (summaryH > 0) {
            height += u(12) + summaryH;
        }

        FlowBlock block;
        block.height = height;
        block.paint = [=, this](QPainter &painter, const QRectF &area) {
            qreal y = area.top();
            drawText(painter, QRectF(area.left(), y, m_width, kickerH), kicker, Style::accent,
                     Label::portfolio().toUpper(), Qt::AlignLeft | Qt::AlignVCenter);
            drawText(painter, QRectF(area.left(), y, m_width, kickerH), Style::font(7.5), Style::muted,
                     m_model.exportedLabel, Qt::AlignRight | Qt::AlignVCenter);
            y += kickerH + u(10);
            drawText(painter, QRectF(area.left(), y, m_width, nameH), name, Style::ink, learner);
            y += nameH;
            if (headlineH > 0) {
                y += u(2);
                drawText(painter, QRectF(area.left(), y, m_width, headlineH), headline, Style::accent,
                         m_profile.headline.trimmed());
                y += headlineH;
            }
            if (contactH > 0) {
                y += u(8);
                drawText(painter, QRectF(area.left(), y, m_width, contactH), contact, Style::muted, contactLine);
                y += contactH;
            }
            y += u(14);
            hairline(painter, m_canvas, area.left(), area.left() + m_width, y + u(0.7), Style::rule);
            painter.fillRect(QRectF(area.left(), y, u(42), u(2)), Style::accent);
            y += u(2);
            if (summaryH > 0) {
                y += u(12);
                drawText(painter, QRectF(area.left(), y, m_width, summaryH), summary, Style::body,
                         m_profile.summary.trimmed());
            }
        };
        flow.add(std::move(block));
    }

    void addHeading(PageFlow &flow, const QString &title) { flow.add(sectionHeading(m_canvas, m_width, title)); }

    void addSkills(PageFlow &flow)
    {
        const QFont font = Style::font(8.4);
        const QFont countFont = Style::font(7.2, true);
        const qreal chipH = u(17);
        const qreal gap = u(5);
        const qreal padding = u(8);
        struct Chip {
            QString name;
            QString count;
            qreal width;
        };
        QList<QList<Chip>> rows(1);
        qreal x = 0;
        for (const SkillCount &skill : m_model.skills) {
            const QString count = skill.count > 1 ? m_options.labels.toString(skill.count) : QString();
            qreal width = padding * 2 + m_canvas.metrics(font).horizontalAdvance(skill.name);
            if (!count.isEmpty()) {
                width += u(5) + m_canvas.metrics(countFont).horizontalAdvance(count);
            }
            width = qMin(width, m_width);
            if (x > 0 && x + width > m_width) {
                rows.append(QList<Chip>());
                x = 0;
            }
            rows.last().append(Chip{skill.name, count, width});
            x += width + gap;
        }
        for (int r = 0; r < rows.size(); ++r) {
            FlowBlock block;
            block.spaceBefore = r == 0 ? u(10) : gap;
            block.height = chipH;
            block.paint = [=, row = rows.at(r)](QPainter &painter, const QRectF &area) {
                qreal left = area.left();
                for (const Chip &chip : row) {
                    const QRectF pill(left, area.top(), chip.width, chipH);
                    painter.setPen(Qt::NoPen);
                    painter.setBrush(Style::accentSoft);
                    painter.drawRoundedRect(pill, chipH / 2, chipH / 2);
                    const QRectF text = pill.adjusted(padding, 0, -padding, 0);
                    drawText(painter, text, font, Style::ink, chip.name, Qt::AlignLeft | Qt::AlignVCenter);
                    if (!chip.count.isEmpty()) {
                        drawText(painter, text, countFont, Style::accent, chip.count,
                                 Qt::AlignRight | Qt::AlignVCenter);
                    }
                    left += chip.width + gap;
                }
            };
            flow.add(std::move(block));
        }
    }

    void addPathway(PageFlow &flow, const PathwayFigure &figure)
    {
        const QFont nameFont = Style::font(9.8, true);
        const QFont instFont = Style::font(8.6);
        const QFont percentFont = Style::font(11, true);
        const QFont captionFont = Style::font(8.2);
        const qreal fraction = qBound(0.0, figure.fraction, 1.0);
        const QString percent = m_options.labels.toString(qRound(fraction * 100)) + m_options.labels.percent();
        const qreal percentW = m_canvas.metrics(percentFont).horizontalAdvance(percent) + u(12);
        const QString title = figure.name.trimmed();
        const QString institution = figure.institution.trimmed();
        const QString caption = pathwayCaption(figure, m_options.labels);
        const qreal titleH = m_canvas.wrappedHeight(nameFont, title, m_width - percentW);
        const qreal instH = institution.isEmpty() ? 0 : m_canvas.lineHeight(instFont);
        const qreal barH = u(6);
        const qreal captionH = m_canvas.lineHeight(captionFont);

        FlowBlock block;
        block.spaceBefore = u(12);
        block.height = titleH + instH + u(6) + barH + u(5) + captionH;
        block.paint = [=, this](QPainter &painter, const QRectF &area) {
            qreal y = area.top();
            drawText(painter, QRectF(area.left(), y, m_width - percentW, titleH), nameFont, Style::ink, title);
            drawText(painter, QRectF(area.left(), y, m_width, titleH + instH), percentFont, Style::accent, percent,
                     Qt::AlignRight | Qt::AlignVCenter);
            y += titleH;
            if (instH > 0) {
                drawText(painter, QRectF(area.left(), y, m_width - percentW, instH), instFont, Style::muted,
                         institution, Qt::AlignLeft | Qt::AlignTop);
                y += instH;
            }
            y += u(6);
            const QRectF track(area.left(), y, m_width, barH);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Style::rule);
            painter.drawRoundedRect(track, barH / 2, barH / 2);
            if (fraction > 0) {
                painter.setBrush(Style::accent);
                painter.drawRoundedRect(QRectF(track.topLeft(), QSizeF(qMax(barH, m_width * fraction), barH)), barH / 2,
                                        barH / 2);
            }
            y += barH + u(5);
            drawText(painter, QRectF(area.left(), y, m_width, captionH), captionFont, Style::muted, caption,
                     Qt::AlignLeft | Qt::AlignTop);
        };
        flow.add(std::move(block));
    }

    void addCard(PageFlow &flow, const EntryView &view, bool last, const QString &section)
    {
        const QFont nameFont = Style::font(10.6, true);
        const QFont metaFont = Style::font(8.6);
        const QFont descFont = Style::font(8.6);
        const QFont skillFont = Style::font(7.6);
        const QFont hashFont = Style::font(6.2, false, Style::mono);
        const qreal padding = u(11);
        const qreal textLeft = Style::badgeSize * m_canvas.k + u(14);
        const qreal qrColumn = u(Style::qrSize + 8);
        const qreal textW = m_width - textLeft - qrColumn - u(12);

        QStringList metaParts;
        for (const QString &part : {view.issuer, view.date, view.credits}) {
            if (!part.isEmpty()) {
                metaParts.append(part);
            }
        }
        const QString meta = metaParts.join(QStringLiteral("  ·  "));
        const QString description = m_canvas.metrics(descFont).elidedText(view.description, Qt::ElideRight, textW);
        const qreal nameH = m_canvas.wrappedHeight(nameFont, view.name, textW);
        const qreal metaH = m_canvas.wrappedHeight(metaFont, meta, textW);
        const qreal descH = description.isEmpty() ? 0 : m_canvas.lineHeight(descFont);
        const qreal markH = u(13);
        const qreal textH = nameH + u(2) + metaH + (descH > 0 ? u(4) + descH : 0) + u(7) + markH;
        const qreal hashH = m_canvas.lineHeight(hashFont);
        const qreal qrH = u(Style::qrSize) + u(3) + hashH;
        const qreal contentH = std::max({textH, qrH, u(Style::badgeSize)});

        const QImage image = badgeImage(*view.entry, 4 * int(Style::badgeSize), &m_images);
        const QrCode code = m_codes.value(view.target);

        FlowBlock block;
        block.section = section;
        block.height = padding + contentH + padding + (last ? 0 : u(0.6));
        block.paint = [=, this](QPainter &painter, const QRectF &area) {
            const qreal top = area.top() + padding;
            drawBadge(painter, m_canvas,
                      QRectF(area.left(), top, Style::badgeSize * m_canvas.k, Style::badgeSize * m_canvas.k), image,
                      view.initials);
            const qreal x = area.left() + textLeft;
            qreal y = top;
            drawText(painter, QRectF(x, y, textW, nameH), nameFont, Style::ink, view.name);
            y += nameH + u(2);
            drawText(painter, QRectF(x, y, textW, metaH), metaFont, Style::muted, meta);
            y += metaH;
            if (descH > 0) {
                y += u(4);
                drawText(painter, QRectF(x, y, textW, descH), descFont, Style::body, description,
                         Qt::AlignLeft | Qt::AlignTop);
                y += descH;
            }
            y += u(7);
            const qreal markW = drawMark(painter, m_canvas, QPointF(x, y), view.standing, view.mark);
            if (!view.skills.isEmpty()) {
                const qreal skillsX = x + markW + u(8);
                const qreal skillsW = textW - markW - u(8);
                const QString skills = m_canvas.metrics(skillFont).elidedText(view.skills.join(QStringLiteral(" · ")),
                                                                              Qt::ElideRight, skillsW);
                drawText(painter, QRectF(skillsX, y, skillsW, markH), skillFont, Style::faint, skills,
                         Qt::AlignLeft | Qt::AlignVCenter);
            }

            const qreal qrLeft = area.left() + m_width - u(Style::qrSize);
            drawQr(painter, code, QRectF(qrLeft, top, u(Style::qrSize), u(Style::qrSize)));
            drawText(painter, QRectF(qrLeft - u(8), top + u(Style::qrSize) + u(3), u(Style::qrSize + 8), hashH),
                     hashFont, Style::muted, view.shortHash, Qt::AlignRight | Qt::AlignTop);
            if (!last) {
                hairline(painter, m_canvas, x, area.left() + m_width, area.top() + padding + contentH + padding,
                         Style::rule);
            }
        };
        flow.add(std::move(block));
    }

    const Canvas &m_canvas;
    qreal m_width;
    const LearnerProfile &m_profile;
    const ExportModel &m_model;
    const QList<PathwayFigure> &m_pathways;
    const ExportOptions &m_options;
    const QHash<QString, QrCode> &m_codes;
    QHash<QByteArray, QImage> m_images;
};

/// "Data Analytics Certificate (continued)" in the top margin of a page that a section runs onto.
void paintContinued(QPainter &painter, const Canvas &canvas, const QString &section)
{
    const QFont font = Style::font(7.4);
    const QRectF line(canvas.u(Style::marginSide), canvas.u(Style::marginTop) - canvas.u(16),
                      painter.device()->width() - 2 * canvas.u(Style::marginSide), canvas.lineHeight(font));
    drawText(painter, line, font, Style::faint,
             label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "%1 (continued)")).arg(section),
             Qt::AlignLeft | Qt::AlignTop);
}

void paintFooter(QPainter &painter, const Canvas &canvas, const QRectF &page, const QString &left, int number,
                 int count)
{
    const QFont font = Style::font(7.4);
    const qreal y = page.bottom() - canvas.u(Style::marginBottom) + canvas.u(22);
    const qreal x1 = page.left() + canvas.u(Style::marginSide);
    const qreal x2 = page.right() - canvas.u(Style::marginSide);
    hairline(painter, canvas, x1, x2, y, Style::rule);
    const QRectF line(x1, y + canvas.u(7), x2 - x1, canvas.lineHeight(font));
    drawText(painter, line, font, Style::faint, left, Qt::AlignLeft | Qt::AlignTop);
    drawText(painter, line, font, Style::muted, Label::page(number, count), Qt::AlignRight | Qt::AlignTop);
}

} // namespace

Result<ExportStats> writePdf(const QString &path, const LearnerProfile &profile, const QList<PortfolioEntry> &entries,
                             const QList<PathwayFigure> &pathways, const ExportOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return makeError(QStringLiteral("portfolio.no-gui"),
                         QCoreApplication::translate("Credfolio::Portfolio",
                                                     "A PDF portfolio can only be made by the graphical application."),
                         QStringLiteral("writePdf needs a QGuiApplication (fonts)"));
    }
    const LabelScope language(options.labelLanguage);
    const ExportModel model = buildModel(profile, entries, options);

    QHash<QString, QrCode> codes;
    for (const Section &section : model.sections) {
        for (const EntryView &view : section.entries) {
            if (codes.contains(view.target)) {
                continue;
            }
            auto code = QrCode::encode(view.target.toUtf8());
            if (!code) {
                return code.error();
            }
            codes.insert(view.target, *code);
        }
    }

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kPdfResolution);
    writer.setPageSize(options.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(model.title);
    writer.setCreator(QStringLiteral("Credfolio"));

    Canvas canvas;
    canvas.device = &writer;
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal contentWidth = page.width() - 2 * canvas.u(Style::marginSide);
    const qreal contentHeight = page.height() - canvas.u(Style::marginTop) - canvas.u(Style::marginBottom);

    PageFlow flow(contentHeight);
    PdfBuilder builder(canvas, contentWidth, profile, model, pathways, options, codes); // the blocks paint through it
    builder.build(flow);
    const auto pages = flow.paginate();

    QPainter painter;
    if (!painter.begin(&writer)) {
        return writeFailed(path, QStringLiteral("QPainter::begin on QPdfWriter failed"));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    const QString footer = profile.name.trimmed().isEmpty()
                               ? Label::portfolio()
                               : profile.name.trimmed() + QStringLiteral("  ·  ") + Label::portfolio();
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0) {
            writer.newPage();
        }
        if (p > 0 && !pages.at(p).isEmpty() && !flow.block(pages.at(p).first().block).section.isEmpty()) {
            paintContinued(painter, canvas, flow.block(pages.at(p).first().block).section);
        }
        for (const auto &placed : pages.at(p)) {
            const FlowBlock &block = flow.block(placed.block);
            const QRectF area(canvas.u(Style::marginSide), canvas.u(Style::marginTop) + placed.top, contentWidth,
                              block.height);
            block.paint(painter, area);
        }
        paintFooter(painter, canvas, page, footer, p + 1, int(pages.size()));
    }
    if (!painter.end()) {
        return writeFailed(path, QStringLiteral("QPainter::end on QPdfWriter failed"));
    }
    buffer.close();

    pdf = withDocumentInfo(pdf, model.title, profile.name.trimmed());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        return writeFailed(path, file.errorString());
    }
    return ExportStats{int(pages.size()), model.entryCount, pdf.size()};
}

} // namespace Credfolio::Portfolio
