// SPDX-License-Identifier: GPL-3.0-or-later
#include "actviz/core/softmax.h"

#include <algorithm>
#include <cmath>

namespace actviz::core {

SoftmaxResult softmax(std::span<const double> logits, double temperature) {
    if (logits.empty() || !std::isfinite(temperature) || !(temperature > 0.0)) return {};
    for (double z : logits)
        if (!std::isfinite(z)) return {};
    const double top = *std::max_element(logits.begin(), logits.end());
    std::vector<double> e(logits.size());
    double total = 0.0;
    for (std::size_t i = 0; i < logits.size(); ++i) {
        e[i] = std::exp((logits[i] - top) / temperature);
        total += e[i];
    }
    // Sums of all terms but the i-th, from prefix and suffix sums: total - e_i would cancel.
    const std::size_t n = logits.size();
    std::vector<double> before(n + 1, 0.0), after(n + 1, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        before[i + 1] = before[i] + e[i];
    for (std::size_t i = n; i-- > 0;)
        after[i] = after[i + 1] + e[i];
    SoftmaxResult r;
    r.probabilities.resize(n);
    r.jacobianDiagonal.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double s = e[i] / total;
        const double rest = (before[i] + after[i + 1]) / total; // 1 - s_i
        r.probabilities[i] = s;
        r.jacobianDiagonal[i] = s * rest / temperature;
    }
    return r;
}

} // namespace actviz::core
