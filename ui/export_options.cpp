// SPDX-License-Identifier: GPL-3.0-or-later
// Export options: format names and the checks every export makes before it starts.

#include "export_options.h"

#include "actviz/core/limits.h"

#include <QCoreApplication>

namespace actviz::ui {
namespace {

/// The translation context of the export messages (shared with exporter.cpp).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::Export)
};

} // namespace

std::optional<ImageFormat> imageFormatFromName(const QString& name) {
    const QString n = name.toLower();
    if (n == QLatin1String("png")) return ImageFormat::Png;
    if (n == QLatin1String("jpg") || n == QLatin1String("jpeg")) return ImageFormat::Jpeg;
    if (n == QLatin1String("bmp")) return ImageFormat::Bmp;
    if (n == QLatin1String("pdf")) return ImageFormat::Pdf;
    if (n == QLatin1String("svg")) return ImageFormat::Svg;
    return std::nullopt;
}

QString imageFormatName(ImageFormat format) {
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Jpeg:
        return QStringLiteral("jpg");
    case ImageFormat::Bmp:
        return QStringLiteral("bmp");
    case ImageFormat::Pdf:
        return QStringLiteral("pdf");
    case ImageFormat::Svg:
        return QStringLiteral("svg");
    }
    return {};
}

std::optional<QString> validateExportOptions(const ExportOptions& o) {
    if (o.width < 16 || o.height < 16 || o.width > 10000 || o.height > 10000)
        return Text::tr("The size must be between 16x16 and 10000x10000 pixels.");
    if (!(o.scale >= 1.0 && o.scale <= 4.0)) return Text::tr("The scale must be between 1 and 4.");
    if (o.width * o.scale * o.height * o.scale > core::kMaxImagePixels)
        return Text::tr("The image would have %1 pixels (size times scale); the limit is %2.")
            .arg(qRound64(o.width * o.scale * o.height * o.scale))
            .arg(core::kMaxImagePixels);
    if (o.dpi < 10 || o.dpi > 2400) return Text::tr("The DPI must be between 10 and 2400.");
    if (o.transparent && o.format != ImageFormat::Png && o.format != ImageFormat::Svg)
        return Text::tr("A transparent background needs PNG or SVG.");
    if (o.quality < 0 || o.quality > 100)
        return Text::tr("The JPEG quality must be between 0 and 100.");
    return std::nullopt;
}

} // namespace actviz::ui
