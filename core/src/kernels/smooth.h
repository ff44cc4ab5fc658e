#pragma once
// Smooth rectifiers: Swish/SiLU, Mish, GELU (exact and tanh), Softplus and Squareplus.

#include "kernel.h"

namespace actviz::core::kernels {

inline constexpr num::DD kRsqrt2{0.7071067811865476, -4.833646656726457e-17}; // 1/sqrt 2
inline constexpr double kInvSqrt2Pi = 0.3989422804014327;                     // 1/sqrt(2 pi)

// Coefficients generated with mpmath (findroot, then chebyfit of f'(x0 + d)/d at 60 digits).
inline constexpr RootSeries kSiluRoot{
    {-1.2784645427610737, -1.0946994183093437e-16},
    {0.2178117057198001, 0.1466487969969469, 0.01887481422378233, -0.015222655223190933,
     -0.0066065891383644704, 0.00012662741045137125, 0.0007985218828352032, 0.00018570722341464425,
     -4.0905397008178017e-05, -2.9733009238890755e-05, -2.9411735601928822e-06,
     2.3393598567126745e-06, 8.412644981222675e-07},
    13};
inline constexpr RootSeries kGeluRoot{
    {-0.7517915246935645, 1.4956759177009883e-17},
    {0.4314939923140469, 0.388284982990552, -0.018199676398671087, -0.1140082332972217,
     -0.014771522148244266, 0.01942167983818839, 0.004539228379113085, -0.002239538068022289,
     -0.0007448268377347967, 0.00018633974424735373, 8.61594418266232e-05, -1.1214339279108336e-05,
     -7.747689919160756e-06, 4.324235056073101e-07, 5.62027996141171e-07},
    15};
inline constexpr RootSeries kGeluTanhRoot{
    {-0.7524614220710163, 3.635560509207687e-17},
    {0.4304000910248585, 0.3875184461357889, -0.01578285352184803, -0.11394448308095703,
     -0.016619328343051718, 0.019682309459495853, 0.005261059254776095, -0.002422731820151527,
     -0.0009274420118964042, 0.0002639266326480195, 0.0001242518419998872, -3.493499382166195e-05,
     -1.5941728567106546e-05, 5.6912174149769395e-06, 2.334966194112148e-06},
    15};
inline constexpr RootSeries kMishRoot{
    {-1.1924312145154952, -4.8484829848031044e-17},
    {0.2669479140495345, 0.20473126408010586, 0.04190782104360987, -0.020271822716684273,
     -0.015821126561733092, -0.003360684927018703, 0.0010924055408944849, 0.0009898181017691972,
     0.0002541293676781797, -4.196148117455943e-05, -5.5829064870118985e-05,
     -1.7299611473217463e-05, 9.458587762688234e-07, 2.913108088821439e-06, 1.0384215068474151e-06},
    15};

/// x sigma(beta x), with f', df/dbeta and the limits at infinity.
struct SwishValue {
    double f;
    double df;
    double dbeta;
};

inline SwishValue swish(double x, double beta) {
    const num::DD t = beta == 1.0 ? num::DD{x, 0.0} : num::twoProd(beta, x);
    if (!std::isfinite(x) || !std::isfinite(t.hi)) {
        if (std::isnan(x)) return {x, x, x};
        if (std::isnan(t.hi)) return {0.5 * x, 0.5, num::kInf}; // beta = 0: x / 2
        if (t.hi > 0.0) return {x, 1.0, 0.0};
        return {0.0, 0.0, 0.0};
    }
    const num::Logistic l = num::logistic(t.hi, t.lo);
    // f' = s (1 + t m). For t < 0 the bracket is written (1 + t) - t s, which carries a smaller
    // error than 1 + t m near the minimum of the curve, where it passes through 0.
    double g = t.hi >= 0.0 ? 1.0 + t.hi * l.m : std::fma(-t.hi, l.s, 1.0 + t.hi);
    g += t.lo * l.m * (1.0 - t.hi * l.s);
    // f'(x) = silu'(beta x): near silu's minimum the series replaces the cancelling bracket.
    const double nearRoot = kSiluRoot.near(t.hi, t.lo);
    return {x * l.s, std::isnan(nearRoot) ? l.s * g : nearRoot, x * (x * (l.s * l.m))};
}

/// swish() for lanes: beta x finite and its logistic on exp's fast path.
template <class T> FDOf<T> swishFast(T x, double beta, lanes::MOf<T>& bad) {
    T th = x;
    T tl{};
    if (beta != 1.0) {
        th = beta * x;
        tl = lanes::fma(beta, x, -th);
    }
    bad = bad | lanes::isNaN(th - th); // x or beta x infinite, or NaN
    const num::LogisticOf<T> l = num::logisticLanes(th, tl, bad);
    T g = lanes::select(th >= 0.0, 1.0 + th * l.m, lanes::fma(-th, l.s, 1.0 + th));
    g = g + tl * l.m * (1.0 - th * l.s);
    FDOf<T> r{x * l.s, l.s * g};
    kSiluRoot.refine(th, tl, r.df);
    return r;
}

struct Swish {
    struct Prep {
        double beta;
        explicit Prep(const double* p)
            : beta(p[0]) {}
    };
    static FD eval(double x, const Prep& p) { return evalFast<Swish>(x, p); }
    template <class T> static FDOf<T> fast(T x, const Prep& p, lanes::MOf<T>& bad) {
        return swishFast(x, p.beta, bad);
    }
    static FD general(double x, const Prep& p) {
        const SwishValue v = swish(x, p.beta);
        return {v.f, v.df};
    }
    static double grad(double x, const Prep& p, std::size_t) { return swish(x, p.beta).dbeta; }
};

struct Silu {
    using Prep = NoPrep;
    static FD eval(double x, const Prep& p) { return evalFast<Silu>(x, p); }
    template <class T> static FDOf<T> fast(T x, const Prep&, lanes::MOf<T>& bad) {
        return swishFast(x, 1.0, bad);
    }
    static FD general(double x, const Prep&) {
        const SwishValue v = swish(x, 1.0);
        return {v.f, v.df};
    }
};

/// x tanh(softplus x). With e = e^x, tanh(log(1 + e)) = e(e + 2) / (e(e + 2) + 2): rational in
/// e (or in e^{-x} for x > 0), so no tanh, no log and no cancellation.
struct Mish {
    using Prep = NoPrep;
    static FD eval(double x, const Prep& p) { return evalFast<Mish>(x, p); }

