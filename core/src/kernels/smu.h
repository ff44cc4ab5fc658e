// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Smooth Maximum Units (Biswas et al., 2021): smooth approximations of Leaky ReLU.
//   SMU:   ((1+a) x + (1-a) x erf(mu (1-a) x)) / 2
//   SMU-1: ((1+a) x + sqrt(((1-a) x)^2 + mu^2)) / 2

#include "../dd.h"
#include "kernel.h"
#include "smooth.h"

namespace actviz::core::kernels {

inline constexpr num::DD kSqrt2{1.4142135623730951, -9.667293313452913e-17};
inline constexpr double kTwoOverSqrtPi = 1.1283791670955125739; // as in num::erfcWith

struct Smu {
    struct Prep {
        double alpha;
        double mu;
        num::DD oneMinusAlpha;
        num::DD c; // mu (1 - alpha)
        explicit Prep(const double* p)
            : alpha(p[0])
            , mu(p[1])
            , oneMinusAlpha(num::twoSum(1.0, -p[0]))
            , c(num::mulDD(p[1], oneMinusAlpha)) {}
    };

    struct Value {
        double f;
        double df;
        double dmu;
    };

    /// Written as alpha x + (1-alpha) x erfc(-z)/2 with z = mu (1-alpha) x: erfc(-z) is small
    /// where 1 + erf(z) would cancel, and z is carried in double-double because erfc(|z|)'s
    /// relative error grows like 2 z^2 times that of z.
    static Value value(double x, const Prep& p) {
        const double om = p.oneMinusAlpha.hi;
        if (!std::isfinite(x)) {
            if (std::isnan(x)) return {x, x, x};
            // erfc(-z)/2 tends to 1, 0 or 1/2 by the sign of z = c x; the erf term of f' and
            // df/dmu vanish except when c = 0.
            const double half = p.c.hi == 0.0 ? 0.5 : ((p.c.hi > 0.0) == (x > 0.0) ? 1.0 : 0.0);
            const double k = p.alpha + om * half;
            const double dmu = (p.c.hi == 0.0 && om != 0.0) ? num::kInf : 0.0;
            return {k == 0.0 ? 0.0 : k * x, k, dmu};
        }
        num::DD z = num::twoProd(p.c.hi, x);
        z.lo += p.c.lo * x;
        const double e0 = num::expNegSquare(z.hi);         // e^{-z^2} of the leading part
        const double ec = num::erfcWith(-z.hi, -z.lo, e0); // erfc(-z) = 1 + erf(z)
        const double e = e0 == 0.0 ? 0.0 : e0 * (1.0 - 2.0 * z.hi * z.lo); // e^{-z^2}
        const double w = om * x + p.oneMinusAlpha.lo * x;                  // (1 - alpha) x
        const double ze = e == 0.0 ? 0.0 : z.hi * e;
        double df = p.alpha + 0.5 * om * ec + om * kInvSqrtPi * ze;
        if (p.alpha == 0.0) {
            // f'(x) = GELU'(sqrt 2 z): near GELU's minimum, where the sum above cancels, its
            // series at y = sqrt 2 z (z carried in double-double).
            const num::DD y{kSqrt2.hi * z.hi, std::fma(kSqrt2.hi, z.hi, -(kSqrt2.hi * z.hi)) +
                                                  kSqrt2.hi * z.lo + kSqrt2.lo * z.hi};
            const double nearRoot = kGeluRoot.near(y.hi, y.lo);
            if (!std::isnan(nearRoot)) df = nearRoot;
        } else if (std::fabs(df) < (std::fabs(p.alpha) + std::fabs(om)) / 64.0 &&
                   std::fabs(z.hi) <= 6.0 && std::fabs(p.alpha) < 1e100) {
            // Next to a zero of f' (0 < alpha < 0.114, alpha < 0, ...) the sum above cancels:
            // f' = ((1+alpha) + (1-alpha) G(z)) / 2 with G = erf + the Gaussian term in
            // double-double.
            const num::DD g = dd::erfPlusGaussianTerm(z);
            df = 0.5 * dd::toDouble(dd::add(dd::twoSum(1.0, p.alpha), dd::mul(p.oneMinusAlpha, g)));
        }
        double f = p.alpha * x + 0.5 * w * ec;
        double dmu = e == 0.0 ? 0.0 : kInvSqrtPi * (w * (w * e));
        if (!std::isfinite(w)) {
            // (1 - alpha) x overflowed (alpha < 0, |x| near DBL_MAX): f = x (alpha + (1-alpha)
            // erfc(-z)/2), whose bracket is 1 or alpha unless mu is tiny.
            f = x * ((p.alpha + 0.5 * om * ec) + 0.5 * p.oneMinusAlpha.lo * ec);
        }
        if (p.alpha < 0.0 && std::fabs(f) < std::fabs(p.alpha * x) / 64.0 &&
            std::fabs(z.hi) <= 6.0 && p.alpha > -1e100) {
            // alpha < 0: f also vanishes where erf(z) = -(1+alpha)/(1-alpha), and the sum above
            // cancels next to it: f = x ((1+alpha) + (1-alpha) erf(z)) / 2 in double-double.
            const num::DD bracket =
                dd::add(dd::twoSum(1.0, p.alpha), dd::mul(p.oneMinusAlpha, dd::erf(z)));
            f = 0.5 * dd::toDouble(dd::mul(bracket, x));
        }
        return {f, df, dmu};
    }

