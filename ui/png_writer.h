// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PNG files through libpng, compressed for real: Qt 6.4's writer stores its deflate blocks
// uncompressed (a 1080p plot of 20 curves is 6.2 MB; here about 0.22 MB). Opaque images are
// written as 8-bit RGB, images with transparency as RGBA; the DPI goes into the pHYs chunk.

#include <QByteArray>
#include <QString>

#include <optional>

class QImage;

namespace actviz::ui {

/// zlib level 1: a fifth of the time of the default level for files about a tenth larger.
inline constexpr int kPngCompressionLevel = 1;

/// The PNG file of `source` (any format; converted to RGB or RGBA), or nullopt with libpng's
/// reason in `error`.
[[nodiscard]] std::optional<QByteArray> encodePng(const QImage& source, int dpi,
                                                  QString* error = nullptr,
                                                  int level = kPngCompressionLevel);

} // namespace actviz::ui