    /// Both signs from the one exponential e^{-|x|}.
    template <class T> static FDOf<T> fast(T x, const Prep&, lanes::MOf<T>& bad) {
        const T g = num::expLanes(-lanes::abs(x), bad); // flags NaN and |x| > 700
        // x > 0, in g = e^{-x}
        const T dp = 1.0 + 2.0 * g * (1.0 + g);
        const T tp = (1.0 + 2.0 * g) / dp;
        const T dfp = tp + 4.0 * (x * (g * g)) * (1.0 + g) / (dp * dp);
        // x <= 0, in e = e^{x}
        const T n = g * (g + 2.0);
        const T dn = n + 2.0;
        const T tn = n / dn;
        FDOf<T> neg{x * tn, tn + 4.0 * (x * g) * (1.0 + g) / (dn * dn)};
        kMishRoot.refine(x, T{}, neg.df);
        const auto positive = x > 0.0;
        return {lanes::select(positive, x * tp, neg.f), lanes::select(positive, dfp, neg.df)};
    }

    static FD general(double x, const Prep&) {
        if (std::isinf(x)) return x > 0.0 ? FD{x, 1.0} : FD{0.0, 0.0};
        if (x > 0.0) {
            const double g = num::exp(-x);
            const double d = 1.0 + 2.0 * g * (1.0 + g);
            const double t = (1.0 + 2.0 * g) / d;
            return {x * t, t + 4.0 * (x * (g * g)) * (1.0 + g) / (d * d)};
        }
        const double e = num::exp(x); // NaN stays NaN through here
        const double n = e * (e + 2.0);
        const double d = n + 2.0;
        const double t = n / d;
        const double nearRoot = kMishRoot.near(x);
        return {x * t, std::isnan(nearRoot) ? t + 4.0 * (x * e) * (1.0 + e) / (d * d) : nearRoot};
    }
};

/// x Phi(x), Phi the standard normal CDF. With a = |x| and z = a / sqrt 2, the tail
/// Phi(-a) = erfc(z)/2 = e^{-z^2} erfcx(z)/2 never cancels; Phi(x) is the tail for x < 0 and
/// 1 - tail for x >= 0. Only x < 0 needs z and z^2 in double-double (there the tail is the whole
/// value, and its relative error is 2z^2 times that of z); for x >= 0 the tail is a small
/// correction to 1.
struct Gelu {
    using Prep = NoPrep;
    static FD eval(double x, const Prep& p) { return evalFast<Gelu>(x, p); }

