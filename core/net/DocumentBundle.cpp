// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/DocumentBundle.h"

#include "core/net/DocumentCache.h"
#include "core/net/FetcherPolicy.h"
#include "core/net/NetErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace Credfolio::Net {
namespace {

bool escapes(const QString &file)
{
    if (file.isEmpty() || QDir::isAbsolutePath(file) || file.startsWith(QLatin1Char('/')) ||
        file.startsWith(QLatin1Char('\\')) || (file.size() > 1 && file.at(1) == QLatin1Char(':'))) {
        return true;
    }
    const QStringList segments = file.split(QRegularExpression(QStringLiteral("[/\\\\]")));
    return segments.contains(QStringLiteral(".."));
}

// The file of one manifest entry, after checking that it stays inside the manifest's folder.
Result<QString> resolveFile(const QString &manifestPath, const QDir &folder, const QString &file)
{
    if (escapes(file)) {
        return Errors::bundlePath(manifestPath, file);
    }
    const QFileInfo info(folder.filePath(file));
    if (!info.isFile()) {
        return Errors::bundleUnreadable(manifestPath, QStringLiteral("missing file %1").arg(file));
    }
    const QString root = folder.canonicalPath() + QLatin1Char('/');
    if (!info.canonicalFilePath().startsWith(root)) {
        return Errors::bundlePath(manifestPath, file);
    }
    return info.absoluteFilePath();
}

Result<RemoteDocument> readEntry(const QString &manifestPath, const QDir &folder, const QJsonObject &entry)
{
    const QUrl url(entry.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    const QJsonValue file = entry.value(QLatin1String("file"));
    if (!url.isValid() || url.isRelative() || !file.isString()) {
        return Errors::bundleInvalid(manifestPath, QStringLiteral("each resource needs an absolute url and a file"));
    }
    const Result<QString> path = resolveFile(manifestPath, folder, file.toString());
    if (!path) {
        return path.error();
    }
    QFile content(*path);
    if (!content.open(QIODevice::ReadOnly)) {
        return Errors::bundleUnreadable(manifestPath, content.errorString());
    }
    RemoteDocument document;
    document.url = url;
    document.finalUrl = url;
    document.body = content.readAll();
    document.fromCache = true;
    const QString type = entry.value(QLatin1String("contentType")).toString();
    document.contentType = type.isEmpty() ? QMimeDatabase().mimeTypeForFile(*path).name() : mediaType(type);
    const QString fetchedAt = entry.value(QLatin1String("fetchedAt")).toString();
    document.fetchedAt = fetchedAt.isEmpty() ? QFileInfo(*path).lastModified().toUTC()
                                             : QDateTime::fromString(fetchedAt, Qt::ISODateWithMs).toUTC();
    if (!document.fetchedAt.isValid()) {
        return Errors::bundleInvalid(manifestPath, QStringLiteral("bad fetchedAt %1").arg(fetchedAt));
    }
    return document;
}

} // namespace

Result<DocumentBundle> DocumentBundle::load(const QString &manifestPath)
{
    QFile manifest(manifestPath);
    if (!manifest.open(QIODevice::ReadOnly)) {
        return Errors::bundleUnreadable(manifestPath, manifest.errorString());
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(manifest.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Errors::bundleInvalid(
            manifestPath, QStringLiteral("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    }
    const QJsonValue resources = json.object().value(QLatin1String("resources"));
    if (!json.isObject() || !resources.isArray()) {
        return Errors::bundleInvalid(manifestPath, QStringLiteral("no \"resources\" array"));
    }
    const QDir folder = QFileInfo(manifestPath).absoluteDir();
    DocumentBundle bundle;
    for (const QJsonValue &value : resources.toArray()) {
        if (!value.isObject()) {
            return Errors::bundleInvalid(manifestPath, QStringLiteral("a resource is not an object"));
        }
        Result<RemoteDocument> document = readEntry(manifestPath, folder, value.toObject());
        if (!document) {
            return document.error();
        }
        const QString key = cacheKey(document->url);
        if (!bundle.m_documents.contains(key)) {
            bundle.m_urls.append(document->url);
        }
        bundle.m_documents.insert(key, std::move(document).value());
    }
    return bundle;
}

std::optional<RemoteDocument> DocumentBundle::find(const QUrl &url) const
{
    const auto it = m_documents.constFind(cacheKey(url));
    if (it == m_documents.constEnd()) {
        return std::nullopt;
    }
    RemoteDocument document = *it;
    document.url = url;
    return document;
}

void DocumentBundle::merge(const DocumentBundle &other)
{
    for (const QUrl &url : other.m_urls) {
        const QString key = cacheKey(url);
        if (!m_documents.contains(key)) {
            m_urls.append(url);
        }
        m_documents.insert(key, other.m_documents.value(key));
    }
}

} // namespace Credfolio::Net
