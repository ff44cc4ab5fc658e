// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Curves of typed formulas in scene files: {"formula": "x*sigmoid(beta*x)", "parameters":
// {"beta": {"default": 1, "min": -5, "max": 5, "scale": "linear"}}, "params": {"beta": 1.5}}.

#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>

namespace actviz::core {
struct FunctionSpec;
struct CustomFunction;
} // namespace actviz::core

namespace actviz::ui {

/// The function of a curve object that has a "formula" (compiled with its "parameters"
/// settings), or why there is none; `where` starts the message ("Curve 2").
[[nodiscard]] std::optional<QString>
readFormulaFunction(const QJsonObject& curve, const QString& where, const core::FunctionSpec*& out);

/// Writes "formula" and "parameters" for a custom function into a curve object.
void writeFormulaFunction(const core::CustomFunction& fn, QJsonObject& curve);

/// A formula's message as the interface shows it: "missing ) at column 18".
[[nodiscard]] QString formulaMessage(const std::string& message);

} // namespace actviz::ui