    /// x > -21, where z = |x|/sqrt 2 stays inside erfcx's table (x >= 8.9 is the identity to
    /// the last bit): both signs computed, sharing e^{-z^2} and erfcx(z).
    template <class T> static FDOf<T> fast(T x, const Prep&, lanes::MOf<T>& bad) {
        bad = bad | lanes::isNaN(x) | (x <= -21.0);
        const auto identity = x >= 8.9; // f = x, f' = 1 (general()); z = 0 keeps the rest tame
        const T a = lanes::select(identity, T{}, lanes::abs(x));
        const T z = a * kRsqrt2.hi;
        const T zlo = lanes::fma(a, kRsqrt2.hi, -z) + a * kRsqrt2.lo;
        const T h = z * z;
        const T ez = num::expLanes(-h, bad);            // e^{-z^2}, z rounded
        const T ex = num::erfcxLanes(z, bad);           // erfcx(z)
        const T e0 = ez * (1.0 - lanes::fma(z, z, -h)); // = expNegSquare(z)
        const auto negative = x < 0.0;
        const T tail =
            lanes::select(negative, 0.5 * e0 * (ex - 2.0 * kInvSqrtPi * zlo), 0.5 * ez * ex);
        const T e = lanes::select(negative, e0 * (1.0 - 2.0 * z * zlo), ez);
        const T cdf = lanes::select(negative, tail, 1.0 - tail);
        FDOf<T> r{lanes::select(identity, x, x * cdf),
                  lanes::select(identity, lanes::splat<T>(1.0), cdf + x * (e * kInvSqrt2Pi))};
        kGeluRoot.refine(x, T{}, r.df);
        return r;
    }

    static FD general(double x, const Prep&) {
        if (std::isnan(x)) return {x, x};
        if (x >= 8.9) return {x, 1.0};     // tail < 2^-60 and x phi(x) < 2^-56: both round away
        if (x <= -40.0) return {0.0, 0.0}; // Phi(-40) ~ 1e-350
        const double a = std::fabs(x);
        const double z = a * kRsqrt2.hi;
        double e;
        double tail;
        if (x < 0.0) {
            const double zlo = std::fma(a, kRsqrt2.hi, -z) + a * kRsqrt2.lo;
            const double e0 = num::expNegSquare(z); // e^{-z^2} of the leading part
            tail = 0.5 * e0 * (num::erfcx(z) - 2.0 * kInvSqrtPi * zlo);
            e = e0 * (1.0 - 2.0 * z * zlo); // e^{-x^2/2}
        } else {
            e = num::exp(-z * z);
            tail = 0.5 * e * num::erfcx(z);
        }
        const double cdf = x < 0.0 ? tail : 1.0 - tail;
        const double nearRoot = kGeluRoot.near(x);
        return {x * cdf, std::isnan(nearRoot) ? cdf + x * (e * kInvSqrt2Pi) : nearRoot};
    }
};

/// The tanh approximation x/2 (1 + tanh(sqrt(2/pi)(x + 0.044715 x^3))) = x sigma(2u).
struct GeluTanh {
    static constexpr num::DD kA{1.5957691216057308, -9.96930880911092e-17};   // 2 sqrt(2/pi)
    static constexpr num::DD kB{0.07135481627260025, -6.175149918155315e-19}; // kA * 0.044715
    using Prep = NoPrep;
    static FD eval(double x, const Prep& p) { return evalFast<GeluTanh>(x, p); }

