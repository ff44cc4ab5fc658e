// SPDX-License-Identifier: GPL-3.0-or-later
// Properties every catalogue row must have, checked by iterating the catalogue: metadata,
// conventions (NaN, invalid parameters, kinks), batch = scalar, and derivatives and parameter
// gradients that agree with finite differences of f.

#include "actviz/core/catalogue.h"
#include "actviz/core/sampling.h"
#include "test_points.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <set>

namespace actviz::test {
namespace {

using core::FunctionSpec;

class Row : public ::testing::TestWithParam<std::string> {
protected:
    const FunctionSpec& fn() const { return *core::findFunction(GetParam()); }
};

TEST(Catalogue, HasEveryFunctionOfTheSourceTextAndUniqueIds) {
    std::set<std::string_view> ids;
    for (const FunctionSpec& fn : core::catalogue())
        EXPECT_TRUE(ids.insert(fn.id).second) << fn.id;
    for (const char* id : {"sigmoid", "tanh", "relu", "softmax", "leaky_relu", "elu", "prelu",
                           "swish", "squareplus", "smu", "smu1"}) {
        ASSERT_NE(core::findFunction(id), nullptr) << id;
        EXPECT_TRUE(core::findFunction(id)->fromSourceText) << id;
    }
    EXPECT_EQ(core::findFunction("no_such_function"), nullptr);
}

TEST(Catalogue, DefaultsFollowTheSourceTextThenPyTorch) {
    auto def = [](const char* fn, const char* p) {
        const FunctionSpec* f = core::findFunction(fn);
        return f->params[*f->paramIndex(p)].defaultValue;
    };
    EXPECT_EQ(def("leaky_relu", "slope"), 0.01);
    EXPECT_EQ(def("elu", "alpha"), 1.0);
    EXPECT_EQ(def("swish", "beta"), 1.0);
    EXPECT_EQ(def("squareplus", "b"), 0.2);
    EXPECT_EQ(def("smu", "alpha"), 0.25);
    EXPECT_EQ(def("smu", "mu"), 1e6);
    EXPECT_EQ(def("smu1", "alpha"), 0.25);
    EXPECT_EQ(def("smu1", "mu"), 4.352665993287951e-9);
    EXPECT_EQ(def("prelu", "alpha"), 0.25);
    EXPECT_EQ(def("softplus", "beta"), 1.0);
    EXPECT_EQ(def("softplus", "threshold"), 20.0);
    EXPECT_EQ(def("celu", "alpha"), 1.0);
    EXPECT_EQ(def("hardtanh", "min"), -1.0);
    EXPECT_EQ(def("hardtanh", "max"), 1.0);
    EXPECT_EQ(def("softmax", "c"), 0.0);
    EXPECT_EQ(def("softmax", "k"), 1.0);
}

TEST(Catalogue, LearnableParametersIncludeThoseTrainedInPractice) {
    for (auto [fn, p] :
         {std::pair{"prelu", "alpha"}, {"swish", "beta"}, {"smu", "mu"}, {"smu1", "mu"}}) {
        const FunctionSpec* f = core::findFunction(fn);
        EXPECT_TRUE(f->params[*f->paramIndex(p)].learnable) << fn << "." << p;
    }
    // Every learnable parameter's gradient is typeset too; only theirs.
    for (const FunctionSpec& fn : core::catalogue()) {
        for (const core::ParamSpec& p : fn.params) {
            EXPECT_EQ(p.learnable, !p.texGrad.empty()) << fn.id << "." << p.id;
        }
    }
}

/// Softplus switches to x where the rounded beta x first exceeds the threshold: its kink is the
/// last x before that, so the points either side of it are on either side of the jump (with
/// threshold / beta alone, beta = 3 and threshold = 1 put both on the softplus side).
TEST(Catalogue, SoftplusKinkIsWhereTheRoundedProductCrossesTheThreshold) {
    const core::FunctionSpec& softplus = *core::findFunction("softplus");
    for (const double beta : {3.0, 0.1, 7.0, 1.0 / 3.0, 10.0, 100.0, 0.7})
        for (const double threshold : {1.0, 20.0, 0.1, 2.5, 0.0, 7.3}) {
            const std::vector<double> params{beta, threshold};
            const std::vector<double> k = softplus.kinks(params);
            ASSERT_EQ(k.size(), 1U);
            const double after = std::nextafter(k[0], 1e300);
            EXPECT_LE(beta * k[0], threshold) << beta << " " << threshold;
            EXPECT_GT(beta * after, threshold) << beta << " " << threshold;
            EXPECT_EQ(softplus.f(after, params), after);
            EXPECT_NE(softplus.f(k[0], params), k[0]);
        }
}

TEST(Catalogue, ValuesAtKinksFollowPyTorchAutograd) {
    auto df = [](const char* id, double x, std::vector<double> p = {}) {
        const FunctionSpec* fn = core::findFunction(id);
        if (p.empty()) p = fn->defaults();
        return fn->df(x, p);
    };
    EXPECT_EQ(df("relu", 0.0), 0.0);
    EXPECT_EQ(df("leaky_relu", 0.0), 0.01);
    EXPECT_EQ(df("elu", 0.0, {0.7}), 0.7);
    EXPECT_EQ(df("hardtanh", -1.0), 0.0);
    EXPECT_EQ(df("hardtanh", 1.0), 0.0);
    EXPECT_EQ(df("relu6", 0.0), 0.0);
    EXPECT_EQ(df("relu6", 6.0), 0.0);
    EXPECT_EQ(df("hardsigmoid", -3.0), 0.0);
    EXPECT_EQ(df("hardsigmoid", 3.0), 0.0);
    EXPECT_EQ(df("hardswish", -3.0), -0.5);
    EXPECT_EQ(df("hardswish", 3.0), 1.5);
    const FunctionSpec* prelu = core::findFunction("prelu");
    EXPECT_EQ(prelu->grad(0.0, prelu->defaults(), 0), 0.0);
}

TEST_P(Row, MetadataIsComplete) {
    const FunctionSpec& f = fn();
    EXPECT_TRUE(std::all_of(f.id.begin(), f.id.end(), [](char c) {
        return std::islower(c) || std::isdigit(c) || c == '_';
    })) << f.id;
    EXPECT_FALSE(f.name.empty());
    EXPECT_FALSE(f.family.empty());
    EXPECT_FALSE(f.texF.empty());
    EXPECT_FALSE(f.texDf.empty());
    EXPECT_FALSE(f.reference.empty());
    std::set<std::string_view> ids;
    for (const core::ParamSpec& p : f.params) {
        EXPECT_TRUE(ids.insert(p.id).second) << f.id << "." << p.id;
        EXPECT_FALSE(p.tex.empty());
        EXPECT_TRUE(p.domain.contains(p.defaultValue)) << f.id << "." << p.id;
        EXPECT_LT(p.sliderMin, p.sliderMax) << f.id << "." << p.id;
        EXPECT_TRUE(p.domain.contains(p.sliderMin)) << f.id << "." << p.id;
        EXPECT_TRUE(p.domain.contains(p.sliderMax)) << f.id << "." << p.id;
        if (p.scale == core::Scale::Log) {
            EXPECT_GT(p.sliderMin, 0.0) << f.id << "." << p.id;
        }
        EXPECT_LE(p.sliderMin, p.defaultValue) << f.id << "." << p.id;
        EXPECT_GE(p.sliderMax, p.defaultValue) << f.id << "." << p.id;
    }
    EXPECT_FALSE(f.validate(f.defaults()).has_value());
}

TEST_P(Row, NanInGivesNanOut) {
    for (const ParamSet& ps : parameterSets(fn())) {
        EXPECT_TRUE(std::isnan(fn().f(NAN, ps.values))) << ps.label;
        EXPECT_TRUE(std::isnan(fn().df(NAN, ps.values))) << ps.label;
        for (std::size_t p : fn().learnableParams())
            EXPECT_TRUE(std::isnan(fn().grad(NAN, ps.values, p))) << ps.label;
    }
}

TEST_P(Row, InfinityGivesALimitNeverNan) {
    for (const ParamSet& ps : parameterSets(fn())) {
        for (double x : {INFINITY, -INFINITY}) {
            EXPECT_FALSE(std::isnan(fn().f(x, ps.values))) << ps.label << " x=" << x;
            EXPECT_FALSE(std::isnan(fn().df(x, ps.values))) << ps.label << " x=" << x;
            for (std::size_t p : fn().learnableParams())
                EXPECT_FALSE(std::isnan(fn().grad(x, ps.values, p))) << ps.label << " x=" << x;
        }
    }
}

TEST_P(Row, InvalidParametersGiveNanAndAReasonNamingTheParameter) {
    for (std::size_t i = 0; i < fn().params.size(); ++i) {
        const core::ParamSpec& p = fn().params[i];
        const double lo = p.domain.lo;
        for (double bad :
             {double(NAN), double(INFINITY), -double(INFINITY), lo, lo - 1.0, lo + 0.5}) {
            if (p.domain.contains(bad)) continue;
            std::vector<double> values = fn().defaults();
            values[i] = bad;
            const auto why = fn().validate(values);
            ASSERT_TRUE(why.has_value()) << fn().id << "." << p.id << "=" << bad;
            EXPECT_NE(why->find(std::string(p.id)), std::string::npos) << *why;
            EXPECT_EQ(why->find('\n'), std::string::npos) << *why;
            EXPECT_TRUE(std::isnan(fn().f(1.0, values)));
            EXPECT_TRUE(std::isnan(fn().df(1.0, values)));
            for (std::size_t g : fn().learnableParams())
                EXPECT_TRUE(std::isnan(fn().grad(1.0, values, g)));
            EXPECT_TRUE(fn().kinks(values).empty());
        }
    }
    EXPECT_TRUE(fn().validate(std::vector<double>(fn().params.size() + 1, 0.0)).has_value());
}

/// The extreme points, then 4000 pseudo-random ones: most within [-12, 12], the rest spread
/// over [-1000, 1000], so batches meet long runs of ordinary points as well as mixed groups.
std::vector<double> batchPoints(const std::vector<double>& kinks) {
    std::vector<double> xs = extremePoints(kinks);
    std::uint64_t state = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < 4000; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const double u = static_cast<double>(state >> 11) * 0x1p-53; // [0, 1)
        xs.push_back(i % 8 == 7 ? std::ldexp(2.0 * u - 1.0, 10) : 24.0 * u - 12.0);
    }
    return xs;
}

TEST_P(Row, BatchEqualsScalarAndPartialOutputsAgree) {
    for (const ParamSet& ps : parameterSets(fn())) {
        const std::vector<double> xs = batchPoints(fn().kinks(ps.values));
        std::vector<double> f(xs.size()), df(xs.size()), fOnly(xs.size()), dfOnly(xs.size());
        fn().evaluate(xs, ps.values, f, df);
        fn().evaluate(xs, ps.values, fOnly, {});
        fn().evaluate(xs, ps.values, {}, dfOnly);
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const double sf = fn().f(xs[i], ps.values);
            const double sd = fn().df(xs[i], ps.values);
            EXPECT_TRUE(sf == f[i] || (std::isnan(sf) && std::isnan(f[i]))) << xs[i];
            EXPECT_TRUE(sd == df[i] || (std::isnan(sd) && std::isnan(df[i]))) << xs[i];
            EXPECT_TRUE(fOnly[i] == f[i] || std::isnan(f[i])) << xs[i];
            EXPECT_TRUE(dfOnly[i] == df[i] || std::isnan(df[i])) << xs[i];
        }
    }
}

