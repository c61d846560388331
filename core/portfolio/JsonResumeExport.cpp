// SPDX-License-Identifier: GPL-3.0-or-later
// JSON Resume (https://jsonresume.org/schema): the credentials as `certificates`, their skills as `skills`.
#include "core/portfolio/ExportModel.h"
#include "core/portfolio/Labels.h"
#include "core/portfolio/PortfolioExport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace Credfolio::Portfolio {

namespace {

void putText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty()) {
        object.insert(key, value.trimmed());
    }
}

QJsonObject basics(const LearnerProfile &profile)
{
    QJsonObject basics;
    putText(basics, QStringLiteral("name"), profile.name);
    putText(basics, QStringLiteral("label"), profile.headline);
    putText(basics, QStringLiteral("email"), profile.email);
    putText(basics, QStringLiteral("phone"), profile.phone);
    putText(basics, QStringLiteral("url"), profile.website);
    putText(basics, QStringLiteral("summary"), profile.summary);
    if (!profile.location.trimmed().isEmpty()) {
        // The learner types one line ("Leeds, UK"); JSON Resume has no free-text field for it but `address`.
        basics.insert(QStringLiteral("location"), QJsonObject{{QStringLiteral("address"), profile.location.trimmed()}});
    }
    return basics;
}

/// Skills grouped by the alignment's framework (O*NET, ESCO...); tags and unframed alignments under "Skills".
QJsonArray skills(const ExportModel &model)
{
    QStringList groups;
    QHash<QString, QStringList> keywords;
    QHash<QString, QSet<QString>> seen;
    auto add = [&](const QString &group, const QString &keyword) {
        if (keyword.trimmed().isEmpty() || seen[group].contains(keyword.trimmed().toCaseFolded())) {
            return;
        }
        if (!keywords.contains(group)) {
            groups.append(group);
        }
        seen[group].insert(keyword.trimmed().toCaseFolded());
        keywords[group].append(keyword.trimmed());
    };
    for (const Section &section : model.sections) {
        for (const EntryView &view : section.entries) {
            const auto &achievement = view.entry->credential.achievement;
            for (const auto &alignment : achievement.alignments) {
                add(alignment.targetFramework.trimmed().isEmpty() ? Label::skills()
                                                                  : alignment.targetFramework.trimmed(),
                    alignment.targetName);
            }
            for (const QString &tag : achievement.tags) {
                add(Label::skills(), tag);
            }
        }
    }
    QJsonArray array;
    for (const QString &group : groups) {
        array.append(QJsonObject{{QStringLiteral("name"), group},
                                 {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords.value(group))}});
    }
    return array;
}

} // namespace

Result<ExportStats> writeJsonResume(const QString &path, const LearnerProfile &profile,
                                    const QList<PortfolioEntry> &entries, const QList<PathwayFigure> &pathways,
                                    const ExportOptions &options)
{
    Q_UNUSED(pathways) // JSON Resume has no place for progress toward a qualification.
    const LabelScope language(options.labelLanguage);
    const ExportModel model = buildModel(profile, entries, options);
    QJsonArray certificates;
    for (const Section &section : model.sections) {
        for (const EntryView &view : section.entries) {
            QJsonObject certificate{{QStringLiteral("name"), view.name}, {QStringLiteral("issuer"), view.issuer}};
            putText(certificate, QStringLiteral("date"), view.isoDate);
            // `url` is a URI in the schema; the package reference is one too (scheme "credfolio").
            putText(certificate, QStringLiteral("url"), view.target);
            certificates.append(certificate);
        }
    }
    QJsonObject resume{
        {QStringLiteral("$schema"),
         QStringLiteral("https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json")},
        {QStringLiteral("basics"), basics(profile)},
        {QStringLiteral("certificates"), certificates},
        {QStringLiteral("skills"), skills(model)},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("lastModified"), model.exportedAt.toString(Qt::ISODate).chopped(1)}}},
    };
    const QByteArray bytes = QJsonDocument(resume).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return writeFailed(path, file.errorString());
    }
    return ExportStats{1, model.entryCount, bytes.size()};
}

} // namespace Credfolio::Portfolio
