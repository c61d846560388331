// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/portfolio/ExportModel.h"

#include "core/portfolio/Labels.h"
#include "core/portfolio/PortfolioExport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Credfolio::Portfolio {

namespace {

QString firstLine(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    // Markdown emphasis and headings read badly as a one-line summary.
    while (line.startsWith(QLatin1Char('#'))) {
        line.remove(0, 1);
    }
    return line.trimmed();
}

// Tags are often lower-case keywords ("statistics", "sql"); shown beside alignment names they read better
// capitalized, and a short all-lower-case tag is most likely an acronym.
QString displaySkill(const QString &raw)
{
    QString skill = raw.simplified();
    if (skill.isEmpty() || skill != skill.toLower()) {
        return skill;
    }
    if (skill.size() <= 3 && !skill.contains(QLatin1Char(' '))) {
        return skill.toUpper();
    }
    skill[0] = skill.at(0).toUpper();
    return skill;
}

QStringList skillsOf(const Credentials::Credential &credential)
{
    QStringList skills;
    QSet<QString> seen;
    auto add = [&](const QString &raw) {
        const QString skill = displaySkill(raw);
        if (!skill.isEmpty() && !seen.contains(skill.toCaseFolded())) {
            seen.insert(skill.toCaseFolded());
            skills.append(skill);
        }
    };
    for (const auto &alignment : credential.achievement.alignments) {
        add(alignment.targetName);
    }
    for (const auto &tag : credential.achievement.tags) {
        add(tag);
    }
    return skills;
}

QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.at(0).isLetterOrNumber() && word.at(0).isUpper()) {
            initials.append(word.at(0));
        }
        if (initials.size() == 2) {
            break;
        }
    }
    if (initials.isEmpty() && !name.trimmed().isEmpty()) {
        initials = name.trimmed().left(1).toUpper();
    }
    return initials;
}

QString markOf(Standing standing, const PortfolioEntry &entry, const QLocale &locale)
{
    switch (standing) {
    case Standing::Verified:
        return label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Verified %1"))
            .arg(formatDate(entry.report.checkedAt, locale))
            .trimmed();
    case Standing::Expired:
        return entry.credential.validUntil.isValid() ? label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Expired %1"))
                                                           .arg(formatDate(entry.credential.validUntil, locale))
                                                     : label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Expired"));
    case Standing::Revoked:
        return label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Revoked"));
    case Standing::Suspended:
        return label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Suspended"));
    case Standing::NotYetValid:
        return label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Not yet valid"));
    case Standing::Invalid:
        return label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Did not verify"));
    case Standing::Unchecked:
        return label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Not checked"));
    }
    return {};
}

bool included(Standing standing, const ExportOptions &options)
{
    switch (standing) {
    case Standing::Verified:
        return true;
    case Standing::Expired:
        return options.includeExpired;
    default:
        return options.includeInvalid;
    }
}

} // namespace

Standing standingOf(const PortfolioEntry &entry, const QDateTime &at)
{
    const auto &report = entry.report;
    if (report.checks.isEmpty()) {
        return Standing::Unchecked;
    }
    if (const Verify::Check *failure = report.firstFailure()) {
        if (failure->code == u"verify.expired") {
            return Standing::Expired;
        }
        if (failure->code == u"verify.revoked") {
            return Standing::Revoked;
        }
        if (failure->code == u"verify.suspended") {
            return Standing::Suspended;
        }
        if (failure->code == u"verify.not-yet-valid") {
            return Standing::NotYetValid;
        }
        return Standing::Invalid;
    }
    if (!report.isValid()) {
        return Standing::Invalid; // an embedded credential failed
    }
    if (entry.credential.validUntil.isValid() && at.isValid() && entry.credential.validUntil <= at) {
        return Standing::Expired;
    }
    return Standing::Verified;
}

QString formatDate(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid()) {
        return {};
    }
    return locale.toString(when.toUTC().date(), QStringLiteral("d MMM yyyy"));
}

QString formatNumber(double value, const QLocale &locale)
{
    return locale.toString(value, 'g', 6);
}

QStringList contactItems(const LearnerProfile &profile)
{
    QStringList items;
    for (const QString &item : {profile.email, profile.phone, profile.website, profile.location}) {
        if (!item.trimmed().isEmpty()) {
            items.append(item.trimmed());
        }
    }
    return items;
}

QString pathwayCaption(const PathwayFigure &figure, const QLocale &locale)
{
    QString caption = label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "%1 of %2 requirements met"))
                          .arg(locale.toString(figure.metRequirements), locale.toString(figure.totalRequirements));
    if (figure.creditsRequired > 0) {
        caption += QStringLiteral(" · ") +
                   label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "%1 of %2 credits"))
                       .arg(formatNumber(figure.creditsEarned, locale), formatNumber(figure.creditsRequired, locale));
    }
    return caption;
}

