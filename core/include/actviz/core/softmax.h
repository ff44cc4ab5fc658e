// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Softmax as what it is: a vector function of several logits.

#include <span>
#include <vector>

namespace actviz::core {

/// softmax(z / T): probabilities of each logit at temperature T > 0, with the largest logit
/// subtracted first (no overflow) and 1 - s_i formed from the other terms (no cancellation).
struct SoftmaxResult {
    std::vector<double> probabilities;
    std::vector<double> jacobianDiagonal; ///< d s_i / d z_i = s_i (1 - s_i) / T
};

/// Empty when there are no logits, a logit is not finite or T is not a finite number > 0.
[[nodiscard]] SoftmaxResult softmax(std::span<const double> logits, double temperature = 1.0);

} // namespace actviz::core
