// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sampling grids for drawing curves: evenly spaced, plus the exact kinks so corners stay sharp.

#include <cstddef>
#include <span>
#include <vector>

namespace actviz::core {

struct FunctionSpec;

/// Fills `out` with a sorted grid over [a, b]: `n` evenly spaced points (a and b included when
/// n >= 2) merged with every point of `kinks` inside [a, b], without duplicates. Reuses the
/// capacity of `out`. An empty or non-finite interval, or n == 0, gives an empty grid.
void sampleGrid(double a, double b, std::size_t n, std::span<const double> kinks,
                std::vector<double>& out);

/// The grid for one function: evenly spaced points plus its kinks for `params`.
[[nodiscard]] std::vector<double> sampleGrid(const FunctionSpec& fn, std::span<const double> params,
                                             double a, double b, std::size_t n);

} // namespace actviz::core
