// SPDX-License-Identifier: GPL-3.0-or-later
// f' and df/dparam of a formula with GiNaC (see ginac_functions.h for what it is taught),
// simplified, shown and compiled with f into one program.

#include "symbolic.h"

#include "compile.h"
#include "ginac_functions.h"
#include "print.h"

#include "actviz/core/catalogue.h"

#include <ginac/ginac.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <stdexcept>

namespace actviz::core::formula {
namespace {

using GiNaC::ex;

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
        return {n.value}; // beyond what is worth keeping exact
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
            return power(arg(0), arg(1));
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
    /// a ^ b; between numbers, exact only while the result stays small (9^9^9 exactly would
    /// take GiNaC minutes): else in double, and a result beyond the doubles is refused.
    static ex power(const ex& a, const ex& b) {
        if (!GiNaC::is_exactly_a<GiNaC::numeric>(a) || !GiNaC::is_exactly_a<GiNaC::numeric>(b))
            return GiNaC::pow(a, b);
        const auto& base = GiNaC::ex_to<GiNaC::numeric>(a);
        const auto& exponent = GiNaC::ex_to<GiNaC::numeric>(b);
        const auto bits = [](const GiNaC::numeric& n) {
            return n.is_rational()
                       ? std::max(GiNaC::abs(n.numer()).int_length(), n.denom().int_length())
                       : 64;
        };
        const bool small = exponent.is_rational() && GiNaC::abs(exponent.numer()) <= 4096 &&
                           exponent.denom() <= 64 &&
                           bits(base) * GiNaC::abs(exponent.numer()).to_double() <= 4096;
        if (small) return GiNaC::pow(a, b);
        const double v = std::pow(base.to_double(), exponent.to_double());
        if (!std::isfinite(v))
            throw std::range_error("a power in the formula is beyond the doubles");
        return GiNaC::numeric(v);
    }

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
        if (n.name == "pow") return power(a, b);
        if (n.name == "min") return actviz_ifge(b - a, a, b);
        if (n.name == "max") return actviz_ifge(a - b, a, b);
        throw std::logic_error("unknown builtin " + n.name);
    }

    const GiNaC::realsymbol& m_x;
    const std::map<std::string, GiNaC::realsymbol>& m_params;
};

std::size_t countNodes(const ex& e, std::size_t cap) {
    std::size_t n = 1;
    for (std::size_t i = 0; i < e.nops() && n <= cap; ++i)
        n += countNodes(e.op(i), cap);
    return n;
}

constexpr std::size_t kMaxDerivativeNodes = 20000;

/// A derivative as shown and compiled: as GiNaC's differentiation and automatic evaluation leave
/// it (like terms collected). Its normal form (one fraction) is not sought: normal() can take
/// minutes on a short formula (x^x^x^..., high powers), and this runs as the user types.
struct Simplified {
    ex e;
    std::string shown;
};

Simplified simplified(const ex& e) {
    if (countNodes(e, kMaxDerivativeNodes + 1) > kMaxDerivativeNodes)
        throw std::length_error("the derivative is too large (more than 20000 terms)");
    return {e, shownExpression(e)};
}

constexpr const char* kNotReal =
    "the formula is not real-valued (it takes the logarithm or a root of a negative number)";

/// Whether e holds a number that is not real (log(-1) is i·π to GiNaC).
bool notReal(const ex& e) {
    if (GiNaC::is_exactly_a<GiNaC::numeric>(e)) return !GiNaC::ex_to<GiNaC::numeric>(e).is_real();
    return std::any_of(e.begin(), e.end(), [](const ex& o) { return notReal(o); });
}

/// Turns what GiNaC throws into one sentence for the user.
FormulaError symbolicError(const std::exception& e) {
    const std::string what = e.what();
    if (what.find("division by zero") != std::string::npos ||
        what.find("pole") != std::string::npos)
        return {"the formula divides by zero", 0};
    if (what.find("pow(0,0)") != std::string::npos)
        return {"the formula takes 0^0, which is undefined", 0};
    if (what.find("log(0)") != std::string::npos)
        return {"the formula takes the logarithm of 0", 0};
    if (dynamic_cast<const std::range_error*>(&e) != nullptr ||
        dynamic_cast<const std::length_error*>(&e) != nullptr ||
        dynamic_cast<const std::runtime_error*>(&e) != nullptr)
        return {what, 0};
    return {"the formula cannot be derived: " + what, 0};
}

} // namespace

std::string pythonParameterName(std::string_view name) {
    return pythonName(std::string(name));
}

std::variant<Derived, FormulaError> derive(const Parsed& parsed) {
    // GiNaC and CLN keep shared state: one derivation at a time.
    static std::mutex ginac;
    const std::lock_guard lock(ginac);
    try {
        const GiNaC::realsymbol x("x");
        std::map<std::string, GiNaC::realsymbol> symbols;
        for (const std::string& p : parsed.parameters)
            symbols.emplace(p, GiNaC::realsymbol(p));
        const ex f = ToGinac(x, symbols)(parsed.root);
        if (!f.has(x)) return FormulaError{"the formula does not depend on x", 0};
        if (notReal(f)) return FormulaError{kNotReal, 0};
        const Simplified df = simplified(f.diff(x));
        if (notReal(df.e)) return FormulaError{kNotReal, 0};
        std::vector<Simplified> grads;
        grads.reserve(parsed.parameters.size());
        for (const std::string& p : parsed.parameters)
            grads.push_back(simplified(f.diff(symbols.at(p))));

        Derived out;
        // f as written; its derivatives as derived.
        const std::uint32_t fSlot = compileTree(out.program, parsed.root, parsed.parameters);
        const std::uint32_t dfSlot = compileExpression(out.program, df.e, x, parsed.parameters);
        std::vector<std::uint32_t> gradSlots;
        gradSlots.reserve(grads.size());
        for (const Simplified& g : grads)
            gradSlots.push_back(compileExpression(out.program, g.e, x, parsed.parameters));
        out.program.setOutputs(fSlot, dfSlot, std::move(gradSlots));
        out.shownDf = df.shown;
        for (const Simplified& g : grads)
            out.shownGrad.push_back(g.shown);
        // NumPy has no catalogue df/dparam (a learnable parameter given an expression of x):
        // such a formula has no NumPy code, and the code exports leave it out.
        try {
            out.numpyF = numpyExpression(f, out.calls);
            out.numpyDf = numpyExpression(df.e, out.calls);
        } catch (const std::runtime_error&) {
            out.numpyF.clear();
            out.numpyDf.clear();
            out.calls.clear();
        }
        return out;
    } catch (const std::exception& e) {
        return symbolicError(e);
    }
}

} // namespace actviz::core::formula
