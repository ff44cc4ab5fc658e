// SPDX-License-Identifier: GPL-3.0-or-later
// A typed formula as readable mathematics: the user's own form, with Unicode symbols.

#include "ast.h"

#include "actviz/core/catalogue.h"

#include <array>
#include <utility>

namespace actviz::core::formula {
namespace {

struct Greek {
    std::string_view name;
    std::string_view letter;
};
// (Not sigma: σ is the sigmoid in every formula shown.)
constexpr std::array kGreek{
    Greek{"alpha", "α"},   Greek{"beta", "β"},   Greek{"gamma", "γ"}, Greek{"delta", "δ"},
    Greek{"epsilon", "ε"}, Greek{"zeta", "ζ"},   Greek{"eta", "η"},   Greek{"theta", "θ"},
    Greek{"kappa", "κ"},   Greek{"lambda", "λ"}, Greek{"mu", "μ"},    Greek{"nu", "ν"},
    Greek{"xi", "ξ"},      Greek{"rho", "ρ"},    Greek{"tau", "τ"},   Greek{"phi", "φ"},
    Greek{"chi", "χ"},     Greek{"psi", "ψ"},    Greek{"omega", "ω"},
};

// Precedences: a sum, a product, a unary minus, a power, an atom.
constexpr int kSum = 1;
constexpr int kProduct = 2;
constexpr int kNegation = 3;
constexpr int kPower = 4;
constexpr int kAtom = 5;

struct Shown {
    std::string text;
    int precedence;
};

std::string wrap(const Shown& s, int need) {
    return s.precedence < need ? "(" + s.text + ")" : s.text;
}

std::string compareText(Compare c) {
    switch (c) {
    case Compare::Less:
        return " < ";
    case Compare::LessEqual:
        return " ≤ ";
    case Compare::Greater:
        return " > ";
    case Compare::GreaterEqual:
        return " ≥ ";
    }
    return " ? ";
}

Shown showNode(const Node& n);

std::string argumentList(const Node& n) {
    std::string out;
    for (const Node& a : n.args)
        out += (out.empty() ? "" : ", ") + showNode(a).text;
    return out;
}

Shown showNode(const Node& n) {
    switch (n.kind) {
    case Kind::Number:
        return {shownNumber(n.value), n.value < 0 ? kSum : kAtom};
    case Kind::X:
        return {"x", kAtom};
    case Kind::Parameter:
        return {shownName(n.name), kAtom};
    case Kind::Pi:
        return {"π", kAtom};
    case Kind::E:
        return {"e", kAtom};
    case Kind::Neg:
        return {"−" + wrap(showNode(n.args[0]), kNegation), kNegation};
    case Kind::Add:
        return {showNode(n.args[0]).text + " + " + wrap(showNode(n.args[1]), kProduct), kSum};
    case Kind::Sub:
        return {showNode(n.args[0]).text + " − " + wrap(showNode(n.args[1]), kProduct), kSum};
    case Kind::Mul:
        return {wrap(showNode(n.args[0]), kProduct) + "·" + wrap(showNode(n.args[1]), kPower),
                kProduct};
    case Kind::Div:
        return {wrap(showNode(n.args[0]), kProduct) + "/" + wrap(showNode(n.args[1]), kPower),
                kProduct};
    case Kind::Pow: {
        const std::string base = wrap(showNode(n.args[0]), kAtom);
        const Shown e = showNode(n.args[1]);
        const std::string sup = superscript(e.text);
        if (!sup.empty()) return {base + sup, kPower};
        return {base + "^" + wrap(e, kAtom), kPower};
    }
    case Kind::Builtin: {
        if (n.name == "abs") return {joined({"|", showNode(n.args[0]).text, "|"}), kAtom};
        if (n.name == "sqrt") {
            const Shown a = showNode(n.args[0]);
            return {"√" + (a.precedence == kAtom ? a.text : "(" + a.text + ")"), kPower};
        }
        if (n.name == "pow") {
            Node p;
            p.kind = Kind::Pow;
            p.args = n.args;
            return showNode(p);
        }
        return {n.name + "(" + argumentList(n) + ")", kAtom};
    }
    case Kind::Catalogue: {
        std::string out = n.function->id == "sigmoid" ? "σ" : n.name;
        out += joined({"(", showNode(n.args[0]).text});
        for (std::size_t k = 1; k < n.args.size(); ++k) {
            if (n.args[k].kind == Kind::Number && n.args[k].name.empty()) continue; // a default
            out +=
                ", " + shownName(n.function->params[k - 1].id) + " = " + showNode(n.args[k]).text;
        }
        return {out + ")", kAtom};
    }
    case Kind::If:
        return {"if(" + showNode(n.args[0]).text + compareText(n.compare) +
                    showNode(n.args[1]).text + ", " + showNode(n.args[2]).text + ", " +
                    showNode(n.args[3]).text + ")",
                kAtom};
    }
    return {"?", kAtom};
}

} // namespace

std::string shownName(std::string_view name) {
    for (const Greek& g : kGreek)
        if (g.name == name) return std::string(g.letter);
    return std::string(name);
}

std::string shownNumber(double v) {
    std::string s = formatNumber(v);
    if (!s.empty() && s[0] == '-') s = "−" + s.substr(1);
    return s;
}

std::string superscript(std::string_view text) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 13> kMap{{
        {"0", "⁰"},
        {"1", "¹"},
        {"2", "²"},
        {"3", "³"},
        {"4", "⁴"},
        {"5", "⁵"},
        {"6", "⁶"},
        {"7", "⁷"},
        {"8", "⁸"},
        {"9", "⁹"},
        {"-", "⁻"},
        {"x", "ˣ"},
        {"−", "⁻"},
    }};
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        bool matched = false;
        for (const auto& [plain, sup] : kMap) {
            if (text.substr(i, plain.size()) == plain) {
                out += sup;
                i += plain.size();
                matched = true;
                break;
            }
        }
        if (!matched) return {};
    }
    return out;
}

std::string show(const Node& node) {
    return showNode(node).text;
}

} // namespace actviz::core::formula
