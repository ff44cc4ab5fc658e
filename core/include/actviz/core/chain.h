// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Gradients through a chain of layers: why sigmoid's f' <= 1/4 makes them vanish.

#include <cstddef>
#include <span>
#include <vector>

namespace actviz::core {

struct FunctionSpec;

/// A chain h_0 = x0, h_l = f(w h_{l-1}) for l = 1..layers. Returns |d h_l / d x0| for
/// l = 1..layers, that is prod_{j<=l} |w f'(w h_{j-1})|, computed by the core at each layer's
/// exact input. Invalid parameters, layers < 1 or non-finite w or x0 give an empty vector.
[[nodiscard]] std::vector<double> chainGradient(const FunctionSpec& fn,
                                                std::span<const double> params, int layers,
                                                double weight, double input);

} // namespace actviz::core
