// SPDX-License-Identifier: GPL-3.0-or-later
// Standalone accuracy and speed check for core/src/fastmath.h (not part of the build).
//
//   g++ -O2 -std=c++20 -Wall -Wextra -Icore/src tools/fastmath_check.cpp -o /tmp/fastmath_check
//   /tmp/fastmath_check [scale]      (scale multiplies the number of test points; default 1)
//   /tmp/fastmath_check speed        (timings only)
//
// References: Boost.Multiprecision cpp_bin_float_50 (exp, expm1, log1p, erfc; erfcx from
// exp(z^2) erfc(z), or its asymptotic series for z > 30). Errors are in ulps of the exact result
// (subnormal results: ulps of the subnormal grid). Special values must match exactly.
#include "fastmath.h"

#include <boost/math/special_functions/erf.hpp>
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/log1p.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <vector>

using Mp = boost::multiprecision::cpp_bin_float_50;
namespace fm = actviz::core::fm;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMax = std::numeric_limits<double>::max();
constexpr double kDenMin = std::numeric_limits<double>::denorm_min();

// Error of `got` in ulps of the (double) grid around the exact value `ref`. Returns +inf for a
// wrong special value (NaN / inf / overflow mismatch).
double ulpError(double got, const Mp& ref) {
    if (boost::multiprecision::isnan(ref)) return std::isnan(got) ? 0.0 : kInf;
    if (std::isnan(got)) return kInf;
    double rd = ref.convert_to<double>(); // rounds to nearest; inf if |ref| > DBL_MAX range
    if (std::isinf(rd) || std::isinf(got)) {
        if (got == rd) return 0.0;
        // |ref| just above DBL_MAX may still round to DBL_MAX; treat that as 1 ulp off at most.
        if (std::isinf(got) && std::fabs(rd) == kMax) return 1.0;
        return kInf;
    }
    if (ref == 0) return got == 0.0 ? 0.0 : kInf;
    int e = 0;
    (void)boost::multiprecision::frexp(ref, &e); // |ref| in [2^(e-1), 2^e)
    int ulpExp = std::max(e - 53, -1074);
    Mp diff = abs(Mp(got) - ref);
    return static_cast<double>(ldexp(diff, -ulpExp));
}

Mp refErfcx(double z) {
    if (std::isnan(z)) return Mp(kNaN);
    if (std::isinf(z)) return Mp(0);
    Mp x(z);
    if (z <= 30.0) return exp(x * x) * boost::math::erfc(x);
    // Asymptotic series 1/(z sqrt(pi)) sum (-1)^n (2n-1)!! / (2 z^2)^n; terms < 1e-60 by n = 30.
    Mp inv2z2 = 1 / (2 * x * x);
    Mp term = 1, sum = 1;
    for (int n = 1; n < 60; ++n) {
        term *= -(2 * n - 1) * inv2z2;
        sum += term;
        if (abs(term) < Mp("1e-70")) break;
    }
    return sum / (x * sqrt(boost::math::constants::pi<Mp>()));
}

struct Stat {
    double maxErr = 0.0;
    double worstX = 0.0;
    long n = 0;
    long bad = 0; // special-value mismatches
    void add(double x, double err) {
        ++n;
        if (std::isinf(err)) {
            if (bad < 5) std::printf("    MISMATCH at x = %a (%.17g)\n", x, x);
            ++bad;
            return;
        }
        if (err > maxErr) {
            maxErr = err;
            worstX = x;
        }
    }
};

using Fn = std::function<double(double)>;
using RefFn = std::function<Mp(double)>;

