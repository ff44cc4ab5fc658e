// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What an exported image looks like: format, size, scale, resolution. Shared by the window's
// export dialog, the exporter and `actviz export`; the limits are in actviz/core/limits.h.

#include <QString>

#include <optional>

namespace actviz::ui {

enum class ImageFormat { Png, Jpeg, Bmp, Pdf, Svg };

/// "png", "jpg"/"jpeg", "bmp", "pdf", "svg" (any case).
[[nodiscard]] std::optional<ImageFormat> imageFormatFromName(const QString& name);
[[nodiscard]] QString imageFormatName(ImageFormat format);

struct ExportOptions {
    ImageFormat format = ImageFormat::Png;
    int width = 1920; ///< logical size; raster files have width * scale pixels
    int height = 1080;
    double scale = 1.0;       ///< 1 to 4, for sharp slides
    int dpi = 96;             ///< written into raster files (metadata only)
    bool transparent = false; ///< PNG and SVG only
    int quality = 92;         ///< JPEG
    bool ghosts = false;      ///< every curve's limits drawn faintly, with their distances
};

/// A handout's paper (see handout.h).
enum class PaperSize { A4, Letter };

struct HandoutOptions {
    PaperSize paper = PaperSize::A4;
    bool landscape = false;
};

/// Why the options cannot be used (one sentence), or nullopt.
[[nodiscard]] std::optional<QString> validateExportOptions(const ExportOptions& options);

} // namespace actviz::ui
