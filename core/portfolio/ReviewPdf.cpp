// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's review as a PDF: measured blocks laid down pages by PageFlow (as the portfolio PDF is), painted
// with QPainter on a QPdfWriter in the portfolio's style.
#include "core/portfolio/ReviewPdf.h"

#include "core/pathways/ReportStanding.h"
#include "core/portfolio/ExportModel.h"
#include "core/portfolio/PageFlow.h"
#include "core/portfolio/PdfCanvas.h"
#include "core/portfolio/PdfInfo.h"
#include "core/portfolio/PdfStyle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Credfolio::Portfolio {

namespace {

struct Tone {
    QColor text;
    QColor fill;
};

Tone toneOf(std::optional<Pathways::Standing> standing)
{
    if (!standing)
        return {Style::muted, Style::rule};
    switch (*standing) {
    case Pathways::Standing::Valid:
        return {Style::good, Style::goodSoft};
    case Pathways::Standing::Expired:
    case Pathways::Standing::Unknown:
        return {Style::warn, Style::warnSoft};
    default:
        return {Style::bad, Style::badSoft};
    }
}

QString standingWord(Pathways::Standing standing)
{
    switch (standing) {
    case Pathways::Standing::Valid:
        return QCoreApplication::translate("Credfolio::Portfolio", "Valid");
    case Pathways::Standing::Revoked:
        return QCoreApplication::translate("Credfolio::Portfolio", "Revoked");
    case Pathways::Standing::Expired:
        return QCoreApplication::translate("Credfolio::Portfolio", "Expired");
    case Pathways::Standing::Unknown:
        return QCoreApplication::translate("Credfolio::Portfolio", "Not checked");
    case Pathways::Standing::Invalid:
        break;
    }
    return QCoreApplication::translate("Credfolio::Portfolio", "Not valid");
}

QString stateWord(Pathways::NodeState state)
{
    switch (state) {
    case Pathways::NodeState::Met:
        return QCoreApplication::translate("Credfolio::Portfolio", "Met");
    case Pathways::NodeState::InProgress:
        return QCoreApplication::translate("Credfolio::Portfolio", "In progress");
    case Pathways::NodeState::NotStarted:
        break;
    }
    return QCoreApplication::translate("Credfolio::Portfolio", "Not started");
}

class ReviewBuilder {
public:
    ReviewBuilder(const Canvas &canvas, qreal width, const Review &review, const ReviewAnnotations &notes,
                  const ExportOptions &options)
        : m_canvas(canvas)
        , m_width(width)
        , m_review(review)
        , m_notes(notes)
        , m_options(options)
    {
    }

    void build(PageFlow &flow)
    {
        addHeader(flow);
        if (!m_notes.overall.trimmed().isEmpty()) {
            addHeading(flow,
                       QCoreApplication::translate("Credfolio::Portfolio", "Advisor's notes and recommendations"));
            addParagraph(flow, m_notes.overall.trimmed(), Style::font(9.6), Style::ink, u(8));
        }
        const QString message = m_review.package.contents.message.trimmed();
        if (!message.isEmpty()) {
            addHeading(flow, QCoreApplication::translate("Credfolio::Portfolio", "The learner's message"));
            addParagraph(flow, message, Style::font(9.2), Style::body, u(8));
        }
        addHeading(flow, QCoreApplication::translate("Credfolio::Portfolio", "Credentials"));
        for (int i = 0; i < m_review.credentials.size(); ++i)
            addCredential(flow, i);
        if (!m_review.pathways.isEmpty() || !m_review.pathwayProblems.isEmpty())
            addHeading(flow, QCoreApplication::translate("Credfolio::Portfolio", "Pathway progress"));
        for (const Pathways::Evaluation &evaluation : m_review.pathways)
            addPathway(flow, evaluation);
        for (const QString &problem : m_review.pathwayProblems)
            addParagraph(flow, problem, Style::font(8.6), Style::bad, u(6));
    }

private:
    qreal u(qreal points) const { return m_canvas.u(points); }

    qreal pillWidth(const QString &label) const
    {
        return u(6) + u(4.6) + u(4) + m_canvas.metrics(Style::font(7.2, true)).horizontalAdvance(label) + u(6);
    }

