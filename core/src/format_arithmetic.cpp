// SPDX-License-Identifier: GPL-3.0-or-later
// The narrow formats: rounding to them, their ulps, and correctly rounded elementary functions.

#include "format_arithmetic.h"

#include <boost/math/special_functions/erf.hpp>
#include <boost/math/special_functions/expm1.hpp>
#include <boost/math/special_functions/log1p.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace actviz::core {
namespace {

constexpr std::array<DtypeInfo, 3> kDtypes{{
    {Dtype::Float32, "float32", 24, -126, 127},
    {Dtype::Float16, "float16", 11, -14, 15},
    {Dtype::BFloat16, "bfloat16", 8, -126, 127},
}};

/// The exponent e with 2^e <= |x| < 2^(e+1), for finite x other than 0.
int exponentOf(double x) {
    int e = 0;
    (void)std::frexp(x, &e);
    return e - 1;
}

} // namespace

std::span<const DtypeInfo> dtypes() {
    return kDtypes;
}

const DtypeInfo& dtypeInfo(Dtype dtype) {
    return kDtypes[static_cast<std::size_t>(dtype)];
}

std::optional<Dtype> parseDtype(std::string_view name) {
    for (const DtypeInfo& d : kDtypes)
        if (d.name == name) return d.dtype;
    return std::nullopt;
}

double roundToFormat(Dtype dtype, double x) {
    if (!std::isfinite(x) || x == 0.0) return x;
    const DtypeInfo& d = dtypeInfo(dtype);
    // The spacing of the format's values in x's binade (the subnormal spacing below the
    // normals); x / quantum and the product back are exact (powers of two, in double's range).
    const int e = std::max(exponentOf(x), d.minExponent);
    const double quantum = std::ldexp(1.0, e - (d.precision - 1));
    const double rounded = std::nearbyint(x / quantum) * quantum; // ties to even
    if (std::fabs(rounded) >= std::ldexp(1.0, d.maxExponent + 1))
        return std::copysign(std::numeric_limits<double>::infinity(), x);
    return rounded;
}

double ulpOf(Dtype dtype, double exact) {
    const DtypeInfo& d = dtypeInfo(dtype);
    int e = d.minExponent;
    if (std::isfinite(exact) && exact != 0.0)
        e = std::clamp(exponentOf(exact), d.minExponent, d.maxExponent);
    else if (!std::isfinite(exact))
        e = d.maxExponent;
    return std::ldexp(1.0, e - (d.precision - 1));
}

double ulpError(Dtype dtype, double value, double exact) {
    if (std::isnan(exact)) return std::isnan(value) ? 0.0 : std::numeric_limits<double>::infinity();
    if (!std::isfinite(value)) {
        return value == roundToFormat(dtype, exact) ? 0.0 : std::numeric_limits<double>::infinity();
    }
    if (!std::isfinite(exact)) return std::numeric_limits<double>::infinity();
    return std::fabs(value - exact) / ulpOf(dtype, exact);
}

namespace lp {
namespace {

using Precise = boost::multiprecision::cpp_bin_float_50;

/// Whether `d` lies on a boundary between two values of the format (a midpoint, or the overflow
/// threshold): the doubles on either side of it round differently.
bool onBoundary(Dtype dtype, double d) {
    const double below = std::nextafter(d, -std::numeric_limits<double>::infinity());
    const double above = std::nextafter(d, std::numeric_limits<double>::infinity());
    return roundToFormat(dtype, below) != roundToFormat(dtype, above);
}

/// `exact` (166 bits) rounded to the format, without the error of rounding it to double first:
/// a double that falls on a format boundary is moved one double towards `exact`, to the side
/// where `exact` lies (the format's boundaries are doubles, and adjacent ones are far apart).
double roundPrecise(Dtype dtype, const Precise& exact) {
    const auto d = static_cast<double>(exact);
    if (!std::isfinite(d)) return roundToFormat(dtype, d);
    const Precise rest = exact - Precise(d);
    if (rest == 0 || !onBoundary(dtype, d)) return roundToFormat(dtype, d);
    const double toward = rest > 0 ? std::numeric_limits<double>::infinity()
                                   : -std::numeric_limits<double>::infinity();
    return roundToFormat(dtype, std::nextafter(d, toward));
}

/// libm's double result, rounded to the format, unless libm's error (a few double ulps) could
/// put it on the wrong side of a format boundary: then the function is recomputed with 166
/// bits. So the result is the correctly rounded one, and the slow path is rare (about one
/// argument in 2^40 for float32).
template <class Libm, class Exact> Value correctlyRounded(Value a, Libm libm, Exact exact) {
    const double approx = libm(a.v);
    if (!std::isfinite(approx) || approx == 0.0) {
        // Exact at the ends (libm gives 0 and infinities only where the result is one), except
        // where the true result is tiny but not 0 and the format cannot hold it either.
        return make(a.dtype, approx);
    }
    const double margin = std::fabs(approx) * 0x1p-48;
    if (roundToFormat(a.dtype, approx - margin) == roundToFormat(a.dtype, approx + margin))
        return make(a.dtype, approx);
    return {roundPrecise(a.dtype, exact(Precise(a.v))), a.dtype};
}

} // namespace

Value exp(Value a) {
    return correctlyRounded(
        a, [](double x) { return std::exp(x); },
        [](const Precise& x) { return Precise(boost::multiprecision::exp(x)); });
}

Value expm1(Value a) {
    return correctlyRounded(
        a, [](double x) { return std::expm1(x); },
        [](const Precise& x) { return Precise(boost::math::expm1(x)); });
}

Value log(Value a) {
    if (a.v <= 0.0 || !std::isfinite(a.v)) return make(a.dtype, std::log(a.v));
    return correctlyRounded(
        a, [](double x) { return std::log(x); },
        [](const Precise& x) { return Precise(boost::multiprecision::log(x)); });
}

Value log1p(Value a) {
    if (a.v <= -1.0 || !std::isfinite(a.v)) return make(a.dtype, std::log1p(a.v));
    return correctlyRounded(
        a, [](double x) { return std::log1p(x); },
        [](const Precise& x) { return Precise(boost::math::log1p(x)); });
}

Value tanh(Value a) {
    return correctlyRounded(
        a, [](double x) { return std::tanh(x); },
        [](const Precise& x) { return Precise(boost::multiprecision::tanh(x)); });
}

Value erf(Value a) {
    return correctlyRounded(
        a, [](double x) { return std::erf(x); },
        [](const Precise& x) { return Precise(boost::math::erf(x)); });
}

Value erfc(Value a) {
    return correctlyRounded(
        a, [](double x) { return std::erfc(x); },
        [](const Precise& x) { return Precise(boost::math::erfc(x)); });
}

} // namespace lp
} // namespace actviz::core
