// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Activation functions typed as formulas: "x * sigmoid(beta*x)", "(x + sqrt(x^2 + b))/2". A
// formula is parsed, its f' and df/dparam are derived symbolically (GiNaC) and simplified, and
// the three are compiled into one FormulaProgram. The result is a FunctionSpec like the
// catalogue's, so every view, export and command takes it.
//
// The language: numbers, x, the constants pi and e, + - * / ^ (or **), parentheses, the
// functions abs exp log log1p expm1 sqrt erf tanh pow(a, b) min(a, b) max(a, b) and
// if(condition, a, b) with a condition a < b, a <= b, a > b or a >= b, and every catalogue
// function by its id, with its parameters after x by position or by name: gelu(x),
// smu(x, alpha=0.5). Every other name is a parameter of the formula.

#include "actviz/core/parameter.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actviz::core {

struct FunctionSpec;

/// Why a formula was refused, and where: column counts characters from 1 (0: not one place).
struct FormulaError {
    std::string message; ///< "missing ) at column 18"
    int column = 0;
};

/// How one parameter of a formula is set up: its default and its slider.
struct FormulaParameter {
    std::string name;
    double defaultValue = 1.0;
    double sliderMin = -5.0;
    double sliderMax = 5.0;
    Scale scale = Scale::Linear;
    friend bool operator==(const FormulaParameter&, const FormulaParameter&) = default;
};

/// The id of every typed formula's FunctionSpec (catalogue ids are never it).
inline constexpr std::string_view kFormulaId = "formula";

/// Limits on what a formula may be.
inline constexpr std::size_t kMaxFormulaLength = 1000; ///< characters
inline constexpr std::size_t kMaxFormulaParameters = 8;

/// A function typed as a formula, compiled. Lives as long as the program.
struct CustomFunction {
    std::string text; ///< as typed; blanks at the ends removed, runs of blanks as one space
    std::vector<FormulaParameter> parameters; ///< in order of first appearance
    std::string shownF;                       ///< f as readable mathematics (Unicode)
    std::string shownDf;                      ///< f'
    std::vector<std::string> shownGrad;       ///< df/dparam, one per parameter
    /// f and f' as NumPy expressions in x and the parameters (named as typed, with a trailing
    /// _ where the name is Python's own: lambda_), calling np.*, scipy.special's erf, and
    /// _f_ID(u, p...) and _df_ID(u, p...) for the catalogue function ID (see `calls`). Empty
    /// when f' needs a catalogue df/dparam (swish(x, beta=b*x)), which NumPy code lacks.
    std::string numpyF;
    std::string numpyDf;
    std::vector<const FunctionSpec*> calls; ///< catalogue functions the formula calls
    /// The catalogue function the formula is (same values at its defaults), or nullptr.
    const FunctionSpec* sameAs = nullptr;
    const FunctionSpec* spec = nullptr; ///< the function, for every view and command
};

/// The parameters a formula names, in order of first appearance, or why it does not parse.
/// Cheap (no symbolic work): for checking as the user types.
struct FormulaCheck {
    std::vector<std::string> parameters;
    std::optional<FormulaError> error;
};
[[nodiscard]] FormulaCheck checkFormula(std::string_view text);

/// The compiled function of a formula, or why there is none. `settings` give parameters' set-up
/// by name (others get the defaults: 1, slider -5 to 5, linear); settings that are invalid (a
/// log scale over values that are not positive, a default outside the domain) are an error.
/// Equal text and settings give the same function.
struct FormulaResult {
    const CustomFunction* function = nullptr;
    std::optional<FormulaError> error;
};
[[nodiscard]] FormulaResult compileFormula(std::string_view text,
                                           std::span<const FormulaParameter> settings = {});

/// What compileFormula would give, without keeping the function: for a dialog that shows the
/// derivatives as the user types.
struct FormulaPreview {
    std::optional<FormulaError> error;
    std::string shownDf;
    std::vector<std::string> shownGrad;
    const FunctionSpec* sameAs = nullptr;
};
[[nodiscard]] FormulaPreview previewFormula(std::string_view text,
                                            std::span<const FormulaParameter> settings = {});

/// How a Python library spells what a formula uses, for formulaAsPython.
struct PythonDialect {
    std::string_view prefix; ///< "torch." or "jnp.": exp, log, log1p, expm1, sqrt, tanh, abs
    std::string_view erf;    ///< "torch.special.erf"
    std::string_view where;  ///< "torch.where"
    /// The argument of every elementwise function wrapped so: "torch.as_tensor({}, dtype=x.dtype)"
    /// (torch.exp takes no float); empty for none.
    std::string_view tensor;
    /// A catalogue function at `argument` with its parameters' values (Python expressions).
    std::string (*call)(const FunctionSpec& fn, const std::string& argument,
                        const std::vector<std::string>& params);
};

/// f as written, as a Python expression in x and the parameters (named as formulaPythonName
/// names them), every operation in parentheses: for the PyTorch and JAX programs.
[[nodiscard]] std::string formulaAsPython(const CustomFunction& fn, const PythonDialect& dialect);

/// A parameter's name as formulas show it: Greek names as their letter ("beta" -> "β").
[[nodiscard]] std::string formulaSymbol(std::string_view name);

/// A parameter's name in the NumPy expressions: as typed, or with a trailing _ where Python (or
/// the code around the expressions: x, np, erf) uses it.
[[nodiscard]] std::string formulaPythonName(std::string_view name);

/// The custom function a FunctionSpec is, or nullptr for the catalogue's.
[[nodiscard]] const CustomFunction* customFunction(const FunctionSpec& spec);

} // namespace actviz::core
