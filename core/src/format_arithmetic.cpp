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
#include <cstdint>
#include <cstring>
#include <initializer_list>
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
    // nearbyint rounds in the current mode: to nearest, ties to even, as nothing here changes it.
    const double rounded = std::nearbyint(x / quantum) * quantum;
    if (std::fabs(rounded) >= std::ldexp(1.0, d.maxExponent + 1))
        return std::copysign(std::numeric_limits<double>::infinity(), x);
    return rounded;
}

double largestFinite(Dtype dtype) {
    const DtypeInfo& d = dtypeInfo(dtype);
    return std::ldexp(2.0 - std::ldexp(1.0, 1 - d.precision), d.maxExponent);
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

thread_local Trace* tCurrentTrace = nullptr;

/// How much a hazard explains: an overflow (the usual root of a NaN or a 0 further on) before an
/// invalid operation, before an underflow, before a cancellation, before an absorption.
int rank(Hazard hazard) {
    switch (hazard) {
    case Hazard::Overflow:
        return 4;
    case Hazard::Invalid:
        return 3;
    case Hazard::Underflow:
        return 2;
    case Hazard::Cancellation:
        return 1;
    case Hazard::Absorption:
        return 0;
    case Hazard::None:
        break;
    }
    return -1;
}

/// Notes `hazard` unless one of at least its rank came first.
void note(Hazard hazard, std::string_view op) {
    if (tCurrentTrace != nullptr && rank(hazard) > rank(tCurrentTrace->hazard))
        *tCurrentTrace = {hazard, op};
}

/// The hazard of an operation on finite or infinite `in` (its operands) that gave `exact` in
/// double and `result` in the format.
void check(double exact, double result, std::initializer_list<double> in, std::string_view op) {
    if (tCurrentTrace == nullptr || tCurrentTrace->hazard == Hazard::Overflow) return;
    bool finite = true;
    bool nan = false;
    for (const double v : in) {
        finite = finite && std::isfinite(v);
        nan = nan || std::isnan(v);
    }
    if (std::isnan(result) && !nan) {
        note(Hazard::Invalid, op);
    } else if (std::isinf(result) && finite) {
        note(Hazard::Overflow, op);
    } else if (result == 0.0 && exact != 0.0 && std::isfinite(exact)) {
        note(Hazard::Underflow, op);
    }
}

using Precise = boost::multiprecision::cpp_bin_float_50;

/// `exact` (166 bits) rounded to the format, without the error of rounding it to double first.
double roundPrecise(Dtype dtype, const Precise& exact) {
    const auto nearest = static_cast<double>(exact);
    if (!std::isfinite(nearest)) return roundToFormat(dtype, nearest);
    const Precise rest = exact - Precise(nearest);
    return roundToFormatFrom(dtype, nearest, rest > 0 ? 1 : (rest < 0 ? -1 : 0));
}

/// libm's double result, rounded to the format, unless libm's error (a few double ulps) could
/// put it on the wrong side of a format boundary: then the function is recomputed with 166
/// bits. So the result is the correctly rounded one, and the slow path is rare: libm's result
/// must fall within 2^-48 (relative) of a boundary, about one argument in 2^23 for float32 and
/// 2^36 for float16.
template <class Libm, class Exact>
Value correctlyRounded(Value a, std::string_view op, Libm libm, Exact exact) {
    const double approx = libm(a.v);
    Value r = make(a.dtype, approx);
    if (std::isfinite(approx) && approx != 0.0) {
        // libm gives 0 and infinities only where the result is one (or is too small for double,
        // and so for the format too); elsewhere its few ulps of error matter only next to a
        // rounding boundary of the format.
        const double margin = std::fabs(approx) * 0x1p-48;
        if (roundToFormat(a.dtype, approx - margin) != roundToFormat(a.dtype, approx + margin))
            r.v = roundPrecise(a.dtype, exact(Precise(a.v)));
    }
    // e^x and erfc x are never 0: a 0 underflowed, even where double gives 0 too.
    const bool neverZero = op == "exp" || op == "erfc"; // the functions' names, not user text
    check(neverZero && approx == 0.0 ? 1.0 : approx, r.v, {a.v}, op);
    return r;
}

} // namespace

