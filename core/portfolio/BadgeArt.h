// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/portfolio/Portfolio.h"

#include <QByteArray>
#include <QHash>
#include <QImage>

namespace Credfolio::Portfolio {

/// The credential's badge image (its own, else the achievement's, else the baked PNG/SVG itself) decoded and scaled to
/// fit `pixels` square, or a null image when none is embedded or it cannot be decoded (the exports then draw initials).
/// With a `cache` (decoded images by the SHA-1 of their bytes), the same badge on many credentials is decoded
/// once and shares one QImage, which QPdfWriter then embeds once.
QImage badgeImage(const PortfolioEntry &entry, int pixels, QHash<QByteArray, QImage> *cache = nullptr);

/// badgeImage() as PNG bytes (small, for the HTML export), or empty.
QByteArray badgePng(const PortfolioEntry &entry, int pixels);

} // namespace Credfolio::Portfolio