    qreal drawPill(QPainter &painter, QPointF topLeft, const Tone &tone, const QString &label) const
    {
        const QFont font = Style::font(7.2, true);
        const qreal height = u(13);
        const qreal dot = u(4.6);
        const qreal width = pillWidth(label);
        const QRectF pill(topLeft, QSizeF(width, height));
        painter.setPen(Qt::NoPen);
        painter.setBrush(tone.fill);
        painter.drawRoundedRect(pill, height / 2, height / 2);
        painter.setBrush(tone.text);
        painter.drawEllipse(QRectF(pill.left() + u(6), pill.center().y() - dot / 2, dot, dot));
        drawText(painter, QRectF(pill.left() + u(6) + dot + u(4), pill.top(), width, height), font, tone.text, label,
                 Qt::AlignLeft | Qt::AlignVCenter);
        return width;
    }

    void addHeader(PageFlow &flow)
    {
        const OpenedPackage &package = m_review.package;
        const QFont kicker = kickerFont(m_canvas);
        const QFont nameFont = Style::font(24, true);
        const QFont metaFont = Style::font(8.8);
        const QFont verdictFont = Style::font(9.4, true);
        const QFont detailFont = Style::font(7.8);
        const QString learner = package.contents.profile.name.trimmed().isEmpty()
                                    ? QCoreApplication::translate("Credfolio::Portfolio", "Unnamed learner")
                                    : package.contents.profile.name.trimmed();
        const QString reviewed = QCoreApplication::translate("Credfolio::Portfolio", "Reviewed %1")
                                     .arg(formatDate(m_options.exportedAt, m_options.labels));
        const QString meta = QCoreApplication::translate("Credfolio::Portfolio", "Package sent %1  ·  %2")
                                 .arg(formatDate(package.contents.createdAt, m_options.labels), package.contents.id);
        const bool authentic = package.isAuthentic();
        const QString verdict =
            authentic
                ? QCoreApplication::translate("Credfolio::Portfolio",
                                              "Signature intact: the package is as the learner signed it.")
                : QCoreApplication::translate("Credfolio::Portfolio", "This package was changed after it was signed.");
        const QString detail =
            authentic
                ? QCoreApplication::translate("Credfolio::Portfolio", "Signed by %1").arg(package.holder)
                : QCoreApplication::translate("Credfolio::Portfolio",
                                              "Its content is shown below, but it may not be what the learner sent. %1")
                      .arg(package.signature.message);
        const qreal boxPad = u(9);
        const qreal boxTextW = m_width - 2 * boxPad - u(4);
        const qreal kickerH = m_canvas.lineHeight(kicker);
        const qreal nameH = m_canvas.wrappedHeight(nameFont, learner, m_width);
        const qreal metaH = m_canvas.wrappedHeight(metaFont, meta, m_width);
        const qreal verdictH = m_canvas.wrappedHeight(verdictFont, verdict, boxTextW);
        const qreal detailH = m_canvas.wrappedHeight(detailFont, detail, boxTextW);
        const qreal boxH = boxPad + verdictH + u(3) + detailH + boxPad;

        FlowBlock block;
        block.height = kickerH + u(10) + nameH + u(4) + metaH + u(12) + boxH;
        block.paint = [=, this](QPainter &painter, const QRectF &area) {
            qreal y = area.top();
            drawText(painter, QRectF(area.left(), y, m_width, kickerH), kicker, Style::accent,
                     QCoreApplication::translate("Credfolio::Portfolio", "Advisor review").toUpper(),
                     Qt::AlignLeft | Qt::AlignVCenter);
            drawText(painter, QRectF(area.left(), y, m_width, kickerH), Style::font(7.5), Style::muted, reviewed,
                     Qt::AlignRight | Qt::AlignVCenter);
            y += kickerH + u(10);
            drawText(painter, QRectF(area.left(), y, m_width, nameH), nameFont, Style::ink, learner);
            y += nameH + u(4);
            drawText(painter, QRectF(area.left(), y, m_width, metaH), metaFont, Style::muted, meta);
            y += metaH + u(12);
            const Tone tone = authentic ? Tone{Style::good, Style::goodSoft} : Tone{Style::bad, Style::badSoft};
            const QRectF box(area.left(), y, m_width, boxH);
            painter.setPen(Qt::NoPen);
            painter.setBrush(tone.fill);
            painter.drawRoundedRect(box, u(5), u(5));
            painter.fillRect(QRectF(box.left(), box.top(), u(4), box.height()), tone.text);
            const qreal x = box.left() + u(4) + boxPad;
            drawText(painter, QRectF(x, y + boxPad, boxTextW, verdictH), verdictFont, tone.text, verdict);
            drawText(painter, QRectF(x, y + boxPad + verdictH + u(3), boxTextW, detailH), detailFont, Style::body,
                     detail);
        };
        flow.add(std::move(block));
    }

