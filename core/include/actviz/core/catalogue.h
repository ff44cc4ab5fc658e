// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The catalogue: one row per activation function. Everything else (command line, window, exports,
// tests) iterates it, so adding a function means adding a row.

#include "actviz/core/parameter.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actviz::core {

class FormulaProgram;

/// Batch kernel: f and f' at every x. Either output may be null (not wanted).
using EvalKernel = void (*)(std::span<const double> x, const double* params, double* f, double* df);
/// Batch kernel: df/dparam for the learnable parameter with index `param`.
using GradKernel = void (*)(std::span<const double> x, const double* params, std::size_t param,
                            double* out);
/// Points where f or f' is not smooth (or f jumps), for the given parameters, ascending.
using KinkFn = std::vector<double> (*)(const double* params);
/// Validation beyond the per-parameter domains (for example hardtanh's min < max).
using CrossCheckFn = std::optional<std::string> (*)(const double* params);

/// A curve a function tends to as a parameter moves (or equals at special values), shown faintly
/// as a "ghost" while that parameter changes: Swish -> ReLU as beta -> infinity, and the like.
struct Ghost {
    std::string_view label; ///< "ReLU (beta -> inf)"
    std::string_view param; ///< the parameter whose motion shows it ("" for any)
    double (*g)(double x, const double* params); ///< the ghost at x, for the current parameters
};

/// One activation function: metadata, parameters and kernels.
///
/// Conventions, for every row: the value at a kink is what PyTorch's autograd returns; NaN in
/// gives NaN out; x = +-inf gives the mathematical limit; an invalid parameter set makes every
/// output NaN. Evaluation never throws.
struct FunctionSpec {
    std::string_view id;        ///< lower snake id: "leaky_relu"
    std::string_view name;      ///< display name: "Leaky ReLU"
    std::string_view family;    ///< picker group: "Sigmoid-like", "ReLU family", ...
    std::string_view texF;      ///< TeX of f(x)
    std::string_view texDf;     ///< TeX of f'(x)
    std::string_view reference; ///< one-line paper or definition reference
    bool fromSourceText;        ///< one of the ten functions of the source article
    std::span<const ParamSpec> params;

    EvalKernel evalKernel;
    GradKernel gradKernel;
    KinkFn kinkFn;
    CrossCheckFn crossCheck;            ///< may be null
    std::span<const Ghost> ghosts = {}; ///< limits and special cases, for teaching
    /// The rule crossCheck enforces, in words, for messages ("the lower limit must stay below
    /// the upper limit"); empty without a cross check.
    std::string_view constraint = {};
    /// A function typed as a formula (formula.h) is evaluated by its compiled program instead of
    /// the kernels, which are then null.
    const FormulaProgram* program = nullptr;

    // queries:
    /// The default parameter values, in parameter order.
    [[nodiscard]] std::vector<double> defaults() const;
    /// Index of the parameter `paramId`, or nullopt.
    [[nodiscard]] std::optional<std::size_t> paramIndex(std::string_view paramId) const;
    /// Indices of the learnable parameters, in parameter order.
    [[nodiscard]] std::vector<std::size_t> learnableParams() const;
    /// Why `values` is not a valid parameter set (one sentence naming the parameter), or nullopt.
    [[nodiscard]] std::optional<std::string> validate(std::span<const double> values) const;

    // scalar evaluation (`values`: the parameters in order; invalid parameters give NaN):
    [[nodiscard]] double f(double x, std::span<const double> values) const;
    [[nodiscard]] double df(double x, std::span<const double> values) const;
    /// df/dparam for parameter `param`; NaN when that parameter is not learnable.
    [[nodiscard]] double grad(double x, std::span<const double> values, std::size_t param) const;

    // batch evaluation: `fOut` and `dfOut` must be as long as `x`, or empty (not wanted). Batches
    // of 65536 points or more are split across the hardware threads; results are the same.
    void evaluate(std::span<const double> x, std::span<const double> values, std::span<double> fOut,
                  std::span<double> dfOut) const;
    void gradient(std::span<const double> x, std::span<const double> values, std::size_t param,
                  std::span<double> out) const;

    /// Kinks (points where f or f' is not smooth) for these parameters, ascending.
    [[nodiscard]] std::vector<double> kinks(std::span<const double> values) const;
};

/// max |f(x) - ghost(x)| over `count` evenly spaced x of [a, b] and the kinks there: how far the
/// curve still is from its limit. NaN for invalid parameters.
[[nodiscard]] double ghostDistance(const FunctionSpec& fn, std::span<const double> params,
                                   const Ghost& ghost, double a, double b,
                                   std::size_t count = 2001);

/// Every function, in presentation order (the source text's ten first).
[[nodiscard]] std::span<const FunctionSpec> catalogue();

/// The row with this id, or nullptr.
[[nodiscard]] const FunctionSpec* findFunction(std::string_view id);

} // namespace actviz::core
