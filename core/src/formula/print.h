// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// GiNaC expressions as text: readable mathematics and NumPy.

#include <ginac/ginac.h>

#include <string>
#include <vector>

namespace actviz::core {
struct FunctionSpec;
}

namespace actviz::core::formula {

/// e as readable mathematics: β·x·σ′(β·x) + σ(β·x). Terms and factors in a fixed order
/// (GiNaC's own depends on the session), so the same expression always reads the same.
[[nodiscard]] std::string shownExpression(const GiNaC::ex& e);

/// e as a NumPy expression, every operation in parentheses; the catalogue functions it calls
/// are added to `calls`. Throws std::runtime_error for what NumPy code cannot express (a
/// catalogue df/dparam).
[[nodiscard]] std::string numpyExpression(const GiNaC::ex& e,
                                          std::vector<const FunctionSpec*>& calls);

/// A parameter's name in Python: a trailing _ where the name is Python's or the program's own.
[[nodiscard]] std::string pythonName(const std::string& name);

} // namespace actviz::core::formula