    /// |x| < 25 (beyond it sigma(2u) < e^-1500): 2u = A x + B x^3, in double-double for x < 0,
    /// where the sigmoid's relative error is |2u| ~ 87 times that of 2u at x = -10. For x >= 0
    /// sigma(2u) is near 1 and the rounding of 2u hardly moves it.
    template <class T> static FDOf<T> fast(T x, const Prep&, lanes::MOf<T>& bad) {
        bad = bad | lanes::isNaN(x) | (lanes::abs(x) >= 25.0);
        const T x2 = x * x;
        const T x2lo = lanes::fma(x, x, -x2);
        const T x3 = x * x2;
        const T x3lo = lanes::fma(x, x2, -x3) + x * x2lo;
        const T bx3 = kB.hi * x3;
        const T bx3lo = lanes::fma(kB.hi, x3, -bx3);
        const T ax = kA.hi * x;
        const T axlo = lanes::fma(kA.hi, x, -ax);
        const T s = ax + bx3; // two-sum of ax and bx3
        const T bb = s - ax;
        const T slo = (ax - (s - bb)) + (bx3 - bb);
        const auto negative = x < 0.0;
        const T th = lanes::select(negative, s, x * (kA.hi + kB.hi * x2));
        const T tl = lanes::select(negative,
                                   slo + axlo + kA.lo * x + bx3lo + kB.hi * x3lo + kB.lo * x3, T{});
        const num::LogisticOf<T> l = num::logisticLanes(th, tl, bad);
        const T dt = kA.hi + 3.0 * kB.hi * x2;
        FDOf<T> r{x * l.s, l.s + x * (l.s * l.m) * dt};
        kGeluTanhRoot.refine(x, T{}, r.df);
        return r;
    }

    static FD general(double x, const Prep&) {
        if (std::isnan(x)) return {x, x};
        if (std::fabs(x) >= 25.0) return x > 0.0 ? FD{x, 1.0} : FD{0.0, 0.0}; // sigma(2u) < e^-1500
        const double x2 = x * x;
        num::DD t{x * (kA.hi + kB.hi * x2), 0.0};
        double tlo = 0.0;
        if (x < 0.0) {
            const num::DD xx = num::twoProd(x, x);
            const num::DD x3{x * xx.hi, std::fma(x, xx.hi, -(x * xx.hi)) + x * xx.lo};
            const num::DD bx3 = num::twoProd(kB.hi, x3.hi);
            const num::DD ax = num::twoProd(kA.hi, x);
            t = num::twoSum(ax.hi, bx3.hi);
            tlo = t.lo + ax.lo + kA.lo * x + bx3.lo + kB.hi * x3.lo + kB.lo * x3.hi;
        }
        const num::Logistic l = num::logistic(t.hi, tlo); // exp's special cases for |2u| > 700
        const double dt = kA.hi + 3.0 * kB.hi * x2;
        const double nearRoot = kGeluTanhRoot.near(x);
        return {x * l.s, std::isnan(nearRoot) ? l.s + x * (l.s * l.m) * dt : nearRoot};
    }
};

/// log(1 + e^{beta x}) / beta, and x itself where beta x > threshold (PyTorch's rule).
struct Softplus {
    struct Prep {
        double beta;
        double threshold;
        explicit Prep(const double* p)
            : beta(p[0])
            , threshold(p[1]) {}
    };
    static FD eval(double x, const Prep& p) { return evalFast<Softplus>(x, p); }

