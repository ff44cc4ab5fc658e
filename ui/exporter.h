#pragma once
// Exports of the plot: PNG, JPEG, BMP, PDF and SVG through the same PlotView the window shows,
// and CSV of the visible curves. Files are written atomically: a failed export leaves nothing.

#include <QByteArray>
#include <QString>

#include <optional>

namespace actviz::ui {

class SceneModel;

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

/// Why the options cannot be used (one sentence), or nullopt.
[[nodiscard]] std::optional<QString> validateExportOptions(const ExportOptions& options);

/// The plot of `model` rendered in the chosen format, as the bytes of the file.
[[nodiscard]] std::optional<QByteArray> renderPlot(SceneModel& model, const ExportOptions& options,
                                                   QString* error = nullptr);

/// Renders and writes `path` atomically; returns why it failed, or nullopt.
[[nodiscard]] std::optional<QString> exportPlot(SceneModel& model, const QString& path,
                                                const ExportOptions& options);

/// CSV of the visible curves over the view's x range: x, then f, f' and df/dparam of each curve,
/// at `points` evenly spaced x plus every kink, with the functions and parameters in a header.
[[nodiscard]] QByteArray tableCsv(const SceneModel& model, int points);

/// Writes `bytes` to `path` atomically (QSaveFile); returns why it failed, or nullopt.
[[nodiscard]] std::optional<QString> writeFileAtomically(const QString& path,
                                                         const QByteArray& bytes);

} // namespace actviz::ui
