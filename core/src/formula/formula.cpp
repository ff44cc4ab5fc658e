// SPDX-License-Identifier: GPL-3.0-or-later
// Custom functions: checking, compiling, and keeping every compiled function for the program's
// life, so that a FunctionSpec pointer to one stays valid as the catalogue's do.

#include "actviz/core/formula.h"

#include "actviz/core/catalogue.h"
#include "ast.h"
#include "symbolic.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <mutex>

namespace actviz::core {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

/// A compiled function and everything its FunctionSpec points into.
struct Entry {
    CustomFunction custom;
    formula::Node tree; ///< f as typed, for formulaAsPython
    formula::Derived derived;
    std::string name;
    std::vector<ParamSpec> params;
    std::vector<std::string> symbols; ///< parameters as shown: "β" for beta
    FunctionSpec spec{};
};

/// Distinct compiled functions kept at most, in one process: far beyond any lecture; a bound
/// for what fuzzing or a script could ask.
constexpr std::size_t kMaxCompiled = 10000;

struct Registry {
    std::mutex mutex;
    std::vector<std::unique_ptr<Entry>> entries; // never moved: specs point into them
    std::map<std::string, const Entry*> byKey;
    std::map<const FunctionSpec*, const CustomFunction*> bySpec;
};

Registry& registry() {
    static Registry r;
    return r;
}

std::string keyOf(std::string_view text, const std::vector<FormulaParameter>& params) {
    std::string key(text);
    for (const FormulaParameter& p : params) {
        key += '\n' + p.name + ' ' + formatNumber(p.defaultValue) + ' ' +
               formatNumber(p.sliderMin) + ' ' + formatNumber(p.sliderMax) +
               (p.scale == Scale::Log ? " log" : " linear");
    }
    return key;
}

std::string_view trimmed(std::string_view s) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

std::optional<FormulaError> settingProblem(const FormulaParameter& p) {
    const std::string who = "parameter " + p.name + ": ";
    if (!std::isfinite(p.sliderMin) || !std::isfinite(p.sliderMax) || !(p.sliderMin < p.sliderMax))
        return FormulaError{who + "the slider's lower end must be below its upper end", 0};
    if (!std::isfinite(p.defaultValue)) return FormulaError{who + "the default must be finite", 0};
    if (p.scale == Scale::Log && !(p.sliderMin > 0.0))
        return FormulaError{who + "a logarithmic slider needs a lower end above 0", 0};
    if (p.scale == Scale::Log && !(p.defaultValue > 0.0))
        return FormulaError{who + "with a logarithmic slider the default must be above 0", 0};
    return std::nullopt;
}

/// The catalogue function with the same f and f' at its defaults, for a formula without
/// parameters: checked at 1601 points of [-8, 8], out to ±10^7, and at the candidate's kinks,
/// to 1e-12 relative (a sampling: a difference between the points goes unseen).
const FunctionSpec* sameAs(const FunctionSpec& custom) {
    if (!custom.params.empty()) return nullptr;
    std::vector<double> base;
    for (int i = 0; i <= 1600; ++i)
        base.push_back(-8.0 + 0.01 * i);
    for (const double far : {30.0, 1e3, 1e6, 1e7, 0.123456789, 2.718281828})
        for (const double sign : {-1.0, 1.0})
            base.push_back(sign * far);
    // Functions without parameters first: x*sigmoid(x) is SiLU rather than Swish with beta = 1.
    std::vector<const FunctionSpec*> order;
    for (const FunctionSpec& fn : catalogue())
        if (fn.params.empty()) order.push_back(&fn);
    for (const FunctionSpec& fn : catalogue())
        if (!fn.params.empty()) order.push_back(&fn);
    const auto close = [](double a, double b) {
        return (std::isnan(a) && std::isnan(b)) || a == b ||
               std::fabs(a - b) <= 1e-12 * std::fabs(b);
    };
    for (const FunctionSpec* fn : order) {
        const std::vector<double> params = fn->defaults();
        std::vector<double> xs = base;
        for (const double k : fn->kinks(params))
            xs.push_back(k);
        std::vector<double> mine(xs.size()), mineD(xs.size()), theirs(xs.size()),
            theirsD(xs.size());
        custom.evaluate(xs, {}, mine, mineD);
        fn->evaluate(xs, params, theirs, theirsD);
        bool same = true;
        for (std::size_t i = 0; i < xs.size() && same; ++i)
            same = close(mine[i], theirs[i]) && close(mineD[i], theirsD[i]);
        if (same) return fn;
    }
    return nullptr;
}

/// The text as kept and shown: blanks at the ends removed, every run of blanks inside one space
/// (a newline from a file must not break a CSV comment or a legend).
std::string normalized(std::string_view typed) {
    std::string out;
    bool blank = false;
    for (const char c : trimmed(typed)) {
        const bool isBlank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (isBlank && blank) continue;
        out += isBlank ? ' ' : c;
        blank = isBlank;
    }
    return out;
}

/// The parameters of `tree` with their settings (the defaults where none is given).
std::optional<FormulaError> withSettings(const formula::Parsed& tree,
                                         std::span<const FormulaParameter> settings,
                                         std::vector<FormulaParameter>& params) {
    for (const std::string& name : tree.parameters) {
        FormulaParameter p;
        p.name = name;
        params.push_back(p);
    }
    for (const FormulaParameter& s : settings) {
        auto it = std::find_if(params.begin(), params.end(),
                               [&](const FormulaParameter& p) { return p.name == s.name; });
        if (it == params.end()) return FormulaError{"the formula has no parameter " + s.name, 0};
        *it = s;
        if (auto why = settingProblem(s)) return why;
    }
    return std::nullopt;
}

/// The legend's name: f as shown, cut at 60 characters.
std::string shortName(const std::string& shown) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        if ((static_cast<unsigned char>(shown[i]) & 0xC0) == 0x80) continue;
        if (++chars == 60) return shown.substr(0, i) + "…";
    }
    return shown;
}