    void addHeading(PageFlow &flow, const QString &title) { flow.add(sectionHeading(m_canvas, m_width, title)); }

    void addParagraph(PageFlow &flow, const QString &text, const QFont &font, const QColor &color, qreal before)
    {
        // One block per paragraph, so a long note may run onto the next page between paragraphs.
        const QStringList paragraphs = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 0; i < paragraphs.size(); ++i) {
            const QString paragraph = paragraphs.at(i).trimmed();
            const qreal height = m_canvas.wrappedHeight(font, paragraph, m_width);
            FlowBlock block;
            block.spaceBefore = i == 0 ? before : u(4);
            block.height = height;
            block.paint = [=, this](QPainter &painter, const QRectF &area) {
                drawText(painter, QRectF(area.left(), area.top(), m_width, height), font, color, paragraph);
            };
            flow.add(std::move(block));
        }
    }

    /// A labelled note ("Learner's note", "Advisor") as text lines under a card, with a rule on its left.
    struct NoteLines {
        QString label;
        QString text;
        QColor color;
        qreal height = 0;
    };

    void addCredential(PageFlow &flow, int index)
    {
        const ReviewedCredential &each = m_review.credentials.at(index);
        const QByteArray original = m_review.package.contents.credentials.value(index).original;
        const QFont nameFont = Style::font(10.4, true);
        const QFont metaFont = Style::font(8.4);
        const QFont labelFont = Style::font(7.2, true);
        const QFont noteFont = Style::font(8.6);
        const QString asSentLabel = QCoreApplication::translate("Credfolio::Portfolio", "As sent: %1")
                                        .arg(standingWord(Pathways::standingOf(each.asSent)));
        const QString todayLabel = each.today ? QCoreApplication::translate("Credfolio::Portfolio", "Today: %1")
                                                    .arg(standingWord(Pathways::standingOf(*each.today)))
                                              : QCoreApplication::translate("Credfolio::Portfolio", "Today: offline");
        const qreal pillsW = pillWidth(asSentLabel) + u(5) + pillWidth(todayLabel);
        const qreal textW = m_width - pillsW - u(14);
        QString name = each.credential && !each.credential->name.trimmed().isEmpty() ? each.credential->name.trimmed()
                                                                                     : each.name.trimmed();
        QStringList metaParts;
        if (each.credential && !each.credential->issuer.name.trimmed().isEmpty())
            metaParts.append(each.credential->issuer.name.trimmed());
        metaParts.append(reviewVerdictLine(each, m_review.package.contents.createdAt, m_options.labels));
        const QString meta = metaParts.join(QStringLiteral("  ·  "));
        const qreal nameH = m_canvas.wrappedHeight(nameFont, name, textW);
        const qreal metaH = m_canvas.wrappedHeight(metaFont, meta, textW);

        QList<NoteLines> notes;
        const qreal noteW = m_width - u(12);
        const auto addNote = [&](const QString &label, const QString &text, const QColor &color) {
            if (!text.trimmed().isEmpty())
                notes.append(NoteLines{label, text.trimmed(), color,
                                       m_canvas.lineHeight(labelFont) + u(1) +
                                           m_canvas.wrappedHeight(noteFont, text.trimmed(), noteW)});
        };
        addNote(QCoreApplication::translate("Credfolio::Portfolio", "Learner's note"), each.note, Style::body);
        addNote(QCoreApplication::translate("Credfolio::Portfolio", "Advisor's note"),
                m_notes.credentials.value(contentHash(original)), Style::ink);
        qreal notesH = 0;
        for (const NoteLines &note : notes)
            notesH += u(6) + note.height;

        FlowBlock block;
        block.section = QCoreApplication::translate("Credfolio::Portfolio", "Credentials");
        block.spaceBefore = u(4);
        block.height = u(9) + std::max(nameH + u(2) + metaH, u(13)) + notesH + u(9) + u(0.6);
        block.paint = [=, this](QPainter &painter, const QRectF &area) {
            qreal y = area.top() + u(9);
            drawText(painter, QRectF(area.left(), y, textW, nameH), nameFont, Style::ink, name);
            const qreal pillX = area.left() + m_width - pillsW;
            const qreal sentW =
                drawPill(painter, QPointF(pillX, y), toneOf(Pathways::standingOf(each.asSent)), asSentLabel);
            drawPill(painter, QPointF(pillX + sentW + u(5), y),
                     each.today ? toneOf(Pathways::standingOf(*each.today)) : toneOf(std::nullopt), todayLabel);
            drawText(painter, QRectF(area.left(), y + nameH + u(2), textW, metaH), metaFont, Style::muted, meta);
            y += std::max(nameH + u(2) + metaH, u(13));
            for (const NoteLines &note : notes) {
                y += u(6);
                painter.fillRect(QRectF(area.left(), y, u(2), note.height), Style::accentSoft);
                const qreal labelH = m_canvas.lineHeight(labelFont);
                drawText(painter, QRectF(area.left() + u(12), y, noteW, labelH), labelFont, Style::accent, note.label);
                drawText(painter, QRectF(area.left() + u(12), y + labelH + u(1), noteW, note.height - labelH - u(1)),
                         noteFont, note.color, note.text);
                y += note.height;
            }
            painter.fillRect(QRectF(area.left(), area.top() + area.height() - u(0.6), m_width, u(0.6)), Style::rule);
        };
        flow.add(std::move(block));
    }

