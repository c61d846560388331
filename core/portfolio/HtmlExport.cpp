// SPDX-License-Identifier: GPL-3.0-or-later
// The portfolio as one self-contained XHTML5 page (well-formed XML, so any XML reader can check it).
#include "core/portfolio/BadgeArt.h"
#include "core/portfolio/ExportModel.h"
#include "core/portfolio/Labels.h"
#include "core/portfolio/PortfolioExport.h"
#include "core/portfolio/QrCode.h"

#include <QSaveFile>

namespace Credfolio::Portfolio {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *const kStyle = R"css(
:root { --ink: #1f2933; --body: #3e4c59; --muted: #616e7c; --faint: #9aa5b1; --rule: #e4e7eb;
        --accent: #1d5c8a; --accent-soft: #e9f1f8; }
* { box-sizing: border-box; }
body { margin: 0; background: #f5f7fa; color: var(--body);
       font: 14px/1.45 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
main { max-width: 820px; margin: 32px auto; background: #fff; padding: 48px 56px;
       box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.kicker, h2 { font-size: 11px; font-weight: 700; letter-spacing: .14em; text-transform: uppercase;
              color: var(--accent); }
header .kicker { display: flex; justify-content: space-between; }
header .kicker span:last-child { color: var(--muted); font-weight: 400; letter-spacing: 0; text-transform: none; }
h1 { margin: 12px 0 2px; font-size: 34px; line-height: 1.15; color: var(--ink); }
.headline { margin: 0; font-size: 17px; color: var(--accent); }
.contact { margin: 10px 0 0; padding: 0; list-style: none; color: var(--muted); font-size: 12.5px; }
.contact li { display: inline; }
.contact li + li::before { content: "  ·  "; white-space: pre; }
.rule { height: 1px; background: var(--rule); margin: 18px 0 16px; position: relative; }
.rule::before { content: ""; position: absolute; left: 0; top: -1px; width: 56px; height: 3px;
                background: var(--accent); }
.summary { margin: 0; }
h2 { margin: 32px 0 10px; padding-bottom: 6px; border-bottom: 1px solid var(--rule); break-after: avoid; }
.skills { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px; }
.skills li { background: var(--accent-soft); color: var(--ink); border-radius: 999px; padding: 3px 11px;
             font-size: 12px; }
.skills li b { color: var(--accent); margin-left: 6px; font-size: 11px; }
.pathway { margin: 14px 0; break-inside: avoid; }
.pathway .top { display: flex; justify-content: space-between; align-items: baseline; }
.pathway strong { color: var(--ink); }
.pathway .pct { color: var(--accent); font-weight: 700; }
.pathway .inst, .pathway .caption { color: var(--muted); font-size: 12px; }
.bar { height: 7px; background: var(--rule); border-radius: 4px; margin: 6px 0 4px; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--accent); border-radius: 4px; }
.card { display: grid; grid-template-columns: 60px 1fr 80px; gap: 16px; padding: 14px 0;
        border-bottom: 1px solid var(--rule); break-inside: avoid; }
.card:last-child { border-bottom: 0; }
.badge { width: 60px; height: 60px; border-radius: 10px; object-fit: contain; }
.initials { display: flex; align-items: center; justify-content: center; background: var(--accent-soft);
            color: var(--accent); font-weight: 700; font-size: 20px; }
.card h3 { margin: 0; font-size: 15px; color: var(--ink); }
.meta { color: var(--muted); font-size: 12.5px; margin: 2px 0 0; }
.desc { margin: 5px 0 0; font-size: 12.5px; }
.foot { margin-top: 8px; display: flex; align-items: center; gap: 10px; font-size: 11px; color: var(--faint); }
.mark { border-radius: 999px; padding: 2px 9px 2px 8px; font-weight: 700; font-size: 10.5px; }
.mark::before { content: "●"; margin-right: 5px; }
.mark.good { background: #e5f4eb; color: #237a4b; }
.mark.warn { background: #fdf3d8; color: #956100; }
.mark.bad { background: #fdecea; color: #b42318; }
.check { text-align: right; font: 10px "DejaVu Sans Mono", monospace; color: var(--muted); }
.check a { display: block; }
.check svg { width: 72px; height: 72px; display: block; margin-left: auto; }
@page { size: A4; margin: 16mm; }
@media print {
  body { background: #fff; }
  main { margin: 0; padding: 0; box-shadow: none; max-width: none; }
}
)css";

QString markClass(Standing standing)
{
    switch (standing) {
    case Standing::Verified:
        return QStringLiteral("good");
    case Standing::Expired:
    case Standing::NotYetValid:
    case Standing::Unchecked:
        return QStringLiteral("warn");
    default:
        return QStringLiteral("bad");
    }
}

/// The QR code as inline SVG: one path of dark runs, with a 2-module quiet zone.
QString qrSvg(const QrCode &code, const QString &label)
{
    QString d;
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size();) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < code.size() && code.isDark(x, y)) {
                ++x;
            }
            d += QStringLiteral("M%1 %2h%3v1h-%3z").arg(start + 2).arg(y + 2).arg(x - start);
        }
    }
    const int side = code.size() + 4;
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %1\" role=\"img\" "
                          "aria-label=\"%2\" shape-rendering=\"crispEdges\"><rect width=\"%1\" height=\"%1\" "
                          "fill=\"#fff\"/><path fill=\"#1f2933\" d=\"%3\"/></svg>")
        .arg(side)
        .arg(esc(label), d);
}

QString card(const EntryView &view, const QrCode &code)
{
    QString html = QStringLiteral("<article class=\"card\">");
    const QByteArray png = badgePng(*view.entry, 120);
    if (!png.isEmpty()) {
        html += QStringLiteral("<img class=\"badge\" alt=\"\" src=\"data:image/png;base64,%1\"/>")
                    .arg(QString::fromLatin1(png.toBase64()));
    } else {
        html += QStringLiteral("<div class=\"badge initials\" aria-hidden=\"true\">%1</div>").arg(esc(view.initials));
    }
    QStringList meta;
    if (!view.issuer.isEmpty()) {
        meta.append(esc(view.issuer));
    }
    if (!view.date.isEmpty()) {
        meta.append(QStringLiteral("<time datetime=\"%1\">%2</time>").arg(view.isoDate, esc(view.date)));
    }
    if (!view.credits.isEmpty()) {
        meta.append(esc(view.credits));
    }
    html += QStringLiteral("<div><h3>%1</h3><p class=\"meta\">%2</p>")
                .arg(esc(view.name), meta.join(QStringLiteral(" · ")));
    if (!view.description.isEmpty()) {
        html += QStringLiteral("<p class=\"desc\">%1</p>").arg(esc(view.description));
    }
    html += QStringLiteral("<div class=\"foot\"><span class=\"mark %1\">%2</span><span>%3</span></div></div>")
                .arg(markClass(view.standing), esc(view.mark), esc(view.skills.join(QStringLiteral(" · "))));
    const bool link = view.target.startsWith(u"http");
    html += QStringLiteral("<div class=\"check\">");
    html += link ? QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(view.target), qrSvg(code, view.target))
                 : qrSvg(code, view.target);
    html += QStringLiteral("<span title=\"%1\">%2</span></div></article>").arg(esc(view.target), esc(view.shortHash));
    return html;
}

} // namespace

