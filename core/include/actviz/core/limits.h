// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every limit the window, the scene files and the command line share, in one place: what one
// part accepts, every other part can draw, save and read back.

#include <cstddef>

namespace actviz::core {

/// An axis end may not lie further from 0 than this: far below where pixel transforms overflow
/// (about 1e250), and further out than any activation function is worth looking.
inline constexpr double kMaxAxisMagnitude = 1e100;
/// An axis must span at least this much of its larger end's magnitude (about half a million
/// doubles), so that every sample of a curve has an x of its own.
inline constexpr double kMinAxisRelativeWidth = 1e-10;
/// ... and at least this much in absolute terms (far above the subnormals).
inline constexpr double kMinAxisWidth = 1e-200;
/// An end other than 0 lies at least this far from 0: the plot divides one end by the other,
/// which must not overflow (4.9e-324 to 1 would).
inline constexpr double kMinAxisEndMagnitude = 1e-200;

/// A scene holds at most this many curves (the window refuses to add more, so what is saved
/// always opens again).
inline constexpr int kMaxCurves = 64;
/// ... and at most this many tangents.
inline constexpr int kMaxTangents = 64;

/// The softmax view shows this many logits.
inline constexpr std::size_t kMinLogits = 2;
inline constexpr std::size_t kMaxLogits = 10;
/// The depth view's chain length (the slider covers 1 to kDepthSliderMax, typing the rest).
inline constexpr int kMinDepth = 1;
inline constexpr int kMaxDepth = 1000;
inline constexpr int kDepthSliderMax = 50;

/// An exported image has at most this many pixels, size times scale squared (8192 x 8192, 256 MB
/// while drawn).
inline constexpr long long kMaxImagePixels = 8192LL * 8192LL;
/// An animation has 2 to this many frames ...
inline constexpr int kMaxSweepFrames = 500;
/// ... and at most this many pixels to draw in all (frames x width x height x scale^2): 240 frames
/// of a 4K image, about two minutes of drawing.
inline constexpr long long kMaxSweepPixels = 2'000'000'000LL;
/// A table has at most this many evenly spaced rows (plus the kinks) ...
inline constexpr long long kMaxTablePoints = 10'000'000;
/// ... and at most this many numbers in all (rows times columns).
inline constexpr long long kMaxTableCells = 100'000'000;

/// Why [lo, hi] cannot be an axis range.
enum class AxisRangeProblem {
    None,
    NotFinite,  ///< an end is NaN or infinite
    NotOrdered, ///< lo >= hi
    TooFar,     ///< |lo| or |hi| > kMaxAxisMagnitude
    TooNarrow,  ///< narrower than kMinAxisWidth or kMinAxisRelativeWidth of its larger end
    TinyEnd,    ///< an end is not 0 but closer to 0 than kMinAxisEndMagnitude
};

/// What is wrong with [lo, hi] as an axis range (None when it can be shown).
[[nodiscard]] AxisRangeProblem checkAxisRange(double lo, double hi);

} // namespace actviz::core