    void addPathway(PageFlow &flow, const Pathways::Evaluation &evaluation)
    {
        if (evaluation.nodes.isEmpty())
            return;
        const Pathways::NodeProgress &root = evaluation.root();
        PathwayFigure figure;
        figure.name = evaluation.pathwayName;
        figure.fraction = root.fraction;
        figure.creditsEarned = root.creditsEarned;
        figure.creditsRequired = root.creditsRequired.value_or(0);
        // nodes[0] is the pathway; when its one requirement is a list, that list's items are the requirements.
        const int list = root.children.size() == 1 && !evaluation.nodes.at(root.children.first()).children.isEmpty()
                             ? root.children.first()
                             : 0;
        for (int child : evaluation.nodes.at(list).children) {
            ++figure.totalRequirements;
            if (evaluation.nodes.at(child).state == Pathways::NodeState::Met)
                ++figure.metRequirements;
        }
        const QFont nameFont = Style::font(10, true);
        const QFont percentFont = Style::font(11, true);
        const QFont captionFont = Style::font(8.2);
        const QString percent =
            m_options.labels.toString(qRound(qBound(0.0, figure.fraction, 1.0) * 100)) + m_options.labels.percent();
        const qreal percentW = m_canvas.metrics(percentFont).horizontalAdvance(percent) + u(12);
        const qreal titleH = m_canvas.wrappedHeight(nameFont, figure.name, m_width - percentW);
        const QString caption = pathwayCaption(figure, m_options.labels);
        const qreal captionH = m_canvas.lineHeight(captionFont);
        const qreal barH = u(6);
        const qreal fraction = qBound(0.0, figure.fraction, 1.0);

        FlowBlock head;
        head.spaceBefore = u(12);
        head.keepWithNext = true;
        head.height = titleH + u(6) + barH + u(5) + captionH;
        head.paint = [=, this](QPainter &painter, const QRectF &area) {
            qreal y = area.top();
            drawText(painter, QRectF(area.left(), y, m_width - percentW, titleH), nameFont, Style::ink, figure.name);
            drawText(painter, QRectF(area.left(), y, m_width, titleH), percentFont, Style::accent, percent,
                     Qt::AlignRight | Qt::AlignVCenter);
            y += titleH + u(6);
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
            drawText(painter, QRectF(area.left(), y, m_width, captionH), captionFont, Style::muted, caption);
        };
        flow.add(std::move(head));
        addRequirementRows(flow, evaluation, list, 0);
    }

