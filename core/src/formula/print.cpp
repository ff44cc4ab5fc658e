// SPDX-License-Identifier: GPL-3.0-or-later
// Derivatives as text: readable mathematics (Unicode) for the panels, NumPy for copy as code.

#include "print.h"

#include "ast.h"
#include "ginac_functions.h"

#include "actviz/core/catalogue.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace actviz::core::formula {
namespace {

using GiNaC::ex;

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
        if (!coefficient.is_real()) throw std::runtime_error("the formula is not real-valued");
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
        // (Each operand is printed once: printing one twice would double the work per level.)
        if (GiNaC::is_exactly_a<GiNaC::numeric>(exponent) &&
            GiNaC::ex_to<GiNaC::numeric>(exponent).is_negative())
            return {"1/" + wrap(power(base, -exponent), kPower), kProduct};
        Shown b = (*this)(base);
        if (GiNaC::is_exactly_a<GiNaC::numeric>(exponent)) {
            const auto& n = GiNaC::ex_to<GiNaC::numeric>(exponent);
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
            // The argument printed once: twice per level would double the work at every depth.
            const std::string argument = (*this)(e.op(0)).text;
            const std::string sup = superscript(argument);
            if (!sup.empty()) return {"e" + sup, kPower};
            return {"exp(" + argument + ")", kAtom};
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
        if (GiNaC::is_exactly_a<GiNaC::mul>(e)) {
            // A branch's 1 or 0 times the rest: np.where, so that an overflow on the side not
            // taken is not multiplied by 0 (inf * 0 = nan).
            for (std::size_t i = 0; i < e.nops(); ++i) {
                const ex& f = e.op(i);
                if (!isIndicator(f)) continue;
                const std::string rest = (*this)(e / f);
                const bool gt = isFunction(f, actviz_ifgt_SERIAL::serial);
                const bool first = f.op(1).is_equal(1);
                return "np.where(" + (*this)(f.op(0)) + (gt ? " > 0, " : " >= 0, ") +
                       (first ? rest : "0.0") + ", " + (first ? "0.0" : rest) + ")";
            }
        }
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

} // namespace

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

std::string shownExpression(const ex& e) {
    return Printer()(e).text;
}

std::string numpyExpression(const ex& e, std::vector<const FunctionSpec*>& calls) {
    NumpyPrinter print;
    std::string text = print(e);
    for (const FunctionSpec* fn : print.calls)
        if (std::find(calls.begin(), calls.end(), fn) == calls.end()) calls.push_back(fn);
    return text;
}

} // namespace actviz::core::formula
