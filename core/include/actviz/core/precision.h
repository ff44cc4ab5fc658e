// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The precision lens: every function evaluated in a narrow floating-point format (float32,
// float16, bfloat16), once as textbooks write it and once as a careful library does, with every
// elementary operation rounded to that format, against the exact value.

#include "actviz/core/catalogue.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace actviz::core {

/// A binary floating-point format narrower than double.
enum class Dtype { Float32, Float16, BFloat16 };

/// A format's parameters, as IEEE 754 gives them.
struct DtypeInfo {
    Dtype dtype;
    std::string_view name; ///< "float16", as --dtype takes it
    int precision;         ///< significand bits, the leading one included (float16: 11)
    int minExponent;       ///< exponent of the smallest normal number (float16: -14)
    int maxExponent;       ///< exponent of the largest finite number (float16: 15)
};

/// float32, float16 and bfloat16, in that order.
[[nodiscard]] std::span<const DtypeInfo> dtypes();
[[nodiscard]] const DtypeInfo& dtypeInfo(Dtype dtype);
/// The format called `name` ("float32", "float16", "bfloat16"), or nullopt.
[[nodiscard]] std::optional<Dtype> parseDtype(std::string_view name);

/// `x` rounded to the nearest value of the format, ties to even; beyond the largest finite
/// value (by half a unit or more) it is infinite, below the smallest normal it is subnormal or
/// zero (keeping its sign). NaN and infinities are returned unchanged. Exact: double holds every
/// value of these formats, and the rounding is done on the double's bits.
[[nodiscard]] double roundToFormat(Dtype dtype, double x);

/// The format's largest finite value (float16: 65504).
[[nodiscard]] double largestFinite(Dtype dtype);

/// The unit in the last place of the format at `exact`: the distance between consecutive format
/// values around |exact| (the subnormal spacing below the normals; the largest finite value's
/// spacing beyond it).
[[nodiscard]] double ulpOf(Dtype dtype, double exact);

/// |value - exact| in units in the last place of the format at `exact`: at most 0.5 for a
/// correctly rounded result. Where `value` is infinite or NaN: 0 if `exact` rounds to the same
/// infinity, else infinity.
[[nodiscard]] double ulpError(Dtype dtype, double value, double exact);

/// A function's two ways of being computed, as mathematics (UTF-8, the same in every language:
/// "σ(x)·σ(-x)"). Functions whose textbook formula is already what a library computes have
/// `distinct` false, and the same formula in both.
struct Formulations {
    bool distinct;               ///< the two differ for f or f'
    std::string_view textbookF;  ///< "1/(1+e^-x)"
    std::string_view textbookDf; ///< "e^-x/(1+e^-x)^2"
    std::string_view stableF;    ///< "x ≥ 0: 1/(1+e^-x); x < 0: e^x/(1+e^x)"
    std::string_view stableDf;
};

/// The formulations of the catalogue function `id`, or nullopt for an unknown id.
[[nodiscard]] std::optional<Formulations> formulations(std::string_view id);

/// What went wrong in a formulation's arithmetic at a point. When several things did, the one
/// that explains most is kept: an overflow, then an invalid operation, an underflow, a
/// cancellation, an absorption.
enum class Hazard {
    None,         ///< nothing: only ordinary rounding
    Overflow,     ///< an operation on finite values gave an infinity (e^x, x*x, ln 0)
    Underflow,    ///< an operation whose exact result is not 0 gave 0
    Cancellation, ///< a sum or difference lost three or more leading bits, or ln of a number
                  ///< within 1/8 of 1 (where log1p belongs)
    Invalid,      ///< an operation on numbers gave NaN (inf/inf, inf-inf, 0*inf)
    Absorption,   ///< a sum kept half of its smaller term's bits or fewer (1 + e^x for
                  ///< x < -3.5 in float16, -8.3 in float32)
};

/// An error in ulps for reading: "0.493", "2.1", "160", "1.68e+07", "inf".
[[nodiscard]] std::string formatUlps(double ulps);

/// `params` of `fn` as the format holds them (rounded), or why they cannot be: a value the
/// rounding takes out of the function's domain ("mu = 4.35e-9 is 0 in float16: ...").
[[nodiscard]] std::variant<std::vector<double>, std::string>
roundParameters(const FunctionSpec& fn, std::span<const double> params, Dtype dtype);

/// One point of the lens. x and every parameter are rounded to the format first (the values a
/// program in that format holds); `exact` is the exact f (or f') there, unrounded.
struct PrecisionSample {
    double x;
    double exact;
    double textbook;
    double stable;
    Hazard hazard;       ///< the most telling hazard of the textbook's arithmetic (ranked)
    std::string_view op; ///< the operation it happened in: "exp", "+", "-", "*", "/", ...
};

/// The lens for `fn` at every x of `xs` (already rounded to the format), for f, or for f' when
/// `derivative`; `params` are rounded here, and must stay valid so (see roundParameters).
[[nodiscard]] std::vector<PrecisionSample> precisionSamples(const FunctionSpec& fn,
                                                            std::span<const double> params,
                                                            Dtype dtype, bool derivative,
                                                            std::span<const double> xs);

/// A run of x where the textbook formulation is wrong by more than 8 ulps (16 without a hazard)
/// and 4 times the stable one's error, for one reason (the same hazard in the same operation).
/// A lone sample counts only if the textbook is off by 64 ulps or more (or not finite): near a
/// root of f or f' both forms lose digits, and one of them by luck more than the other.
struct HazardRegion {
    double from; ///< the first and last x of the run
    double to;
    Hazard hazard;
    std::string_view op;
    double textbookUlps;        ///< the textbook's largest error in the run (inf if not finite)
    double stableUlps;          ///< the stable form's largest error in the run
    std::size_t points;         ///< samples in the run
    std::size_t nanPoints;      ///< ... where the textbook gives NaN
    std::size_t infinitePoints; ///< ... an infinity
    std::size_t zeroPoints;     ///< ... 0 where the exact value is not
};

/// The regions of `samples` (in ascending x, from precisionSamples).
[[nodiscard]] std::vector<HazardRegion> hazardRegions(Dtype dtype,
                                                      std::span<const PrecisionSample> samples);

} // namespace actviz::core