/// Five-point central difference of g at t with step h.
template <class G> double centralDifference(G g, double t, double h) {
    return (8.0 * (g(t + h) - g(t - h)) - (g(t + 2.0 * h) - g(t - 2.0 * h))) / (12.0 * h);
}

/// Compares an analytic derivative with finite differences at two step sizes, for each of the
/// candidate steps; points where no step resolves the curve (the two differences disagree) are
/// not judged.
template <class G>
void expectMatchesFiniteDifference(G g, double t, double analytic,
                                   std::initializer_list<double> steps, int& checked,
                                   const std::string& where) {
    for (double h : steps) {
        const double d1 = centralDifference(g, t, h);
        const double d2 = centralDifference(g, t, 0.5 * h);
        if (!std::isfinite(d1) || !std::isfinite(d2)) continue;
        if (d1 == 0.0 && d2 == 0.0) {
            // g did not move at all: the analytic derivative must be too small to move it.
            ++checked;
            EXPECT_LE(std::fabs(analytic) * h, 1e-9 * std::fabs(g(t)) + 1e-300) << where;
            return;
        }
        const double scale = 1e-3 + std::fabs(d2);
        if (std::fabs(d1 - d2) > 1e-7 * scale) continue;
        // The change of g over the step must stand well above g's own rounding.
        if (std::fabs(d2) * h < 1e-9 * std::fabs(g(t))) continue;
        ++checked;
        EXPECT_NEAR(analytic, d2, 1e-6 * scale) << where << " h=" << h;
        return;
    }
}

