// SPDX-License-Identifier: GPL-3.0-or-later
// Sampling grids.

#include "actviz/core/catalogue.h"
#include "actviz/core/parallel.h"
#include "actviz/core/sampling.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <stdexcept>

namespace actviz::core {
namespace {

TEST(SampleGrid, IsEvenlySpacedWithBothEnds) {
    std::vector<double> g;
    sampleGrid(-1.0, 1.0, 5, {}, g);
    EXPECT_EQ(g, (std::vector<double>{-1.0, -0.5, 0.0, 0.5, 1.0}));
}

TEST(SampleGrid, MergesKinksExactlyWithoutDuplicates) {
    std::vector<double> g;
    const std::vector<double> kinks{-3.0, 0.0, 1e-9, 7.0};
    sampleGrid(-1.0, 1.0, 5, kinks, g);
    EXPECT_EQ(g, (std::vector<double>{-1.0, -0.5, 0.0, 1e-9, 0.5, 1.0}));
}

TEST(SampleGrid, HandlesDegenerateIntervals) {
    std::vector<double> g{1.0, 2.0};
    sampleGrid(1.0, 0.0, 10, {}, g);
    EXPECT_TRUE(g.empty());
    sampleGrid(0.0, NAN, 10, {}, g);
    EXPECT_TRUE(g.empty());
    sampleGrid(0.0, 1.0, 0, {}, g);
    EXPECT_TRUE(g.empty());
    sampleGrid(2.0, 2.0, 10, {}, g);
    EXPECT_EQ(g, std::vector<double>{2.0});
}

TEST(SampleGrid, SurvivesTheWholeDoubleRange) {
    std::vector<double> g;
    const double m = std::numeric_limits<double>::max();
    const std::vector<double> zero{0.0};
    sampleGrid(-m, m, 1001, zero, g);
    ASSERT_GE(g.size(), 1001u);
    EXPECT_TRUE(std::is_sorted(g.begin(), g.end()));
    EXPECT_TRUE(std::all_of(g.begin(), g.end(), [](double v) { return std::isfinite(v); }));
    EXPECT_TRUE(std::binary_search(g.begin(), g.end(), 0.0));
}

TEST(SampleGrid, ResolvesSmuAtMicroscale) {
    const FunctionSpec* smu = findFunction("smu");
    const std::vector<double> g = sampleGrid(*smu, smu->defaults(), -1e-5, 1e-5, 2001);
    std::vector<double> f(g.size());
    smu->evaluate(g, smu->defaults(), f, {});
    // mu = 1e6: the corner spans a few 1e-6, leaky-ReLU-straight outside, bent inside.
    EXPECT_NEAR(f.front(), 0.25 * -1e-5, 1e-15);
    EXPECT_NEAR(f.back(), 1e-5, 1e-15);
    EXPECT_EQ(f[1000], 0.0);
    const double mid = f[1000 + 50]; // x = 5e-7: between 0.25 x and x, strictly
    EXPECT_GT(mid, 0.25 * 5e-7 * 1.01);
    EXPECT_LT(mid, 5e-7 * 0.99);
}

} // namespace
} // namespace actviz::core

namespace actviz::core {
namespace {

TEST(Parallel, EveryElementOnceAndAThrowingChunkReportsAnError) {
    std::vector<int> hits(1 << 18, 0);
    parallelFor(hits.size(), 1 << 12, [&](std::size_t b, std::size_t e) {
        for (std::size_t i = b; i < e; ++i)
            ++hits[i];
    });
    EXPECT_EQ(std::count(hits.begin(), hits.end(), 1), static_cast<long>(hits.size()));
    // A chunk that throws: the caller gets the exception, the process goes on.
    EXPECT_THROW(parallelFor(1 << 18, 1 << 12,
                             [](std::size_t, std::size_t e) {
                                 if (e == (std::size_t{1} << 18))
                                     throw std::runtime_error("chunk failed");
                             }),
                 std::runtime_error);
    // And the pool still works afterwards.
    std::atomic<std::size_t> total{0};
    parallelFor(1 << 18, 1 << 12, [&](std::size_t b, std::size_t e) { total += e - b; });
    EXPECT_EQ(total.load(), std::size_t{1} << 18);
}

} // namespace
} // namespace actviz::core