void checkSet(const char* name, const char* setName, const std::vector<double>& xs, const Fn& f,
              const Fn& libf, const RefFn& ref, Stat& total) {
    Stat s, sLib;
    for (double x : xs) {
        Mp r = ref(x);
        s.add(x, ulpError(f(x), r));
        if (libf) sLib.add(x, ulpError(libf(x), r));
    }
    std::printf("  %-8s %-28s n=%8ld  max %.4f ulp at %-24.17g", name, setName, s.n, s.maxErr,
                s.worstX);
    if (libf) std::printf(" (glibc %.4f)", sLib.maxErr);
    if (s.bad) std::printf("  %ld SPECIAL MISMATCHES", s.bad);
    std::printf("\n");
    if (s.maxErr > total.maxErr) {
        total.maxErr = s.maxErr;
        total.worstX = s.worstX;
    }
    total.n += s.n;
    total.bad += s.bad;
}

std::vector<double> grid(double a, double b, long n) {
    std::vector<double> v(n);
    for (long i = 0; i < n; ++i)
        v[i] = a + (b - a) * static_cast<double>(i) / (n - 1);
    return v;
}
std::vector<double> uniform(std::mt19937_64& g, double a, double b, long n) {
    std::uniform_real_distribution<double> d(a, b);
    std::vector<double> v(n);
    for (auto& x : v)
        x = d(g);
    return v;
}
// |x| log-uniform in [lo, hi], random sign if `bothSigns`.
std::vector<double> logUniform(std::mt19937_64& g, double lo, double hi, long n, bool bothSigns) {
    std::uniform_real_distribution<double> d(std::log(lo), std::log(hi));
    std::vector<double> v(n);
    for (auto& x : v) {
        x = std::exp(d(g));
        if (bothSigns && (g() & 1)) x = -x;
    }
    return v;
}
// Random finite doubles: uniform random bit patterns (every exponent equally likely).
std::vector<double> randomBits(std::mt19937_64& g, long n, bool nonNegative) {
    std::vector<double> v;
    while (static_cast<long>(v.size()) < n) {
        std::uint64_t u = g();
        if (nonNegative) u &= ~(1ULL << 63);
        double x = std::bit_cast<double>(u);
        if (std::isfinite(x)) v.push_back(x);
    }
    return v;
}

std::vector<double> edgesSigned() {
    std::vector<double> v = {0.0,
                             -0.0,
                             1e-300,
                             -1e-300,
                             kDenMin,
                             -kDenMin,
                             1e-310,
                             -1e-310,
                             2.2e-308,
                             -2.2e-308,
                             1e-20,
                             -1e-20,
                             0x1p-54,
                             -0x1p-54,
                             0x1p-53,
                             -0x1p-53,
                             0x1p-5,
                             -0x1p-5,
                             0x1.fffffffffffffp-6,
                             -0x1.fffffffffffffp-6,
                             1.0,
                             -1.0,
                             64.0,
                             -64.0,
                             63.999999999999,
                             -63.999999999999,
                             512.0,
                             -512.0,
                             708.0,
                             -708.0,
                             709.0,
                             -709.0,
                             709.78,
                             -709.78,
                             709.782712893384,
                             709.7827128933841,
                             -709.782712893384,
                             -708.3964185322641,
                             -708.39641853226408,
                             -708.4,
                             -720.0,
                             -744.0,
                             -745.0,
                             -745.13321910194110842,
                             -745.1332191019412,
                             -745.2,
                             -746.0,
                             1000.0,
                             -1000.0,
                             1023.9,
                             -1023.9,
                             1024.0,
                             -1024.0,
                             1e300,
                             -1e300,
                             kMax,
                             -kMax,
                             kInf,
                             -kInf,
                             kNaN};
    // Hard region: results near the subnormal boundary and deep in it.
    for (double x = -708.5; x >= -745.2; x -= 0.0137)
        v.push_back(x);
    for (double x = 709.0; x <= 709.79; x += 0.00131)
        v.push_back(x);
    return v;
}

// ------------------------------------------------------------------------------------------------
// Timing

using Clock = std::chrono::steady_clock;

template <class F>
__attribute__((noinline)) void runLoop(const double* in, double* out, long n, F f) {
    for (long i = 0; i < n; ++i)
        out[i] = f(in[i]);
}

