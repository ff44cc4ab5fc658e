// SPDX-License-Identifier: GPL-3.0-or-later
// Gradients through a chain of layers.

#include "actviz/core/catalogue.h"
#include "actviz/core/chain.h"

#include <gtest/gtest.h>

#include <cmath>

namespace actviz::core {
namespace {

TEST(Chain, SigmoidGradientsVanishAtLeastAsFastAsAQuarterPerLayer) {
    const FunctionSpec* s = findFunction("sigmoid");
    const auto g = chainGradient(*s, {}, 30, 1.0, 0.5);
    ASSERT_EQ(g.size(), 30u);
    for (std::size_t l = 0; l < g.size(); ++l)
        EXPECT_LE(g[l], std::pow(0.25, l + 1) * (1 + 1e-12));
    EXPECT_LT(g.back(), 1e-18);
}

TEST(Chain, ReluKeepsTheGradientOnTheActivePath) {
    const FunctionSpec* r = findFunction("relu");
    const auto g = chainGradient(*r, {}, 50, 1.0, 0.5);
    for (double v : g)
        EXPECT_EQ(v, 1.0);
    const auto dead = chainGradient(*r, {}, 5, 1.0, -0.5);
    for (double v : dead)
        EXPECT_EQ(v, 0.0);
}

TEST(Chain, EachLayerMultipliesByTheCoresDerivative) {
    const FunctionSpec* t = findFunction("tanh");
    const auto g = chainGradient(*t, {}, 3, 1.5, 0.2);
    const double h1 = std::tanh(1.5 * 0.2);
    const double d1 = 1.5 * t->df(1.5 * 0.2, {});
    const double d2 = 1.5 * t->df(1.5 * h1, {});
    EXPECT_EQ(g[0], std::fabs(d1));
    EXPECT_DOUBLE_EQ(g[1], std::fabs(d1 * d2));
}

TEST(Chain, RefusesBadInput) {
    const FunctionSpec* sp = findFunction("squareplus");
    EXPECT_TRUE(chainGradient(*sp, std::vector<double>{-1.0}, 5, 1, 0).empty());
    EXPECT_TRUE(chainGradient(*sp, sp->defaults(), 0, 1, 0).empty());
    EXPECT_TRUE(chainGradient(*sp, sp->defaults(), 5, NAN, 0).empty());
}

} // namespace
} // namespace actviz::core
