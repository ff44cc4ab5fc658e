// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Exports of the plot: PNG, JPEG, BMP, PDF and SVG through the same PlotView the window shows,
// and CSV of the visible curves. Regular files are written atomically (a failed export leaves
// nothing); FIFOs, devices and standard output directly (see output_file.h).

#include "export_options.h"

#include <QByteArray>
#include <QImage>
#include <QPicture>
#include <QString>

#include <functional>
#include <optional>

namespace actviz::ui {

class SceneModel;

/// The plot of `model` rendered in the chosen format, as the bytes of the file.
[[nodiscard]] std::optional<QByteArray> renderPlot(SceneModel& model, const ExportOptions& options,
                                                   QString* error = nullptr);

/// The plot as an image (raster options of `options`; the format is not used), for animations.
[[nodiscard]] std::optional<QImage> renderImage(SceneModel& model, const ExportOptions& options,
                                                QString* error = nullptr);

/// The plot as vector drawing commands (o.width x o.height logical pixels, text as text), to
/// place on a page (handouts).
[[nodiscard]] std::optional<QPicture> plotPicture(SceneModel& model, const ExportOptions& options,
                                                  QString* error = nullptr);

/// Renders and writes `path` (see output_file.h); returns why it failed, or nullopt.
[[nodiscard]] std::optional<QString> exportPlot(SceneModel& model, const QString& path,
                                                const ExportOptions& options);

/// Why a table of `points` rows of the visible curves is refused (the limits above), or nullopt.
[[nodiscard]] std::optional<QString> checkTableSize(const SceneModel& model, long long points);

/// Receives the CSV a block of rows at a time; returns why it could not take it.
using TableSink = std::function<std::optional<QString>(const QByteArray&)>;

/// CSV of the visible curves over the view's x range: x, then f, f' and df/dparam of each curve,
/// at `points` evenly spaced x plus every kink (each x once, in order), with the functions and
/// parameters in a header; streamed to `out` in blocks of rows, so memory does not grow with the
/// row count.
std::optional<QString> writeTableCsv(const SceneModel& model, int points, const TableSink& out);

/// The same, written to `path` (atomically for a regular file, directly for "-", a FIFO or a
/// device).
[[nodiscard]] std::optional<QString> exportTable(const SceneModel& model, int points,
                                                 const QString& path);

/// The same CSV in memory (small tables: the window's CSV export, tests).
[[nodiscard]] QByteArray tableCsv(const SceneModel& model, int points);

/// Writes `bytes` to `path` (see writeOutput in output_file.h); returns why it failed, or nullopt.
[[nodiscard]] std::optional<QString> writeFileAtomically(const QString& path,
                                                         const QByteArray& bytes);

} // namespace actviz::ui