TEST_P(Row, DerivativeMatchesFiniteDifferencesAwayFromKinks) {
    for (const ParamSet& ps : parameterSets(fn())) {
        const std::vector<double> kinks = fn().kinks(ps.values);
        int checked = 0;
        int total = 0;
        for (double x : ordinaryPoints(kinks)) {
            const double h = 1e-4 * std::max(1.0, std::fabs(x));
            if (nearKink(x, kinks, 3e-4)) continue;
            ++total;
            auto g = [&](double t) { return fn().f(t, ps.values); };
            expectMatchesFiniteDifference(g, x, fn().df(x, ps.values), {h, 1e-2 * h}, checked,
                                          std::string(fn().id) + " [" + ps.label +
                                              "] x=" + std::to_string(x));
        }
        EXPECT_GT(checked, total / 2)
            << fn().id << " [" << ps.label << "]: too few points resolved";
    }
}

TEST_P(Row, ParameterGradientsMatchFiniteDifferences) {
    for (const ParamSet& ps : parameterSets(fn())) {
        const std::vector<double> kinks = fn().kinks(ps.values);
        for (std::size_t p : fn().learnableParams()) {
            int checked = 0;
            int total = 0;
            const double v = ps.values[p];
            const double h = std::max(1e-4 * std::fabs(v), 1e-6);
            for (double x : ordinaryPoints(kinks)) {
                if (nearKink(x, kinks, 1e-4)) continue;
                ++total;
                auto g = [&](double t) {
                    std::vector<double> values = ps.values;
                    values[p] = t;
                    return fn().f(x, values);
                };
                expectMatchesFiniteDifference(
                    g, v, fn().grad(x, ps.values, p), {h, 1e-2 * std::fabs(v), 1e-4}, checked,
                    std::string(fn().id) + " [" + ps.label + "] x=" + std::to_string(x));
            }
            // Where f hardly depends on the parameter (SMU-1's mu = 4e-9 away from 0) finite
            // differences resolve little; the 50-digit references cover those points.
            EXPECT_GE(checked, std::min(total, 5)) << fn().id << " [" << ps.label << "]";
        }
    }
}

