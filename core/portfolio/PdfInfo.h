// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Credfolio::Portfolio {

/// `pdf` with an incremental update that replaces its document information dictionary by one that keeps the
/// old entries and sets /Title and /Author (QPdfWriter has no author). Returns `pdf` unchanged when its
/// trailer cannot be read (a cross-reference stream, say).
QByteArray withDocumentInfo(const QByteArray &pdf, const QString &title, const QString &author);

} // namespace Credfolio::Portfolio
