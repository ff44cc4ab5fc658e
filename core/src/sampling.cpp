// SPDX-License-Identifier: GPL-3.0-or-later
// Sampling grids: evenly spaced points merged with the exact kinks.

#include "actviz/core/sampling.h"

#include "actviz/core/catalogue.h"

#include <algorithm>
#include <cmath>

namespace actviz::core {

void sampleGrid(double a, double b, std::size_t n, std::span<const double> kinks,
                std::vector<double>& out) {
    out.clear();
    if (n == 0 || !std::isfinite(a) || !std::isfinite(b) || !(a <= b)) return;
    out.reserve(n + kinks.size());
    if (n == 1 || a == b) {
        out.push_back(a == b ? a : 0.5 * a + 0.5 * b);
    } else {
        // std::lerp: exact at both ends, monotonic, and no overflow even over the whole range.
        const auto last = static_cast<double>(n - 1);
        for (std::size_t i = 0; i < n; ++i)
            out.push_back(std::lerp(a, b, static_cast<double>(i) / last));
    }
    const std::size_t evenCount = out.size();
    for (double k : kinks)
        if (k >= a && k <= b) out.push_back(k);
    if (out.size() == evenCount) return;
    std::sort(out.begin() + static_cast<std::ptrdiff_t>(evenCount), out.end());
    std::inplace_merge(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(evenCount),
                       out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::vector<double> sampleGrid(const FunctionSpec& fn, std::span<const double> params, double a,
                               double b, std::size_t n) {
    std::vector<double> out;
    const std::vector<double> k = fn.kinks(params);
    sampleGrid(a, b, n, k, out);
    return out;
}

} // namespace actviz::core