TEST_P(Row, SamplingGridContainsEveryKinkInside) {
    const std::vector<double> params = fn().defaults();
    const std::vector<double> grid = core::sampleGrid(fn(), params, -7.3, 7.1, 101);
    EXPECT_TRUE(std::is_sorted(grid.begin(), grid.end()));
    EXPECT_EQ(grid.front(), -7.3);
    EXPECT_EQ(grid.back(), 7.1);
    for (double k : fn().kinks(params)) {
        if (k >= -7.3 && k <= 7.1) {
            EXPECT_TRUE(std::binary_search(grid.begin(), grid.end(), k)) << fn().id << " " << k;
        }
    }
}

std::vector<std::string> allIds() {
    std::vector<std::string> ids;
    for (const FunctionSpec& fn : core::catalogue())
        ids.emplace_back(fn.id);
    return ids;
}

INSTANTIATE_TEST_SUITE_P(Catalogue, Row, ::testing::ValuesIn(allIds()),
                         [](const auto& info) { return info.param; });

} // namespace
} // namespace actviz::test

namespace actviz::test {
namespace {

TEST(Batch, LargeBatchesSplitAcrossThreadsGiveTheSameValues) {
    std::vector<double> xs(300'001);
    for (std::size_t i = 0; i < xs.size(); ++i)
        xs[i] = -20.0 + 40.0 * static_cast<double>(i) / 300'000.0;
    for (const char* id : {"gelu", "swish", "hardswish"}) {
        const core::FunctionSpec* fn = core::findFunction(id);
        const std::vector<double> p = fn->defaults();
        std::vector<double> f(xs.size()), df(xs.size()), g(xs.size());
        fn->evaluate(xs, p, f, df);
        for (std::size_t i = 0; i < xs.size(); i += 997) {
            ASSERT_EQ(f[i], fn->f(xs[i], p)) << id << " " << xs[i];
            ASSERT_EQ(df[i], fn->df(xs[i], p)) << id << " " << xs[i];
        }
        EXPECT_EQ(f.back(), fn->f(xs.back(), p));
        for (std::size_t k : fn->learnableParams()) {
            fn->gradient(xs, p, k, g);
            for (std::size_t i = 0; i < xs.size(); i += 997)
                ASSERT_EQ(g[i], fn->grad(xs[i], p, k));
        }
    }
}

} // namespace
} // namespace actviz::test