    static FD eval(double x, const Prep& p) { return evalFast<Smu>(x, p); }

    /// value()'s f and f' with both signs of z selected; `bad` where value() takes one of its
    /// special forms: alpha = 0 (GELU's series), the double-double sums next to a zero of f or
    /// f', (1 - alpha) x overflowing, and z^2 < 746 with |z| >= 15 (erfcx beyond its table).
    template <class T> static FDOf<T> fast(T x, const Prep& p, lanes::MOf<T>& bad) {
        const double om = p.oneMinusAlpha.hi;
        if (p.alpha == 0.0) bad = lanes::everyLane<lanes::MOf<T>>();
        bad = bad | lanes::isNaN(x - x);
        const T zh = p.c.hi * x;
        const T zl = lanes::fma(p.c.hi, x, -zh) + p.c.lo * x;
        // e0 = expNegSquare(zh): 0 where zh^2 > 746
        const T h = zh * zh;
        const auto gone = h > 746.0;
        const auto negative = -zh >= 0.0;
        // ec = erfcWith(-zh, -zl, e0) = erfc(-z): 0 or 2 where e0 = 0 (with a large mu, most x)
        T ec = lanes::select(negative, T{}, lanes::splat<T>(2.0));
        T e{};
        if (!lanes::all(gone)) {
            const T e0 = lanes::select(gone, T{},
                                       num::expLanes(lanes::select(gone, T{}, -h), bad) *
                                           (1.0 - lanes::fma(zh, zh, -h)));
            const auto zero = e0 == 0.0;
            const T ex = num::erfcxLanes(lanes::select(zero, T{}, lanes::abs(zh)), bad);
            const T tail = e0 * ex;
            const T shift = kTwoOverSqrtPi * e0 * -zl;
            ec = lanes::select(zero, ec, lanes::select(negative, tail - shift, 2.0 - tail - shift));
            e = lanes::select(zero, T{}, e0 * (1.0 - 2.0 * zh * zl));
        }
        const T w = om * x + p.oneMinusAlpha.lo * x;
        const T ze = lanes::select(e == 0.0, T{}, zh * e);
        FDOf<T> r{p.alpha * x + 0.5 * w * ec, p.alpha + 0.5 * om * ec + om * kInvSqrtPi * ze};
        const double scale = (std::fabs(p.alpha) + std::fabs(om)) / 64.0;
        const auto moderateZ = lanes::abs(zh) <= 6.0;
        bad = bad | lanes::isNaN(w - w) | ((lanes::abs(r.df) < scale) & moderateZ);
        if (p.alpha < 0.0)
            bad = bad | ((lanes::abs(r.f) < lanes::abs(p.alpha * x) / 64.0) & moderateZ);
        return r;
    }

    static FD general(double x, const Prep& p) {
        const Value v = value(x, p);
        return {v.f, v.df};
    }
    static double grad(double x, const Prep& p, std::size_t) { return value(x, p).dmu; }
};

struct Smu1 {
    /// Outside this range of |mu|, value() rescales (mu^2 would leave the normal range).
    static constexpr double kMuMin = 0x1p-400;
    static constexpr double kMuMax = 0x1p400;

    struct Prep {
        double alpha;
        double mu;
        num::DD oneMinusAlpha;
        num::DD onePlusAlpha;
        num::DD muSquared;
        explicit Prep(const double* p)
            : alpha(p[0])
            , mu(p[1])
            , oneMinusAlpha(num::twoSum(1.0, -p[0]))
            , onePlusAlpha(num::twoSum(1.0, p[0]))
            , muSquared(num::twoProd(p[1], p[1])) {}
    };

    struct Value {
        double f;
        double df;
        double dmu;
    };

