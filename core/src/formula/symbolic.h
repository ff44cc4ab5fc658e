// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The symbolic half of a formula: f' and df/dparam derived with GiNaC, simplified, shown and
// compiled into one program.

#include "actviz/core/formula_program.h"
#include "ast.h"

#include <string>
#include <variant>
#include <vector>

namespace actviz::core::formula {

struct Derived {
    FormulaProgram program; ///< outputs f, f' and df/dparam (parameters in Parsed's order)
    std::string shownDf;
    std::vector<std::string> shownGrad;
    std::string numpyF; ///< f and f' as NumPy expressions (see CustomFunction)
    std::string numpyDf;
    std::vector<const FunctionSpec*> calls; ///< the catalogue functions used, once each
};

[[nodiscard]] std::variant<Derived, FormulaError> derive(const Parsed& parsed);

/// A parameter's name in the NumPy expressions (see formulaPythonName).
[[nodiscard]] std::string pythonParameterName(std::string_view name);

} // namespace actviz::core::formula
