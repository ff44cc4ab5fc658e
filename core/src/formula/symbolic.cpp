// SPDX-License-Identifier: GPL-3.0-or-later
// f' and df/dparam of a formula with GiNaC. The functions GiNaC lacks (erf, log1p, expm1, |.|,
// branches, and the catalogue's functions with their exact kernels) are declared to it with
// their derivatives; a catalogue function's f' and df/dparam are functions of their own, so the
// derivatives call the exact kernels too.

#include "symbolic.h"

#include "actviz/core/catalogue.h"

#include <ginac/ginac.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace actviz::core::formula {
namespace {

using GiNaC::ex;

// --- the functions GiNaC is taught

ex erfDerivative(const ex& u, unsigned /*param*/) {
    return 2 / GiNaC::sqrt(GiNaC::Pi) * GiNaC::exp(-GiNaC::pow(u, 2));
}
ex log1pDerivative(const ex& u, unsigned /*param*/) {
    return GiNaC::pow(1 + u, -1);
}
ex expm1Derivative(const ex& u, unsigned /*param*/) {
    return GiNaC::exp(u);
}

DECLARE_FUNCTION_1P(actviz_erf)
REGISTER_FUNCTION(actviz_erf, derivative_func(erfDerivative))
DECLARE_FUNCTION_1P(actviz_log1p)
REGISTER_FUNCTION(actviz_log1p, derivative_func(log1pDerivative))
DECLARE_FUNCTION_1P(actviz_expm1)
REGISTER_FUNCTION(actviz_expm1, derivative_func(expm1Derivative))

ex signDerivative(const ex& /*u*/, unsigned /*param*/) {
    return 0;
}
DECLARE_FUNCTION_1P(actviz_sign)
REGISTER_FUNCTION(actviz_sign, derivative_func(signDerivative))

/// |u|, with derivative sign(u) (0 at 0, as PyTorch's).
ex absDerivative(const ex& u, unsigned /*param*/) {
    return actviz_sign(u);
}
DECLARE_FUNCTION_1P(actviz_abs)
REGISTER_FUNCTION(actviz_abs, derivative_func(absDerivative))

// Branches: ifgt(u, a, b) is a where u > 0, else b; ifge likewise with u >= 0. A branch's
// derivative is the derivative of the branch taken (the condition's own is 0 almost everywhere).
DECLARE_FUNCTION_3P(actviz_ifgt)
DECLARE_FUNCTION_3P(actviz_ifge)

ex branchEval(bool strict, const ex& u, const ex& a, const ex& b) {
    if (a.is_equal(b)) return a;
    if (GiNaC::is_exactly_a<GiNaC::numeric>(u) && GiNaC::ex_to<GiNaC::numeric>(u).is_real()) {
        const GiNaC::numeric& n = GiNaC::ex_to<GiNaC::numeric>(u);
        return (strict ? n.is_positive() : !n.is_negative()) ? a : b;
    }
    return strict ? actviz_ifgt(u, a, b).hold() : actviz_ifge(u, a, b).hold();
}
ex ifgtEval(const ex& u, const ex& a, const ex& b) {
    return branchEval(true, u, a, b);
}
ex ifgeEval(const ex& u, const ex& a, const ex& b) {
    return branchEval(false, u, a, b);
}
ex ifgtDerivative(const ex& u, const ex& /*a*/, const ex& /*b*/, unsigned param) {
    if (param == 0) return 0;
    return param == 1 ? actviz_ifgt(u, 1, 0) : actviz_ifgt(u, 0, 1);
}
ex ifgeDerivative(const ex& u, const ex& /*a*/, const ex& /*b*/, unsigned param) {
    if (param == 0) return 0;
    return param == 1 ? actviz_ifge(u, 1, 0) : actviz_ifge(u, 0, 1);
}
REGISTER_FUNCTION(actviz_ifgt, eval_func(ifgtEval).derivative_func(ifgtDerivative))
REGISTER_FUNCTION(actviz_ifge, eval_func(ifgeEval).derivative_func(ifgeDerivative))

// Catalogue functions: cat(index, u, p0, p1) is catalogue()[index] at u with parameters p0, p1
// (unused ones 0); catd is its f', catg(index, k, u, p0, p1) its df/dparam k.
DECLARE_FUNCTION_4P(actviz_cat)
DECLARE_FUNCTION_4P(actviz_catd)
DECLARE_FUNCTION_5P(actviz_catg)

ex catDerivative(const ex& index, const ex& u, const ex& p0, const ex& p1, unsigned param) {
    if (param == 0) return 0;
    if (param == 1) return actviz_catd(index, u, p0, p1);
    return actviz_catg(index, param - 2, u, p0, p1);
}
ex noSecondDerivative(const ex&, const ex&, const ex&, const ex&, unsigned) {
    throw std::runtime_error("second derivatives of catalogue functions are not available");
}
ex noSecondDerivative5(const ex&, const ex&, const ex&, const ex&, const ex&, unsigned) {
    throw std::runtime_error("second derivatives of catalogue functions are not available");
}
REGISTER_FUNCTION(actviz_cat, derivative_func(catDerivative))
REGISTER_FUNCTION(actviz_catd, derivative_func(noSecondDerivative))
REGISTER_FUNCTION(actviz_catg, derivative_func(noSecondDerivative5))

bool isFunction(const ex& e, unsigned serial) {
    return GiNaC::is_exactly_a<GiNaC::function>(e) &&
           GiNaC::ex_to<GiNaC::function>(e).get_serial() == serial;
}

/// A parameter's name in Python: a trailing _ where the name is Python's or the program's own.
std::string pythonName(const std::string& name) {
    static const char* const kTaken[] = {
        "False",   "None",     "True",     "and",    "as",   "assert", "async",  "await",
        "break",   "class",    "continue", "def",    "del",  "elif",   "else",   "except",
        "finally", "for",      "from",     "global", "if",   "import", "in",     "is",
        "lambda",  "nonlocal", "not",      "or",     "pass", "raise",  "return", "try",
        "while",   "with",     "yield",    "np",     "erf",  "erfc",   "x"};
    for (const char* t : kTaken)
        if (name == t) return name + "_";
    return name;
}

const FunctionSpec& catalogueAt(const ex& index) {
    return catalogue()[static_cast<std::size_t>(GiNaC::ex_to<GiNaC::numeric>(index).to_int())];
}

std::size_t catalogueIndex(const FunctionSpec& fn) {
    return static_cast<std::size_t>(&fn - catalogue().data());
}

// --- from the tree to GiNaC

/// The exact rational a typed number stands for ("0.044715" is 44715/10^6, not the nearest
/// double), so that derivatives show the numbers the user typed.
GiNaC::numeric exactNumber(const Node& n) {
    const std::string text = n.name.empty() ? formatNumber(n.value) : n.name;
    std::string digits;
    int scale = 0;
    bool afterPoint = false;
    std::size_t i = 0;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        if (text[i] == '.') {
            afterPoint = true;
        } else if (text[i] >= '0' && text[i] <= '9') {
            digits += text[i];
            if (afterPoint) --scale;
        }
    }
    const long exponent = i < text.size() ? std::strtol(text.c_str() + i + 1, nullptr, 10) : 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (digits.empty() || std::abs(exponent + scale) > 400 || digits.size() > 400)
        return GiNaC::numeric(n.value); // beyond what is worth keeping exact
    GiNaC::numeric v(digits.c_str());
    v = v * GiNaC::numeric(10).power(GiNaC::numeric(exponent + scale));
    return negative ? -v : v;
}

