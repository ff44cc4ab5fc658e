// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The points a graph draws for one sampled quantity (f, f' or df/dparam of a curve): refined where
// the line is steep, broken at jumps, dashed by gaps. Plain vectors, no Qt: every point is a value
// the core computed, and NaN is a gap.

#include <functional>
#include <span>
#include <vector>

namespace actviz::ui {

/// A dash pattern in pixels along the line: on, off, then optionally on2, off2 (a dash-dot);
/// on = 0 draws a solid line.
struct Dashes {
    double on = 0.0;
    double off = 0.0;
    double on2 = 0.0;
    double off2 = 0.0;
    [[nodiscard]] double period() const { return on + off + on2 + off2; }
    /// Whether arc length `s` (pixels) falls into a gap of the pattern.
    [[nodiscard]] bool gapAt(double s) const;
    /// The shortest dash or gap: samples at most half this far apart keep the pattern's shape.
    [[nodiscard]] double shortest() const;
};

/// The core evaluating one quantity at some x.
using Evaluate = std::function<void(std::span<const double> x, std::span<double> out)>;

/// Pixels per data unit along x and y.
struct PixelScale {
    double sx = 1.0;
    double sy = 1.0;
};

struct SampledLine {
    std::vector<double> x;
    std::vector<double> y;
};

/// Samples `evaluate` over `grid` (sorted, kinks included) into `out`:
/// - with `dashes`, steep stretches get extra x between the grid points, so that no step is
///   longer than half the pattern's shortest part (at most `maxExtraPerStep` per step), and the
///   points that fall into the pattern's gaps become NaN;
/// - where the quantity jumps at a kink by half a pixel or more, the line stops at the left limit
///   and starts again at the right one: (k, left), a gap, (k, right) in place of (k, value at k).
/// `values`, if not empty, are the quantity on `grid` already.
void sampleLine(const std::vector<double>& grid, std::span<const double> values,
                const Evaluate& evaluate, std::span<const double> kinks, PixelScale scale,
                const Dashes& dashes, SampledLine& out, int maxExtraPerStep = 32);

} // namespace actviz::ui