    /// With w = (1-alpha) x and r = sqrt(w^2 + mu^2):
    /// - where (1+alpha) x >= 0, f = ((1+alpha) x + r)/2 adds two non-negative terms;
    /// - elsewhere f = (4 alpha x^2 - mu^2) / (2((1+alpha) x - r)), from
    ///   ((1+alpha) x)^2 - r^2 = 4 alpha x^2 - mu^2: the denominator adds two negative terms and
    ///   the numerator is formed in double-double, so even next to the root of f
    ///   (x = -mu / (2 sqrt alpha)) nothing cancels;
    /// - f' = (1 or alpha) -+ (1-alpha)(r - |w|) / (2r) with r - |w| = mu^2 / (r + |w|).
    /// f' = ((1+alpha) r + (1-alpha) w) / (2r), rationalised: the numerator times
    /// (1+alpha) r - (1-alpha) w is (1+alpha)^2 mu^2 + 4 alpha w^2 (as r^2 = w^2 + mu^2), formed in
    /// double-double, and for w < 0 the new denominator adds two positive terms. For alpha < 0,
    /// where f' has a zero and the direct form cancels next to it.
    static double derivativeNearZero(double x, double r, const Prep& p) {
        const num::DD om = p.oneMinusAlpha;
        const num::DD w{om.hi * x, std::fma(om.hi, x, -(om.hi * x)) + om.lo * x};
        const num::DD w2{w.hi * w.hi, std::fma(w.hi, w.hi, -(w.hi * w.hi)) + 2.0 * w.hi * w.lo};
        const double a4 = 4.0 * p.alpha;
        const num::DD a{a4 * w2.hi, std::fma(a4, w2.hi, -(a4 * w2.hi)) + a4 * w2.lo};
        const num::DD op = p.onePlusAlpha;
        const num::DD op2{op.hi * op.hi,
                          std::fma(op.hi, op.hi, -(op.hi * op.hi)) + 2.0 * op.hi * op.lo};
        const num::DD m2 = p.muSquared;
        const num::DD b{op2.hi * m2.hi, std::fma(op2.hi, m2.hi, -(op2.hi * m2.hi)) +
                                            op2.hi * m2.lo + op2.lo * m2.hi};
        const num::DD s = num::twoSum(a.hi, b.hi);
        const double numerator = s.hi + (s.lo + a.lo + b.lo);
        return numerator / (2.0 * r * (op.hi * r - om.hi * w.hi));
    }

    static Value value(double x, const Prep& p) {
        const double om = p.oneMinusAlpha.hi;
        if (!std::isfinite(x)) {
            if (std::isnan(x)) return {x, x, x};
            if (om == 0.0) return {x, 1.0, std::copysign(0.5, p.mu)}; // alpha = 1: x + |mu|/2
            const double k = (om > 0.0) == (x > 0.0) ? 1.0 : p.alpha;
            return {k == 0.0 ? 0.0 : k * x, k, 0.0};
        }
        const double am = std::fabs(p.mu);
        if (!(am >= kMuMin && am <= kMuMax)) {
            // f is homogeneous of degree 1 in (x, mu), f' and df/dmu of degree 0: with mu scaled
            // to [1, 2) by a power of 2 (exact), mu^2 neither under- nor overflows.
            const int e = std::ilogb(p.mu);
            const double xs = std::ldexp(x, -e);
            if (x == 0.0 || (std::fabs(xs) > 0x1p-900 && std::fabs(xs) < 0x1p900)) {
                const double scaled[2] = {p.alpha, std::ldexp(p.mu, -e)};
                const Value v = value(xs, Prep(scaled));
                return {std::ldexp(v.f, e), v.df, v.dmu};
            }
        }
        const double w = om * x + p.oneMinusAlpha.lo * x;
        const double aw = std::fabs(w);
        const bool moderate = aw < 1e150 && am < 1e150 && std::fabs(x) < 1e150;
        const double r = moderate ? std::sqrt(w * w + p.mu * p.mu) : std::hypot(w, p.mu);
        const double q = 0.5 * r + 0.5 * aw; // (r + |w|) / 2, no overflow
        const bool upper = w >= 0.0;
        const double g = upper ? om : -om;
        const double base = upper ? x : p.alpha * x;
        double d;    // (r - |w|) / r = mu^2 / (2 q r)
        double corr; // f - base = mu^2 / (4 q)
        if (moderate) {
            corr = 0.25 * p.muSquared.hi / q;
            d = 0.5 * p.muSquared.hi / (q * r);
        } else { // mu^2 or q r could overflow
            const double muq = p.mu * (p.mu / q);
            d = muq / (2.0 * r);
            corr = 0.25 * muq;
        }
        double df = (upper ? 1.0 : p.alpha) - 0.5 * g * d;
        if (!upper && p.alpha < 0.0 && std::fabs(df) < -0.5 * p.alpha && moderate &&
            p.alpha > -1e50)
            df = derivativeNearZero(x, r, p); // alpha < 0: f' passes through 0 for w < 0
        double dmu = 0.5 * (p.mu / r);        // mu may be subnormal: mu / r first
        if (std::isinf(r)) { // w^2 + mu^2 overflows: the same ratio a quarter of the size
            const double ws = om * (0.25 * x) + p.oneMinusAlpha.lo * (0.25 * x);
            dmu = 0.5 * (0.25 * p.mu) / std::hypot(ws, 0.25 * p.mu);
        }

        double f = base + corr;
        // Where base and corr cancel by more than a quarter (near the root of f, at
        // x = -mu / (2 sqrt alpha)) the rounding of corr would show:
        // f = (4 alpha x^2 - mu^2) / (2 ((1+alpha) x - r)), numerator in double-double.
        const num::DD px = num::mulDD(x, p.onePlusAlpha); // (1 + alpha) x
        if (moderate && std::fabs(p.alpha) < 1e150 && px.hi < 0.0 &&
            std::fabs(f) < 0.75 * std::fabs(base)) {
            const num::DD x2 = num::twoProd(x, x);
            const double a4 = 4.0 * p.alpha;
            const num::DD t = num::twoProd(a4, x2.hi);
            const num::DD diff = num::twoSum(t.hi, -p.muSquared.hi);
            const double numerator = diff.hi + (diff.lo + t.lo + a4 * x2.lo - p.muSquared.lo);
            f = numerator / (2.0 * (px.hi - r));
        }
        return {f, df, dmu};
    }