ExportModel buildModel(const LearnerProfile &profile, const QList<PortfolioEntry> &entries,
                       const ExportOptions &options)
{
    ExportModel model;
    model.exportedAt = options.exportedAt.isValid() ? options.exportedAt.toUTC() : QDateTime::currentDateTimeUtc();
    model.title = !options.title.trimmed().isEmpty() ? options.title.trimmed()
                  : profile.name.trimmed().isEmpty()
                      ? Label::portfolio()
                      : profile.name.trimmed() + QStringLiteral(" — ") + Label::portfolio();
    model.exportedLabel = label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Exported %1"))
                              .arg(formatDate(model.exportedAt, options.labels));

    QHash<QString, int> sectionIndex;
    QHash<QString, SkillCount> skillCounts;
    for (const PortfolioEntry &entry : entries) {
        const Standing standing = standingOf(entry, model.exportedAt);
        if (!included(standing, options)) {
            continue;
        }
        const auto &credential = entry.credential;
        EntryView view;
        view.entry = &entry;
        view.standing = standing;
        view.name = !credential.name.trimmed().isEmpty() ? credential.name.simplified()
                                                         : credential.achievement.name.simplified();
        if (view.name.isEmpty()) {
            view.name = label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Untitled credential"));
        }
        view.issuer = credential.issuer.name.simplified();
        if (view.issuer.isEmpty()) {
            view.issuer = credential.achievement.creator.name.simplified();
        }
        if (view.issuer.isEmpty()) {
            view.issuer = credential.issuer.id;
        }
        const QDateTime issued = credential.awardedDate.isValid() ? credential.awardedDate : credential.validFrom;
        view.date = formatDate(issued, options.labels);
        view.isoDate = issued.isValid() ? issued.toUTC().date().toString(Qt::ISODate) : QString();
        if (const auto credits = credential.credits(); credits && *credits > 0) {
            view.credits = *credits == 1 ? label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "1 credit"))
                                         : label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "%1 credits"))
                                               .arg(formatNumber(*credits, options.labels));
        }
        view.description =
            firstLine(!credential.achievement.description.trimmed().isEmpty() ? credential.achievement.description
                                                                              : credential.description);
        view.mark = markOf(standing, entry, options.labels);
        view.target = checkTarget(entry, options);
        view.shortHash = entry.contentHash.left(8) + QLatin1Char(' ') + entry.contentHash.mid(8, 8);
        view.shortHash = view.shortHash.trimmed();
        view.initials = initialsOf(view.name);
        view.skills = skillsOf(credential);
        for (const QString &skill : view.skills) {
            SkillCount &count = skillCounts[skill.toCaseFolded()];
            if (count.name.isEmpty()) {
                count.name = skill;
            }
            ++count.count;
        }

        const QString title = entry.group.trimmed().isEmpty() ? Label::credentials() : entry.group.trimmed();
        auto found = sectionIndex.constFind(title);
        if (found == sectionIndex.constEnd()) {
            found = sectionIndex.insert(title, int(model.sections.size()));
            model.sections.append(Section{title, {}});
        }
        model.sections[*found].entries.append(view);
        ++model.entryCount;
    }
    model.skills = skillCounts.values();
    std::sort(model.skills.begin(), model.skills.end(), [](const SkillCount &a, const SkillCount &b) {
        if (a.count != b.count) {
            return a.count > b.count;
        }
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.name < b.name;
    });
    return model;
}

LeftOut leftOut(const QList<PortfolioEntry> &entries, const ExportOptions &options)
{
    const QDateTime at = options.exportedAt.isValid() ? options.exportedAt.toUTC() : QDateTime::currentDateTimeUtc();
    LeftOut result;
    for (const PortfolioEntry &entry : entries) {
        const Standing standing = standingOf(entry, at);
        if (!included(standing, options))
            ++(standing == Standing::Expired ? result.expired : result.invalid);
    }
    return result;
}

QString checkTarget(const PortfolioEntry &entry, const ExportOptions &options)
{
    auto isPublic = [](const QString &url) {
        return url.startsWith(u"https://", Qt::CaseInsensitive) || url.startsWith(u"http://", Qt::CaseInsensitive);
    };
    if (isPublic(entry.credential.id)) {
        return entry.credential.id;
    }
    if (isPublic(entry.credential.sourceUrl)) {
        return entry.credential.sourceUrl;
    }
    return QStringLiteral("credfolio:package:") + options.packageId + QStringLiteral("#sha256=") +
           entry.contentHash.toLower();
}

Error writeFailed(const QString &path, const QString &detail)
{
    return makeError(
        QStringLiteral("portfolio.write-failed"),
        QCoreApplication::translate("Credfolio::Portfolio", "The portfolio could not be saved to %1.").arg(path),
        detail);
}

namespace Label {
QString skills()
{
    return label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Skills"));
}
QString progress()
{
    return label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Pathway progress"));
}
QString credentials()
{
    return label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Credentials"));
}
QString portfolio()
{
    return label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "Credential portfolio"));
}
QString page(int page, int pages)
{
    return label(QT_TRANSLATE_NOOP("Credfolio::Portfolio", "%1 / %2")).arg(page).arg(pages);
}
} // namespace Label

} // namespace Credfolio::Portfolio