/// The compiled function of a parsed formula, not yet kept.
std::variant<std::unique_ptr<Entry>, FormulaError>
build(const std::string& text, const formula::Parsed& tree, std::vector<FormulaParameter> params) {
    auto derived = formula::derive(tree);
    if (auto* e = std::get_if<FormulaError>(&derived)) return *e;
    auto entry = std::make_unique<Entry>();
    entry->derived = std::move(std::get<formula::Derived>(derived));
    CustomFunction& c = entry->custom;
    c.text = text;
    c.parameters = std::move(params);
    c.shownF = formula::show(tree.root);
    entry->tree = tree.root;
    c.shownDf = entry->derived.shownDf;
    c.shownGrad = entry->derived.shownGrad;
    c.numpyF = entry->derived.numpyF;
    c.numpyDf = entry->derived.numpyDf;
    c.calls = entry->derived.calls;
    entry->name = shortName(c.shownF);
    for (const FormulaParameter& p : c.parameters)
        entry->symbols.push_back(formula::shownName(p.name));
    for (std::size_t k = 0; k < c.parameters.size(); ++k) {
        const FormulaParameter& p = c.parameters[k];
        const Domain domain = p.scale == Scale::Log ? Domain{0.0, kInf, false, false} : Domain{};
        entry->params.push_back(ParamSpec{p.name, entry->symbols[k], p.name, p.defaultValue, domain,
                                          p.sliderMin, p.sliderMax, p.scale, true});
    }
    FunctionSpec& spec = entry->spec;
    spec.id = kFormulaId;
    spec.name = entry->name;
    spec.family = "Custom";
    spec.reference = "Typed formula, evaluated as written in double precision";
    spec.params = entry->params;
    spec.program = &entry->derived.program;
    c.spec = &spec;
    c.sameAs = sameAs(spec);
    return entry;
}

} // namespace

FormulaCheck checkFormula(std::string_view text) {
    auto parsed = formula::parse(text);
    if (auto* e = std::get_if<FormulaError>(&parsed)) return {{}, *e};
    return {std::get<formula::Parsed>(parsed).parameters, std::nullopt};
}

FormulaResult compileFormula(std::string_view text, std::span<const FormulaParameter> settings) {
    // Parsed as typed (columns count from what the user sees); kept with its blanks collapsed.
    const std::string normal = normalized(text);
    auto parsed = formula::parse(text);
    if (auto* e = std::get_if<FormulaError>(&parsed)) return {nullptr, *e};
    const formula::Parsed& tree = std::get<formula::Parsed>(parsed);

    std::vector<FormulaParameter> params;
    if (auto why = withSettings(tree, settings, params)) return {nullptr, why};

    Registry& r = registry();
    const std::string key = keyOf(normal, params);
    {
        const std::lock_guard lock(r.mutex);
        if (auto it = r.byKey.find(key); it != r.byKey.end()) return {&it->second->custom, {}};
    }
    auto built = build(normal, tree, params);
    if (auto* e = std::get_if<FormulaError>(&built)) return {nullptr, *e};

    const std::lock_guard lock(r.mutex);
    if (auto it = r.byKey.find(key); it != r.byKey.end()) return {&it->second->custom, {}};
    if (r.entries.size() >= kMaxCompiled)
        return {nullptr, FormulaError{"more than " + std::to_string(kMaxCompiled) +
                                          " different formulas in one session",
                                      0}};
    Entry& entry = *r.entries.emplace_back(std::move(std::get<std::unique_ptr<Entry>>(built)));
    r.byKey.emplace(key, &entry);
    r.bySpec.emplace(&entry.spec, &entry.custom);
    return {&entry.custom, {}};
}

