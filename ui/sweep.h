#pragma once
// Parameter sweeps as animations: one frame per parameter value, rendered by the exporter, then
// written as a looping GIF or as numbered PNG frames. Shared by the window (File > Export
// animation) and `actviz export --sweep`.

#include "exporter.h"
#include "scene_model.h"

#include <QImage>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace actviz::ui {

/// Parameter `param` of the curves `curves` of `scene` stepped from `from` to `to`: evenly, or
/// by a constant factor when `geometric` (both ends must then be positive).
struct Sweep {
    std::vector<int> curves;
    std::size_t param = 0;
    double from = 0.0;
    double to = 1.0;
    int frames = 60; ///< 2 to 500
    bool geometric = false;
};

/// The value of frame k (0 .. frames - 1); the first and last are `from` and `to` exactly.
[[nodiscard]] double sweepValue(const Sweep& sweep, int k);

inline constexpr int kMaxSweepFrames = 500;

/// Why the sweep cannot run on `scene` (one sentence: frame count, bounds, a value outside the
/// parameter's domain), or nullopt.
[[nodiscard]] std::optional<QString> validateSweep(const Scene& scene, const Sweep& sweep);

/// Every frame as an image (PNG options of `options`), rendered before anything is written.
/// `progress(k)` is called before frame k and may return false to cancel (nullopt, no error).
[[nodiscard]] std::optional<std::vector<QImage>>
renderSweep(const Scene& scene, const Sweep& sweep, ExportOptions options, QString* error,
            const std::function<bool(int)>& progress = {});

/// Writes the frames to `path`: a looping GIF (25 frames a second) for .gif, or PATH_0001.png,
/// PATH_0002.png, ... for .png; each file atomically, and numbered frames already written are
/// removed if a later one fails. Returns why it failed, or nullopt.
[[nodiscard]] std::optional<QString> writeSweep(const std::vector<QImage>& frames,
                                                const QString& path);

} // namespace actviz::ui
