// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Double-double arithmetic (about 106 significant bits) for the rare slow paths that must
// resolve a cancellation the double formulas cannot: add, multiply, divide, exp, and
// exp(-z^2) erf(z)'s positive series. Finite operands only; the callers check.

#include "numerics.h"

#include <cmath>

namespace actviz::core::dd {

using num::DD;

inline DD quickTwoSum(double a, double b) { // |a| >= |b|
    const double s = a + b;
    return {s, b - (s - a)};
}

inline DD twoSum(double a, double b) {
    const double s = a + b;
    const double bb = s - a;
    return {s, (a - (s - bb)) + (b - bb)};
}

inline DD add(DD a, DD b) {
    DD s = twoSum(a.hi, b.hi);
    const DD t = twoSum(a.lo, b.lo);
    s = quickTwoSum(s.hi, s.lo + t.hi);
    return quickTwoSum(s.hi, s.lo + t.lo);
}

inline DD mul(DD a, DD b) {
    const double p = a.hi * b.hi;
    const double e = std::fma(a.hi, b.hi, -p) + (a.hi * b.lo + a.lo * b.hi);
    return quickTwoSum(p, e);
}

inline DD mul(DD a, double b) {
    return mul(a, DD{b, 0.0});
}

/// a / b for a double b: the remainder of the first quotient is exact with fma.
inline DD div(DD a, double b) {
    const double q1 = a.hi / b;
    const double p = q1 * b;
    const double r = ((a.hi - p) - std::fma(q1, b, -p)) + a.lo;
    return quickTwoSum(q1, r / b);
}

inline double toDouble(DD a) {
    return a.hi + a.lo;
}

/// e^a for a <= 0 (0 below -700): a = k ln2 + r, e^(r/16) by Taylor, squared four times (each
/// squaring doubles the relative error, so few of them).
inline DD expNonPositive(DD a) {
    constexpr DD kLn2{0.6931471805599453, 2.3190468138462996e-17};
    if (a.hi < -700.0) return {0.0, 0.0};
    const double k = std::nearbyint(a.hi / kLn2.hi);
    DD r = add(a, mul(kLn2, -k));
    r = {std::ldexp(r.hi, -4), std::ldexp(r.lo, -4)};
    DD t{1.0, 0.0};
    for (int i = 20; i >= 1; --i) // 1 + r (1 + r/2 (1 + r/3 (...))), |r| <= ln2/32
        t = add(DD{1.0, 0.0}, div(mul(t, r), static_cast<double>(i)));
    for (int i = 0; i < 4; ++i)
        t = mul(t, t);
    const int e = static_cast<int>(k);
    return {std::ldexp(t.hi, e), std::ldexp(t.lo, e)};
}

/// erf(z) = (2/sqrt pi) e^{-z^2} S(z) for |z| <= 6, with S(z) = sum 2^n z^{2n+1} / (2n+1)!!,
/// whose terms all have the sign of z (no cancellation). Returns e^{-z^2} and S(z).
struct ErfParts {
    DD gauss;
    DD series;
};

inline ErfParts erfParts(DD z) {
    const DD z2 = mul(z, z);
    const DD twoZ2 = {2.0 * z2.hi, 2.0 * z2.lo};
    DD term = z;
    DD sum = z;
    for (int n = 1; n < 400; ++n) {
        term = div(mul(term, twoZ2), 2.0 * n + 1.0);
        sum = add(sum, term);
        if (std::fabs(term.hi) < 1e-34 * std::fabs(sum.hi)) break;
    }
    return {expNonPositive(DD{-z2.hi, -z2.lo}), sum};
}

inline constexpr DD kTwoOverSqrtPi{1.1283791670955126, 1.533545961316588e-17};

/// erf(z), |z| <= 6.
inline DD erf(DD z) {
    const ErfParts p = erfParts(z);
    return mul(mul(kTwoOverSqrtPi, p.gauss), p.series);
}

/// erf(z) + (2/sqrt pi) z e^{-z^2}, |z| <= 6.
inline DD erfPlusGaussianTerm(DD z) {
    const ErfParts p = erfParts(z);
    return mul(mul(kTwoOverSqrtPi, p.gauss), add(p.series, z));
}

} // namespace actviz::core::dd
