// SPDX-License-Identifier: GPL-3.0-or-later
// Minimal PNG writing for the hostile-suite generator.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Credfolio::Hostile {

/// A valid 1x1 grey PNG.
QByteArray minimalPng();
/// One chunk: length, type, data, CRC.
QByteArray pngChunk(QByteArrayView type, QByteArrayView data);
/// `png` with `chunk` inserted right before IEND (the last 12 bytes).
QByteArray insertBeforeIend(const QByteArray &png, const QByteArray &chunk);
/// The data of an iTXt chunk: keyword, compression flag, method 0, empty language tag and translated keyword.
QByteArray itxtData(QByteArrayView keyword, QByteArrayView text, bool compressed);

} // namespace Credfolio::Hostile
