// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/portfolio/BadgeArt.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>

namespace Credfolio::Portfolio {

namespace {

QImage decode(const QByteArray &bytes, int pixels)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize natural = reader.size();
    // Vector images (SVG) are rendered at the size we need instead of being scaled afterwards.
    if (natural.isValid() && reader.supportsOption(QImageIOHandler::ScaledSize)) {
        reader.setScaledSize(natural.scaled(pixels, pixels, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (image.isNull()) {
        return {};
    }
    if (image.width() > pixels || image.height() > pixels) {
        image = image.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

QImage badgeImage(const PortfolioEntry &entry, int pixels, QHash<QByteArray, QImage> *cache)
{
    const auto &credential = entry.credential;
    // A baked badge is itself the picture of the badge.
    const bool baked =
        credential.container == Credentials::Container::Png || credential.container == Credentials::Container::Svg;
    for (const QByteArray &bytes :
         {credential.image.data, credential.achievement.image.data, baked ? credential.original : QByteArray()}) {
        if (bytes.isEmpty()) {
            continue;
        }
        const QByteArray key =
            cache ? QCryptographicHash::hash(bytes, QCryptographicHash::Sha1) + QByteArray::number(pixels)
                  : QByteArray();
        if (cache && cache->contains(key)) {
            return cache->value(key);
        }
        QImage image = decode(bytes, pixels);
        if (cache) {
            cache->insert(key, image);
        }
        if (!image.isNull()) {
            return image;
        }
    }
    return {};
}

QByteArray badgePng(const PortfolioEntry &entry, int pixels)
{
    const QImage image = badgeImage(entry, pixels);
    if (image.isNull()) {
        return {};
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace Credfolio::Portfolio
