// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A compiled formula: a flat list of steps, each computing one value from x, the parameters and
// earlier steps, evaluated over blocks of points (one step at a time over the whole block, so the
// cost of dispatching a step is shared by every point). A formula's f, f' and df/dparam are
// outputs of one program, so what they share is computed once. formula.h builds programs.

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace actviz::core {

struct FunctionSpec;

enum class FormulaOp : std::uint8_t {
    Constant,  ///< value
    X,         ///< the input
    Parameter, ///< parameter `index`
    Add,       ///< a + b
    Sub,       ///< a - b
    Mul,       ///< a * b
    Div,       ///< a / b
    Neg,       ///< -a
    PowInt,    ///< a ^ value, value a whole number
    Pow,       ///< a ^ b
    Sqrt,
    Exp,
    Log,
    Log1p,
    Expm1,
    Tanh,
    Erf,
    Abs,
    Sign,           ///< -1, 0 or 1 (NaN for NaN)
    IfGreater,      ///< a > 0 ? b : c
    IfGreaterEqual, ///< a >= 0 ? b : c
    Call,           ///< function(a; parameters from `args`): f
    CallDerivative, ///< f' of the same
    CallGradient,   ///< df/dparam of the same, for parameter `index` of the function
};

/// One step; operands are indices of earlier steps.
struct FormulaStep {
    FormulaOp op = FormulaOp::Constant;
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    std::uint32_t c = 0;
    double value = 0.0;
    std::uint32_t index = 0;                ///< Parameter's or CallGradient's parameter
    const FunctionSpec* function = nullptr; ///< Call*: a catalogue function
    std::array<std::uint32_t, 2> args{};    ///< Call*: steps giving its parameters
    friend bool operator==(const FormulaStep&, const FormulaStep&) = default;
};

class FormulaProgram {
public:
    /// Appends a step (or finds an equal one already there) and returns its index. Operands must
    /// be earlier steps.
    std::uint32_t add(const FormulaStep& step);
    /// Marks step `slot` as one whose operand's zeros are kinks of the formula (a branch, |.|,
    /// a quotient's denominator: a pole), or, for a Call, the points where its argument meets a
    /// kink of the called function.
    void addKinkSource(std::uint32_t slot);

    /// Sets the steps giving f, f' and df/dparam for each parameter, in parameter order.
    void setOutputs(std::uint32_t f, std::uint32_t df, std::vector<std::uint32_t> grads);

    [[nodiscard]] std::size_t size() const { return m_steps.size(); }
    [[nodiscard]] const FormulaStep& step(std::uint32_t i) const { return m_steps[i]; }
    /// Whether step i depends on x (otherwise it is computed once per batch).
    [[nodiscard]] bool varies(std::uint32_t i) const { return m_varies[i] != 0; }

    /// Evaluates the steps `slots` at every x: out[k] (as long as x, or null: not wanted)
    /// receives step slots[k].
    void run(std::span<const double> x, const double* params, std::span<const std::uint32_t> slots,
             std::span<double* const> out) const;
    /// f and f' at every x (either output may be null: not wanted).
    void evaluate(std::span<const double> x, const double* params, double* f, double* df) const;
    /// df/dparam for parameter `param` at every x.
    void gradient(std::span<const double> x, const double* params, std::size_t param,
                  double* out) const;
    /// The points in [-limit, limit] where a kink source crosses or leaves zero (or its argument
    /// meets a called function's kink), found on a grid (every 0.01 on [-20, 20], every 0.25 to
    /// 1000, 100 a decade beyond) and located by bisection to full precision, ascending; at most
    /// 64. Two kinks closer than the grid's spacing may be missed.
    [[nodiscard]] std::vector<double> kinks(const double* params, double limit = 1e6) const;

private:
    void runBlock(const double* x, std::size_t n, const double* params,
                  const std::vector<std::uint32_t>& place, std::size_t width,
                  std::vector<double>& slots, bool uniform) const;

    std::vector<FormulaStep> m_steps;
    std::vector<char> m_varies;
    std::vector<std::uint32_t> m_kinkSources;
    std::uint32_t m_f = 0;
    std::uint32_t m_df = 0;
    std::vector<std::uint32_t> m_grads;
};

} // namespace actviz::core
