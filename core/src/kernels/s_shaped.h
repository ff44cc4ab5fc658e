// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Bounded, S-shaped functions: sigmoid, tanh, softmax (1-D view), softsign, hardsigmoid,
// log-sigmoid and tanhshrink.

#include "kernel.h"

namespace actviz::core::kernels {

/// tanh x and its derivative 1 - tanh^2 x, both from one exponential of -2|x|.
template <class T> struct TanhPairOf {
    T t;
    T sech2;
};
using TanhPair = TanhPairOf<double>;

inline TanhPair tanhPair(double x) {
    const double a = std::fabs(x);
    if (a < 0.34) {
        // e^{-2a} > 1/2 here: expm1 keeps tanh small-argument exact; 1 - t^2 does not cancel.
        const double em = num::expm1(-2.0 * a);
        const double t = -em / (2.0 + em);
        return {std::copysign(t, x), std::fma(-t, t, 1.0)};
    }
    // e^{-2a} <= 1/2: 1 - E and 1 + E lose nothing; sech^2 = 4E/(1+E)^2 never underflows early.
    const double e = num::exp(-2.0 * a);
    const double d = 1.0 + e;
    return {std::copysign((1.0 - e) / d, x), 4.0 * e / (d * d)};
}

/// tanhPair() for lanes: both branches, selected; `bad` where e^{-2|x|} needs exp's special
/// cases (|x| > 350, NaN).
template <class T> TanhPairOf<T> tanhPairLanes(T x, lanes::MOf<T>& bad) {
    const T a = lanes::abs(x);
    const T e = num::expLanes(-2.0 * a, bad);
    const T d = 1.0 + e;
    TanhPairOf<T> r{(1.0 - e) / d, 4.0 * e / (d * d)};
    const auto small = a < 0.34;
    if (lanes::any(small)) {
        const T em = num::expm1Lanes(lanes::select(small, -2.0 * a, T{}), bad);
        const T ts = -em / (2.0 + em);
        r = {lanes::select(small, ts, r.t),
             lanes::select(small, lanes::fma(-ts, ts, 1.0), r.sech2)};
    }
    r.t = lanes::copysign(r.t, x);
    return r;
}

struct Sigmoid {
    using Prep = NoPrep;
    static FD eval(double x, const Prep& p) { return evalFast<Sigmoid>(x, p); }
    template <class T> static FDOf<T> fast(T x, const Prep&, lanes::MOf<T>& bad) {
        const num::LogisticOf<T> l = num::logisticLanes(x, bad);
        return {l.s, l.s * l.m};
    }
    static FD general(double x, const Prep&) {
        const num::Logistic l = num::logistic(x);
        return {l.s, l.s * l.m};
    }
};

struct Tanh {
    using Prep = NoPrep;
    static FD eval(double x, const Prep& p) { return evalFast<Tanh>(x, p); }
    template <class T> static FDOf<T> fast(T x, const Prep&, lanes::MOf<T>& bad) {
        const TanhPairOf<T> p = tanhPairLanes(x, bad);
        return {p.t, p.sech2};
    }
    static FD general(double x, const Prep&) {
        const TanhPair p = tanhPair(x);
        return {p.t, p.sech2};
    }
};

/// The x-component of softmax over (x, c, ..., c) with k other logits: e^x / (e^x + k e^c).
struct Softmax {
    struct Prep {
        double c;
        double k;
        double logK;
        explicit Prep(const double* p)
            : c(p[0])
            , k(p[1])
            , logK(std::log(p[1])) {}
    };
    static FD eval(double x, const Prep& p) { return evalFast<Softmax>(x, p); }

    /// Both branches of general(), selected; `bad` where x - c is not finite, |x - c| > 700 or
    /// k e^{-u} takes the logarithmic form.
    template <class T> static FDOf<T> fast(T x, const Prep& p, lanes::MOf<T>& bad) {
        const T uh = x + -p.c; // two-sum of x and -c
        const T bb = uh - x;
        const T ul = (x - (uh - bb)) + (-p.c - bb);
        bad = bad | lanes::isNaN(uh - uh);
        const auto positive = uh >= 0.0;
        if (p.k > 1.0) bad = bad | (positive & (uh > 700.0));
        const T e = num::expLanes(lanes::select(positive, -uh, uh), bad) *
                    (1.0 + lanes::select(positive, -ul, ul));
        const T ke = p.k * e;
        const T dPos = 1.0 + ke;
        const T dNeg = e + p.k;
        const T sPos = 1.0 / dPos;
        const T s = lanes::select(positive, sPos, e / dNeg);
        const T m = lanes::select(positive, ke * sPos, p.k / dNeg);
        return {s, s * m};
    }

