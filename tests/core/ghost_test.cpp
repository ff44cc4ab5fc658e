// SPDX-License-Identifier: GPL-3.0-or-later
// The limits the catalogue declares are the ones the functions really tend to.

#include "actviz/core/catalogue.h"

#include <gtest/gtest.h>

#include <cmath>

namespace actviz::core {
namespace {

double distance(const char* id, std::vector<double> params, std::size_t ghost, double a = -6,
                double b = 6) {
    const FunctionSpec* fn = findFunction(id);
    EXPECT_LT(ghost, fn->ghosts.size()) << id;
    return ghostDistance(*fn, params, fn->ghosts[ghost], a, b);
}

TEST(Ghosts, SwishTendsToReluAsBetaGrowsAndIsXOver2AtZero) {
    EXPECT_GT(distance("swish", {1.0}, 0), distance("swish", {10.0}, 0));
    EXPECT_LT(distance("swish", {1000.0}, 0), 3e-4); // max is ~0.2785 / beta
    EXPECT_EQ(distance("swish", {0.0}, 1), 0.0);
}

TEST(Ghosts, SquareplusAndSoftplusTendToRelu) {
    // Squareplus exceeds ReLU most at 0, by sqrt(b)/2.
    EXPECT_NEAR(distance("squareplus", {1e-4}, 0), 0.005, 1e-12);
    EXPECT_NEAR(distance("softplus", {100.0, 20.0}, 0), std::log(2.0) / 100.0, 1e-12);
}

TEST(Ghosts, Smu1TendsToLeakyReluAsMuShrinks) {
    EXPECT_NEAR(distance("smu1", {0.25, 1e-3}, 0), 5e-4, 1e-12); // |mu|/2 at x = 0
}

/// A gap narrower than the grid's step is found: SMU at its default mu = 1e6 leaves Leaky ReLU
/// only within about 1e-6 of 0 (the largest gap, about 1.2e-7, lies between grid points, and 0
/// itself has none); SMU-1 at its default mu = 4.35e-9 is farthest at 0, by mu/2.
TEST(Ghosts, AGapNarrowerThanTheGridIsFound) {
    const FunctionSpec* smu = findFunction("smu");
    const std::vector<double> p = smu->defaults();
    ASSERT_EQ(p[1], 1e6);
    // The peak by brute force, on a grid of 1e-11 around 0.
    double peak = 0.0;
    for (int k = -400000; k <= 400000; ++k) {
        const double x = k * 1e-11;
        peak = std::max(peak, std::fabs(smu->f(x, p) - smu->ghosts[1].g(x, p.data())));
    }
    ASSERT_GT(peak, 1e-7);
    const double d = ghostDistance(*smu, p, smu->ghosts[1], -6, 6);
    EXPECT_NEAR(d, peak, 1e-6 * peak);
    const FunctionSpec* smu1 = findFunction("smu1");
    const std::vector<double> q = smu1->defaults();
    EXPECT_NEAR(ghostDistance(*smu1, q, smu1->ghosts[0], -5, 6.5), q[1] / 2, 1e-15 * q[1]);
}

TEST(Ghosts, SmuWithAlphaZeroAndMuOneOverSqrt2IsGelu) {
    EXPECT_LT(distance("smu", {0.0, 1.0 / std::sqrt(2.0)}, 0), 1e-15);
    EXPECT_GT(distance("smu", {0.25, 1.0}, 0), 0.1);
}

TEST(Ghosts, GeluTanhStaysWithinFiveTenThousandthsOfGelu) {
    const double d = distance("gelu_tanh", {}, 0, -10, 10);
    EXPECT_GT(d, 4e-4);
    EXPECT_LT(d, 5e-4);
}

TEST(Ghosts, EveryGhostNamesARealParameterOrNone) {
    for (const FunctionSpec& fn : catalogue())
        for (const Ghost& g : fn.ghosts) {
            EXPECT_FALSE(g.label.empty());
            EXPECT_TRUE(g.param.empty() || fn.paramIndex(g.param).has_value())
                << fn.id << " " << g.param;
        }
}

} // namespace
} // namespace actviz::core