    /// max(t, 0) + log1p(e^{-|t|}) with t = beta x, the rounding error of beta x carried into the
    /// exponential; x itself where t > threshold.
    template <class T> static FDOf<T> fast(T x, const Prep& p, lanes::MOf<T>& bad) {
        T th = x;
        T tl{};
        if (p.beta != 1.0) {
            th = p.beta * x;
            tl = lanes::fma(p.beta, x, -th);
        }
        bad = bad | lanes::isNaN(th - th); // x or beta x infinite, or NaN
        const auto positive = th >= 0.0;
        T e = num::expLanes(lanes::select(positive, -th, th), bad) *
              (1.0 + lanes::select(positive, -tl, tl));
        e = lanes::select(positive & (1.0 < e), lanes::splat<T>(1.0), e);
        const T l = num::log1p01Lanes(e, bad);
        const T lb = p.beta == 1.0 ? l : l / p.beta;
        const T d = 1.0 + e;
        const auto identity = th > p.threshold;
        return {lanes::select(identity, x, lanes::select(positive, x + lb, lb)),
                lanes::select(identity, lanes::splat<T>(1.0),
                              lanes::select(positive, lanes::splat<T>(1.0), e) / d)};
    }

    static FD general(double x, const Prep& p) {
        if (std::isnan(x)) return {x, x};
        const num::DD t = p.beta == 1.0 ? num::DD{x, 0.0} : num::twoProd(p.beta, x);
        if (t.hi > p.threshold) return {x, 1.0};
        // max(t, 0) + log1p(e^{-|t|}), the error of beta x carried into the exponential.
        if (t.hi >= 0.0) {
            const double e = std::min(num::exp(-t.hi) * (1.0 - t.lo), 1.0);
            const double l = num::log1p01(e);
            return {x + (p.beta == 1.0 ? l : l / p.beta), 1.0 / (1.0 + e)};
        }
        const double e = num::exp(t.hi) * (1.0 + t.lo);
        const double l = num::log1p01(e);
        return {p.beta == 1.0 ? l : l / p.beta, e / (1.0 + e)};
    }
    static std::vector<double> kinks(const double* params) {
        // The switch to the identity is a (tiny) jump in f and in f'.
        if (std::isinf(params[1])) return {};
        return {params[1] / params[0]};
    }
};

/// (x + sqrt(x^2 + b)) / 2.
struct Squareplus {
    struct Prep {
        double b;
        double sqrtB;
        explicit Prep(const double* p)
            : b(p[0])
            , sqrtB(std::sqrt(p[0])) {}
    };
    static FD eval(double x, const Prep& p) {
        if (std::isnan(x)) return {x, x};
        if (std::isinf(x)) return x > 0.0 ? FD{x, 1.0} : FD{0.0, 0.0};
        const double a = std::fabs(x);
        const bool small = a < 1e150 && p.b < 1e300;
        const double r = small ? std::sqrt(x * x + p.b) : std::hypot(x, p.sqrtB);
        double f;
        if (x >= 0.0) {
            f = 0.5 * x + 0.5 * r; // halves first: x + r overflows near DBL_MAX
        } else {
            // x + r cancels for x < 0; (r + x)(r - x) = b gives b / (2 (r - x)) instead.
            const double s = r + a;
            f = std::isfinite(s) ? (0.5 * p.b) / s : (0.25 * p.b) / (0.5 * r + 0.5 * a);
        }
        return {f, f / r}; // f' = (1 + x/r)/2 = f/r, with no cancellation on either side
    }
};

} // namespace actviz::core::kernels