    static FD general(double x, const Prep& p) {
        // Never forms e^{x-c} when it could overflow: the larger logit is factored out, and the
        // rounding error of x - c is carried into the exponential.
        const num::DD u = num::twoSum(x, -p.c);
        double s;
        double m;
        if (u.hi >= 0.0) {
            double ke = p.k * (num::exp(-u.hi) * (1.0 - u.lo));
            if (u.hi > 700.0 && p.k > 1.0) // e^{-u} alone would be subnormal: k e^{-u} as one exp
                ke = num::exp(p.logK - u.hi) * (1.0 - u.lo);
            const double d = 1.0 + ke;
            s = 1.0 / d;
            m = ke * s;
        } else {
            const double e = num::exp(u.hi) * (1.0 + u.lo);
            const double d = e + p.k;
            s = e / d;
            m = p.k / d;
        }
        return {s, s * m};
    }
};

struct Softsign {
    using Prep = NoPrep;
    static FD eval(double x, const Prep&) {
        if (std::isinf(x)) return {std::copysign(1.0, x), 0.0};
        const double d = 1.0 + std::fabs(x);
        const double r = 1.0 / d; // squared after the division: (1+|x|)^2 overflows at 1e154
        return {x / d, r * r};
    }
};

/// relu6(x + 3) / 6 (PyTorch's hardsigmoid).
struct HardSigmoid {
    using Prep = NoPrep;
    static FD eval(double x, const Prep&) {
        if (std::isnan(x)) return {x, x};
        if (x <= -3.0) return {0.0, 0.0};
        if (x >= 3.0) return {1.0, 0.0};
        return {divCorrected(num::twoSum(x, 3.0), 6.0), 1.0 / 6.0};
    }
    static std::vector<double> kinks(const double*) { return {-3.0, 3.0}; }
};

/// log sigma(x) = -softplus(-x).
struct LogSigmoid {
    using Prep = NoPrep;
    static FD eval(double x, const Prep& p) { return evalFast<LogSigmoid>(x, p); }
    template <class T> static FDOf<T> fast(T x, const Prep&, lanes::MOf<T>& bad) {
        const T e = num::expLanes(-lanes::abs(x), bad);
        const T l = num::log1p01Lanes(e, bad);
        const T inv = 1.0 / (1.0 + e);
        const auto positive = x > 0.0;
        return {lanes::select(positive, -l, x - l), lanes::select(positive, e * inv, inv)};
    }
    static FD general(double x, const Prep&) {
        const double e = num::exp(-std::fabs(x));
        const double l = num::log1p01(e);
        const double inv = 1.0 / (1.0 + e);
        if (x > 0.0) return {-l, e * inv};
        return {x - l, inv}; // NaN takes this branch and stays NaN
    }
};

/// x - tanh x. Near 0 the subtraction cancels (x^3/3 is all that is left), so |x| < 2 uses
/// Lambert's continued fraction for tanh, truncated after 11 levels and cleared of fractions:
/// x - tanh x = x^3 A(x^2) / S(x^2), all coefficients positive integers (no cancellation),
/// relative truncation error below 1.1e-18 on |x| <= 2.
struct TanhShrink {
    using Prep = NoPrep;
    static FD eval(double x, const Prep& p) { return evalFast<TanhShrink>(x, p); }

    /// x^3 A(x^2) / S(x^2), the continued fraction cleared of fractions.
    template <class T> static T nearZero(T x) {
        const T y = x * x;
        const T num = 105411381075.0 +
                      y * (8249586345.0 + y * (174594420.0 + y * (1276275.0 + y * (2925.0 + y))));
        const T den =
            316234143225.0 +
            y * (151242416325.0 +
                 y * (9820936125.0 + y * (192972780.0 + y * (1351350.0 + y * (3003.0 + y)))));
        return x * (num / den) * y;
    }

    template <class T> static FDOf<T> fast(T x, const Prep&, lanes::MOf<T>& bad) {
        const T a = lanes::abs(x);
        const T t = tanhPairLanes(x, bad).t;
        FDOf<T> r{x - t, t * t};
        const auto small = a < 2.0;
        if (lanes::any(small)) {
            const T f0 = nearZero(x);
            const T ts = lanes::select(a < 1.0, x - f0, t);
            r = {lanes::select(small, f0, r.f), lanes::select(small, ts * ts, r.df)};
        }
        return r;
    }

    static FD general(double x, const Prep&) {
        const double a = std::fabs(x);
        if (a < 2.0) {
            const double f = nearZero(x);
            const double t = a < 1.0 ? x - f : tanhPair(x).t;
            return {f, t * t};
        }
        const double t = tanhPair(x).t;
        if (std::isinf(x)) return {x, 1.0};
        return {x - t, t * t};
    }
};

} // namespace actviz::core::kernels