class ToGinac {
public:
    ToGinac(const GiNaC::realsymbol& x, const std::map<std::string, GiNaC::realsymbol>& params)
        : m_x(x)
        , m_params(params) {}

    ex operator()(const Node& n) const {
        const auto arg = [&](std::size_t i) { return (*this)(n.args[i]); };
        switch (n.kind) {
        case Kind::Number:
            return exactNumber(n);
        case Kind::X:
            return m_x;
        case Kind::Parameter:
            return m_params.at(n.name);
        case Kind::Pi:
            return GiNaC::Pi;
        case Kind::E:
            return GiNaC::exp(ex(1));
        case Kind::Neg:
            return -arg(0);
        case Kind::Add:
            return arg(0) + arg(1);
        case Kind::Sub:
            return arg(0) - arg(1);
        case Kind::Mul:
            return arg(0) * arg(1);
        case Kind::Div:
            return arg(0) / arg(1);
        case Kind::Pow:
            return GiNaC::pow(arg(0), arg(1));
        case Kind::Builtin:
            return builtin(n);
        case Kind::Catalogue: {
            const ex index = GiNaC::numeric(static_cast<int>(catalogueIndex(*n.function)));
            const ex p0 = n.args.size() > 1 ? arg(1) : ex(0);
            const ex p1 = n.args.size() > 2 ? arg(2) : ex(0);
            return actviz_cat(index, arg(0), p0, p1);
        }
        case Kind::If: {
            const ex l = arg(0);
            const ex r = arg(1);
            switch (n.compare) {
            case Compare::Greater:
                return actviz_ifgt(l - r, arg(2), arg(3));
            case Compare::GreaterEqual:
                return actviz_ifge(l - r, arg(2), arg(3));
            case Compare::Less:
                return actviz_ifgt(r - l, arg(2), arg(3));
            case Compare::LessEqual:
                return actviz_ifge(r - l, arg(2), arg(3));
            }
        }
        }
        throw std::logic_error("unknown node");
    }

private:
    ex builtin(const Node& n) const {
        const ex a = (*this)(n.args[0]);
        if (n.name == "abs") return actviz_abs(a);
        if (n.name == "exp") return GiNaC::exp(a);
        if (n.name == "log") return GiNaC::log(a);
        if (n.name == "log1p") return actviz_log1p(a);
        if (n.name == "expm1") return actviz_expm1(a);
        if (n.name == "sqrt") return GiNaC::sqrt(a);
        if (n.name == "erf") return actviz_erf(a);
        if (n.name == "tanh") return GiNaC::tanh(a);
        const ex b = (*this)(n.args[1]);
        if (n.name == "pow") return GiNaC::pow(a, b);
        if (n.name == "min") return actviz_ifge(b - a, a, b);
        if (n.name == "max") return actviz_ifge(a - b, a, b);
        throw std::logic_error("unknown builtin " + n.name);
    }

