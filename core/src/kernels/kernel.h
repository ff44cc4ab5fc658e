// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every kernel shares. A kernel is a struct with
//   struct Prep { explicit Prep(const double* params); ... };   constants derived once per batch
//   static FD eval(double x, const Prep&);                       f and f' at x
//   static double grad(double x, const Prep&, std::size_t p);    df/dparam (learnable ones only)
//   static std::vector<double> kinks(const double* params);      optional
// and optionally, for the batch loops to evaluate four points at a time (lanes.h),
//   template <class T> static FDOf<T> fast(T x, const Prep&, lanes::MOf<T>& bad);
// with eval() then written as evalFast<K>(x, p) around a general() that handles every input.
// The catalogue turns each kernel into batch loops, so everything here inlines into them.

#include "../numerics.h"

#include <cmath>
#include <cstddef>
#include <vector>

namespace actviz::core::kernels {

inline constexpr double kInvSqrtPi = 0.5641895835477563; // 1/sqrt pi

/// f(x) and f'(x).
template <class T> struct FDOf {
    T f;
    T df;
};
using FD = FDOf<double>;

/// Parameters are never needed: the Prep of parameterless kernels.
struct NoPrep {
    explicit NoPrep(const double* /*params*/) {}
};

/// f' near an interior zero x0 of f' (the minimum of Swish, GELU, Mish), where every direct
/// formula cancels: f'(x0 + d) = d * sum c[k] d^k, a near-minimax fit on |d| <= radius made at 60
/// digits (relative error below 2e-18; tools/gen_root_series.py), with d = (x - x0.hi) - x0.lo
/// nearly exact.
struct RootSeries {
    num::DD x0;
    double c[24];
    int n;
    double radius;

    /// f' at x + xlo, or NaN when x is not within `radius` of the root.
    [[nodiscard]] double near(double x, double xlo = 0.0) const {
        const double dh = x - x0.hi; // exact where x and x0 are within a factor 2 of each other
        if (!(std::fabs(dh) < radius)) return num::kNaN;
        const double d = dh + (xlo - x0.lo);
        double p = c[n - 1];
        for (int k = n - 2; k >= 0; --k)
            p = p * d + c[k];
        return d * p;
    }

    /// Replaces df by the series in the lanes where x + xlo is within `radius` of the root.
    template <class T> void refine(T x, T xlo, T& df) const {
        const T dh = x - x0.hi;
        const auto near = lanes::abs(dh) < radius;
        if (!lanes::any(near)) return;
        const T d = dh + (xlo - x0.lo);
        T p = lanes::splat<T>(c[n - 1]);
        for (int k = n - 2; k >= 0; --k)
            p = p * d + c[k];
        df = lanes::select(near, d * p, df);
    }
};

/// eval() of a kernel with a fast path for lanes (see lanes.h): K::fast where it applies, else
/// K::general, the code that handles every input.
template <class K> FD evalFast(double x, const typename K::Prep& p) {
    bool bad = false;
    const FD r = K::fast(x, p, bad);
    return bad ? K::general(x, p) : r;
}

/// (a.hi + a.lo) / d rounded once (to within a hair of correct rounding), for the exact
/// piecewise-linear and piecewise-quadratic kernels: the remainder of the first quotient is
/// exact with fma, so a second division corrects it.
inline double divCorrected(num::DD a, double d) {
    const double q = a.hi / d;
    const double r = std::fma(-q, d, a.hi) + a.lo;
    return q + r / d;
}

} // namespace actviz::core::kernels
