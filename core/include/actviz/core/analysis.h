// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Properties of one function with given parameters over a view interval, computed from the
// kernels: what the properties panel shows next to the prose.

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace actviz::core {

struct FunctionSpec;

/// How smooth f is, judged at its kinks for the current parameters.
enum class Smoothness {
    Smooth,        ///< no kinks: infinitely differentiable (C-infinity)
    C1,            ///< f' continuous, f'' jumps at a kink (ELU with alpha = 1, CELU)
    Continuous,    ///< f continuous, f' jumps at a kink (ReLU)
    Discontinuous, ///< f itself jumps (Softplus at its threshold)
};

/// A local minimum of f inside the interval.
struct Extremum {
    double x;
    double f;
};

/// A maximal sub-interval of the view where |f'| < the saturation threshold.
struct Interval {
    double lo;
    double hi;
};

struct Properties {
    double f0;                    ///< f(0)
    double df0;                   ///< f'(0)
    double minValue;              ///< smallest f over [a, b]
    double maxValue;              ///< largest f over [a, b]
    int monotonic;                ///< +1 non-decreasing, -1 non-increasing, 0 neither, over [a, b]
    std::vector<Extremum> minima; ///< local minima inside (a, b), located to full precision
    bool zeroCentred;             ///< f(0) = 0 and f odd over the interval
    /// Where |f'| < kSaturation up to an end of the view: f flattens towards an asymptote or a
    /// constant (saturation, dead zones).
    std::vector<Interval> saturated;
    /// Where |f'| < kSaturation inside the view only: f' passes through 0 at a stationary point
    /// (GELU's minimum), which is not saturation.
    std::vector<Interval> stationary;
    Smoothness smoothness;
    std::vector<double> kinks; ///< kinks inside [a, b]
};

/// |f'| below this counts as saturated (gradients vanish there).
inline constexpr double kSaturation = 1e-3;

/// The properties of `fn` with `params` over [a, b]; nullopt if the parameters are invalid or
/// the interval is empty or not finite.
std::optional<Properties> analyse(const FunctionSpec& fn, std::span<const double> params, double a,
                                  double b);

/// One-word English name of a smoothness class: "C-infinity", "C1", "C0", "discontinuous".
std::string smoothnessName(Smoothness s);

} // namespace actviz::core
