// SPDX-License-Identifier: GPL-3.0-or-later
// Every f, f' and df/dparam of every catalogue row against 50-digit references: within 1e-12
// relative over the whole double range (2^-1042 absolute where the true value is subnormal,
// exact where it is infinite), and within a few ulp on |x| <= 10.

#include "actviz/core/catalogue.h"
#include "reference.h"
#include "test_points.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>

namespace actviz::test {
namespace {

using core::FunctionSpec;

const Real kSubnormalLimit = std::numeric_limits<double>::min(); // 2^-1022
const Real kSubnormalTolerance = Real(std::ldexp(1.0, -1042));

/// How far `computed` is from `ref`, and whether it is within `relTol`.
struct Check {
    bool ok;
    double rel;  ///< relative error (0 when both are the same special value)
    double ulps; ///< error in units of the last place of the correctly rounded value
};

Check check(double computed, const Real& ref, double relTol) {
    const double rounded = static_cast<double>(ref);
    if (std::isinf(rounded) || std::isinf(computed)) {
        const bool same = computed == rounded;
        return {same, same ? 0.0 : INFINITY, same ? 0.0 : INFINITY};
    }
    if (std::isnan(computed)) return {false, NAN, NAN};
    const Real diff = boost::multiprecision::abs(Real(computed) - ref);
    const Real mag = boost::multiprecision::abs(ref);
    const double a = std::fabs(rounded);
    const double ulp =
        a == 0.0 ? std::numeric_limits<double>::denorm_min() : std::nextafter(a, INFINITY) - a;
    const double ulps = static_cast<double>(diff / Real(ulp));
    if (mag < kSubnormalLimit) return {diff <= kSubnormalTolerance, 0.0, ulps};
    const double rel = static_cast<double>(diff / mag);
    return {rel <= relTol, rel, ulps};
}

std::string describe(const FunctionSpec& fn, const ParamSet& ps, const char* what, double x,
                     double got, const Real& ref, const Check& c) {
    std::ostringstream s;
    s.precision(17);
    s << fn.id << " [" << ps.label << "] " << what << "(" << x << ") = " << got << ", reference "
      << ref.str(25) << " (rel " << c.rel << ", " << c.ulps << " ulp)";
    return s.str();
}

class Accuracy : public ::testing::TestWithParam<std::string> {
protected:
    const FunctionSpec& fn() const { return *core::findFunction(GetParam()); }
};

TEST_P(Accuracy, HasAReference) {
    EXPECT_TRUE(hasReference(fn().id));
}

/// Every f, f' and df/dparam of `fn` at `xs` within 1e-12 relative of the reference (2^-1042
/// absolute where the true value is subnormal, exact at infinities); reports the first failures.
void expectWithin1e12(const FunctionSpec& fn, const ParamSet& ps, const std::vector<double>& xs) {
    constexpr double kTol = 1e-12;
    std::vector<double> f(xs.size()), df(xs.size());
    fn.evaluate(xs, ps.values, f, df);
    const auto learnable = fn.learnableParams();
    std::vector<std::vector<double>> grads;
    for (std::size_t p : learnable) {
        grads.emplace_back(xs.size());
        fn.gradient(xs, ps.values, p, grads.back());
    }
    int failures = 0;
    for (std::size_t i = 0; i < xs.size() && failures < 10; ++i) {
        const auto ref = reference(fn.id, xs[i], ps.values);
        ASSERT_TRUE(ref.has_value());
        const Check cf = check(f[i], ref->f, kTol);
        const Check cd = check(df[i], ref->df, kTol);
        if (!cf.ok) ++failures, ADD_FAILURE() << describe(fn, ps, "f", xs[i], f[i], ref->f, cf);
        if (!cd.ok) ++failures, ADD_FAILURE() << describe(fn, ps, "f'", xs[i], df[i], ref->df, cd);
        for (std::size_t g = 0; g < learnable.size(); ++g) {
            const auto& r = ref->grads[learnable[g]];
            ASSERT_TRUE(r.has_value()) << "no reference gradient for " << fn.id;
            const Check cg = check(grads[g][i], *r, kTol);
            if (!cg.ok) {
                ++failures;
                ADD_FAILURE() << describe(fn, ps, "d/dparam", xs[i], grads[g][i], *r, cg);
            }
        }
    }
}

TEST_P(Accuracy, WithinRelativeTolerance1e12OverTheWholeDoubleRange) {
    for (const ParamSet& ps : parameterSets(fn()))
        expectWithin1e12(fn(), ps, extremePoints(fn().kinks(ps.values)));
}

// Parameters far outside the sliders, where intermediate values over- or underflow: SMU with
// alpha < 0 at |x| near DBL_MAX ((1-alpha) x overflows), SMU-1 with a tiny or huge mu (mu^2 leaves
// the double range), softmax with a huge k (k e^{-x} below the normal range).
TEST(AccuracyAtExtremeParameters, WithinRelativeTolerance1e12) {
    struct Case {
        const char* id;
        std::vector<double> values;
    };
    const Case cases[] = {
        {"smu", {-0.5, 2.0}},     {"smu", {-3.0, 1e6}},     {"smu", {0.25, 1e-300}},
        {"smu1", {0.5, 1e-200}},  {"smu1", {0.5, 1e-160}},  {"smu1", {-0.5, 1.0}},
        {"smu1", {0.25, 1e200}},  {"smu1", {0.5, 5e-324}},  {"softmax", {0.0, 1e15}},
        {"softmax", {-3.0, 7.0}}, {"softmax", {0.0, 1e300}}};
    for (const Case& c : cases) {
        const FunctionSpec& fn = *core::findFunction(c.id);
        std::vector<double> xs = extremePoints(fn.kinks(c.values));
        // Around the zero of f of SMU-1 at x = -mu / (2 sqrt alpha), and k e^{-x} near DBL_MIN.
        const double root = -c.values[1] / (2.0 * std::sqrt(std::fabs(c.values[0])));
        for (double scale : {1.0, 1.0000001, 0.9999999, 1e-40, 1e40}) {
            xs.push_back(root * scale);
            xs.push_back(-root * scale);
        }
        for (double x = 700.0; x < 760.0; x += 0.37)
            xs.push_back(x);
        expectWithin1e12(fn, {"extreme", c.values}, xs);
    }
}

TEST_P(Accuracy, WithinFourUlpForFAndEightForDerivativeOnOrdinaryInputs) {
    // Near a zero of f' (the minimum of Swish, GELU, Mish) the relative error of any double
    // evaluation grows without bound; those points are held to 8 ulp of the derivative's
    // scale (its value one unit away) instead.
    for (const ParamSet& ps : parameterSets(fn())) {
        const std::vector<double> xs = ordinaryPoints(fn().kinks(ps.values));
        std::vector<double> f(xs.size()), df(xs.size());
        fn().evaluate(xs, ps.values, f, df);
        double worstF = 0.0, worstDf = 0.0;
        double worstFx = 0.0, worstDfx = 0.0;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const auto ref = reference(fn().id, xs[i], ps.values);
            const Check cf = check(f[i], ref->f, 1.0);
            const Check cd = check(df[i], ref->df, 1.0);
            if (cf.ulps > worstF) worstF = cf.ulps, worstFx = xs[i];
            if (cd.ulps > worstDf) worstDf = cd.ulps, worstDfx = xs[i];
        }
        EXPECT_LE(worstF, 4.0) << fn().id << " [" << ps.label << "] f at x = " << worstFx;
        EXPECT_LE(worstDf, 8.0) << fn().id << " [" << ps.label << "] f' at x = " << worstDfx;
    }
}

// The minimum of Swish, GELU, GELU-tanh and Mish (f' = 0) and the stretch either side where the
// direct formula for f' still cancels partly: densely, every f' within 8 ulp.
TEST(AccuracyNearDerivativeZeros, DenselyAroundTheMinimaOfTheSmoothRectifiers) {
    for (const char* id : {"silu", "gelu", "gelu_tanh", "mish"}) {
        const FunctionSpec& fn = *core::findFunction(id);
        std::vector<double> xs;
        for (int i = 0; i <= 3000; ++i)
            xs.push_back(-3.5 + i * 0.00133331);
        std::vector<double> f(xs.size()), df(xs.size());
        fn.evaluate(xs, {}, f, df);
        double worst = 0.0, worstX = 0.0;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const Check cd = check(df[i], reference(fn.id, xs[i], {})->df, 1.0);
            if (cd.ulps > worst) worst = cd.ulps, worstX = xs[i];
        }
        EXPECT_LE(worst, 8.0) << id << " f' at x = " << worstX;
    }
}

