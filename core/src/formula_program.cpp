// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluation of compiled formulas, block by block.

#include "actviz/core/formula_program.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/sampling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace actviz::core {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// Points per block: every step's values for a block stay in the cache.
constexpr std::size_t kBlock = 256;
constexpr std::size_t kMaxKinks = 64;
/// A step not needed for the outputs asked for: it has no place in the block.
constexpr std::uint32_t kNoPlace = 0xFFFFFFFFu;

bool isCall(FormulaOp op) {
    return op == FormulaOp::Call || op == FormulaOp::CallDerivative ||
           op == FormulaOp::CallGradient;
}

/// How many operands (a, b, c) an operation reads.
int operandCount(FormulaOp op) {
    switch (op) {
    case FormulaOp::Constant:
    case FormulaOp::X:
    case FormulaOp::Parameter:
        return 0;
    case FormulaOp::Add:
    case FormulaOp::Sub:
    case FormulaOp::Mul:
    case FormulaOp::Div:
    case FormulaOp::Pow:
        return 2;
    case FormulaOp::IfGreater:
    case FormulaOp::IfGreaterEqual:
        return 3;
    default:
        return 1;
    }
}

double powInt(double a, double n) {
    if (n == 2.0) return a * a;
    if (n == 3.0) return a * a * a;
    if (n == -1.0) return 1.0 / a;
    if (n == -2.0) return 1.0 / (a * a);
    return std::pow(a, n);
}

double sign(double a) {
    if (a > 0.0) return 1.0;
    if (a < 0.0) return -1.0;
    return a; // 0 and NaN
}

double pick(double a, bool take, double b, double c) {
    if (std::isnan(a)) return a;
    return take ? b : c;
}

} // namespace

std::uint32_t FormulaProgram::add(const FormulaStep& step) {
    const auto found = std::find(m_steps.begin(), m_steps.end(), step);
    if (found != m_steps.end()) return static_cast<std::uint32_t>(found - m_steps.begin());
    bool varies = step.op == FormulaOp::X;
    const int count = operandCount(step.op);
    const std::uint32_t operands[3] = {step.a, step.b, step.c};
    for (int k = 0; k < count; ++k)
        varies = varies || m_varies.at(operands[k]) != 0;
    if (isCall(step.op)) {
        for (std::size_t k = 0; k < step.function->params.size(); ++k)
            varies = varies || m_varies.at(step.args.at(k)) != 0;
    }
    m_steps.push_back(step);
    m_varies.push_back(varies ? 1 : 0);
    return static_cast<std::uint32_t>(m_steps.size() - 1);
}

void FormulaProgram::addKinkSource(std::uint32_t slot) {
    if (std::find(m_kinkSources.begin(), m_kinkSources.end(), slot) == m_kinkSources.end())
        m_kinkSources.push_back(slot);
}

void FormulaProgram::setOutputs(std::uint32_t f, std::uint32_t df,
                                std::vector<std::uint32_t> grads) {
    m_f = f;
    m_df = df;
    m_grads = std::move(grads);
}

void FormulaProgram::evaluate(std::span<const double> x, const double* params, double* f,
                              double* df) const {
    const std::uint32_t slots[2] = {m_f, m_df};
    double* const out[2] = {f, df};
    run(x, params, slots, out);
}

void FormulaProgram::gradient(std::span<const double> x, const double* params, std::size_t param,
                              double* out) const {
    const std::uint32_t slot = m_grads.at(param);
    run(x, params, std::span(&slot, 1), std::span(&out, 1));
}