Result<ExportStats> writeHtml(const QString &path, const LearnerProfile &profile, const QList<PortfolioEntry> &entries,
                              const QList<PathwayFigure> &pathways, const ExportOptions &options)
{
    const LabelScope language(options.labelLanguage);
    const ExportModel model = buildModel(profile, entries, options);
    const QLocale &locale = options.labels;

    QString html = QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\">\n")
                       .arg(locale.bcp47Name());
    html += QStringLiteral("<head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width\"/>"
                           "<meta name=\"author\" content=\"%1\"/><meta name=\"generator\" content=\"Credfolio\"/>"
                           "<title>%2</title><style>")
                .arg(esc(profile.name.trimmed()), esc(model.title));
    html += QString::fromUtf8(kStyle) + QStringLiteral("</style></head>\n<body><main>\n<header>");
    html += QStringLiteral("<div class=\"kicker\"><span>%1</span><span>%2</span></div>")
                .arg(esc(Label::portfolio()), esc(model.exportedLabel));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(profile.name.trimmed()));
    if (!profile.headline.trimmed().isEmpty()) {
        html += QStringLiteral("<p class=\"headline\">%1</p>").arg(esc(profile.headline.trimmed()));
    }
    const QStringList contacts = contactItems(profile);
    if (!contacts.isEmpty()) {
        html += QStringLiteral("<ul class=\"contact\">");
        for (const QString &item : contacts) {
            html += QStringLiteral("<li>%1</li>").arg(esc(item));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<div class=\"rule\"></div>");
    if (!profile.summary.trimmed().isEmpty()) {
        html += QStringLiteral("<p class=\"summary\">%1</p>").arg(esc(profile.summary.trimmed()));
    }
    html += QStringLiteral("</header>\n");

    if (!model.skills.isEmpty()) {
        html += QStringLiteral("<section><h2>%1</h2><ul class=\"skills\">").arg(esc(Label::skills()));
        for (const SkillCount &skill : model.skills) {
            html += skill.count > 1
                        ? QStringLiteral("<li>%1<b>%2</b></li>").arg(esc(skill.name), QString::number(skill.count))
                        : QStringLiteral("<li>%1</li>").arg(esc(skill.name));
        }
        html += QStringLiteral("</ul></section>\n");
    }
    if (!pathways.isEmpty()) {
        html += QStringLiteral("<section><h2>%1</h2>").arg(esc(Label::progress()));
        for (const PathwayFigure &figure : pathways) {
            const int percent = qRound(qBound(0.0, figure.fraction, 1.0) * 100);
            html += QStringLiteral("<div class=\"pathway\"><div class=\"top\"><div><strong>%1</strong> "
                                   "<span class=\"inst\">%2</span></div><span class=\"pct\">%3</span></div>"
                                   "<div class=\"bar\"><span style=\"width: %4%\"></span></div>"
                                   "<div class=\"caption\">%5</div></div>")
                        .arg(esc(figure.name.trimmed()), esc(figure.institution.trimmed()),
                             esc(locale.toString(percent) + locale.percent()), QString::number(percent),
                             esc(pathwayCaption(figure, locale)));
        }
        html += QStringLiteral("</section>\n");
    }
    for (const Section &section : model.sections) {
        html += QStringLiteral("<section><h2>%1</h2>\n").arg(esc(section.title));
        for (const EntryView &view : section.entries) {
            auto code = QrCode::encode(view.target.toUtf8());
            if (!code) {
                return code.error();
            }
            html += card(view, *code) + QLatin1Char('\n');
        }
        html += QStringLiteral("</section>\n");
    }
    html += QStringLiteral("</main></body>\n</html>\n");

    const QByteArray bytes = html.toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return writeFailed(path, file.errorString());
    }
    return ExportStats{1, model.entryCount, bytes.size()};
}

} // namespace Credfolio::Portfolio