// Next to a zero of f', where every direct formula cancels. SMU with alpha = 0 is GELU rescaled
// (f'(x) = GELU'(sqrt 2 mu x)) and takes GELU's root series; SMU-1 with alpha < 0 is
// rationalised: both to 8 ulp. SMU at other alpha goes to double-double next to the zero, which
// keeps it within the 1e-12 relative bound (not within a few ulp of a value that small).
TEST(AccuracyNearDerivativeZeros, SmuAndSmu1AtParametersWhereFPrimeHasZeros) {
    struct Case {
        const char* id;
        std::vector<double> values;
        double maxUlps;
    };
    const Case cases[] = {{"smu", {0.0, 0.7071067811865476}, 8.0},
                          {"smu", {0.0, 1.0}, 8.0},
                          {"smu", {0.0, 3.0}, 8.0},
                          {"smu", {0.05, 1.0}, INFINITY},
                          {"smu", {0.11, 2.0}, INFINITY},
                          {"smu", {-0.5, 1.0}, INFINITY},
                          {"smu", {-3.0, 0.5}, INFINITY},
                          {"smu1", {-0.5, 1.0}, 8.0},
                          {"smu1", {-0.25, 0.1}, 8.0}};
    for (const Case& c : cases) {
        const FunctionSpec& fn = *core::findFunction(c.id);
        std::vector<double> xs;
        for (int i = 0; i <= 200; ++i)
            xs.push_back(-10.0 + i * 0.0999876);
        // The zeros of f and f' on [-10, 10] (sign changes, then bisection), and points densely
        // around each, down to its neighbouring doubles.
        for (int i = 0; i < 40000; ++i) {
            auto g = [&](double x) { return i % 2 == 0 ? fn.f(x, c.values) : fn.df(x, c.values); };
            double a = -10.0 + (i / 2) * 1e-3, b = a + 1e-3;
            if ((g(a) < 0.0) == (g(b) < 0.0)) continue;
            for (int k = 0; k < 60; ++k) {
                const double m = 0.5 * (a + b);
                ((g(m) < 0.0) == (g(a) < 0.0) ? a : b) = m;
            }
            for (int k = -60; k <= 60; ++k)
                xs.push_back(a + k * 4.37e-5);
            double lo = a, hi = a;
            for (int k = 0; k < 24; ++k) {
                xs.push_back(lo = std::nextafter(lo, -INFINITY));
                xs.push_back(hi = std::nextafter(hi, INFINITY));
            }
        }
        std::vector<double> f(xs.size()), df(xs.size());
        fn.evaluate(xs, c.values, f, df);
        double worstDf = 0.0, worstX = 0.0;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const auto ref = reference(fn.id, xs[i], c.values);
            EXPECT_TRUE(check(f[i], ref->f, 1e-12).ok) << c.id << " f(" << xs[i] << ")";
            const Check cd = check(df[i], ref->df, 1e-12);
            EXPECT_TRUE(cd.ok) << c.id << " f'(" << xs[i] << ")"; // subnormal: 2^-1042 absolute
            if (boost::multiprecision::abs(ref->df) >= kSubnormalLimit && cd.ulps > worstDf)
                worstDf = cd.ulps, worstX = xs[i];
        }
        EXPECT_LE(worstDf, c.maxUlps)
            << c.id << " (" << c.values[0] << ", " << c.values[1] << ") f' at x = " << worstX;
    }
}

std::vector<std::string> allIds() {
    std::vector<std::string> ids;
    for (const FunctionSpec& fn : core::catalogue())
        ids.emplace_back(fn.id);
    return ids;
}

INSTANTIATE_TEST_SUITE_P(Catalogue, Accuracy, ::testing::ValuesIn(allIds()),
                         [](const auto& info) { return info.param; });

} // namespace
} // namespace actviz::test
