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
};

[[nodiscard]] std::variant<Derived, FormulaError> derive(const Parsed& parsed);

} // namespace actviz::core::formula
