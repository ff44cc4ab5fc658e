// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parameter sweeps as animations: one frame per parameter value, rendered by the exporter, then
// written as a looping GIF or as numbered PNG frames. Shared by the window (File > Export
// animation) and `actviz export --sweep`.

#include "exporter.h"
#include "scene_model.h"

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

/// Why the sweep cannot run on `scene` (one sentence: frame count, bounds, a value outside the
/// parameter's domain), or nullopt.
[[nodiscard]] std::optional<QString> validateSweep(const Scene& scene, const Sweep& sweep);

/// Renders and writes the sweep to `path` one frame at a time, so memory does not grow with the
/// frame count: a looping GIF (25 frames a second) for .gif, written atomically; or numbered PNG
/// frames PATH_0001.png, PATH_0002.png, ... for .png, all or none (each frame goes to a hidden
/// temporary file first; they take their names only when every frame succeeded, and numbered
/// frames left by an earlier, longer sweep to the same path are removed). `progress(k)` is called
/// before frame k and may return false to cancel: nothing is written then and nullopt returned.
/// Returns why it failed, or nullopt; `written` gets the files written.
[[nodiscard]] std::optional<QString> exportSweep(const Scene& scene, const Sweep& sweep,
                                                 ExportOptions options, const QString& path,
                                                 const std::function<bool(int)>& progress = {},
                                                 QStringList* written = nullptr);

} // namespace actviz::ui
