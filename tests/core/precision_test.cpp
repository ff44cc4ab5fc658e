// SPDX-License-Identifier: GPL-3.0-or-later
// The precision lens: rounding to float32, float16 and bfloat16 on its edge cases (checked against
// the compiler's own conversions where it has them), the correctly rounded elementary functions
// against 50-digit values, and the two formulations of every function against 50-digit
// references rounded to each format.

#include "actviz/core/catalogue.h"
#include "actviz/core/precision.h"
#include "format_arithmetic.h"
#include "reference.h"

#include <boost/math/special_functions/erf.hpp>
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/log1p.hpp>
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <string>
#include <variant>

namespace actviz::test {
namespace {

using core::Dtype;
using core::roundToFormat;

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(Precision, Float16RoundsToNearestTiesToEvenAndOverflowsAtHalfAnUlpBeyondTheLargest) {
    EXPECT_EQ(roundToFormat(Dtype::Float16, 65504.0), 65504.0);
    EXPECT_EQ(roundToFormat(Dtype::Float16, 65519.99), 65504.0);
    EXPECT_EQ(roundToFormat(Dtype::Float16, 65520.0), kInf); // the tie goes to the even 2^16
    EXPECT_EQ(roundToFormat(Dtype::Float16, -65520.0), -kInf);
    EXPECT_EQ(roundToFormat(Dtype::Float16, 1.0 + 0x1p-11), 1.0);              // tie: even
    EXPECT_EQ(roundToFormat(Dtype::Float16, 1.0 + 3 * 0x1p-11), 1.0 + 0x1p-9); // tie: even
    EXPECT_EQ(roundToFormat(Dtype::Float16, 1.0 + 0x1p-11 + 0x1p-30), 1.0 + 0x1p-10);
    EXPECT_EQ(roundToFormat(Dtype::Float16, 0.1), 0.0999755859375);
}

TEST(Precision, SubnormalsRoundOnTheSubnormalSpacingAndKeepTheSignOfZero) {
    const double tiny = 0x1p-24; // float16's smallest subnormal
    EXPECT_EQ(roundToFormat(Dtype::Float16, tiny), tiny);
    EXPECT_EQ(roundToFormat(Dtype::Float16, tiny / 2), 0.0); // tie: to the even 0
    EXPECT_EQ(roundToFormat(Dtype::Float16, tiny / 2 + 0x1p-40), tiny);
    EXPECT_EQ(roundToFormat(Dtype::Float16, 3 * tiny / 2), 2 * tiny);     // tie: to even
    EXPECT_EQ(roundToFormat(Dtype::Float16, 0x1p-14 - 0x1p-25), 0x1p-14); // up to the normals
    const double negativeZero = roundToFormat(Dtype::Float16, -tiny / 4);
    EXPECT_EQ(negativeZero, 0.0);
    EXPECT_TRUE(std::signbit(negativeZero));
    EXPECT_EQ(roundToFormat(Dtype::BFloat16, 0x1p-133), 0x1p-133); // bfloat16's smallest
    EXPECT_EQ(roundToFormat(Dtype::BFloat16, 0x1p-134), 0.0);
    EXPECT_TRUE(std::isnan(roundToFormat(Dtype::BFloat16, std::nan(""))));
    EXPECT_EQ(roundToFormat(Dtype::BFloat16, -kInf), -kInf);
}

TEST(Precision, BFloat16HasEightBitsAndFloat32sRange) {
    EXPECT_EQ(roundToFormat(Dtype::BFloat16, 1.0 + 0x1p-8), 1.0);
    EXPECT_EQ(roundToFormat(Dtype::BFloat16, 1.0 + 0x1p-7), 1.0 + 0x1p-7);
    const double largest = 0x1.fep127;
    EXPECT_EQ(roundToFormat(Dtype::BFloat16, largest), largest);
    EXPECT_EQ(roundToFormat(Dtype::BFloat16, 0x1.ffp127), kInf);
    EXPECT_EQ(roundToFormat(Dtype::BFloat16, 0x1.feffp127), largest);
}

/// Doubles spread over every binade a format can reach, with random significands, and the
/// boundaries between format values exactly.
std::vector<double> spreadDoubles(int lowExponent, int highExponent, int perBinade) {
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> significand(1.0, 2.0);
    std::vector<double> v;
    for (int e = lowExponent; e <= highExponent; ++e)
        for (int i = 0; i < perBinade; ++i) {
            const double x = std::ldexp(significand(rng), e);
            v.push_back(x);
            v.push_back(-x);
        }
    return v;
}

TEST(Precision, Float32RoundingIsTheCompilersConversion) {
    for (const double x : spreadDoubles(-160, 130, 200)) {
        const double expected = static_cast<double>(static_cast<float>(x));
        ASSERT_EQ(roundToFormat(Dtype::Float32, x), expected) << x;
    }
    // The ties (a double exactly halfway between two floats) on both sides of even.
    for (const double x : {1.0 + 0x1p-24, 1.0 + 3 * 0x1p-24, 0x1p-150, 3 * 0x1p-150})
        EXPECT_EQ(roundToFormat(Dtype::Float32, x), static_cast<double>(static_cast<float>(x)));
}

#ifdef __FLT16_MAX__
TEST(Precision, Float16RoundingIsTheCompilersConversion) {
    for (const double x : spreadDoubles(-30, 17, 300)) {
        const double expected = static_cast<double>(static_cast<_Float16>(x));
        ASSERT_EQ(roundToFormat(Dtype::Float16, x), expected) << x;
    }
}
#endif

TEST(Precision, AValueKnownAsItsNearestDoubleAndARestRoundsAsTheExactValue) {
    // Just below float16's midpoint 1 + 3*2^-11 (between 1 + 2^-10 and 1 + 2^-9): its nearest
    // double lies one double below the midpoint, and the value itself is above that double. A
    // rounding that looked at the doubles around it would see the midpoint and round up.
    const double midpoint = 1.0 + 3 * 0x1p-11;
    const double below = std::nextafter(midpoint, 0.0);
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, below, 1), 1.0 + 0x1p-10);
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, below, -1), 1.0 + 0x1p-10);
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, below, 0), 1.0 + 0x1p-10);
    // The midpoint itself: a tie (to even, up) only when nothing is left over.
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, midpoint, 0), 1.0 + 0x1p-9);
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, midpoint, 1), 1.0 + 0x1p-9);
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, midpoint, -1), 1.0 + 0x1p-10);
    // Just above the midpoint, mirrored.
    const double above = std::nextafter(midpoint, 2.0);
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, above, -1), 1.0 + 0x1p-9);
    // The other tie of the binade goes down to even.
    const double tie = 1.0 + 0x1p-11;
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, tie, 0), 1.0);
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, tie, 1), 1.0 + 0x1p-10);
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, std::nextafter(tie, 2.0), -1),
              1.0 + 0x1p-10);
    // The overflow threshold of float16, 65520, is a midpoint too.
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, 65520.0, -1), 65504.0);
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, 65520.0, 0), kInf);
    EXPECT_EQ(core::lp::roundToFormatFrom(Dtype::Float16, std::nextafter(65520.0, 0.0), 1),
              65504.0);
}

