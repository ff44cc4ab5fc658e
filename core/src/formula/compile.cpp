// SPDX-License-Identifier: GPL-3.0-or-later
// Formulas into programs: f from the syntax tree as written, f' and df/dparam from GiNaC.

#include "compile.h"

#include "ginac_functions.h"
#include "print.h"

#include "actviz/core/catalogue.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

namespace actviz::core::formula {
namespace {

using GiNaC::ex;

constexpr const char* kNotReal =
    "the formula is not real-valued (it takes the logarithm or a root of a negative number)";

class Compiler {
public:
    Compiler(FormulaProgram& program, const GiNaC::realsymbol& x,
             const std::vector<std::string>& params)
        : m_program(program)
        , m_x(x)
        , m_params(params) {}

    /// The formula as written, from its tree (f: no algebra on the way).
    std::uint32_t operator()(const Node& n) {
        const auto arg = [&](std::size_t i) { return (*this)(n.args[i]); };
        switch (n.kind) {
        case Kind::Number:
            return constant(n.value);
        case Kind::X:
            return step(FormulaOp::X);
        case Kind::Parameter:
            return parameter(n.name);
        case Kind::Pi:
            return constant(3.141592653589793);
        case Kind::E:
            return constant(2.718281828459045);
        case Kind::Neg:
            return step(FormulaOp::Neg, arg(0));
        case Kind::Add:
            return step(FormulaOp::Add, arg(0), arg(1));
        case Kind::Sub:
            return step(FormulaOp::Sub, arg(0), arg(1));
        case Kind::Mul:
            return step(FormulaOp::Mul, arg(0), arg(1));
        case Kind::Div: // a pole where the denominator crosses 0
            return kink(step(FormulaOp::Div, arg(0), arg(1)));
        case Kind::Pow:
            return typedPower(n.args[0], n.args[1]);
        case Kind::Builtin:
            return builtin(n);
        case Kind::Catalogue: {
            FormulaStep s;
            s.op = FormulaOp::Call;
            s.function = n.function;
            s.a = arg(0);
            const std::uint32_t zero = constant(0.0);
            s.args = {n.args.size() > 1 ? arg(1) : zero, n.args.size() > 2 ? arg(2) : zero};
            return kink(m_program.add(s));
        }
        case Kind::If: {
            const bool less = n.compare == Compare::Less || n.compare == Compare::LessEqual;
            const bool strict = n.compare == Compare::Less || n.compare == Compare::Greater;
            const std::uint32_t u =
                less ? step(FormulaOp::Sub, arg(1), arg(0)) : step(FormulaOp::Sub, arg(0), arg(1));
            return kink(
                step(strict ? FormulaOp::IfGreater : FormulaOp::IfGreaterEqual, u, arg(2), arg(3)));
        }
        }
        throw std::logic_error("unknown node");
    }

    /// A derivative, from its GiNaC expression.
    std::uint32_t operator()(const ex& e) {
        if (GiNaC::is_exactly_a<GiNaC::numeric>(e)) return constant(number(e));
        if (GiNaC::is_a<GiNaC::symbol>(e)) {
            if (e.is_equal(m_x)) return step(FormulaOp::X);
            return parameter(GiNaC::ex_to<GiNaC::symbol>(e).get_name());
        }
        if (GiNaC::is_a<GiNaC::constant>(e)) return constant(number(e.evalf()));
        if (GiNaC::is_exactly_a<GiNaC::add>(e)) return sum(e);
        if (GiNaC::is_exactly_a<GiNaC::mul>(e)) return product(e);
        if (GiNaC::is_exactly_a<GiNaC::power>(e)) return power(e.op(0), e.op(1));
        if (GiNaC::is_exactly_a<GiNaC::function>(e)) return function(e);
        throw std::runtime_error("the formula has a term that cannot be evaluated");
    }

private:
    std::uint32_t parameter(const std::string& name) {
        FormulaStep s;
        s.op = FormulaOp::Parameter;
        s.index = static_cast<std::uint32_t>(std::find(m_params.begin(), m_params.end(), name) -
                                             m_params.begin());
        return m_program.add(s);
    }

    /// a ^ b as typed: a whole-number exponent as PowInt (exact for squares and cubes).
    std::uint32_t typedPower(const Node& base, const Node& exponent) {
        const std::uint32_t b = (*this)(base);
        const double n = exponent.kind == Kind::Number ? exponent.value : 0.5;
        if (exponent.kind == Kind::Number && n == std::trunc(n) && std::fabs(n) < 1024) {
            FormulaStep s;
            s.op = FormulaOp::PowInt;
            s.a = b;
            s.value = n;
            return m_program.add(s);
        }
        return step(FormulaOp::Pow, b, (*this)(exponent));
    }

