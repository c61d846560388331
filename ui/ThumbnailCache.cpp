// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ThumbnailCache.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

namespace Credfolio::Ui {

namespace {
constexpr int kCachedImages = 600;

bool isSvg(const QByteArray &bytes, const QString &type)
{
    return type.contains(QLatin1String("svg")) || bytes.trimmed().startsWith("<?xml") ||
           bytes.trimmed().startsWith("<svg");
}
} // namespace

ThumbnailCache::ThumbnailCache(Loader loader, int pixelSize, QObject *parent)
    : QObject(parent)
    , m_loader(std::move(loader))
    , m_pixelSize(pixelSize)
    , m_cache(kCachedImages)
{
    m_pool.setMaxThreadCount(2);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QImage ThumbnailCache::decode(const QByteArray &bytes, const QString &type, int pixelSize)
{
    if (bytes.isEmpty()) {
        return {};
    }
    if (isSvg(bytes, type)) {
        QSvgRenderer renderer(bytes);
        if (!renderer.isValid()) {
            return {};
        }
        QSize size = renderer.defaultSize();
        if (size.isEmpty()) {
            size = QSize(pixelSize, pixelSize);
        }
        size.scale(pixelSize, pixelSize, Qt::KeepAspectRatio);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        return image;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // Big images are decoded at the size shown where the format allows it (JPEG), never at full size.
    QSize size = reader.size();
    if (size.isValid() && (size.width() > pixelSize || size.height() > pixelSize)) {
        size.scale(pixelSize, pixelSize, Qt::KeepAspectRatio);
        reader.setScaledSize(size);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return {};
    }
    if (image.width() > pixelSize || image.height() > pixelSize) {
        image = image.scaled(pixelSize, pixelSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

QImage ThumbnailCache::thumbnail(qint64 id)
{
    if (const QImage *image = m_cache.object(id)) {
        return *image;
    }
    if (m_missing.contains(id) || m_pending.contains(id)) {
        return {};
    }
    m_pending.insert(id);
    const quint64 generation = m_generation;
    const int pixelSize = m_pixelSize;
    Loader loader = m_loader;
    // The destructor waits for the pool, so `this` outlives every load.
    m_pool.start([this, loader, id, generation, pixelSize] {
        QImage image;
        if (const Result<Services::CredentialImage> read = loader(id); read) {
            image = decode(read->bytes, read->type, pixelSize);
        }
        QMetaObject::invokeMethod(
            this, [this, id, image, generation] { deliver(id, image, generation); }, Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::deliver(qint64 id, const QImage &image, quint64 generation)
{
    if (generation != m_generation) {
        return;
    }
    m_pending.remove(id);
    if (image.isNull()) {
        m_missing.insert(id);
    } else {
        m_cache.insert(id, new QImage(image), 1);
    }
    emit thumbnailReady(id);
}

void ThumbnailCache::clear()
{
    ++m_generation;
    m_pool.clear();
    m_pending.clear();
    m_missing.clear();
    m_cache.clear();
}

void ThumbnailCache::waitForLoads()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

} // namespace Credfolio::Ui