TEST(Precision, UlpsAreTheFormatsSpacingAtTheExactValue) {
    EXPECT_EQ(core::ulpOf(Dtype::Float16, 1.0), 0x1p-10);
    EXPECT_EQ(core::ulpOf(Dtype::Float16, 1.999), 0x1p-10);
    EXPECT_EQ(core::ulpOf(Dtype::Float16, 0.75), 0x1p-11);
    EXPECT_EQ(core::ulpOf(Dtype::Float16, 0.0), 0x1p-24);
    EXPECT_EQ(core::ulpOf(Dtype::Float16, 1e-10), 0x1p-24);
    EXPECT_EQ(core::ulpOf(Dtype::Float16, 1e6), 32.0);
    EXPECT_EQ(core::ulpOf(Dtype::BFloat16, 1.0), 0x1p-7);
    EXPECT_EQ(core::ulpOf(Dtype::Float32, 1.0), 0x1p-23);
    EXPECT_EQ(core::ulpError(Dtype::Float16, 1.0 + 0x1p-10, 1.0), 1.0);
    EXPECT_EQ(core::ulpError(Dtype::Float16, kInf, 1e6), 0.0); // the exact value overflows too
    EXPECT_EQ(core::ulpError(Dtype::Float16, kInf, 1.0), kInf);
    EXPECT_EQ(core::ulpError(Dtype::Float16, std::nan(""), 1.0), kInf);
    EXPECT_EQ(core::ulpError(Dtype::Float16, -kInf, 1e6), kInf);
    EXPECT_EQ(core::dtypes().size(), 3U);
    EXPECT_EQ(core::parseDtype("bfloat16"), Dtype::BFloat16);
    EXPECT_FALSE(core::parseDtype("float64"));
}

