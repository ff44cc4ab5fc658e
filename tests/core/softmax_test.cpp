// SPDX-License-Identifier: GPL-3.0-or-later
// Softmax over several logits.

#include "actviz/core/catalogue.h"
#include "actviz/core/softmax.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

namespace actviz::core {
namespace {

TEST(Softmax, ProbabilitiesSumToOneAndFollowTheLogits) {
    const std::vector<double> z{2.0, 1.0, 0.1};
    const SoftmaxResult r = softmax(z);
    ASSERT_EQ(r.probabilities.size(), 3u);
    EXPECT_NEAR(std::accumulate(r.probabilities.begin(), r.probabilities.end(), 0.0), 1.0, 1e-15);
    EXPECT_NEAR(r.probabilities[0], 0.6590011388859679, 1e-15);
    EXPECT_GT(r.probabilities[0], r.probabilities[1]);
}

TEST(Softmax, NeverOverflowsAndKeepsTinyComplementsExact) {
    const std::vector<double> z{700.0, 0.0}; // e^700 alone would be 1e304, e^710 overflows
    const SoftmaxResult r = softmax(z);
    EXPECT_EQ(r.probabilities[0], 1.0);
    EXPECT_NEAR(r.probabilities[1] / std::exp(-700.0), 1.0, 1e-13);
    // s0 (1 - s0) with 1 - s0 ~ e^-700 formed from the other term, not as 1 - 1 = 0.
    EXPECT_NEAR(r.jacobianDiagonal[0] / std::exp(-700.0), 1.0, 1e-13);
    EXPECT_FALSE(softmax(std::vector<double>{1e308, -1e308}).probabilities.empty());
}

TEST(Softmax, TemperatureFlattensAndSharpens) {
    const std::vector<double> z{2.0, 1.0, 0.1};
    EXPECT_LT(softmax(z, 10.0).probabilities[0], softmax(z, 1.0).probabilities[0]);
    EXPECT_GT(softmax(z, 0.1).probabilities[0], 0.9999);
}

TEST(Softmax, TwoLogitsAreTheCataloguesSoftmaxCurve) {
    const FunctionSpec* fn = findFunction("softmax");
    for (double x : {-5.0, -0.3, 0.0, 2.5}) {
        const std::vector<double> z{x, 0.7};
        const SoftmaxResult r = softmax(z);
        const std::vector<double> p{0.7, 1.0};
        EXPECT_NEAR(r.probabilities[0], fn->f(x, p), 1e-15);
        EXPECT_NEAR(r.jacobianDiagonal[0], fn->df(x, p), 1e-15);
    }
}

TEST(Softmax, RefusesBadInput) {
    EXPECT_TRUE(softmax(std::vector<double>{}).probabilities.empty());
    EXPECT_TRUE(softmax(std::vector<double>{1.0, NAN}).probabilities.empty());
    EXPECT_TRUE(softmax(std::vector<double>{1.0}, 0.0).probabilities.empty());
}

} // namespace
} // namespace actviz::core
