// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parameter specifications: what a parameter is, which values are valid, how a slider shows it.

#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace actviz::core {

/// How a slider maps its position to a value.
enum class Scale { Linear, Log };

/// The set of valid values of a parameter.
struct Domain {
    double lo = -std::numeric_limits<double>::infinity(); ///< lower bound (-inf: none)
    double hi = std::numeric_limits<double>::infinity();  ///< upper bound (+inf: none)
    bool loInclusive = false;
    bool hiInclusive = false; ///< with hi = +inf, +inf itself is valid
    bool integer = false;     ///< only whole numbers
    bool nonZero = false;     ///< zero is excluded

    /// Whether `v` is a valid value (NaN never is; infinities only where a bound includes them).
    [[nodiscard]] bool contains(double v) const;
    /// The domain in words and symbols, for messages and listings: "x > 0", "any finite number".
    [[nodiscard]] std::string describe() const;
};

/// One parameter of an activation function, as the catalogue declares it.
struct ParamSpec {
    std::string_view id;   ///< lower snake id, unique within its function: "slope", "alpha"
    std::string_view tex;  ///< TeX symbol: "\\alpha"
    std::string_view name; ///< short English name for labels: "negative slope"
    double defaultValue;
    Domain domain;
    double sliderMin; ///< slider range (typed values may go beyond it, within the domain)
    double sliderMax;
    Scale scale;
    bool learnable; ///< trained by gradient descent; the catalogue gives df/dparam for it
    std::string_view texGrad = {}; ///< TeX of df/dparam (learnable parameters)

    /// Why `v` is not valid for this parameter, in one sentence; nullopt when it is valid.
    [[nodiscard]] std::optional<std::string> check(double v) const;
};

/// Parses a number as the command line and scene files write it: decimal or exponent notation,
/// an optional sign, "inf", "-inf", "infinity" or "nan" (any case), surrounding blanks ignored.
/// Values beyond the double range round to +-inf or to zero, as IEEE rounding does.
[[nodiscard]] std::optional<double> parseNumber(std::string_view text);

/// Formats a double with the fewest significant digits (at most 17) that read back as it, so that
/// parseNumber(formatNumber(v)) == v: "0.1", "-4.8", "1e-300" ("inf", "-inf", "nan" for the
/// special values).
[[nodiscard]] std::string formatNumber(double v);

/// Formats a double with at most `digits` significant digits, trailing zeros removed: for labels.
[[nodiscard]] std::string formatShort(double v, int digits = 4);

} // namespace actviz::core
