// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/InputFiles.h"

#include "app/cli/CliText.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Credfolio::Cli {

Result<QStringList> collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (path == QLatin1String("-") || info.isFile()) {
            files << path;
            continue;
        }
        if (!info.isDir()) {
            return makeError(QStringLiteral("cli.no-such-path"), CliText::tr("No such file or folder: %1").arg(path));
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            found << it.next();
        }
        std::sort(found.begin(), found.end());
        files << found;
    }
    return files;
}

Result<QByteArray> readInput(const QString &path, qint64 maxBytes)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return makeError(QStringLiteral("cli.unreadable"),
                         CliText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    if (path != QLatin1String("-") && file.size() > maxBytes) {
        return makeError(QStringLiteral("cli.too-large"),
                         CliText::tr("%1 is larger than %2 MiB").arg(path).arg(maxBytes / (1024 * 1024)));
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        return makeError(QStringLiteral("cli.too-large"),
                         CliText::tr("%1 is larger than %2 MiB").arg(path).arg(maxBytes / (1024 * 1024)));
    }
    return bytes;
}

} // namespace Credfolio::Cli