    std::uint32_t builtin(const Node& n) {
        const auto one = [&](FormulaOp op) { return step(op, (*this)(n.args[0])); };
        if (n.name == "abs") return kink(one(FormulaOp::Abs));
        if (n.name == "exp") return one(FormulaOp::Exp);
        if (n.name == "log") return one(FormulaOp::Log);
        if (n.name == "log1p") return one(FormulaOp::Log1p);
        if (n.name == "expm1") return one(FormulaOp::Expm1);
        if (n.name == "sqrt") return one(FormulaOp::Sqrt);
        if (n.name == "erf") return one(FormulaOp::Erf);
        if (n.name == "tanh") return one(FormulaOp::Tanh);
        if (n.name == "pow") return typedPower(n.args[0], n.args[1]);
        const std::uint32_t a = (*this)(n.args[0]);
        const std::uint32_t b = (*this)(n.args[1]);
        // min(a, b) = a where b - a >= 0; max(a, b) = a where a - b >= 0 (as derived).
        if (n.name == "min")
            return kink(step(FormulaOp::IfGreaterEqual, step(FormulaOp::Sub, b, a), a, b));
        if (n.name == "max")
            return kink(step(FormulaOp::IfGreaterEqual, step(FormulaOp::Sub, a, b), a, b));
        throw std::logic_error("unknown builtin " + n.name);
    }

    static double number(const ex& e) {
        const auto& n = GiNaC::ex_to<GiNaC::numeric>(e);
        if (!n.is_real()) throw std::runtime_error(kNotReal);
        return n.to_double();
    }

    std::uint32_t constant(double v) {
        FormulaStep s;
        s.op = FormulaOp::Constant;
        s.value = v;
        return m_program.add(s);
    }
    std::uint32_t step(FormulaOp op, std::uint32_t a = 0, std::uint32_t b = 0,
                       std::uint32_t c = 0) {
        FormulaStep s;
        s.op = op;
        s.a = a;
        s.b = b;
        s.c = c;
        return m_program.add(s);
    }

    std::uint32_t sum(const ex& e) {
        std::optional<std::uint32_t> acc;
        std::vector<ex> plus;
        std::vector<ex> minus;
        for (const ex& t : e)
            (negative(t) ? minus : plus).push_back(negative(t) ? -t : t);
        // In a fixed order: the same formula gives the same bits in every session.
        for (auto* terms : {&plus, &minus}) {
            std::vector<std::pair<std::string, ex>> keyed;
            for (const ex& t : *terms)
                keyed.emplace_back(shownExpression(t), t);
            std::sort(keyed.begin(), keyed.end(),
                      [](const auto& a, const auto& b) { return a.first < b.first; });
            for (const auto& [key, t] : keyed) {
                const std::uint32_t v = (*this)(t);
                if (terms == &plus) {
                    acc = acc ? step(FormulaOp::Add, *acc, v) : v;
                } else {
                    acc = acc ? step(FormulaOp::Sub, *acc, v) : step(FormulaOp::Neg, v);
                }
            }
        }
        return *acc;
    }

    std::uint32_t product(const ex& e) {
        // A branch's 1 or 0 times the rest is a choice between the rest and 0: an overflow on
        // the side not taken must not become inf * 0 = nan.
        for (std::size_t i = 0; i < e.nops(); ++i) {
            const ex& f = e.op(i);
            if (!isIndicator(f)) continue;
            const std::uint32_t rest = (*this)(e / f);
            const std::uint32_t zero = constant(0.0);
            const bool first = f.op(1).is_equal(1);
            const bool gt = isFunction(f, actviz_ifgt_SERIAL::serial);
            return kink(step(gt ? FormulaOp::IfGreater : FormulaOp::IfGreaterEqual,
                             (*this)(f.op(0)), first ? rest : zero, first ? zero : rest));
        }
        std::optional<std::uint32_t> top;
        std::optional<std::uint32_t> bottom;
        const auto times = [&](std::optional<std::uint32_t>& acc, std::uint32_t v) {
            acc = acc ? step(FormulaOp::Mul, *acc, v) : v;
        };
        GiNaC::numeric coefficient(1);
        std::vector<std::pair<std::string, ex>> factors;
        for (const ex& f : e)
            factors.emplace_back(shownExpression(f), f);
        std::sort(factors.begin(), factors.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [key, f] : factors) {
            if (GiNaC::is_exactly_a<GiNaC::numeric>(f)) {
                coefficient *= GiNaC::ex_to<GiNaC::numeric>(f);
            } else if (GiNaC::is_exactly_a<GiNaC::power>(f) &&
                       GiNaC::is_exactly_a<GiNaC::numeric>(f.op(1)) &&
                       GiNaC::ex_to<GiNaC::numeric>(f.op(1)).is_negative()) {
                times(bottom, power(f.op(0), -f.op(1)));
            } else {
                times(top, (*this)(f));
            }
        }
        if (!coefficient.is_real()) throw std::runtime_error(kNotReal);
        const bool minus = coefficient.is_negative();
        coefficient = GiNaC::abs(coefficient);
        if (coefficient.is_rational() && !coefficient.is_integer() &&
            coefficient.numer().is_equal(GiNaC::numeric(1))) {
            times(bottom, constant(coefficient.denom().to_double()));
        } else if (!coefficient.is_equal(GiNaC::numeric(1))) {
            const std::uint32_t c = constant(coefficient.to_double());
            top = top ? step(FormulaOp::Mul, c, *top) : c;
        }
        std::uint32_t v = top ? *top : constant(1.0);
        if (bottom) v = step(FormulaOp::Div, v, *bottom);
        return minus ? step(FormulaOp::Neg, v) : v;
    }