    /// The pathway's requirements: every requirement of the first level, deeper ones when the advisor noted them.
    void addRequirementRows(PageFlow &flow, const Pathways::Evaluation &evaluation, int node, int depth)
    {
        for (int child : evaluation.nodes.at(node).children) {
            const Pathways::NodeProgress &progress = evaluation.nodes.at(child);
            const QString note = m_notes.requirements.value(requirementKey(evaluation.pathwayId, progress.path));
            if (depth == 0 || !note.trimmed().isEmpty())
                addRequirementRow(flow, progress, note.trimmed(), depth);
            addRequirementRows(flow, evaluation, child, depth + 1);
        }
    }

    void addRequirementRow(PageFlow &flow, const Pathways::NodeProgress &progress, const QString &note, int depth)
    {
        const QFont labelFont = Style::font(8.8);
        const QFont stateFont = Style::font(7.8, true);
        const QFont noteLabelFont = Style::font(7.2, true);
        const QFont noteFont = Style::font(8.6);
        const qreal indent = u(10) * qMin(depth, 4);
        const QString state = stateWord(progress.state);
        const qreal stateW = m_canvas.metrics(stateFont).horizontalAdvance(state) + u(8);
        const qreal labelW = m_width - indent - stateW - u(12);
        const QString label = progress.label.trimmed();
        const qreal labelH = m_canvas.wrappedHeight(labelFont, label, labelW);
        const qreal noteW = m_width - indent - u(12);
        const qreal noteLabelH = note.isEmpty() ? 0 : m_canvas.lineHeight(noteLabelFont);
        const qreal noteH = note.isEmpty() ? 0 : m_canvas.wrappedHeight(noteFont, note, noteW);
        const QColor stateColor = progress.state == Pathways::NodeState::Met          ? Style::good
                                  : progress.state == Pathways::NodeState::InProgress ? Style::accent
                                                                                      : Style::muted;
        FlowBlock block;
        block.spaceBefore = u(6);
        block.height = labelH + (note.isEmpty() ? 0 : u(4) + noteLabelH + u(1) + noteH);
        block.paint = [=, this](QPainter &painter, const QRectF &area) {
            const qreal x = area.left() + indent;
            painter.setPen(Qt::NoPen);
            painter.setBrush(stateColor);
            const qreal dot = u(4.6);
            painter.drawEllipse(QRectF(x, area.top() + m_canvas.lineHeight(labelFont) / 2 - dot / 2, dot, dot));
            drawText(painter, QRectF(x + u(12), area.top(), labelW, labelH), labelFont, Style::ink, label);
            drawText(painter, QRectF(area.left(), area.top(), m_width, labelH), stateFont, stateColor, state,
                     Qt::AlignRight | Qt::AlignTop);
            if (!note.isEmpty()) {
                const qreal y = area.top() + labelH + u(4);
                painter.fillRect(QRectF(x + u(12) - u(6), y, u(2), noteLabelH + u(1) + noteH), Style::accentSoft);
                drawText(painter, QRectF(x + u(12), y, noteW, noteLabelH), noteLabelFont, Style::accent,
                         QCoreApplication::translate("Credfolio::Portfolio", "Advisor's note"));
                drawText(painter, QRectF(x + u(12), y + noteLabelH + u(1), noteW, noteH), noteFont, Style::ink, note);
            }
        };
        flow.add(std::move(block));
    }

    const Canvas &m_canvas;
    qreal m_width;
    const Review &m_review;
    const ReviewAnnotations &m_notes;
    const ExportOptions &m_options;
};