/// Whether `rounded` is the value of the format nearest to `exact` (ties to even): neither
/// neighbour is nearer, checked with 50 digits.
bool isNearest(Dtype dtype, double rounded, const Real& exact) {
    if (std::isinf(rounded)) return true; // checked by the overflow tests
    const double ulp = core::ulpOf(dtype, rounded);
    const Real d = abs(Real(rounded) - exact);
    for (const double neighbour : {rounded - ulp, rounded + ulp, rounded - ulp / 2}) {
        if (roundToFormat(dtype, neighbour) != neighbour) continue; // not a format value
        const Real dn = abs(Real(neighbour) - exact);
        if (dn < d) return false;
    }
    return true;
}

struct Elementary {
    const char* name;
    core::lp::Value (*lowPrecision)(core::lp::Value);
    std::function<Real(const Real&)> exact;
    double lo, hi;
};

TEST(Precision, ElementaryFunctionsAreCorrectlyRounded) {
    const std::vector<Elementary> functions{
        {"exp", core::lp::exp, [](const Real& x) { return Real(exp(x)); }, -100, 90},
        {"expm1", core::lp::expm1, [](const Real& x) { return boost::math::expm1(x); }, -20, 20},
        {"log", core::lp::log, [](const Real& x) { return Real(log(x)); }, 1e-30, 1e30},
        {"log1p", core::lp::log1p, [](const Real& x) { return boost::math::log1p(x); }, -0.99, 1e6},
        {"tanh", core::lp::tanh, [](const Real& x) { return Real(tanh(x)); }, -10, 10},
        {"erf", core::lp::erf, [](const Real& x) { return boost::math::erf(x); }, -5, 5},
        {"erfc", core::lp::erfc, [](const Real& x) { return boost::math::erfc(x); }, -5, 12},
    };
    std::mt19937_64 rng(7);
    for (const core::DtypeInfo& d : core::dtypes())
        for (const Elementary& f : functions) {
            std::uniform_real_distribution<double> u(f.lo, f.hi);
            for (int i = 0; i < 3000; ++i) {
                const double x = roundToFormat(d.dtype, i % 3 == 0 ? u(rng) / 64 : u(rng));
                if (x < f.lo || x > f.hi) continue;
                const double got = f.lowPrecision(core::lp::make(d.dtype, x)).v;
                ASSERT_TRUE(isNearest(d.dtype, got, f.exact(Real(x))))
                    << f.name << "(" << x << ") in " << d.name << " gave " << got;
            }
        }
}

TEST(Precision, EveryCatalogueFunctionHasItsFormulations) {
    for (const core::FunctionSpec& fn : core::catalogue()) {
        const auto forms = core::formulations(fn.id);
        ASSERT_TRUE(forms) << fn.id << " has no formulations (core/src/precision.cpp)";
        EXPECT_FALSE(forms->textbookF.empty()) << fn.id;
        EXPECT_FALSE(forms->stableDf.empty()) << fn.id;
    }
    EXPECT_FALSE(core::formulations("no_such_function"));
}

/// Params of `fn` rounded to the format.
std::vector<double> roundedDefaults(const core::FunctionSpec& fn, Dtype dtype) {
    std::vector<double> p = fn.defaults();
    for (double& v : p)
        v = roundToFormat(dtype, v);
    return p;
}

/// The error of `value` in ulps of the format at max(|exact|, 1/16): absolute on small values.
double scaledError(Dtype dtype, double value, double exact) {
    if (!std::isfinite(value)) return core::ulpError(dtype, value, exact);
    return std::fabs(value - exact) / core::ulpOf(dtype, std::max(std::fabs(exact), 0.0625));
}

