// SPDX-License-Identifier: GPL-3.0-or-later
// Computed properties, for the functions a lecture uses as examples.

#include "actviz/core/analysis.h"
#include "actviz/core/catalogue.h"

#include <gtest/gtest.h>

#include <cmath>

namespace actviz::core {
namespace {

Properties of(const char* id, double a, double b, std::vector<double> params = {}) {
    const FunctionSpec* fn = findFunction(id);
    if (params.empty()) params = fn->defaults();
    const auto p = analyse(*fn, params, a, b);
    EXPECT_TRUE(p.has_value()) << id;
    return p.value_or(Properties{});
}

TEST(Analyse, SigmoidIsMonotonicNotZeroCentredAndSaturatesInItsTails) {
    const Properties p = of("sigmoid", -10, 10);
    EXPECT_EQ(p.f0, 0.5);
    EXPECT_EQ(p.df0, 0.25);
    EXPECT_EQ(p.monotonic, 1);
    EXPECT_FALSE(p.zeroCentred);
    EXPECT_TRUE(p.minima.empty());
    EXPECT_EQ(p.smoothness, Smoothness::Smooth);
    ASSERT_EQ(p.saturated.size(), 2u);
    EXPECT_EQ(p.saturated[0].lo, -10.0);
    EXPECT_NEAR(p.saturated[0].hi, -6.9, 0.02); // sigma'(x) = 1e-3 at |x| = 6.9
    EXPECT_NEAR(p.saturated[1].lo, 6.9, 0.02);
    EXPECT_GT(p.minValue, 0.0);
    EXPECT_LT(p.maxValue, 1.0);
}

TEST(Analyse, TanhIsZeroCentred) {
    const Properties p = of("tanh", -6, 6);
    EXPECT_TRUE(p.zeroCentred);
    EXPECT_EQ(p.df0, 1.0);
}

TEST(Analyse, SwishHasItsMinimumAtMinus1Point2785) {
    const Properties p = of("swish", -6, 6);
    EXPECT_EQ(p.monotonic, 0);
    ASSERT_EQ(p.minima.size(), 1u);
    EXPECT_NEAR(p.minima[0].x, -1.2784645427610738, 1e-12);
    EXPECT_NEAR(p.minima[0].f, -0.27846454276107380, 1e-14);
}

TEST(Analyse, GeluMinimumAndSmuWithAlphaZeroAgree) {
    const Properties g = of("gelu", -4, 4);
    ASSERT_EQ(g.minima.size(), 1u);
    EXPECT_NEAR(g.minima[0].x, -0.75179152469356, 1e-11);
    const Properties s = of("smu", -4, 4, {0.0, 0.70710678118654752});
    ASSERT_EQ(s.minima.size(), 1u);
    EXPECT_NEAR(s.minima[0].x, g.minima[0].x, 1e-11);
}

TEST(Analyse, SmoothnessComesFromTheKinks) {
    EXPECT_EQ(of("relu", -1, 1).smoothness, Smoothness::Continuous);
    EXPECT_EQ(of("elu", -1, 1).smoothness, Smoothness::C1); // alpha = 1
    EXPECT_EQ(of("elu", -1, 1, {0.5}).smoothness, Smoothness::Continuous);
    EXPECT_EQ(of("celu", -1, 1).smoothness, Smoothness::C1);
    EXPECT_EQ(of("softplus", -30, 30).smoothness, Smoothness::Discontinuous);
    EXPECT_EQ(of("softplus", -30, 30, {1.0, INFINITY}).smoothness, Smoothness::Smooth);
    EXPECT_EQ(of("mish", -1, 1).smoothness, Smoothness::Smooth);
}

TEST(Analyse, ReluSaturatesOnTheNegativeSideAndKinksAtZero) {
    const Properties p = of("relu", -6, 6);
    EXPECT_EQ(p.monotonic, 1);
    ASSERT_EQ(p.kinks, std::vector<double>{0.0});
    ASSERT_EQ(p.saturated.size(), 1u);
    EXPECT_EQ(p.saturated[0].lo, -6.0);
    EXPECT_EQ(p.saturated[0].hi, 0.0);
}

TEST(Analyse, RefusesInvalidInput) {
    const FunctionSpec* sp = findFunction("squareplus");
    EXPECT_FALSE(analyse(*sp, std::vector<double>{-1.0}, -1, 1).has_value());
    EXPECT_FALSE(analyse(*sp, sp->defaults(), 1, -1).has_value());
    EXPECT_FALSE(analyse(*sp, sp->defaults(), -INFINITY, 1).has_value());
}

TEST(Analysis, AStationaryPointIsNotSaturation) {
    // GELU: f' passes through 0 at its minimum (x ~ -0.752) and fades for x -> -infinity.
    const auto p = analyse(*findFunction("gelu"), {}, -6.0, 6.0);
    ASSERT_TRUE(p.has_value());
    ASSERT_EQ(p->saturated.size(), 1u);
    EXPECT_EQ(p->saturated[0].lo, -6.0); // towards the edge
    EXPECT_LT(p->saturated[0].hi, -3.7);
    ASSERT_EQ(p->stationary.size(), 1u);
    EXPECT_LT(p->stationary[0].lo, -0.752);
    EXPECT_GT(p->stationary[0].hi, -0.752);
    // Sigmoid saturates at both ends and has no stationary point.
    const auto s = analyse(*findFunction("sigmoid"), {}, -10.0, 10.0);
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->saturated.size(), 2u);
    EXPECT_TRUE(s->stationary.empty());
}

} // namespace
} // namespace actviz::core