void paintFooter(QPainter &painter, const Canvas &canvas, const QRectF &page, const QString &left, int number,
                 int count)
{
    const QFont font = Style::font(7.4);
    const qreal y = page.bottom() - canvas.u(Style::marginBottom) + canvas.u(22);
    const qreal x1 = page.left() + canvas.u(Style::marginSide);
    const qreal x2 = page.right() - canvas.u(Style::marginSide);
    painter.fillRect(QRectF(x1, y, x2 - x1, canvas.u(0.6)), Style::rule);
    const QRectF line(x1, y + canvas.u(7), x2 - x1, canvas.lineHeight(font));
    drawText(painter, line, font, Style::faint, left, Qt::AlignLeft | Qt::AlignTop);
    drawText(painter, line, font, Style::muted, Label::page(number, count), Qt::AlignRight | Qt::AlignTop);
}

} // namespace

QString contentHash(const QByteArray &original)
{
    return QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
}

QString requirementKey(const QString &pathwayId, const QString &nodePath)
{
    return pathwayId + QLatin1Char(' ') + nodePath;
}

QString reviewVerdictLine(const ReviewedCredential &credential, const QDateTime &sentAt, const QLocale &locale)
{
    const QString sent = QCoreApplication::translate("Credfolio::Portfolio", "%1 as of %2")
                             .arg(standingWord(Pathways::standingOf(credential.asSent)), formatDate(sentAt, locale));
    const QString today = credential.today
                              ? QCoreApplication::translate("Credfolio::Portfolio", "%1 now")
                                    .arg(standingWord(Pathways::standingOf(*credential.today)))
                              : QCoreApplication::translate("Credfolio::Portfolio", "not checked today (offline)");
    return sent + QStringLiteral(" · ") + today;
}

Result<ExportStats> writeReviewPdf(const QString &path, const Review &review, const ReviewAnnotations &notes,
                                   const ExportOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return makeError(QStringLiteral("portfolio.no-gui"),
                         QCoreApplication::translate("Credfolio::Portfolio",
                                                     "A review PDF can only be made by the graphical application."),
                         QStringLiteral("writeReviewPdf needs a QGuiApplication (fonts)"));
    }
    ExportOptions effective = options;
    if (!effective.exportedAt.isValid())
        effective.exportedAt = QDateTime::currentDateTimeUtc();
    const QString learner = review.package.contents.profile.name.trimmed();
    const QString title = !effective.title.isEmpty() ? effective.title
                          : learner.isEmpty()
                              ? QCoreApplication::translate("Credfolio::Portfolio", "Advisor review")
                              : QCoreApplication::translate("Credfolio::Portfolio", "%1 — Advisor review").arg(learner);

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kPdfResolution);
    writer.setPageSize(effective.pageSize);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Credfolio"));

    Canvas canvas;
    canvas.device = &writer;
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal contentWidth = page.width() - 2 * canvas.u(Style::marginSide);
    const qreal contentHeight = page.height() - canvas.u(Style::marginTop) - canvas.u(Style::marginBottom);
    PageFlow flow(contentHeight);
    ReviewBuilder builder(canvas, contentWidth, review, notes, effective);
    builder.build(flow);
    const auto pages = flow.paginate();

    QPainter painter;
    if (!painter.begin(&writer))
        return writeFailed(path, QStringLiteral("QPainter::begin on QPdfWriter failed"));
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QString footer =
        learner.isEmpty()
            ? QCoreApplication::translate("Credfolio::Portfolio", "Advisor review")
            : learner + QStringLiteral("  ·  ") + QCoreApplication::translate("Credfolio::Portfolio", "Advisor review");
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        for (const auto &placed : pages.at(p)) {
            const FlowBlock &block = flow.block(placed.block);
            block.paint(painter, QRectF(canvas.u(Style::marginSide), canvas.u(Style::marginTop) + placed.top,
                                        contentWidth, block.height));
        }
        paintFooter(painter, canvas, page, footer, p + 1, int(pages.size()));
    }
    if (!painter.end())
        return writeFailed(path, QStringLiteral("QPainter::end on QPdfWriter failed"));
    buffer.close();

    pdf = withDocumentInfo(pdf, title, learner);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return writeFailed(path, file.errorString());
    return ExportStats{int(pages.size()), int(review.credentials.size()), pdf.size()};
}

} // namespace Credfolio::Portfolio