template <class F> double timeOnce(const std::vector<double>& in, std::vector<double>& out, F f) {
    auto t0 = Clock::now();
    runLoop(in.data(), out.data(), static_cast<long>(in.size()), f);
    auto t1 = Clock::now();
    return std::chrono::duration<double, std::nano>(t1 - t0).count() / in.size();
}

struct Timing {
    const char* name;
    double fm, lib, target;
};

// Best of `reps` alternating runs over a 1e6-point grid on [a, b] (min filters out interference
// from other processes; alternating keeps both under the same clock conditions).
template <class F, class G>
Timing timePair(const char* name, double a, double b, F f, G g, double target) {
    const long n = 1000000;
    std::vector<double> in = grid(a, b, n), out(n), out2(n);
    double tf = 1e300, tg = 1e300;
    for (int rep = 0; rep < 40; ++rep) {
        tf = std::min(tf, timeOnce(in, out, f));
        tg = std::min(tg, timeOnce(in, out2, g));
    }
    volatile double sink = out[n / 3] + out2[n / 3];
    (void)sink;
    return {name, tf, tg, target};
}

} // namespace

int main(int argc, char** argv) {
    const bool speedOnly = argc > 1 && std::string(argv[1]) == "speed";
    double scale = argc > 1 && !speedOnly ? std::atof(argv[1]) : 1.0;
    auto N = [&](long n) { return std::max(1L, static_cast<long>(n * scale)); };
    std::mt19937_64 rng(12345);
    bool ok = true;

    if (!speedOnly) std::printf("Accuracy (max error in ulps of the exact result)\n");

    if (!speedOnly) {
        // exp -----------------------------------------------------------------------------------
        {
            Fn f = [](double x) { return fm::exp(x); };
            Fn lib = [](double x) { return std::exp(x); };
            RefFn ref = [](double x) -> Mp {
                if (std::isnan(x)) return Mp(kNaN);
                if (x == kInf) return Mp(kInf);
                if (x == -kInf) return Mp(0);
                if (x > 1000) return Mp(kInf);
                if (x < -1000) return Mp("1e-500");
                return exp(Mp(x));
            };
            Stat t;
            checkSet("exp", "edges", edgesSigned(), f, lib, ref, t);
            checkSet("exp", "random bits (all doubles)", randomBits(rng, N(200000), false), f, lib,
                     ref, t);
            checkSet("exp", "uniform [-746, 710]", uniform(rng, -746, 710, N(400000)), f, lib, ref,
                     t);
            checkSet("exp", "subnormal results", uniform(rng, -745.2, -708.3, N(200000)), f, lib,
                     ref, t);
            checkSet("exp", "near overflow", uniform(rng, 700, 709.8, N(50000)), f, lib, ref, t);
            checkSet("exp", "log-uniform |x| 1e-20..1", logUniform(rng, 1e-20, 1, N(100000), true),
                     f, lib, ref, t);
            checkSet("exp", "grid [-10, 10]", grid(-10, 10, N(1000001)), f, lib, ref, t);
            std::printf("  exp      TOTAL max %.4f ulp at %.17g  (%ld points)%s\n\n", t.maxErr,
                        t.worstX, t.n, t.bad ? "  SPECIAL MISMATCHES" : "");
            ok = ok && t.maxErr < 1.0 && t.bad == 0;
        }
        // expm1 ---------------------------------------------------------------------------------
        {
            Fn f = [](double x) { return fm::expm1(x); };
            Fn lib = [](double x) { return std::expm1(x); };
            RefFn ref = [](double x) -> Mp {
                if (std::isnan(x)) return Mp(kNaN);
                if (x == kInf) return Mp(kInf);
                if (x == -kInf) return Mp(-1);
                if (x > 1000) return Mp(kInf);
                if (x < -1000) return Mp(-1);
                return boost::math::expm1(Mp(x));
            };
            Stat t;
            checkSet("expm1", "edges", edgesSigned(), f, lib, ref, t);
            checkSet("expm1", "random bits (all doubles)", randomBits(rng, N(200000), false), f,
                     lib, ref, t);
            checkSet("expm1", "uniform [-746, 710]", uniform(rng, -746, 710, N(200000)), f, lib,
                     ref, t);
            checkSet("expm1", "uniform [-70, 70]", uniform(rng, -70, 70, N(300000)), f, lib, ref,
                     t);
            checkSet("expm1", "uniform [-0.1, 0.1]", uniform(rng, -0.1, 0.1, N(300000)), f, lib,
                     ref, t);
            checkSet("expm1", "log-uniform |x| 1e-300..4",
                     logUniform(rng, 1e-300, 4, N(300000), true), f, lib, ref, t);
            checkSet("expm1", "grid [-10, 10]", grid(-10, 10, N(1000001)), f, lib, ref, t);
            std::printf("  expm1    TOTAL max %.4f ulp at %.17g  (%ld points)%s\n\n", t.maxErr,
                        t.worstX, t.n, t.bad ? "  SPECIAL MISMATCHES" : "");
            ok = ok && t.maxErr <= 1.0 && t.bad == 0;
        }
        // log1p01 -------------------------------------------------------------------------------
        {
            Fn f = [](double x) { return fm::log1p01(x); };
            Fn lib = [](double x) { return std::log1p(x); };
            RefFn ref = [](double x) -> Mp {
                if (std::isnan(x)) return Mp(kNaN);
                return boost::math::log1p(Mp(x));
            };
            std::vector<double> edges = {
                0.0,     -0.0,    kDenMin, 1e-310,        2.2e-308,      1e-300, 1e-100,
                0x1p-54, 0x1p-53, 0x1p-52, 1e-15,         1e-10,         1e-5,   0x1p-8,
                0x1p-7,  0.5,     0.75,    1.0 - 0x1p-53, 1.0 - 0x1p-52, 1.0,    kNaN};
            // Table interval boundaries ((2i + 1)/512; 2^-9 also splits the two methods) and
            // their neighbours.
            for (int i = 0; i <= 512; ++i) {
                double b = i / 512.0;
                for (double y : {std::nextafter(b, -1.0), b, std::nextafter(b, 2.0)})
                    if (y >= 0 && y <= 1) edges.push_back(y);
            }
            Stat t;
            checkSet("log1p01", "edges", edges, f, lib, ref, t);
            checkSet("log1p01", "uniform [0, 1]", uniform(rng, 0, 1, N(500000)), f, lib, ref, t);
            checkSet("log1p01", "log-uniform 1e-320..1",
                     logUniform(rng, 1e-320, 1, N(300000), false), f, lib, ref, t);
            checkSet("log1p01", "uniform [0, 1/64]", uniform(rng, 0, 1.0 / 64, N(200000)), f, lib,
                     ref, t);
            checkSet("log1p01", "grid [0, 1]", grid(0, 1, N(1000001)), f, lib, ref, t);
            std::printf("  log1p01  TOTAL max %.4f ulp at %.17g  (%ld points)%s\n\n", t.maxErr,
                        t.worstX, t.n, t.bad ? "  SPECIAL MISMATCHES" : "");
            ok = ok && t.maxErr <= 1.0 && t.bad == 0;
        }
        // erfcx ---------------------------------------------------------------------------------
        {
            Fn f = [](double z) { return fm::erfcx(z); };
            Fn naive = [](double z) { return std::exp(z * z) * std::erfc(z); };
            RefFn ref = refErfcx;
            std::vector<double> edges = {0.0,
                                         -0.0,
                                         kDenMin,
                                         1e-310,
                                         1e-300,
                                         1e-20,
                                         0x1p-54,
                                         1e-8,
                                         0.5,
                                         1.0,
                                         2.0,
                                         7.0,
                                         14.999999999999998,
                                         15.0,
                                         15.000000000000002,
                                         16.0,
                                         26.6,
                                         27.3,
                                         30.0,
                                         100.0,
                                         1e4,
                                         1e8,
                                         1e20,
                                         1e150,
                                         1.3e154,
                                         1.4e154,
                                         1e200,
                                         1e300,
                                         1e307,
                                         kMax,
                                         kInf,
                                         kNaN};
            // Interval boundaries of the table (w = z + 1 at multiples of 2^(e-4)) and neighbours.
            for (int e = 0; e < 4; ++e)
                for (int j = 0; j <= 16; ++j) {
                    double b = std::ldexp(1.0 + j / 16.0, e) - 1.0;
                    for (double y : {std::nextafter(b, -1.0), b, std::nextafter(b, 100.0)})
                        if (y >= 0) edges.push_back(y);
                }
            Stat t;
            checkSet("erfcx", "edges", edges, f, nullptr, ref, t);
            checkSet("erfcx", "uniform [0, 16]", uniform(rng, 0, 16, N(300000)), f, naive, ref, t);
            checkSet("erfcx", "uniform [15, 40]", uniform(rng, 15, 40, N(100000)), f, nullptr, ref,
                     t);
            checkSet("erfcx", "random bits (all z >= 0)", randomBits(rng, N(100000), true), f,
                     nullptr, ref, t);
            checkSet("erfcx", "log-uniform 1e-300..1e300",
                     logUniform(rng, 1e-300, 1e300, N(100000), false), f, nullptr, ref, t);
            checkSet("erfcx", "grid [0, 10]", grid(0, 10, N(300001)), f, nullptr, ref, t);
            std::printf("  erfcx    TOTAL max %.4f ulp at %.17g  (%ld points)%s  "
                        "[glibc column: exp(z^2)*erfc(z)]\n\n",
                        t.maxErr, t.worstX, t.n, t.bad ? "  SPECIAL MISMATCHES" : "");
            ok = ok && t.maxErr <= 2.0 && t.bad == 0;
        }
    }

    std::printf("Speed: ns/element, 1e6-point grid, best of 40 alternating runs\n");
    Timing ts[] = {
        timePair(
            "fm::exp  vs std::exp", -10, 10, [](double x) { return fm::exp(x); },
            [](double x) { return std::exp(x); }, 3.0),
        timePair(
            "fm::expm1 vs std::expm1", -10, 10, [](double x) { return fm::expm1(x); },
            [](double x) { return std::expm1(x); }, 4.0),
        timePair(
            "fm::log1p01 vs std::log1p", 0, 1, [](double x) { return fm::log1p01(x); },
            [](double x) { return std::log1p(x); }, 4.0),
        timePair(
            "fm::erfcx vs std::erfc", 0, 10, [](double x) { return fm::erfcx(x); },
            [](double x) { return std::erfc(x); }, 5.0),
    };
    // The targets were set against glibc timings of exp 6.6, expm1 10.4, log1p 6.0, erfc 15 ns;
    // the machine's speed varies, so the ratio to glibc in the same run is the stable figure.
    const double briefLib[] = {6.6, 10.4, 6.0, 15.0};
    std::printf("  %-28s %8s %8s %7s %8s %13s\n", "", "fm", "glibc", "ratio", "target",
                "target ratio");
    int k = 0;
    for (const Timing& t : ts) {
        double targetRatio = briefLib[k++] / t.target;
        bool pass = t.fm <= t.target || t.lib / t.fm >= targetRatio;
        ok = ok && pass;
        std::printf("  %-28s %8.2f %8.2f %6.2fx %8.1f %12.2fx  %s\n", t.name, t.fm, t.lib,
                    t.lib / t.fm, t.target, targetRatio,
                    t.fm <= t.target && t.lib / t.fm >= targetRatio ? "ok"
                    : pass                                          ? "ok (one of the two)"
                                                                    : "MISSED");
    }
    std::printf("\n%s\n", ok ? "ALL TARGETS MET" : "SOME TARGETS MISSED");
    return ok ? 0 : 1;
}
