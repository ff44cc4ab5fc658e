// SPDX-License-Identifier: GPL-3.0-or-later
// Number syntax and parameter domains.

#include "actviz/core/parameter.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace actviz::core {
namespace {

TEST(ParseNumber, AcceptsDecimalExponentAndSpecialValues) {
    EXPECT_EQ(parseNumber("1.5"), 1.5);
    EXPECT_EQ(parseNumber("  -2e-3\r"), -2e-3);
    EXPECT_EQ(parseNumber("+4"), 4.0);
    EXPECT_EQ(parseNumber("1E300"), 1e300);
    EXPECT_EQ(parseNumber(".5"), 0.5);
    EXPECT_EQ(parseNumber("inf"), INFINITY);
    EXPECT_EQ(parseNumber("-inf"), -INFINITY);
    EXPECT_EQ(parseNumber("Infinity"), INFINITY);
    EXPECT_TRUE(std::isnan(*parseNumber("nan")));
    EXPECT_TRUE(std::isnan(*parseNumber("NaN")));
    EXPECT_EQ(parseNumber("4.9406564584124654e-324"), std::numeric_limits<double>::denorm_min());
    EXPECT_EQ(parseNumber("0.1"), 0.1);
}

TEST(ParseNumber, RoundsBeyondTheDoubleRangeAsIeeeDoes) {
    EXPECT_EQ(parseNumber("1e999"), INFINITY);
    EXPECT_EQ(parseNumber("-1e999"), -INFINITY);
    EXPECT_EQ(parseNumber("1e-999"), 0.0);
}

TEST(ParseNumber, RejectsAnythingElse) {
    for (const char* bad : {"", " ", "abc", "1.5x", "1,5", "--1", "+-1", "1 2", "0x10", "e5", "1e",
                            "-", "+", "inf5", "1..2"}) {
        EXPECT_FALSE(parseNumber(bad).has_value()) << "'" << bad << "'";
    }
}

TEST(FormatNumber, RoundTripsWithTheFewestDigits) {
    for (double v : {0.1, 1.0 / 3.0, -2.5e-310, 1e300, 4.352665993287951e-9,
                     std::numeric_limits<double>::max()}) {
        const std::string s = formatNumber(v);
        EXPECT_EQ(parseNumber(s), v) << s;
    }
    EXPECT_EQ(formatNumber(INFINITY), "inf");
    EXPECT_EQ(formatNumber(-INFINITY), "-inf");
    EXPECT_EQ(formatNumber(-NAN), "nan");
    EXPECT_EQ(formatNumber(0.1), "0.1");
    EXPECT_EQ(formatNumber(-18.0 / 5.0), "-3.6");
    EXPECT_EQ(formatNumber(1.0 / 3.0), "0.3333333333333333");
    EXPECT_EQ(formatNumber(0.1 + 0.2), "0.30000000000000004"); // (not 0.3: a different double)
    EXPECT_EQ(formatNumber(1e-300), "1e-300");
    EXPECT_EQ(formatNumber(4.352665993287951e-9), "4.352665993287951e-9"); // (not e-09)
    EXPECT_EQ(formatNumber(1e22), "1e22");
}

TEST(FormatShort, IsCompactForLabels) {
    EXPECT_EQ(formatShort(0.01), "0.01");
    EXPECT_EQ(formatShort(1e6), "1e6");
    EXPECT_EQ(formatShort(4.352665993287951e-9), "4.353e-9");
    EXPECT_EQ(formatShort(0.25), "0.25");
}

TEST(Domain, ContainsAndDescribe) {
    const Domain positive{0.0, INFINITY, false, false};
    EXPECT_FALSE(positive.contains(0.0));
    EXPECT_TRUE(positive.contains(1e-300));
    EXPECT_FALSE(positive.contains(INFINITY));
    EXPECT_FALSE(positive.contains(NAN));
    EXPECT_EQ(positive.describe(), "a finite number > 0"); // (inf is not)

    const Domain count{1.0, INFINITY, true, false, true};
    EXPECT_TRUE(count.contains(3.0));
    EXPECT_FALSE(count.contains(2.5));
    EXPECT_FALSE(count.contains(0.0));
    EXPECT_EQ(count.describe(), "an integer >= 1");

    const Domain orInf{-INFINITY, INFINITY, false, true};
    EXPECT_TRUE(orInf.contains(INFINITY));
    EXPECT_FALSE(orInf.contains(-INFINITY));
    EXPECT_EQ(orInf.describe(), "a finite number (or inf)");

    const Domain nonZero{-INFINITY, INFINITY, false, false, false, true};
    EXPECT_FALSE(nonZero.contains(0.0));
    EXPECT_FALSE(nonZero.contains(-0.0));
    EXPECT_EQ(nonZero.describe(), "a finite number other than 0");
}

} // namespace
} // namespace actviz::core
