// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Library parity: how PyTorch, JAX and Keras define each catalogue function (name, parameters
// and defaults, the derivative their autograd returns at a kink or with a float constant,
// functions they lack), and the
// functions as they define them, evaluated exactly: a flavour changes the definition, never the
// accuracy.

#include "actviz/core/catalogue.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace actviz::core {

/// Whose definition: the catalogue's own (which follows PyTorch at kinks), or a library's.
enum class Flavor { Exact, PyTorch, Jax, Keras };

struct FlavorInfo {
    Flavor flavor;
    std::string_view id;   ///< "pytorch", as --flavor takes it
    std::string_view name; ///< "PyTorch"
};

/// exact, pytorch, jax, keras, in that order.
[[nodiscard]] std::span<const FlavorInfo> flavors();
[[nodiscard]] const FlavorInfo& flavorInfo(Flavor flavor);
[[nodiscard]] std::optional<Flavor> parseFlavor(std::string_view id);

/// A parameter of the computed function as a library has it.
struct LibraryParam {
    std::string_view id; ///< the catalogue parameter it sets
    double value;        ///< the library's default (settable) or its fixed value
    bool settable;       ///< the library takes it as an argument
};

/// How one library defines one catalogue function.
struct LibraryDefinition {
    bool available;          ///< false: the library has no such function
    std::string_view call;   ///< "torch.nn.functional.leaky_relu(x, negative_slope=0.01)"
    std::string_view note;   ///< how it differs from the catalogue row; "" if it does not
    std::string_view target; ///< the catalogue function it computes ("gelu_tanh")
    std::span<const LibraryParam> params; ///< every parameter of `target` (libraries)
    /// f' where the library's autograd departs from the catalogue (at a kink, or where its
    /// kernel computes with a float constant), else nullopt.
    std::optional<double> (*dfOverride)(double x, const double* params) = nullptr;
};

/// How `flavor` defines the catalogue function `id`; nullopt for an unknown id. For Exact: the
/// catalogue row itself (`params` empty: every parameter of the row, settable, its default).
[[nodiscard]] std::optional<LibraryDefinition> libraryDefinition(std::string_view id,
                                                                 Flavor flavor);

/// A function as one definition has it, with its parameters fixed: ready to evaluate.
class FlavoredFunction {
public:
    FlavoredFunction(const FunctionSpec& target, std::vector<double> params,
                     std::optional<double> (*dfOverride)(double, const double*));

    [[nodiscard]] const FunctionSpec& target() const { return *m_target; }
    [[nodiscard]] std::span<const double> params() const { return m_params; }
    [[nodiscard]] double f(double x) const;
    [[nodiscard]] double df(double x) const;
    /// f and f' at every x (either output may be empty: not wanted).
    void evaluate(std::span<const double> x, std::span<double> f, std::span<double> df) const;
    /// The kinks of the computed function, ascending.
    [[nodiscard]] std::vector<double> kinks() const;

private:
    const FunctionSpec* m_target;
    std::vector<double> m_params;
    std::optional<double> (*m_dfOverride)(double, const double*);
};

/// `fn` as `flavor` defines it, with the values the user gave (`given`, by fn's parameter index;
/// nullopt: the definition's default). Why not: the library lacks the function, or does not take
/// a parameter that was given, or the values are invalid.
[[nodiscard]] std::variant<FlavoredFunction, std::string>
flavored(const FunctionSpec& fn, Flavor flavor, std::span<const std::optional<double>> given);

/// Whether `flavor`'s definition of `fn` takes each of fn's parameters as an argument (by fn's
/// parameter index; false where the library fixes it or has no such function).
[[nodiscard]] std::vector<bool> takenParameters(const FunctionSpec& fn, Flavor flavor);

/// fn's parameters as `flavor`'s definition sets them when called with its defaults (by fn's
/// parameter index): the library's default or fixed value, the catalogue's where the library
/// computes another function (JAX's GELU) or lacks the function.
[[nodiscard]] std::vector<double> definitionDefaults(const FunctionSpec& fn, Flavor flavor);

/// `fn` as `flavor` defines it with all of fn's parameter values `params` (a parameter the
/// library fixes must have its fixed value). Why not: the library lacks the function, fixes a
/// parameter at another value, or the values are invalid.
[[nodiscard]] std::variant<FlavoredFunction, std::string>
flavoredWith(const FunctionSpec& fn, Flavor flavor, std::span<const double> params);

/// The values `params` of fn's parameters carried from definition `from` to `to`: a parameter
/// `to` fixes, or one left at `from`'s default, takes `to`'s default; any other keeps its value.
[[nodiscard]] std::vector<double> carryParameters(const FunctionSpec& fn, Flavor from, Flavor to,
                                                  std::span<const double> params);

/// The largest |a - b| of f and of f' over `count` evenly spaced x of [lo, hi] and the kinks of
/// both there, and where (the first x where it is reached). NaN differences count as infinite.
struct LargestDifference {
    double f;
    double atF;
    double df;
    double atDf;
};
[[nodiscard]] LargestDifference largestDifference(const FlavoredFunction& a,
                                                  const FlavoredFunction& b, double lo, double hi,
                                                  std::size_t count = 2001);

} // namespace actviz::core