FormulaPreview previewFormula(std::string_view text, std::span<const FormulaParameter> settings) {
    FormulaPreview out;
    // What compileFormula would make, without keeping it: a dialog previews every pause in the
    // typing.
    const std::string normal = normalized(text);
    auto parsed = formula::parse(text);
    if (auto* e = std::get_if<FormulaError>(&parsed)) {
        out.error = *e;
        return out;
    }
    const formula::Parsed& tree = std::get<formula::Parsed>(parsed);
    std::vector<FormulaParameter> params;
    if (auto why = withSettings(tree, settings, params)) {
        out.error = why;
        return out;
    }
    auto built = build(normal, tree, params);
    if (auto* e = std::get_if<FormulaError>(&built)) {
        out.error = *e;
        return out;
    }
    const CustomFunction& c = std::get<std::unique_ptr<Entry>>(built)->custom;
    out.shownDf = c.shownDf;
    out.shownGrad = c.shownGrad;
    out.sameAs = c.sameAs;
    return out;
}

namespace {

std::string pythonOf(const formula::Node& n, const PythonDialect& d) {
    using formula::Kind;
    std::vector<std::string> a;
    a.reserve(n.args.size());
    for (const formula::Node& c : n.args)
        a.push_back(pythonOf(c, d));
    const auto number = [](double v) {
        std::string s = formatNumber(v);
        if (s.find_first_of(".en") == std::string::npos) s += ".0";
        return "(" + s + ")";
    };
    switch (n.kind) {
    case Kind::Number:
        return number(n.value);
    case Kind::X:
        return "x";
    case Kind::Parameter:
        return formula::pythonParameterName(n.name);
    case Kind::Pi:
        return "math.pi";
    case Kind::E:
        return "math.e";
    case Kind::Neg:
        return "(-" + a[0] + ")";
    case Kind::Add:
        return "(" + a[0] + " + " + a[1] + ")";
    case Kind::Sub:
        return "(" + a[0] + " - " + a[1] + ")";
    case Kind::Mul:
        return "(" + a[0] + " * " + a[1] + ")";
    case Kind::Div:
        return "(" + a[0] + " / " + a[1] + ")";
    case Kind::Pow:
        return "(" + a[0] + " ** " + a[1] + ")";
    case Kind::Builtin: {
        if (n.name == "pow") return "(" + a[0] + " ** " + a[1] + ")";
        // min and max as the window computes them: b - a >= 0 chooses a (and so do their f').
        if (n.name == "min")
            return std::string(d.where) + "((" + a[1] + " - " + a[0] + ") >= 0, " + a[0] + ", " +
                   a[1] + ")";
        if (n.name == "max")
            return std::string(d.where) + "((" + a[0] + " - " + a[1] + ") >= 0, " + a[0] + ", " +
                   a[1] + ")";
        std::string argument = a[0];
        if (!d.tensor.empty()) {
            std::string wrapped(d.tensor);
            wrapped.replace(wrapped.find("{}"), 2, argument);
            argument = wrapped;
        }
        if (n.name == "erf") return std::string(d.erf) + "(" + argument + ")";
        return std::string(d.prefix) + n.name + "(" + argument + ")";
    }
    case Kind::Catalogue:
        return d.call(*n.function, a[0], std::vector<std::string>(a.begin() + 1, a.end()));
    case Kind::If: {
        static constexpr const char* kCompare[] = {" < ", " <= ", " > ", " >= "};
        return std::string(d.where) + "(" + a[0] + kCompare[static_cast<int>(n.compare)] + a[1] +
               ", " + a[2] + ", " + a[3] + ")";
    }
    }
    return "0.0";
}

} // namespace

std::string formulaAsPython(const CustomFunction& fn, const PythonDialect& dialect) {
    Registry& r = registry();
    const formula::Node* tree = nullptr;
    {
        const std::lock_guard lock(r.mutex);
        for (const auto& e : r.entries)
            if (&e->custom == &fn) tree = &e->tree;
    }
    return tree != nullptr ? pythonOf(*tree, dialect) : std::string("x");
}

std::string formulaPythonName(std::string_view name) {
    return formula::pythonParameterName(name);
}

std::string formulaSymbol(std::string_view name) {
    return formula::shownName(name);
}

const CustomFunction* customFunction(const FunctionSpec& spec) {
    if (spec.program == nullptr) return nullptr;
    Registry& r = registry();
    const std::lock_guard lock(r.mutex);
    const auto it = r.bySpec.find(&spec);
    return it == r.bySpec.end() ? nullptr : it->second;
}

} // namespace actviz::core
