// SPDX-License-Identifier: GPL-3.0-or-later
#include "actviz/core/limits.h"

#include <algorithm>
#include <cmath>

namespace actviz::core {

AxisRangeProblem checkAxisRange(double lo, double hi) {
    if (!std::isfinite(lo) || !std::isfinite(hi)) return AxisRangeProblem::NotFinite;
    if (!(lo < hi)) return AxisRangeProblem::NotOrdered;
    const double magnitude = std::max(std::fabs(lo), std::fabs(hi));
    if (magnitude > kMaxAxisMagnitude) return AxisRangeProblem::TooFar;
    // hi - lo cannot overflow here: both ends are at most 1e100 from 0.
    if (hi - lo < std::max(kMinAxisWidth, kMinAxisRelativeWidth * magnitude))
        return AxisRangeProblem::TooNarrow;
    for (const double end : {lo, hi})
        if (end != 0.0 && std::fabs(end) < kMinAxisEndMagnitude) return AxisRangeProblem::TinyEnd;
    return AxisRangeProblem::None;
}

} // namespace actviz::core
