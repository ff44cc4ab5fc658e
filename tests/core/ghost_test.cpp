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