void FormulaProgram::runBlock(const double* x, std::size_t n, const double* params,
                              const std::vector<std::uint32_t>& place, std::size_t width,
                              std::vector<double>& slots, bool uniform) const {
    // Step i's values are at place[i] * width (only the steps needed have a place).
    const auto at = [&](std::uint32_t step) {
        const std::uint32_t k = place[step];
        return slots.data() + (k == kNoPlace ? 0 : std::size_t{k} * width);
    };
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        if (place[i] == kNoPlace || (m_varies[i] != 0) == uniform) continue;
        const FormulaStep& s = m_steps[i];
        double* r = at(static_cast<std::uint32_t>(i));
        const double* a = at(s.a);
        const double* b = at(s.b);
        const double* c = at(s.c);
        const auto each = [&](auto fn) {
            for (std::size_t j = 0; j < n; ++j)
                r[j] = fn(j);
        };
        switch (s.op) {
        case FormulaOp::Constant:
            std::fill_n(r, n, s.value);
            break;
        case FormulaOp::X:
            std::copy_n(x, n, r);
            break;
        case FormulaOp::Parameter:
            std::fill_n(r, n, params[s.index]);
            break;
        case FormulaOp::Add:
            each([&](std::size_t j) { return a[j] + b[j]; });
            break;
        case FormulaOp::Sub:
            each([&](std::size_t j) { return a[j] - b[j]; });
            break;
        case FormulaOp::Mul:
            each([&](std::size_t j) { return a[j] * b[j]; });
            break;
        case FormulaOp::Div:
            each([&](std::size_t j) { return a[j] / b[j]; });
            break;
        case FormulaOp::Neg:
            each([&](std::size_t j) { return -a[j]; });
            break;
        case FormulaOp::PowInt:
            each([&](std::size_t j) { return powInt(a[j], s.value); });
            break;
        case FormulaOp::Pow:
            each([&](std::size_t j) { return std::pow(a[j], b[j]); });
            break;
        case FormulaOp::Sqrt:
            each([&](std::size_t j) { return std::sqrt(a[j]); });
            break;
        case FormulaOp::Exp:
            each([&](std::size_t j) { return std::exp(a[j]); });
            break;
        case FormulaOp::Log:
            each([&](std::size_t j) { return std::log(a[j]); });
            break;
        case FormulaOp::Log1p:
            each([&](std::size_t j) { return std::log1p(a[j]); });
            break;
        case FormulaOp::Expm1:
            each([&](std::size_t j) { return std::expm1(a[j]); });
            break;
        case FormulaOp::Tanh:
            each([&](std::size_t j) { return std::tanh(a[j]); });
            break;
        case FormulaOp::Erf:
            each([&](std::size_t j) { return std::erf(a[j]); });
            break;
        case FormulaOp::Abs:
            each([&](std::size_t j) { return std::fabs(a[j]); });
            break;
        case FormulaOp::Sign:
            each([&](std::size_t j) { return sign(a[j]); });
            break;
        case FormulaOp::IfGreater:
            each([&](std::size_t j) { return pick(a[j], a[j] > 0.0, b[j], c[j]); });
            break;
        case FormulaOp::IfGreaterEqual:
            each([&](std::size_t j) { return pick(a[j], a[j] >= 0.0, b[j], c[j]); });
            break;
        case FormulaOp::Call:
        case FormulaOp::CallDerivative:
        case FormulaOp::CallGradient: {
            const FunctionSpec& fn = *s.function;
            const std::size_t np = fn.params.size();
            bool paramsVary = false;
            for (std::size_t k = 0; k < np; ++k)
                paramsVary = paramsVary || m_varies[s.args[k]] != 0;
            // Parameters that do not vary are read from the first point of the block.
            const std::size_t groups = paramsVary ? n : 1;
            const std::size_t span = paramsVary ? 1 : n;
            for (std::size_t g = 0; g < groups; ++g) {
                double p[2] = {0.0, 0.0};
                for (std::size_t k = 0; k < np; ++k)
                    p[k] = at(s.args[k])[g];
                const std::span<const double> in(a + g, span);
                if (fn.validate(std::span<const double>(p, np))) {
                    std::fill_n(r + g, span, kNaN);
                } else if (s.op == FormulaOp::Call) {
                    fn.evalKernel(in, p, r + g, nullptr);
                } else if (s.op == FormulaOp::CallDerivative) {
                    fn.evalKernel(in, p, nullptr, r + g);
                } else {
                    fn.gradKernel(in, p, s.index, r + g);
                }
            }
            break;
        }
        }
    }
}

void FormulaProgram::run(std::span<const double> x, const double* params,
                         std::span<const std::uint32_t> slots, std::span<double* const> out) const {
    std::vector<std::uint32_t> place(m_steps.size(), kNoPlace);
    for (std::size_t k = 0; k < slots.size(); ++k)
        if (out[k] != nullptr) place.at(slots[k]) = 0;
    for (std::size_t i = m_steps.size(); i-- > 0;) {
        if (place[i] == kNoPlace) continue;
        const FormulaStep& s = m_steps[i];
        const int count = operandCount(s.op);
        const std::uint32_t operands[3] = {s.a, s.b, s.c};
        for (int k = 0; k < count; ++k)
            place[operands[k]] = 0;
        if (isCall(s.op)) {
            for (std::size_t k = 0; k < s.function->params.size(); ++k)
                place[s.args[k]] = 0;
        }
    }
    if (x.empty() || m_steps.empty()) return;
    std::uint32_t used = 0;
    for (std::uint32_t& p : place)
        if (p != kNoPlace) p = used++;
    const std::size_t width = std::min(x.size(), kBlock);
    std::vector<double> values(std::size_t{used} * width);
    // Steps that do not depend on x: once, then copied across the block.
    runBlock(x.data(), 1, params, place, width, values, true);
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        if (place[i] != kNoPlace && m_varies[i] == 0) {
            double* v = values.data() + std::size_t{place[i]} * width;
            std::fill_n(v + 1, width - 1, v[0]);
        }
    }
    for (std::size_t start = 0; start < x.size(); start += width) {
        const std::size_t n = std::min(width, x.size() - start);
        runBlock(x.data() + start, n, params, place, width, values, false);
        for (std::size_t k = 0; k < slots.size(); ++k) {
            if (out[k] != nullptr)
                std::copy_n(values.data() + std::size_t{place[slots[k]]} * width, n,
                            out[k] + start);
        }
    }
}

