// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Formulas into steps of a FormulaProgram (equal steps shared).

#include "actviz/core/formula_program.h"
#include "ast.h"

#include <ginac/ginac.h>

#include <cstdint>
#include <string>
#include <vector>

namespace actviz::core::formula {

/// f as written: the tree's operations in its order, in double. Returns f's step.
std::uint32_t compileTree(FormulaProgram& program, const Node& root,
                          const std::vector<std::string>& params);

/// A derivative from GiNaC: terms and factors in a fixed order, a branch's 0 or 1 times the
/// rest as a choice. `x` is the symbol of x; other symbols are `params`.
std::uint32_t compileExpression(FormulaProgram& program, const GiNaC::ex& e,
                                const GiNaC::realsymbol& x, const std::vector<std::string>& params);

} // namespace actviz::core::formula
