// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Arithmetic in a narrow format, for the precision lens: a value of the format (held in a
// double, which holds every such value exactly) whose every operation is rounded to the format.
// +, -, *, / and sqrt are done in double and rounded once more: double has more than twice the
// format's precision plus two bits, so the double rounding is harmless and the result is the
// correctly rounded one. exp, log, tanh, erf and the like are correctly rounded too (see
// format_arithmetic.cpp), as a correctly rounded maths library would give them.

#include "actviz/core/precision.h"

#include <cmath>
#include <string_view>

namespace actviz::core::lp {

/// What went wrong in a formula's arithmetic: what, and in which operation ("exp", "+", "-", "*",
/// "/", "sqrt", ...).
struct Trace {
    Hazard hazard = Hazard::None;
    std::string_view op;
};

/// While it lives, the arithmetic on this thread notes its most telling hazard in `trace` (an
/// overflow before an invalid operation, an underflow, a cancellation, an absorption; the first
/// of the highest rank). Arithmetic on other threads is not traced.
class TraceScope {
public:
    explicit TraceScope(Trace& trace);
    ~TraceScope();
    TraceScope(const TraceScope&) = delete;
    TraceScope& operator=(const TraceScope&) = delete;

private:
    Trace* m_previous;
};

/// A value of the format `dtype`.
struct Value {
    double v;
    Dtype dtype;
};

/// `x` rounded to the format: a constant or an input as the program would hold it.
inline Value make(Dtype dtype, double x) {
    return {roundToFormat(dtype, x), dtype};
}

/// `exact` (a + b, say, in double) rounded to the format, noting the hazard of the
/// operation `op` on `a` and `b` for a Trace (below).
Value rounded(double exact, Value a, Value b, std::string_view op);

inline Value operator+(Value a, Value b) {
    return rounded(a.v + b.v, a, b, "+");
}
inline Value operator-(Value a, Value b) {
    return rounded(a.v - b.v, a, b, "-");
}
inline Value operator*(Value a, Value b) {
    return rounded(a.v * b.v, a, b, "*");
}
inline Value operator/(Value a, Value b) {
    return rounded(a.v / b.v, a, b, "/");
}
inline Value operator-(Value a) {
    return {-a.v, a.dtype};
}
// A double operand is a constant written in the program: it is rounded to the format first.
inline Value operator+(Value a, double c) {
    return a + make(a.dtype, c);
}
inline Value operator+(double c, Value a) {
    return make(a.dtype, c) + a;
}
inline Value operator-(Value a, double c) {
    return a - make(a.dtype, c);
}
inline Value operator-(double c, Value a) {
    return make(a.dtype, c) - a;
}
inline Value operator*(Value a, double c) {
    return a * make(a.dtype, c);
}
inline Value operator*(double c, Value a) {
    return make(a.dtype, c) * a;
}
inline Value operator/(Value a, double c) {
    return a / make(a.dtype, c);
}
inline Value operator/(double c, Value a) {
    return make(a.dtype, c) / a;
}

inline Value abs(Value a) {
    return {std::fabs(a.v), a.dtype};
}
// NaN in gives NaN out, as everywhere in the core.
inline Value max(Value a, Value b) {
    if (std::isnan(a.v) || std::isnan(b.v)) return {std::nan(""), a.dtype};
    return a.v >= b.v ? a : b;
}
inline Value min(Value a, Value b) {
    if (std::isnan(a.v) || std::isnan(b.v)) return {std::nan(""), a.dtype};
    return a.v <= b.v ? a : b;
}
inline Value sqrt(Value a) {
    return rounded(std::sqrt(a.v), a, a, "sqrt");
}

/// A value known as the double `nearest` to it and the sign of what is left (exact - nearest:
/// -1, 0 or 1), rounded to the format as the exact value would be (no double rounding).
[[nodiscard]] double roundToFormatFrom(Dtype dtype, double nearest, int restSign);

// Correctly rounded to the format (format_arithmetic.cpp).
Value exp(Value a);
Value expm1(Value a);
Value log(Value a);
Value log1p(Value a);
Value tanh(Value a);
Value erf(Value a);
Value erfc(Value a);

} // namespace actviz::core::lp
