// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Numerical building blocks shared by the kernels: error-free transformations, the logistic pair
// and the elementary functions the kernels use (fastmath.h), all inline for the batch loops.

#include "fastmath.h"

#include <cmath>
#include <limits>

namespace actviz::core::num {

inline constexpr double kInf = std::numeric_limits<double>::infinity();
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

using fm::erfcx;
using fm::erfcxLanes;
using fm::exp;
using fm::expLanes;
using fm::expm1;
using fm::expm1Lanes;
using fm::log1p01;
using fm::log1p01Lanes;

/// A value with its rounding error: hi + lo, |lo| <= ulp(hi)/2.
struct DD {
    double hi;
    double lo;
};

/// a * b exactly as hi + lo (lo is 0 when the product is not finite).
inline DD twoProd(double a, double b) {
    const double p = a * b;
    if (!std::isfinite(p)) return {p, 0.0};
    return {p, std::fma(a, b, -p)};
}

/// a + b exactly as hi + lo (Knuth's branch-free two-sum; lo is 0 when the sum is not finite).
inline DD twoSum(double a, double b) {
    const double s = a + b;
    if (!std::isfinite(s)) return {s, 0.0};
    const double bb = s - a;
    const double err = (a - (s - bb)) + (b - bb);
    return {s, err};
}

/// (hi + lo) * c where c = chi + clo is a constant known to double-double precision.
inline DD mulDD(double x, DD c) {
    const DD p = twoProd(x, c.hi);
    return {p.hi, p.lo + x * c.lo};
}

/// The logistic pair s = sigma(t) and m = sigma(-t) = 1 - s, each to a few ulp: both come from
/// e^{-|t|}, so neither is formed as 1 - something (sigma(t)(1 - sigma(t)) is 0 beyond t = 37).
template <class T> struct LogisticOf {
    T s;
    T m;
};
using Logistic = LogisticOf<double>;

inline Logistic logistic(double t) {
    const double e = num::exp(-std::fabs(t));
    const double big = 1.0 / (1.0 + e);
    const double small = e * big;
    if (t >= 0.0) return {big, small};
    return {small, big};
}

/// The logistic pair at t + tlo, where tlo is the rounding error of t (first-order correction).
inline Logistic logistic(double t, double tlo) {
    Logistic l = logistic(t);
    const double c = l.s * l.m * tlo;
    l.s += c;
    l.m -= c;
    return l;
}

/// The logistic pair for lanes; `bad` is set where exp(-|t|) needs its special cases (|t| > 700,
/// NaN). The same values as logistic() wherever `bad` is not set.
template <class T> LogisticOf<T> logisticLanes(T t, lanes::MOf<T>& bad) {
    const T e = num::expLanes(-lanes::abs(t), bad);
    const T big = 1.0 / (1.0 + e);
    const T small = e * big;
    const auto positive = t >= 0.0;
    return {lanes::select(positive, big, small), lanes::select(positive, small, big)};
}

template <class T> LogisticOf<T> logisticLanes(T t, T tlo, lanes::MOf<T>& bad) {
    LogisticOf<T> l = logisticLanes(t, bad);
    const T c = l.s * l.m * tlo;
    l.s = l.s + c;
    l.m = l.m - c;
    return l;
}

/// e^{-x^2} with x^2 carried to double-double precision: plain exp(-x*x) has a relative error
/// of x^2 * 2^-53 (about 7e-14 at x = 26) from the rounding of x*x alone.
inline double expNegSquare(double x) {
    const double h = x * x;
    if (h > 746.0) return 0.0;
    const double l = std::fma(x, x, -h);
    return num::exp(-h) * (1.0 - l);
}

/// erfc(z + zlo), with e2 = e^{-z^2} (of the leading part z only) already known: the kernels
/// need it for the derivative anyway. erfc(z) = e^{-z^2} erfcx(z) for z >= 0, 2 - erfc(-z)
/// below, and the first-order term -2/sqrt(pi) e^{-z^2} zlo for the tail of z.
inline double erfcWith(double z, double zlo, double e2) {
    constexpr double kTwoOverSqrtPi = 1.1283791670955125739;
    if (e2 == 0.0) return z >= 0.0 ? 0.0 : 2.0; // |z| > 27: erfc(|z|) < 1e-320
    if (z >= 0.0) return e2 * num::erfcx(z) - kTwoOverSqrtPi * e2 * zlo;
    return 2.0 - e2 * num::erfcx(-z) - kTwoOverSqrtPi * e2 * zlo;
}

} // namespace actviz::core::num