TEST(Precision, ExactColumnIsTheReferenceRoundedAndStableIsNeverMuchWorseThanTextbook) {
    std::vector<double> xs;
    for (int i = 0; i <= 800; ++i)
        xs.push_back(-20.0 + 0.05 * i);
    for (const core::DtypeInfo& d : core::dtypes())
        for (const core::FunctionSpec& fn : core::catalogue()) {
            const std::vector<double> params = roundedDefaults(fn, d.dtype);
            if (fn.validate(params)) continue; // SMU-1's default mu is 0 in float16
            for (const bool derivative : {false, true}) {
                for (const core::PrecisionSample& s :
                     core::precisionSamples(fn, params, d.dtype, derivative, xs)) {
                    const auto ref = reference(fn.id, s.x, params);
                    ASSERT_TRUE(ref) << fn.id;
                    const Real& exact = derivative ? ref->df : ref->f;
                    const std::string where = std::string(fn.id) + (derivative ? "'" : "") + "(" +
                                              std::to_string(s.x) + ") in " + std::string(d.name);
                    ASSERT_TRUE(isNearest(d.dtype, roundToFormat(d.dtype, s.exact), exact))
                        << where;
                    const double stable = core::ulpError(d.dtype, s.stable, s.exact);
                    ASSERT_TRUE(std::isfinite(stable) ||
                                std::isinf(roundToFormat(d.dtype, s.exact)))
                        << where << ": stable gave " << s.stable;
                    // Where f or f' is not small, the stable form is accurate to a few ulps.
                    if (std::fabs(s.exact) >= 0.25) {
                        ASSERT_LE(stable, 4.0) << where;
                    }
                    // Everywhere, it is never much worse than the textbook's in absolute terms
                    // (near a root both are only as good as the cancellation there allows).
                    ASSERT_LE(scaledError(d.dtype, s.stable, s.exact),
                              2.0 * scaledError(d.dtype, s.textbook, s.exact) + 8.0)
                        << where;
                }
            }
        }
}

/// The error of each formulation in ulps at x (defaults rounded to the format).
std::pair<double, double> errors(std::string_view id, Dtype dtype, bool derivative, double x) {
    const core::FunctionSpec* fn = core::findFunction(id);
    const std::vector<double> params = roundedDefaults(*fn, dtype);
    const std::vector<double> xs{x};
    const core::PrecisionSample s = core::precisionSamples(*fn, params, dtype, derivative, xs)[0];
    return {core::ulpError(dtype, s.textbook, s.exact), core::ulpError(dtype, s.stable, s.exact)};
}

TEST(Precision, TextbookFormulasFailWhereTheyShould) {
    // e^-x overflows float16 beyond x = -11.1: 1/(1+inf) = 0 is right by luck, but the
    // derivative e^-x/(1+e^-x)^2 is inf/inf = NaN.
    auto [tb, st] = errors("sigmoid", Dtype::Float16, true, -12.0);
    EXPECT_EQ(tb, kInf);
    EXPECT_LE(st, 1.0);
    // ln(1+e^x) overflows where softplus is x.
    std::tie(tb, st) = errors("softplus", Dtype::Float16, false, 12.0);
    EXPECT_EQ(tb, kInf);
    EXPECT_LE(st, 0.5);
    // (e^x - e^-x)/(e^x + e^-x) is inf/inf.
    std::tie(tb, st) = errors("tanh", Dtype::Float16, false, 12.0);
    EXPECT_EQ(tb, kInf);
    EXPECT_LE(st, 0.5);
    // 1 + erf(x/sqrt 2) cancels to 0 far left of GELU's minimum, in float32.
    std::tie(tb, st) = errors("gelu", Dtype::Float32, false, -8.0);
    EXPECT_GT(tb, 1e6);
    EXPECT_LE(st, 64.0); // erfc's argument x/sqrt 2 is rounded: the rest is conditioning
    // ln(1/(1+e^-x)): 1/(1+inf) = 0 and ln 0 = -inf.
    std::tie(tb, st) = errors("log_sigmoid", Dtype::Float16, false, -12.0);
    EXPECT_EQ(tb, kInf);
    EXPECT_LE(st, 1.0);
    // x^2 overflows float16 beyond 256 in Squareplus' textbook form.
    std::tie(tb, st) = errors("squareplus", Dtype::Float16, false, -300.0);
    EXPECT_GT(tb, 100.0);
    EXPECT_LE(st, 2.0);
    // x - tanh x near 0 keeps no correct digit; the series keeps them all, up to |x| = 1.
    std::tie(tb, st) = errors("tanhshrink", Dtype::Float32, false, 0.01);
    EXPECT_GT(tb, 1000.0);
    EXPECT_LE(st, 2.0);
    for (double x = -0.99; x < 1.0; x += 0.0137) {
        std::tie(tb, st) =
            errors("tanhshrink", Dtype::Float32, false, roundToFormat(Dtype::Float32, x));
        EXPECT_LE(st, 2.0) << x;
    }
}