std::vector<double> FormulaProgram::kinks(const double* params, double limit) const {
    // What each source crosses: its argument against 0, or against the called function's kinks.
    struct Probe {
        std::uint32_t slot;
        double level;
    };
    std::vector<Probe> probes;
    for (const std::uint32_t source : m_kinkSources) {
        const FormulaStep& s = m_steps[source];
        // A quotient's pole is where its denominator crosses 0.
        const std::uint32_t operand = s.op == FormulaOp::Div ? s.b : s.a;
        if (m_varies[operand] == 0) continue;
        if (!isCall(s.op)) {
            probes.push_back({operand, 0.0});
            continue;
        }
        const std::size_t np = s.function->params.size();
        bool paramsVary = false;
        for (std::size_t k = 0; k < np; ++k)
            paramsVary = paramsVary || m_varies[s.args[k]] != 0;
        if (paramsVary) continue;
        std::vector<double> p(np);
        for (std::size_t k = 0; k < np; ++k) {
            const double zero = 0.0;
            double* target = &p[k];
            const std::uint32_t slot = s.args[k];
            run(std::span(&zero, 1), params, std::span(&slot, 1), std::span(&target, 1));
        }
        for (const double k : s.function->kinks(p))
            probes.push_back({s.a, k});
    }
    if (probes.empty()) return {};

    // Every 0.01 on [-20, 20], every 0.25 out to 1000, then 100 points a decade to `limit`:
    // two kinks closer than that spacing may be seen as one or none.
    std::vector<double> grid;
    sampleGrid(-20.0, 20.0, 4001, {}, grid);
    for (double t = 20.25; t <= std::min(limit, 1000.0); t += 0.25) {
        grid.push_back(t);
        grid.push_back(-t);
    }
    for (int i = 1; 1000.0 * std::pow(10.0, i / 100.0) <= limit; ++i) {
        grid.push_back(1000.0 * std::pow(10.0, i / 100.0));
        grid.push_back(-grid.back());
    }
    std::sort(grid.begin(), grid.end());
    const auto at = [&](std::uint32_t slot, double x) {
        double v = kNaN;
        double* target = &v;
        run(std::span(&x, 1), params, std::span(&slot, 1), std::span(&target, 1));
        return v;
    };
    // -1, 0 or 1, and 2 for NaN (no kink is looked for next to one).
    const auto sideOf = [](double v) { return std::isnan(v) ? 2 : (v > 0.0) - (v < 0.0); };

    std::vector<double> found;
    std::vector<double> h(grid.size());
    for (const Probe& probe : probes) {
        double* target = h.data();
        run(grid, params, std::span(&probe.slot, 1), std::span(&target, 1));
        for (std::size_t i = 1; i < grid.size() && found.size() < kMaxKinks; ++i) {
            const int left = sideOf(h[i - 1] - probe.level);
            const int right = sideOf(h[i] - probe.level);
            if (left == right || left == 2 || right == 2) continue;
            // A sign change is bisected to the crossing; a change between zero and not zero
            // (|x| at 0, the end of a stretch where the source is 0) to the last zero.
            const bool crossing = left != 0 && right != 0;
            double a = grid[i - 1];
            double b = grid[i];
            for (int it = 0; it < 200; ++it) {
                const double m = a + (b - a) / 2.0;
                if (m <= a || m >= b) break;
                const int side = sideOf(at(probe.slot, m) - probe.level);
                if (side == 2) break;
                if (crossing && side == 0) {
                    a = b = m;
                    break;
                }
                const bool likeLeft = crossing ? side == left : (side == 0) == (left == 0);
                (likeLeft ? a : b) = m;
            }
            if (crossing) {
                const double va = std::fabs(at(probe.slot, a) - probe.level);
                const double vb = std::fabs(at(probe.slot, b) - probe.level);
                found.push_back(va <= vb ? a : b);
            } else {
                found.push_back(left == 0 ? a : b);
            }
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    if (found.size() > kMaxKinks) found.resize(kMaxKinks);
    return found;
}

} // namespace actviz::core
