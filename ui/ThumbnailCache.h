// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/services/LibraryFilters.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <functional>

namespace Credfolio::Ui {

/// Badge images for the library views, read and decoded on worker threads only when a card is painted, kept
/// scaled in a bounded cache. A view asks thumbnail(); until the image is ready it gets a null image and draws a
/// placeholder, and thumbnailReady() tells it to repaint.
class ThumbnailCache : public QObject {
    Q_OBJECT

public:
    /// Reads the image bytes of a credential; called on worker threads.
    using Loader = std::function<Result<Services::CredentialImage>(qint64 id)>;

    /// `pixelSize`: the longest side of a thumbnail in device pixels.
    ThumbnailCache(Loader loader, int pixelSize, QObject *parent = nullptr);
    /// Waits for the loads in progress (they use the library).
    ~ThumbnailCache() override;

    /// The thumbnail when ready; otherwise a null image, and the load is started (once per id).
    QImage thumbnail(qint64 id);
    /// Whether the credential has no usable image (none kept, or it did not decode).
    bool hasNoImage(qint64 id) const { return m_missing.contains(id); }
    /// Forgets everything (queued loads are dropped).
    void clear();
    /// Blocks until every started load is done and delivered (tests, screenshots).
    void waitForLoads();

    /// Decodes PNG, JPEG, GIF, WebP (as the image plugins allow) or SVG bytes, scaled to fit `pixelSize`.
    static QImage decode(const QByteArray &bytes, const QString &type, int pixelSize);

signals:
    void thumbnailReady(qint64 id);

private:
    void deliver(qint64 id, const QImage &image, quint64 generation);

    Loader m_loader;
    int m_pixelSize;
    QThreadPool m_pool;
    QCache<qint64, QImage> m_cache;
    QSet<qint64> m_pending;
    QSet<qint64> m_missing;
    quint64 m_generation = 0;
};

} // namespace Credfolio::Ui