TEST(Precision, ParametersAreRoundedOrRefusedWithTheReason) {
    const core::FunctionSpec* smu1 = core::findFunction("smu1");
    const auto refused = core::roundParameters(*smu1, smu1->defaults(), Dtype::Float16);
    ASSERT_TRUE(std::holds_alternative<std::string>(refused));
    EXPECT_NE(std::get<std::string>(refused).find("is 0 in float16"), std::string::npos);
    const core::FunctionSpec* swish = core::findFunction("swish");
    const std::vector<double> beta{0.1};
    const auto held = core::roundParameters(*swish, beta, Dtype::BFloat16);
    ASSERT_TRUE(std::holds_alternative<std::vector<double>>(held));
    EXPECT_EQ(std::get<std::vector<double>>(held)[0], roundToFormat(Dtype::BFloat16, 0.1));
    // The exact column uses the rounded parameter too: beta = 0.1 in bfloat16 is 0.10009765625.
    const std::vector<double> xs{3.0};
    const auto s = core::precisionSamples(*swish, beta, Dtype::BFloat16, false, xs)[0];
    EXPECT_EQ(s.exact, swish->f(3.0, std::get<std::vector<double>>(held)));
    EXPECT_EQ(core::largestFinite(Dtype::Float16), 65504.0);
    EXPECT_EQ(core::largestFinite(Dtype::BFloat16), 0x1.fep127);
}

TEST(Precision, FunctionsWithOneFormulationShowItTwice) {
    for (const char* id :
         {"relu", "leaky_relu", "prelu", "hardtanh", "hardsigmoid", "hardswish", "relu6"}) {
        const auto forms = core::formulations(id);
        ASSERT_TRUE(forms);
        EXPECT_FALSE(forms->distinct) << id;
        const core::FunctionSpec* fn = core::findFunction(id);
        const std::vector<double> xs{-7.3, -2.9, -0.1, 0.0, 0.7, 2.9, 5.99, 100.0};
        for (const auto& s : core::precisionSamples(*fn, roundedDefaults(*fn, Dtype::BFloat16),
                                                    Dtype::BFloat16, false, xs))
            EXPECT_EQ(s.textbook, s.stable) << id << " at " << s.x;
    }
    EXPECT_TRUE(core::formulations("sigmoid")->distinct);
}

/// The regions of `id` (defaults rounded) on [lo, hi] in `dtype`.
std::vector<core::HazardRegion> regionsOf(std::string_view id, Dtype dtype, bool derivative,
                                          double lo, double hi) {
    const core::FunctionSpec* fn = core::findFunction(id);
    std::vector<double> xs;
    for (int i = 0; i <= 800; ++i) {
        const double x = roundToFormat(dtype, lo + (hi - lo) * i / 800);
        if (xs.empty() || xs.back() != x) xs.push_back(x);
    }
    const auto samples =
        core::precisionSamples(*fn, roundedDefaults(*fn, dtype), dtype, derivative, xs);
    return core::hazardRegions(dtype, samples);
}