    const GiNaC::realsymbol& m_x;
    const std::map<std::string, GiNaC::realsymbol>& m_params;
};

// --- sizes and simplification

std::size_t countNodes(const ex& e, std::size_t cap) {
    std::size_t n = 1;
    for (std::size_t i = 0; i < e.nops() && n <= cap; ++i)
        n += countNodes(e.op(i), cap);
    return n;
}

constexpr std::size_t kMaxDerivativeNodes = 20000;
constexpr std::size_t kNormalLimit = 300;

// --- compiling into a program

class Compiler {
public:
    Compiler(FormulaProgram& program, const GiNaC::realsymbol& x,
             const std::vector<std::string>& params)
        : m_program(program)
        , m_x(x)
        , m_params(params) {}

    std::uint32_t operator()(const ex& e) {
        if (GiNaC::is_exactly_a<GiNaC::numeric>(e)) return constant(number(e));
        if (GiNaC::is_a<GiNaC::symbol>(e)) {
            if (e.is_equal(m_x)) return step(FormulaOp::X);
            const std::string name = GiNaC::ex_to<GiNaC::symbol>(e).get_name();
            FormulaStep s;
            s.op = FormulaOp::Parameter;
            s.index = static_cast<std::uint32_t>(std::find(m_params.begin(), m_params.end(), name) -
                                                 m_params.begin());
            return m_program.add(s);
        }
        if (GiNaC::is_a<GiNaC::constant>(e)) return constant(number(e.evalf()));
        if (GiNaC::is_exactly_a<GiNaC::add>(e)) return sum(e);
        if (GiNaC::is_exactly_a<GiNaC::mul>(e)) return product(e);
        if (GiNaC::is_exactly_a<GiNaC::power>(e)) return power(e.op(0), e.op(1));
        if (GiNaC::is_exactly_a<GiNaC::function>(e)) return function(e);
        throw std::runtime_error("the formula has a term that cannot be evaluated");
    }

private:
    static double number(const ex& e) {
        const GiNaC::numeric& n = GiNaC::ex_to<GiNaC::numeric>(e);
        if (!n.is_real()) throw std::runtime_error("the formula is not real-valued");
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

    /// Whether a term is written with a minus: a negative number or coefficient.
    static bool negative(const ex& t) {
        if (GiNaC::is_exactly_a<GiNaC::numeric>(t))
            return GiNaC::ex_to<GiNaC::numeric>(t).is_negative();
        if (GiNaC::is_exactly_a<GiNaC::mul>(t)) {
            const ex c = t.op(t.nops() - 1);
            return GiNaC::is_exactly_a<GiNaC::numeric>(c) &&
                   GiNaC::ex_to<GiNaC::numeric>(c).is_negative();
        }
        return false;
    }

    std::uint32_t sum(const ex& e) {
        std::optional<std::uint32_t> acc;
        std::vector<ex> minus;
        for (std::size_t i = 0; i < e.nops(); ++i) {
            const ex t = e.op(i);
            if (negative(t)) {
                minus.push_back(-t);
                continue;
            }
            const std::uint32_t v = (*this)(t);
            acc = acc ? step(FormulaOp::Add, *acc, v) : v;
        }
        for (const ex& t : minus) {
            const std::uint32_t v = (*this)(t);
            acc = acc ? step(FormulaOp::Sub, *acc, v) : step(FormulaOp::Neg, v);
        }
        return *acc;
    }

    std::uint32_t product(const ex& e) {
        std::optional<std::uint32_t> top;
        std::optional<std::uint32_t> bottom;
        const auto times = [&](std::optional<std::uint32_t>& acc, std::uint32_t v) {
            acc = acc ? step(FormulaOp::Mul, *acc, v) : v;
        };
        GiNaC::numeric coefficient(1);
        for (std::size_t i = 0; i < e.nops(); ++i) {
            const ex f = e.op(i);
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
            const GiNaC::numeric& n = GiNaC::ex_to<GiNaC::numeric>(exponent);
            const std::uint32_t b = (*this)(base);
            if (n.is_negative()) return step(FormulaOp::Div, constant(1.0), power(base, -exponent));
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

// --- showing

constexpr int kSum = 1;
constexpr int kProduct = 2;
constexpr int kNegation = 3;
constexpr int kPower = 4;
constexpr int kAtom = 5;

struct Shown {
    std::string text;
    int precedence;
};

std::string integerText(const GiNaC::numeric& n) {
    std::ostringstream out;
    out << n;
    return out.str();
}

std::string wrap(const Shown& s, int need) {
    return s.precedence < need ? "(" + s.text + ")" : s.text;
}

class Printer {
public:
    Shown operator()(const ex& e) const {
        if (GiNaC::is_exactly_a<GiNaC::numeric>(e)) return number(GiNaC::ex_to<GiNaC::numeric>(e));
        if (GiNaC::is_a<GiNaC::symbol>(e))
            return {shownName(GiNaC::ex_to<GiNaC::symbol>(e).get_name()), kAtom};
        if (GiNaC::is_a<GiNaC::constant>(e)) return {"π", kAtom};
        if (GiNaC::is_exactly_a<GiNaC::add>(e)) return sum(e);
        if (GiNaC::is_exactly_a<GiNaC::mul>(e)) return product(e);
        if (GiNaC::is_exactly_a<GiNaC::power>(e)) return power(e.op(0), e.op(1));
        if (GiNaC::is_exactly_a<GiNaC::function>(e)) return function(e);
        return {"?", kAtom};
    }

private:
    static Shown number(const GiNaC::numeric& n) {
        if (n.is_rational() && !n.is_integer() && n.denom() < 100)
            return {(n.is_negative() ? "−" : "") + integerText(GiNaC::abs(n.numer())) + "/" +
                        integerText(n.denom()),
                    kProduct};
        if (n.is_integer() && GiNaC::abs(n) < GiNaC::numeric(1000000000))
            return {(n.is_negative() ? "−" : "") + integerText(GiNaC::abs(n)),
                    n.is_negative() ? kSum : kAtom};
        return {shownNumber(n.to_double()), n.is_negative() ? kSum : kAtom};
    }

    static bool negative(const ex& t) {
        if (GiNaC::is_exactly_a<GiNaC::numeric>(t))
            return GiNaC::ex_to<GiNaC::numeric>(t).is_negative();
        if (GiNaC::is_exactly_a<GiNaC::mul>(t)) {
            const ex c = t.op(t.nops() - 1);
            return GiNaC::is_exactly_a<GiNaC::numeric>(c) &&
                   GiNaC::ex_to<GiNaC::numeric>(c).is_negative();
        }
        return false;
    }

    Shown sum(const ex& e) const {
        // GiNaC's order of terms depends on the session: positive terms first, numbers last,
        // minus signs as subtraction, and otherwise alphabetical.
        struct Term {
            bool number;
            bool minus;
            std::string text;
        };
        std::vector<Term> terms;
        for (const ex& t : e) {
            const bool minus = negative(t);
            terms.push_back({GiNaC::is_exactly_a<GiNaC::numeric>(t), minus,
                             minus ? wrap((*this)(-t), kProduct) : (*this)(t).text});
        }
        std::sort(terms.begin(), terms.end(), [](const Term& a, const Term& b) {
            return std::tie(a.number, a.minus, a.text) < std::tie(b.number, b.minus, b.text);
        });
        std::string out;
        for (const Term& t : terms) {
            if (t.minus) {
                out += (out.empty() ? "−" : " − ") + t.text;
            } else {
                out += (out.empty() ? "" : " + ") + t.text;
            }
        }
        return {out, kSum};
    }

    /// Where a factor goes in a product: parameters, then x, then the rest (functions, sums).
    static int rank(const ex& f) {
        const ex base = GiNaC::is_exactly_a<GiNaC::power>(f) ? f.op(0) : f;
        if (!GiNaC::is_a<GiNaC::symbol>(base)) return 3;
        return GiNaC::ex_to<GiNaC::symbol>(base).get_name() == "x" ? 2 : 1;
    }

    Shown product(const ex& e) const {
        std::vector<std::pair<int, std::string>> ranked[2]; // above and below the fraction bar
        GiNaC::numeric coefficient(1);
        for (std::size_t i = 0; i < e.nops(); ++i) {
            const ex f = e.op(i);
            if (GiNaC::is_exactly_a<GiNaC::numeric>(f)) {
                coefficient *= GiNaC::ex_to<GiNaC::numeric>(f);
            } else if (GiNaC::is_exactly_a<GiNaC::power>(f) &&
                       GiNaC::is_exactly_a<GiNaC::numeric>(f.op(1)) &&
                       GiNaC::ex_to<GiNaC::numeric>(f.op(1)).is_negative()) {
                ranked[1].emplace_back(rank(f), wrap(power(f.op(0), -f.op(1)), kPower));
            } else {
                ranked[0].emplace_back(rank(f), wrap((*this)(f), kPower));
            }
        }
        std::vector<std::string> top;
        std::vector<std::string> bottom;
        for (int k = 0; k < 2; ++k) {
            std::sort(ranked[k].begin(), ranked[k].end());
            for (auto& [r, text] : ranked[k])
                (k == 0 ? top : bottom).push_back(std::move(text));
        }
        const bool minus = coefficient.is_negative();
        coefficient = GiNaC::abs(coefficient);
        if (coefficient.is_rational() && !coefficient.is_integer() && coefficient.denom() < 100) {
            if (!coefficient.numer().is_equal(GiNaC::numeric(1)))
                top.insert(top.begin(), integerText(coefficient.numer()));
            bottom.insert(bottom.begin(), integerText(coefficient.denom()));
        } else if (!coefficient.is_equal(GiNaC::numeric(1))) {
            top.insert(top.begin(), number(coefficient).text);
        }
        const auto join = [](const std::vector<std::string>& parts) {
            std::string s;
            for (const std::string& p : parts)
                s += (s.empty() ? "" : "·") + p;
            return s;
        };
        std::string text = top.empty() ? "1" : join(top);
        if (!bottom.empty()) {
            text += "/" + (bottom.size() > 1 ? "(" + join(bottom) + ")" : join(bottom));
        }
        if (minus) return {"−" + text, kNegation};
        return {text, kProduct};
    }

    Shown power(const ex& base, const ex& exponent) const {
        const Shown b = (*this)(base);
        if (GiNaC::is_exactly_a<GiNaC::numeric>(exponent)) {
            const GiNaC::numeric& n = GiNaC::ex_to<GiNaC::numeric>(exponent);
            if (n.is_negative()) return {"1/" + wrap(power(base, -exponent), kPower), kProduct};
            if (n.is_equal(GiNaC::numeric(1))) return b;
            if (n.is_equal(GiNaC::numeric(1, 2)))
                return {"√" + (b.precedence == kAtom ? b.text : "(" + b.text + ")"), kPower};
            const std::string sup = superscript(number(n).text);
            if (!sup.empty()) return {wrap(b, kAtom) + sup, kPower};
        }
        return {wrap(b, kAtom) + "^" + wrap((*this)(exponent), kAtom), kPower};
    }

    std::string arguments(const ex& e, std::size_t from) const {
        std::string s;
        for (std::size_t i = from; i < e.nops(); ++i)
            s += (s.empty() ? "" : ", ") + (*this)(e.op(i)).text;
        return s;
    }

    /// name(u; p = v) for a catalogue function, parameters shown where not the default.
    std::string call(const ex& e, std::size_t first, const std::string& name) const {
        const FunctionSpec& fn = catalogueAt(e.op(0));
        std::string s = name + "(" + (*this)(e.op(first)).text;
        for (std::size_t k = 0; k < fn.params.size(); ++k) {
            const ex p = e.op(first + 1 + k);
            if (GiNaC::is_exactly_a<GiNaC::numeric>(p) &&
                GiNaC::ex_to<GiNaC::numeric>(p).to_double() == formulaDefault(fn, k))
                continue;
            const bool number = GiNaC::is_exactly_a<GiNaC::numeric>(p);
            s += ", " + shownName(fn.params[k].id) + " = " +
                 (number ? shownNumber(GiNaC::ex_to<GiNaC::numeric>(p).to_double())
                         : (*this)(p).text);
        }
        return s + ")";
    }

    Shown function(const ex& e) const {
        const auto named = [&](const std::string& name) {
            return Shown{name + "(" + arguments(e, 0) + ")", kAtom};
        };
        if (isFunction(e, GiNaC::exp_SERIAL::serial)) {
            if (e.op(0).is_equal(1)) return {"e", kAtom};
            const std::string sup = superscript((*this)(e.op(0)).text);
            if (!sup.empty()) return {"e" + sup, kPower};
            return named("exp");
        }
        if (isFunction(e, GiNaC::log_SERIAL::serial)) return named("log");
        if (isFunction(e, GiNaC::tanh_SERIAL::serial)) return named("tanh");
        if (isFunction(e, actviz_erf_SERIAL::serial)) return named("erf");
        if (isFunction(e, actviz_log1p_SERIAL::serial)) return named("log1p");
        if (isFunction(e, actviz_expm1_SERIAL::serial)) return named("expm1");
        if (isFunction(e, actviz_abs_SERIAL::serial)) return {"|" + arguments(e, 0) + "|", kAtom};
        if (isFunction(e, actviz_sign_SERIAL::serial)) return named("sgn");
        const bool gt = isFunction(e, actviz_ifgt_SERIAL::serial);
        if (gt || isFunction(e, actviz_ifge_SERIAL::serial)) {
            return {"(" + (*this)(e.op(0)).text + (gt ? " > 0" : " ≥ 0") + " ? " +
                        (*this)(e.op(1)).text + " : " + (*this)(e.op(2)).text + ")",
                    kAtom};
        }
        if (isFunction(e, actviz_cat_SERIAL::serial) || isFunction(e, actviz_catd_SERIAL::serial)) {
            const FunctionSpec& fn = catalogueAt(e.op(0));
            std::string name = fn.id == "sigmoid" ? "σ" : std::string(fn.id);
            if (isFunction(e, actviz_catd_SERIAL::serial)) name += "′";
            return {call(e, 1, name), kAtom};
        }
        if (isFunction(e, actviz_catg_SERIAL::serial)) {
            const FunctionSpec& fn = catalogueAt(e.op(0));
            const auto k = static_cast<std::size_t>(GiNaC::ex_to<GiNaC::numeric>(e.op(1)).to_int());
            return {call(e, 2, "∂" + std::string(fn.id) + "/∂" + shownName(fn.params[k].id)),
                    kAtom};
        }
        return {"?", kAtom};
    }
};

// --- NumPy

/// f and f' as NumPy expressions, every operation in parentheses.
class NumpyPrinter {
public:
    std::string operator()(const ex& e) {
        if (GiNaC::is_exactly_a<GiNaC::numeric>(e))
            return number(GiNaC::ex_to<GiNaC::numeric>(e).to_double());
        if (GiNaC::is_a<GiNaC::symbol>(e)) {
            const std::string name = GiNaC::ex_to<GiNaC::symbol>(e).get_name();
            return name == "x" ? name : pythonName(name);
        }
        if (GiNaC::is_a<GiNaC::constant>(e)) return "np.pi";
        if (GiNaC::is_exactly_a<GiNaC::add>(e) || GiNaC::is_exactly_a<GiNaC::mul>(e)) {
            const char* op = GiNaC::is_exactly_a<GiNaC::add>(e) ? " + " : " * ";
            std::string out;
            for (const ex& t : e)
                out += (out.empty() ? "" : op) + (*this)(t);
            return "(" + out + ")";
        }
        if (GiNaC::is_exactly_a<GiNaC::power>(e)) {
            const ex& b = e.op(0);
            const ex& p = e.op(1);
            if (p.is_equal(GiNaC::numeric(1, 2))) return "np.sqrt(" + (*this)(b) + ")";
            if (p.is_equal(GiNaC::numeric(-1, 2))) return "(1.0 / np.sqrt(" + (*this)(b) + "))";
            if (p.is_equal(GiNaC::numeric(-1))) return "(1.0 / " + (*this)(b) + ")";
            return "(" + (*this)(b) + " ** " + (*this)(p) + ")";
        }
        if (GiNaC::is_exactly_a<GiNaC::function>(e)) return function(e);
        throw std::runtime_error("the formula has a term that cannot be written in NumPy");
    }

    std::vector<const FunctionSpec*> calls;

private:
    static std::string number(double v) {
        std::string s = formatNumber(v);
        if (s.find_first_of(".en") == std::string::npos) s += ".0";
        return s;
    }

    std::string arguments(const ex& e, std::size_t from, std::size_t count) {
        std::string s;
        for (std::size_t i = from; i < from + count; ++i)
            s += (s.empty() ? "" : ", ") + (*this)(e.op(i));
        return s;
    }

    std::string function(const ex& e) {
        const auto call = [&](const char* name) {
            return name + ("(" + arguments(e, 0, e.nops())) + ")";
        };
        if (isFunction(e, GiNaC::exp_SERIAL::serial)) return call("np.exp");
        if (isFunction(e, GiNaC::log_SERIAL::serial)) return call("np.log");
        if (isFunction(e, GiNaC::tanh_SERIAL::serial)) return call("np.tanh");
        if (isFunction(e, actviz_erf_SERIAL::serial)) return call("erf");
        if (isFunction(e, actviz_log1p_SERIAL::serial)) return call("np.log1p");
        if (isFunction(e, actviz_expm1_SERIAL::serial)) return call("np.expm1");
        if (isFunction(e, actviz_abs_SERIAL::serial)) return call("np.abs");
        if (isFunction(e, actviz_sign_SERIAL::serial)) return call("np.sign");
        const bool gt = isFunction(e, actviz_ifgt_SERIAL::serial);
        if (gt || isFunction(e, actviz_ifge_SERIAL::serial)) {
            return "np.where(" + (*this)(e.op(0)) + (gt ? " > 0, " : " >= 0, ") + (*this)(e.op(1)) +
                   ", " + (*this)(e.op(2)) + ")";
        }
        const bool value = isFunction(e, actviz_cat_SERIAL::serial);
        if (value || isFunction(e, actviz_catd_SERIAL::serial)) {
            const FunctionSpec& fn = catalogueAt(e.op(0));
            if (std::find(calls.begin(), calls.end(), &fn) == calls.end()) calls.push_back(&fn);
            return (value ? "_f_" : "_df_") + std::string(fn.id) + "(" +
                   arguments(e, 1, 1 + fn.params.size()) + ")";
        }
        throw std::runtime_error("the formula has a function that cannot be written in NumPy");
    }
};

/// The derivative as shown and compiled: e or its normal form (one fraction, common factors
/// cancelled), whichever reads shorter; a normal form can also be longer, writing decimals as
/// fractions over powers of ten.
struct Simplified {
    ex e;
    std::string shown;
};

Simplified simplified(const ex& e, const Printer& print) {
    const std::size_t size = countNodes(e, kMaxDerivativeNodes + 1);
    if (size > kMaxDerivativeNodes)
        throw std::length_error("the derivative is too large (more than 20000 terms)");
    Simplified best{e, print(e).text};
    if (size > kNormalLimit) return best;
    try {
        const ex n = e.normal();
        std::string shown = print(n).text;
        if (shown.size() < best.shown.size()) best = {n, std::move(shown)};
    } catch (const std::exception&) {
        // keep e
    }
    return best;
}

/// Turns what GiNaC throws into one sentence for the user.
FormulaError symbolicError(const std::exception& e) {
    const std::string what = e.what();
    if (what.find("division by zero") != std::string::npos ||
        what.find("pole") != std::string::npos)
        return {"the formula divides by zero", 0};
    if (what.find("log(0)") != std::string::npos)
        return {"the formula takes the logarithm of 0", 0};
    if (dynamic_cast<const std::length_error*>(&e) != nullptr ||
        dynamic_cast<const std::runtime_error*>(&e) != nullptr)
        return {what, 0};
    return {"the formula cannot be derived: " + what, 0};
}

} // namespace

std::string pythonParameterName(std::string_view name) {
    return pythonName(std::string(name));
}

std::variant<Derived, FormulaError> derive(const Parsed& parsed) {
    try {
        const GiNaC::realsymbol x("x");
        std::map<std::string, GiNaC::realsymbol> symbols;
        for (const std::string& p : parsed.parameters)
            symbols.emplace(p, GiNaC::realsymbol(p));
        const ex f = ToGinac(x, symbols)(parsed.root);
        if (!f.has(x)) return FormulaError{"the formula does not depend on x", 0};
        const Printer print;
        const Simplified df = simplified(f.diff(x), print);
        std::vector<Simplified> grads;
        for (const std::string& p : parsed.parameters)
            grads.push_back(simplified(f.diff(symbols.at(p)), print));

        Derived out;
        Compiler compile(out.program, x, parsed.parameters);
        const std::uint32_t fSlot = compile(f);
        const std::uint32_t dfSlot = compile(df.e);
        std::vector<std::uint32_t> gradSlots;
        for (const Simplified& g : grads)
            gradSlots.push_back(compile(g.e));
        out.program.setOutputs(fSlot, dfSlot, std::move(gradSlots));
        out.shownDf = df.shown;
        // NumPy has no catalogue df/dparam (a learnable parameter given an expression of x):
        // such a formula has no NumPy code, and the code exports leave it out.
        try {
            NumpyPrinter numpy;
            out.numpyF = numpy(f);
            out.numpyDf = numpy(df.e);
            out.calls = std::move(numpy.calls);
        } catch (const std::runtime_error&) {
            out.numpyF.clear();
            out.numpyDf.clear();
            out.calls.clear();
        }
        for (const Simplified& g : grads)
            out.shownGrad.push_back(g.shown);
        return out;
    } catch (const std::exception& e) {
        return symbolicError(e);
    }
}

} // namespace actviz::core::formula