TraceScope::TraceScope(Trace& trace)
    : m_previous(tCurrentTrace) {
    tCurrentTrace = &trace;
}

TraceScope::~TraceScope() {
    tCurrentTrace = m_previous;
}

Value rounded(double exact, Value a, Value b, std::string_view op) {
    const Value r = make(a.dtype, exact);
    if (tCurrentTrace == nullptr || tCurrentTrace->hazard == Hazard::Overflow) return r;
    check(exact, r.v, {a.v, b.v}, op);
    const bool sum = op == "+" || op == "-";
    if (sum && std::isfinite(r.v) && std::isfinite(a.v) && std::isfinite(b.v) && a.v != 0.0 &&
        b.v != 0.0) {
        // Three leading bits or more lost (all of them when the result is 0): the operands'
        // own rounding errors are magnified eightfold or more.
        const double larger = std::max(std::fabs(a.v), std::fabs(b.v));
        if (std::fabs(r.v) < larger / 8.0)
            note(Hazard::Cancellation, op);
        else if (std::min(std::fabs(a.v), std::fabs(b.v)) <
                 std::ldexp(larger, -dtypeInfo(a.dtype).precision / 2))
            note(Hazard::Absorption, op); // the smaller term keeps half of its bits or fewer
    }
    return r;
}

double roundToFormatFrom(Dtype dtype, double nearest, int restSign) {
    // Round to odd: with the rest not 0, the double beside `nearest` on the rest's side holds
    // the exact value between them; of the two, the odd one stands for "somewhere strictly
    // between". Double has at least two bits more than the format, so rounding that odd double
    // to the format is rounding the exact value (no format boundary lies strictly inside).
    if (restSign == 0 || !std::isfinite(nearest)) return roundToFormat(dtype, nearest);
    std::uint64_t bits = 0;
    std::memcpy(&bits, &nearest, sizeof bits);
    double odd = nearest;
    if ((bits & 1U) == 0)
        odd = std::nextafter(nearest, restSign > 0 ? std::numeric_limits<double>::infinity()
                                                   : -std::numeric_limits<double>::infinity());
    return roundToFormat(dtype, odd);
}

Value exp(Value a) {
    return correctlyRounded(
        a, "exp", [](double x) { return std::exp(x); },
        [](const Precise& x) { return Precise(boost::multiprecision::exp(x)); });
}

Value expm1(Value a) {
    return correctlyRounded(
        a, "expm1", [](double x) { return std::expm1(x); },
        [](const Precise& x) { return Precise(boost::math::expm1(x)); });
}

Value log(Value a) {
    if (a.v <= 0.0 || !std::isfinite(a.v)) {
        const Value r = make(a.dtype, std::log(a.v));
        check(r.v, r.v, {a.v}, "log");
        return r;
    }
    // ln of a number near 1 magnifies its argument's rounding error (ln(1 + t) wants log1p).
    if (a.v != 1.0 && std::fabs(a.v - 1.0) < 0.125) note(Hazard::Cancellation, "log");
    return correctlyRounded(
        a, "log", [](double x) { return std::log(x); },
        [](const Precise& x) { return Precise(boost::multiprecision::log(x)); });
}

Value log1p(Value a) {
    if (a.v <= -1.0 || !std::isfinite(a.v)) {
        const Value r = make(a.dtype, std::log1p(a.v));
        check(r.v, r.v, {a.v}, "log1p");
        return r;
    }
    return correctlyRounded(
        a, "log1p", [](double x) { return std::log1p(x); },
        [](const Precise& x) { return Precise(boost::math::log1p(x)); });
}

Value tanh(Value a) {
    return correctlyRounded(
        a, "tanh", [](double x) { return std::tanh(x); },
        [](const Precise& x) { return Precise(boost::multiprecision::tanh(x)); });
}

Value erf(Value a) {
    return correctlyRounded(
        a, "erf", [](double x) { return std::erf(x); },
        [](const Precise& x) { return Precise(boost::math::erf(x)); });
}

Value erfc(Value a) {
    return correctlyRounded(
        a, "erfc", [](double x) { return std::erfc(x); },
        [](const Precise& x) { return Precise(boost::math::erfc(x)); });
}

} // namespace lp
} // namespace actviz::core