TEST(Precision, RegionsNameWhereAndWhyTheTextbookFormFails) {
    // sigma' in float16: e^-x overflows left of -11.1 (NaN), then (1+e^-x)^2 does (0).
    auto r = regionsOf("sigmoid", Dtype::Float16, true, -20, 20);
    ASSERT_EQ(r.size(), 2U);
    EXPECT_EQ(r[0].hazard, core::Hazard::Overflow);
    EXPECT_EQ(r[0].op, "exp");
    EXPECT_EQ(r[0].from, -20.0);
    EXPECT_NEAR(r[0].to, -11.1, 0.06);
    EXPECT_EQ(r[0].nanPoints, r[0].points);
    EXPECT_EQ(r[1].hazard, core::Hazard::Overflow);
    EXPECT_EQ(r[1].op, "*");
    EXPECT_EQ(r[1].zeroPoints, r[1].points);
    EXPECT_LT(r[1].stableUlps, 4.0);
    // softplus in float16: 1 + e^x drops e^x far left (0), ln of a number near 1 magnifies the
    // rounding nearer in, and e^x overflows right of 11.1.
    r = regionsOf("softplus", Dtype::Float16, false, -20, 20);
    ASSERT_EQ(r.size(), 3U);
    EXPECT_EQ(r[0].hazard, core::Hazard::Absorption);
    EXPECT_EQ(r[0].op, "+");
    EXPECT_GT(r[0].zeroPoints, 0U);
    EXPECT_EQ(r[1].hazard, core::Hazard::Cancellation);
    EXPECT_EQ(r[1].op, "log");
    EXPECT_EQ(r[2].hazard, core::Hazard::Overflow);
    EXPECT_EQ(r[2].infinitePoints, r[2].points);
    // x - tanh x near 0 cancels, symmetric about 0.
    r = regionsOf("tanhshrink", Dtype::Float32, false, -1, 1);
    ASSERT_EQ(r.size(), 1U);
    EXPECT_EQ(r[0].hazard, core::Hazard::Cancellation);
    EXPECT_EQ(r[0].op, "-");
    EXPECT_EQ(r[0].from, -r[0].to);
    // ln near 1: the textbook log-sigmoid in float32 for moderate x > 0.
    r = regionsOf("log_sigmoid", Dtype::Float32, false, 2, 8);
    ASSERT_FALSE(r.empty());
    EXPECT_EQ(r[0].hazard, core::Hazard::Cancellation);
    EXPECT_EQ(r[0].op, "log");
    // Near the root of Swish' both forms lose digits to cancellation; a lone sample where the
    // textbook happens to lose more is no region of its own.
    for (const core::HazardRegion& swish : regionsOf("swish", Dtype::Float16, true, -20, 20))
        EXPECT_FALSE(swish.from == swish.to && swish.from > -2 && swish.from < -1)
            << swish.from << " " << swish.textbookUlps;
    // GELU in float32: 1 + erf cancels to 0 far left, and only in part nearer in.
    r = regionsOf("gelu", Dtype::Float32, false, -20, 0);
    ASSERT_FALSE(r.empty());
    EXPECT_GT(r[0].zeroPoints, 0U);
    EXPECT_LT(r[0].zeroPoints, r[0].points);
    EXPECT_EQ(core::formatUlps(0.04926), "0.0493");
    EXPECT_EQ(core::formatUlps(2.109), "2.11");
    EXPECT_EQ(core::formatUlps(159.6), "160");
    EXPECT_EQ(core::formatUlps(1.6753e7), "1.68e+07");
    EXPECT_EQ(core::formatUlps(kInf), "inf");
    // Functions with one formulation have no region.
    EXPECT_TRUE(regionsOf("relu", Dtype::BFloat16, false, -20, 20).empty());
    EXPECT_TRUE(core::hazardRegions(Dtype::Float16, {}).empty());
}

TEST(Precision, TheStableFormulationsAreNotTraced) {
    // Mish at 2 in float16: the textbook's arithmetic is clean, while the stable form's
    // 1 + 2u + 2u^2 (u = e^-2) absorbs most of its last term; only the textbook is traced.
    const core::FunctionSpec* fn = core::findFunction("mish");
    const std::vector<double> xs{2.0};
    const auto s = core::precisionSamples(*fn, {}, Dtype::Float16, false, xs)[0];
    EXPECT_EQ(s.hazard, core::Hazard::None);
    EXPECT_EQ(s.op, "");
}

} // namespace
} // namespace actviz::test