    std::uint32_t power(const ex& base, const ex& exponent) {
        if (GiNaC::is_exactly_a<GiNaC::numeric>(exponent)) {
            const auto& n = GiNaC::ex_to<GiNaC::numeric>(exponent);
            if (n.is_negative()) return step(FormulaOp::Div, constant(1.0), power(base, -exponent));
            const std::uint32_t b = (*this)(base); // after: compiled once per level
            if (n.is_equal(GiNaC::numeric(1))) return b;
            if (n.is_integer() && n < 1024) {
                FormulaStep s;
                s.op = FormulaOp::PowInt;
                s.a = b;
                s.value = n.to_double();
                return m_program.add(s);
            }
            if (n.is_equal(GiNaC::numeric(1, 2))) return step(FormulaOp::Sqrt, b);
            if (n.is_rational() && n.denom().is_equal(GiNaC::numeric(2)) && n < 1024) {
                // u^(k/2) = u^((k-1)/2) * sqrt(u)
                const std::uint32_t whole = power(base, (n - GiNaC::numeric(1, 2)));
                return step(FormulaOp::Mul, whole, step(FormulaOp::Sqrt, b));
            }
            return step(FormulaOp::Pow, b, constant(number(exponent)));
        }
        return step(FormulaOp::Pow, (*this)(base), (*this)(exponent));
    }

    std::uint32_t function(const ex& e) {
        const auto one = [&](FormulaOp op) { return step(op, (*this)(e.op(0))); };
        if (isFunction(e, GiNaC::exp_SERIAL::serial)) return one(FormulaOp::Exp);
        if (isFunction(e, GiNaC::log_SERIAL::serial)) return one(FormulaOp::Log);
        if (isFunction(e, GiNaC::tanh_SERIAL::serial)) return one(FormulaOp::Tanh);
        if (isFunction(e, actviz_erf_SERIAL::serial)) return one(FormulaOp::Erf);
        if (isFunction(e, actviz_log1p_SERIAL::serial)) return one(FormulaOp::Log1p);
        if (isFunction(e, actviz_expm1_SERIAL::serial)) return one(FormulaOp::Expm1);
        if (isFunction(e, actviz_abs_SERIAL::serial)) return kink(one(FormulaOp::Abs));
        if (isFunction(e, actviz_sign_SERIAL::serial)) return kink(one(FormulaOp::Sign));
        const bool gt = isFunction(e, actviz_ifgt_SERIAL::serial);
        if (gt || isFunction(e, actviz_ifge_SERIAL::serial)) {
            return kink(step(gt ? FormulaOp::IfGreater : FormulaOp::IfGreaterEqual,
                             (*this)(e.op(0)), (*this)(e.op(1)), (*this)(e.op(2))));
        }
        FormulaStep s;
        std::size_t first = 1; // where u is
        if (isFunction(e, actviz_cat_SERIAL::serial)) {
            s.op = FormulaOp::Call;
        } else if (isFunction(e, actviz_catd_SERIAL::serial)) {
            s.op = FormulaOp::CallDerivative;
        } else if (isFunction(e, actviz_catg_SERIAL::serial)) {
            s.op = FormulaOp::CallGradient;
            s.index = static_cast<std::uint32_t>(GiNaC::ex_to<GiNaC::numeric>(e.op(1)).to_int());
            first = 2;
        } else {
            throw std::runtime_error("the formula has a function that cannot be evaluated");
        }
        s.function = &catalogueAt(e.op(0));
        s.a = (*this)(e.op(first));
        s.args = {(*this)(e.op(first + 1)), (*this)(e.op(first + 2))};
        return kink(m_program.add(s));
    }

    std::uint32_t kink(std::uint32_t slot) {
        m_program.addKinkSource(slot);
        return slot;
    }

    FormulaProgram& m_program;
    const GiNaC::realsymbol& m_x;
    const std::vector<std::string>& m_params;
};

} // namespace

std::uint32_t compileTree(FormulaProgram& program, const Node& root,
                          const std::vector<std::string>& params) {
    const GiNaC::realsymbol unused("x");
    return Compiler(program, unused, params)(root);
}

std::uint32_t compileExpression(FormulaProgram& program, const ex& e, const GiNaC::realsymbol& x,
                                const std::vector<std::string>& params) {
    return Compiler(program, x, params)(e);
}

} // namespace actviz::core::formula
