// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Evaluation points and parameter sets derived from the catalogue, shared by the core tests.

#include "actviz/core/catalogue.h"

#include <string>
#include <vector>

namespace actviz::test {

/// A named parameter set for one function.
struct ParamSet {
    std::string label; ///< "defaults", "alpha=0.5", ...
    std::vector<double> values;
};

/// Defaults, then each parameter at its slider ends and middle (when valid), one at a time.
std::vector<ParamSet> parameterSets(const core::FunctionSpec& fn);

/// The extreme and ordinary points every function is checked at: 0, +-1e-300, +-1e-8, +-36,
/// +-709, +-710, +-1e155, +-DBL_MAX, +-inf, subnormals, a log-spaced sweep over the whole
/// double range, a dense sweep of [-10, 10], and each kink with its neighbours.
std::vector<double> extremePoints(const std::vector<double>& kinks);

/// A dense, irregular grid over [-10, 10] (about 2000 points) plus the kinks and neighbours.
std::vector<double> ordinaryPoints(const std::vector<double>& kinks);

/// Whether x is within `gap` (relative to max(1, |k|)) of a kink.
bool nearKink(double x, const std::vector<double>& kinks, double gap);

} // namespace actviz::test
