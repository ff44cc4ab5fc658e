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
                              const std::vector<char>& needed, std::vector<double>& slots,
                              bool uniform) const {
    const std::size_t width = slots.size() / std::max<std::size_t>(m_steps.size(), 1);
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        if (needed[i] == 0 || (m_varies[i] != 0) == uniform) continue;
        const FormulaStep& s = m_steps[i];
        double* r = slots.data() + i * width;
        const double* a = slots.data() + std::size_t{s.a} * width;
        const double* b = slots.data() + std::size_t{s.b} * width;
        const double* c = slots.data() + std::size_t{s.c} * width;
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
                    p[k] = slots[std::size_t{s.args[k]} * width + g];
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
    std::vector<char> needed(m_steps.size(), 0);
    for (std::size_t k = 0; k < slots.size(); ++k)
        if (out[k] != nullptr) needed.at(slots[k]) = 1;
    for (std::size_t i = m_steps.size(); i-- > 0;) {
        if (needed[i] == 0) continue;
        const FormulaStep& s = m_steps[i];
        const int count = operandCount(s.op);
        const std::uint32_t operands[3] = {s.a, s.b, s.c};
        for (int k = 0; k < count; ++k)
            needed[operands[k]] = 1;
        if (isCall(s.op)) {
            for (std::size_t k = 0; k < s.function->params.size(); ++k)
                needed[s.args[k]] = 1;
        }
    }
    if (x.empty() || m_steps.empty()) return;
    const std::size_t width = std::min(x.size(), kBlock);
    std::vector<double> values(m_steps.size() * width);
    // Steps that do not depend on x: once, then copied across the block.
    runBlock(x.data(), 1, params, needed, values, true);
    for (std::size_t i = 0; i < m_steps.size(); ++i) {
        if (needed[i] != 0 && m_varies[i] == 0)
            std::fill_n(values.data() + i * width + 1, width - 1, values[i * width]);
    }
    for (std::size_t start = 0; start < x.size(); start += width) {
        const std::size_t n = std::min(width, x.size() - start);
        runBlock(x.data() + start, n, params, needed, values, false);
        for (std::size_t k = 0; k < slots.size(); ++k) {
            if (out[k] != nullptr)
                std::copy_n(values.data() + std::size_t{slots[k]} * width, n, out[k] + start);
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
        if (m_varies[s.a] == 0) continue;
        if (!isCall(s.op)) {
            probes.push_back({s.a, 0.0});
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

    std::vector<double> grid;
    sampleGrid(-20.0, 20.0, 4001, {}, grid);
    for (int i = 1; i <= 400; ++i) {
        const double t = 20.0 + (limit - 20.0) * i / 400.0;
        grid.push_back(t);
        grid.push_back(-t);
    }
    std::sort(grid.begin(), grid.end());
    const auto at = [&](std::uint32_t slot, double x) {
        double v = kNaN;
        double* target = &v;
        run(std::span(&x, 1), params, std::span(&slot, 1), std::span(&target, 1));
        return v;
    };

    std::vector<double> found;
    std::vector<double> h(grid.size());
    for (const Probe& probe : probes) {
        double* target = h.data();
        run(grid, params, std::span(&probe.slot, 1), std::span(&target, 1));
        for (std::size_t i = 0; i < grid.size() && found.size() < kMaxKinks; ++i) {
            const double hi = h[i] - probe.level;
            if (hi == 0.0) {
                // A zero between non-zero neighbours; a source that is 0 everywhere (a*x - x
                // with a = 1) has no kink.
                const bool before = i > 0 && h[i - 1] - probe.level != 0.0;
                const bool after = i + 1 < grid.size() && h[i + 1] - probe.level != 0.0;
                if (before || after) found.push_back(grid[i]);
                continue;
            }
            if (i == 0) continue;
            const double lo = h[i - 1] - probe.level;
            if (!(lo * hi < 0.0)) continue;
            double a = grid[i - 1];
            double b = grid[i];
            const bool rising = lo < 0.0;
            for (int it = 0; it < 200; ++it) {
                const double m = a + (b - a) / 2.0;
                if (m <= a || m >= b) break;
                const double v = at(probe.slot, m) - probe.level;
                if (v == 0.0) {
                    a = b = m;
                    break;
                }
                if ((v < 0.0) == rising) {
                    a = m;
                } else {
                    b = m;
                }
            }
            const double va = std::fabs(at(probe.slot, a) - probe.level);
            const double vb = std::fabs(at(probe.slot, b) - probe.level);
            found.push_back(va <= vb ? a : b);
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    if (found.size() > kMaxKinks) found.resize(kMaxKinks);
    return found;
}

} // namespace actviz::core
