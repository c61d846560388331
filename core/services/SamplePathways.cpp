// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/SamplePathways.h"

#include "core/pathways/PathwayReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

namespace Credfolio::Services {

namespace {
Q_LOGGING_CATEGORY(lcSamples, "credfolio.services")

constexpr qint64 kMaxPathwayFileSize = 8 * 1024 * 1024;
} // namespace

QList<SamplePathway> samplePathways()
{
    QList<SamplePathway> samples;
    const QDir dir(QStringLiteral(":/pathways"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        SamplePathway sample{dir.filePath(name), {}, {}, {}, file.readAll()};
        const Result<Pathways::Pathway> read = pathwayFromBytes(sample.bytes);
        if (!read) {
            qCWarning(lcSamples) << "sample pathway" << name << "does not read:" << read.error().toString();
            continue;
        }
        sample.id = read->id;
        sample.name = read->name;
        sample.institution = read->issuer.name;
        samples.append(sample);
    }
    std::sort(samples.begin(), samples.end(), [](const SamplePathway &a, const SamplePathway &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return samples;
}

Result<Pathways::Pathway> pathwayFromBytes(const QByteArray &bytes)
{
    Result<Pathways::ReadPathway> read = Pathways::readPathway(bytes);
    if (!read) {
        return read.error();
    }
    return std::move(read->pathway);
}

Result<Pathways::Pathway> pathwayFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("services.pathway-file-unreadable"),
                         QCoreApplication::translate("Credfolio::Services", "“%1” could not be opened.")
                             .arg(QFileInfo(path).fileName()),
                         path + QLatin1String(": ") + file.errorString());
    }
    if (file.size() > kMaxPathwayFileSize) {
        return makeError(QStringLiteral("services.pathway-file-too-large"),
                         QCoreApplication::translate("Credfolio::Services", "“%1” is too large to be a pathway file.")
                             .arg(QFileInfo(path).fileName()),
                         path);
    }
    return pathwayFromBytes(file.readAll());
}

} // namespace Credfolio::Services