    static FD eval(double x, const Prep& p) { return evalFast<Smu1>(x, p); }

    /// value() where every magnitude is moderate (below 1e150), so w^2 + mu^2 and q r cannot
    /// overflow.
    template <class T> static FDOf<T> fast(T x, const Prep& p, lanes::MOf<T>& bad) {
        const double om = p.oneMinusAlpha.hi;
        const T w = om * x + p.oneMinusAlpha.lo * x;
        const T aw = lanes::abs(w);
        const bool moderateParams =
            std::fabs(p.mu) >= kMuMin && std::fabs(p.mu) <= kMuMax && std::fabs(p.alpha) < 1e150;
        bad = bad | lanes::isNaN(x - x) | (lanes::abs(x) >= 1e150) | (aw >= 1e150);
        if (!moderateParams) bad = lanes::everyLane<lanes::MOf<T>>();
        const T r = lanes::sqrt(w * w + p.mu * p.mu);
        const T q = 0.5 * r + 0.5 * aw;
        const auto upper = w >= 0.0;
        const T g = lanes::select(upper, lanes::splat<T>(om), lanes::splat<T>(-om));
        const T base = lanes::select(upper, x, p.alpha * x);
        const T corr = 0.25 * p.muSquared.hi / q;
        const T d = 0.5 * p.muSquared.hi / (q * r);
        FDOf<T> out{base + corr,
                    lanes::select(upper, lanes::splat<T>(1.0), lanes::splat<T>(p.alpha)) -
                        0.5 * g * d};
        if (p.alpha < 0.0) // near the zero of f' (see derivativeNearZero)
            bad = bad | ((w < 0.0) & (lanes::abs(out.df) < -0.5 * p.alpha));
        const T px = x * p.onePlusAlpha.hi;
        const auto cancels = (px < 0.0) & (lanes::abs(out.f) < 0.75 * lanes::abs(base));
        if (lanes::any(cancels)) {
            const T x2 = x * x;
            const T x2lo = lanes::fma(x, x, -x2);
            const double a4 = 4.0 * p.alpha;
            const T t = a4 * x2;
            const T tlo = lanes::fma(a4, x2, -t);
            bad = bad | (cancels & lanes::isNaN(t - t)); // 4 alpha x^2 overflowed
            const T dh = t + -p.muSquared.hi;            // two-sum of t and -mu^2
            const T bb = dh - t;
            const T dl = (t - (dh - bb)) + (-p.muSquared.hi - bb);
            const T numerator = dh + (dl + tlo + a4 * x2lo - p.muSquared.lo);
            out.f = lanes::select(cancels, numerator / (2.0 * (px - r)), out.f);
        }
        return out;
    }

    static FD general(double x, const Prep& p) {
        const Value v = value(x, p);
        return {v.f, v.df};
    }
    static double grad(double x, const Prep& p, std::size_t) { return value(x, p).dmu; }
};

} // namespace actviz::core::kernels
