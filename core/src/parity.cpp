// SPDX-License-Identifier: GPL-3.0-or-later
// How PyTorch (torch.nn.functional, 2.x), JAX (jax.nn) and Keras 3 (keras.activations) define
// each catalogue function, read from their documentation and source. The catalogue follows
// PyTorch at kinks, so PyTorch's derivatives there need no override.

#include "actviz/core/parity.h"

#include "actviz/core/parameter.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace actviz::core {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

constexpr std::array<FlavorInfo, 4> kFlavors{{
    {Flavor::Exact, "exact", "exact"},
    {Flavor::PyTorch, "pytorch", "PyTorch"},
    {Flavor::Jax, "jax", "JAX"},
    {Flavor::Keras, "keras", "Keras"},
}};

// Parameter sets, by the catalogue's parameter ids.
constexpr LibraryParam kNone[1]{{"", 0.0, false}};
constexpr std::span<const LibraryParam> kNoParams(kNone, 0);
constexpr LibraryParam kSlope001[]{{"slope", 0.01, true}};
constexpr LibraryParam kSlope02[]{{"slope", 0.2, true}};
constexpr LibraryParam kAlpha1[]{{"alpha", 1.0, true}};
constexpr LibraryParam kPreluWeight[]{{"alpha", 0.25, true}};
constexpr LibraryParam kBetaIs1[]{{"beta", 1.0, false}};
constexpr LibraryParam kSquareplusB4[]{{"b", 4.0, true}};
constexpr LibraryParam kSoftplusTorch[]{{"beta", 1.0, true}, {"threshold", 20.0, true}};
constexpr LibraryParam kSoftplusPlain[]{{"beta", 1.0, false}, {"threshold", kInf, false}};
constexpr LibraryParam kHardtanhTorch[]{{"min", -1.0, true}, {"max", 1.0, true}};
constexpr LibraryParam kHardtanhFixed[]{{"min", -1.0, false}, {"max", 1.0, false}};
constexpr LibraryParam kOtherLogits[]{{"c", 0.0, true}, {"k", 1.0, true}};

// PyTorch's hardsigmoid backward multiplies by a float 1/6 even in double (its CPU kernel's
// constant is 1.0f / 6.0f), so f' is 0.1666666716... there, not 1/6: seen in PyTorch 1.13.
std::optional<double> torchHardSigmoid(double x, const double*) {
    if (x > -3.0 && x < 3.0) return static_cast<double>(1.0F / 6.0F);
    return std::nullopt;
}

// Where JAX's autograd departs from PyTorch's at a kink.
std::optional<double> jaxLeakyRelu(double x, const double*) {
    return x == 0.0 ? std::optional(1.0) : std::nullopt; // where(x >= 0, x, slope x)
}
std::optional<double> jaxHardTanh(double x, const double*) {
    return x == -1.0 || x == 1.0 ? std::optional(1.0) : std::nullopt; // nested where, inclusive
}
std::optional<double> jaxHardSwish(double x, const double*) {
    if (x == -3.0) return 0.0; // x relu6(x+3)/6, relu6's gradient 0 at its kinks
    if (x == 3.0) return 1.0;
    return std::nullopt;
}

constexpr LibraryDefinition absent(std::string_view note = {}) {
    return {false, {}, note, {}, kNoParams, nullptr};
}

struct Row {
    std::string_view id;
    std::array<LibraryDefinition, 3> libraries; ///< PyTorch, JAX, Keras
};

constexpr std::string_view kKerasBackend =
    "its gradient at a kink is the backend's (PyTorch's or JAX's)";

const auto kRows = std::to_array<Row>({
    {"sigmoid",
     {{{true, "torch.sigmoid(x)", "", "sigmoid", kNoParams},
       {true, "jax.nn.sigmoid(x)", "", "sigmoid", kNoParams},
       {true, "keras.activations.sigmoid(x)", "", "sigmoid", kNoParams}}}},
    {"tanh",
     {{{true, "torch.tanh(x)", "", "tanh", kNoParams},
       {true, "jax.nn.tanh(x)", "", "tanh", kNoParams},
       {true, "keras.activations.tanh(x)", "", "tanh", kNoParams}}}},
    {"relu",
     {{{true, "torch.nn.functional.relu(x)", "", "relu", kNoParams},
       {true, "jax.nn.relu(x)", "gradient 0 at 0 by its custom JVP", "relu", kNoParams},
       {true, "keras.activations.relu(x)", kKerasBackend, "relu", kNoParams}}}},
    {"softmax",
     {{{true, "torch.softmax(z, dim=-1)[0], z = (x, c, ..., c)", "", "softmax", kOtherLogits},
       {true, "jax.nn.softmax(z)[0], z = (x, c, ..., c)", "", "softmax", kOtherLogits},
       {true, "keras.activations.softmax(z)[0], z = (x, c, ..., c)", "", "softmax",
        kOtherLogits}}}},
    {"leaky_relu",
     {{{true, "torch.nn.functional.leaky_relu(x, negative_slope=0.01)", "", "leaky_relu",
        kSlope001},
       {true, "jax.nn.leaky_relu(x, negative_slope=0.01)",
        "gradient 1 at 0 (where(x >= 0, x, slope x)), not the slope", "leaky_relu", kSlope001,
        jaxLeakyRelu},
       {true, "keras.activations.leaky_relu(x, negative_slope=0.2)",
        "default slope 0.2 (the layer keras.layers.LeakyReLU: 0.3, as Keras 2's alpha); "
        "its gradient at 0 is the backend's",
        "leaky_relu", kSlope02}}}},
    {"elu",
     {{{true, "torch.nn.functional.elu(x, alpha=1.0)", "", "elu", kAlpha1},
       {true, "jax.nn.elu(x, alpha=1.0)", "", "elu", kAlpha1},
       {true, "keras.activations.elu(x, alpha=1.0)", "", "elu", kAlpha1}}}},
    {"prelu",
     {{{true, "torch.nn.functional.prelu(x, weight) (torch.nn.PReLU starts at 0.25)", "", "prelu",
        kPreluWeight},
       absent(),
       absent("only as the layer keras.layers.PReLU")}}},
    {"swish",
     {{{true, "torch.nn.functional.silu(x)",
        "no beta: beta is 1 (x * torch.sigmoid(beta * x) "
        "by hand for others)",
        "swish", kBetaIs1},
       {true, "jax.nn.swish(x)", "no beta: the same as jax.nn.silu, beta 1", "swish", kBetaIs1},
       {true, "keras.activations.swish(x)", "no beta: the same as silu, beta 1", "swish",
        kBetaIs1}}}},
    {"squareplus",
     {{absent(),
       {true, "jax.nn.squareplus(x, b=4)", "default b = 4", "squareplus", kSquareplusB4},
       {true, "keras.activations.squareplus(x, b=4)", "default b = 4 (Keras 3.7 and later)",
        "squareplus", kSquareplusB4}}}},
    {"smu", {{absent(), absent(), absent()}}},
    {"smu1", {{absent(), absent(), absent()}}},
    {"gelu",
     {{{true, "torch.nn.functional.gelu(x)", "exact by default (approximate='none')", "gelu",
        kNoParams},
       {true, "jax.nn.gelu(x)",
        "the tanh approximation by default (approximate=True); approximate=False is exact",
        "gelu_tanh", kNoParams},
       {true, "keras.activations.gelu(x)",
        "exact by default (approximate=False; keras.ops.gelu defaults to True)", "gelu",
        kNoParams}}}},
    {"gelu_tanh",
     {{{true, "torch.nn.functional.gelu(x, approximate='tanh')", "", "gelu_tanh", kNoParams},
       {true, "jax.nn.gelu(x)", "its default", "gelu_tanh", kNoParams},
       {true, "keras.activations.gelu(x, approximate=True)", "", "gelu_tanh", kNoParams}}}},
    {"silu",
     {{{true, "torch.nn.functional.silu(x)", "", "silu", kNoParams},
       {true, "jax.nn.silu(x)", "", "silu", kNoParams},
       {true, "keras.activations.silu(x)", "", "silu", kNoParams}}}},
    {"mish",
     {{{true, "torch.nn.functional.mish(x)", "", "mish", kNoParams},
       {true, "jax.nn.mish(x)", "in recent versions only", "mish", kNoParams},
       {true, "keras.activations.mish(x)", "", "mish", kNoParams}}}},
    {"softplus",
     {{{true, "torch.nn.functional.softplus(x, beta=1.0, threshold=20.0)", "", "softplus",
        kSoftplusTorch},
       {true, "jax.nn.softplus(x)", "log(1 + e^x) (logaddexp(x, 0)): no beta, no threshold",
        "softplus", kSoftplusPlain},
       {true, "keras.activations.softplus(x)", "log(1 + e^x): no beta, no threshold", "softplus",
        kSoftplusPlain}}}},
    {"selu",
     {{{true, "torch.nn.functional.selu(x)", "", "selu", kNoParams},
       {true, "jax.nn.selu(x)", "", "selu", kNoParams},
       {true, "keras.activations.selu(x)", "", "selu", kNoParams}}}},
    {"celu",
     {{{true, "torch.nn.functional.celu(x, alpha=1.0)", "", "celu", kAlpha1},
       {true, "jax.nn.celu(x, alpha=1.0)", "", "celu", kAlpha1},
       {true, "keras.activations.celu(x, alpha=1.0)", "Keras 3.7 and later", "celu", kAlpha1}}}},
    {"softsign",
     {{{true, "torch.nn.functional.softsign(x)", "", "softsign", kNoParams},
       {true, "jax.nn.soft_sign(x)", "", "softsign", kNoParams},
       {true, "keras.activations.softsign(x)", "", "softsign", kNoParams}}}},
    {"hardtanh",
     {{{true, "torch.nn.functional.hardtanh(x, min_val=-1.0, max_val=1.0)", "", "hardtanh",
        kHardtanhTorch},
       {true, "jax.nn.hard_tanh(x)", "limits fixed at -1 and 1; gradient 1 at them, not 0",
        "hardtanh", kHardtanhFixed, jaxHardTanh},
       {true, "keras.activations.hard_tanh(x)",
        "limits fixed at -1 and 1 (Keras 3.7 and later); its gradient at them is the backend's",
        "hardtanh", kHardtanhFixed}}}},
    {"hardsigmoid",
     {{{true, "torch.nn.functional.hardsigmoid(x)",
        "f' is float's 1/6, 0.16666667163..., even in float64 (a float constant in its kernel)",
        "hardsigmoid", kNoParams, torchHardSigmoid},
       {true, "jax.nn.hard_sigmoid(x)", "", "hardsigmoid", kNoParams},
       {true, "keras.activations.hard_sigmoid(x)",
        "relu6(x + 3)/6 in Keras 3; Keras 2 used 0.2x + 0.5 clipped to [0, 1]", "hardsigmoid",
        kNoParams}}}},
    {"hardswish",
     {{{true, "torch.nn.functional.hardswish(x)", "", "hardswish", kNoParams},
       {true, "jax.nn.hard_swish(x)", "gradient 0 at -3 and 1 at 3, not -0.5 and 1.5", "hardswish",
        kNoParams, jaxHardSwish},
       {true, "keras.activations.hard_silu(x)", kKerasBackend, "hardswish", kNoParams}}}},
    {"relu6",
     {{{true, "torch.nn.functional.relu6(x)", "", "relu6", kNoParams},
       {true, "jax.nn.relu6(x)", "", "relu6", kNoParams},
       {true, "keras.activations.relu6(x)", "", "relu6", kNoParams}}}},
    {"log_sigmoid",
     {{{true, "torch.nn.functional.logsigmoid(x)", "", "log_sigmoid", kNoParams},
       {true, "jax.nn.log_sigmoid(x)", "", "log_sigmoid", kNoParams},
       {true, "keras.activations.log_sigmoid(x)", "Keras 3.7 and later", "log_sigmoid",
        kNoParams}}}},
    {"tanhshrink",
     {{{true, "torch.nn.functional.tanhshrink(x)", "", "tanhshrink", kNoParams},
       absent(),
       {true, "keras.activations.tanh_shrink(x)", "Keras 3.7 and later", "tanhshrink",
        kNoParams}}}},
});

const Row* findRow(std::string_view id) {
    const auto it =
        std::find_if(kRows.begin(), kRows.end(), [id](const Row& r) { return r.id == id; });
    return it == kRows.end() ? nullptr : &*it;
}

} // namespace

std::span<const FlavorInfo> flavors() {
    return kFlavors;
}

const FlavorInfo& flavorInfo(Flavor flavor) {
    return kFlavors[static_cast<std::size_t>(flavor)];
}

std::optional<Flavor> parseFlavor(std::string_view id) {
    for (const FlavorInfo& f : kFlavors)
        if (f.id == id) return f.flavor;
    return std::nullopt;
}

std::optional<LibraryDefinition> libraryDefinition(std::string_view id, Flavor flavor) {
    const FunctionSpec* fn = findFunction(id);
    const Row* row = findRow(id);
    if (fn == nullptr || row == nullptr) return std::nullopt;
    if (flavor == Flavor::Exact) return LibraryDefinition{true, fn->texF, {}, fn->id, kNoParams};
    return row->libraries[static_cast<std::size_t>(flavor) - 1];
}

FlavoredFunction::FlavoredFunction(const FunctionSpec& target, std::vector<double> params,
                                   std::optional<double> (*dfOverride)(double, const double*))
    : m_target(&target)
    , m_params(std::move(params))
    , m_dfOverride(dfOverride) {}

double FlavoredFunction::f(double x) const {
    return m_target->f(x, m_params);
}

double FlavoredFunction::df(double x) const {
    if (m_dfOverride != nullptr)
        if (const auto d = m_dfOverride(x, m_params.data())) return *d;
    return m_target->df(x, m_params);
}

void FlavoredFunction::evaluate(std::span<const double> x, std::span<double> f,
                                std::span<double> df) const {
    m_target->evaluate(x, m_params, f, df);
    if (m_dfOverride == nullptr || df.empty()) return;
    for (std::size_t i = 0; i < x.size(); ++i)
        if (const auto d = m_dfOverride(x[i], m_params.data())) df[i] = *d;
}

std::vector<double> FlavoredFunction::kinks() const {
    return m_target->kinks(m_params);
}

std::variant<FlavoredFunction, std::string> flavored(const FunctionSpec& fn, Flavor flavor,
                                                     std::span<const std::optional<double>> given) {
    if (fn.program != nullptr) {
        // A typed formula has its own definition only.
        if (flavor != Flavor::Exact)
            return std::string(flavorInfo(flavor).name) + " has no typed formula";
        std::vector<double> values = fn.defaults();
        for (std::size_t i = 0; i < given.size() && i < values.size(); ++i)
            if (given[i]) values[i] = *given[i];
        if (auto why = fn.validate(values)) return *why;
        return FlavoredFunction(fn, std::move(values), nullptr);
    }
    const auto definition = libraryDefinition(fn.id, flavor);
    if (!definition) return std::string(fn.id) + " is not in the catalogue";
    const std::string library(flavorInfo(flavor).name);
    if (!definition->available) {
        std::string why = library + " has no " + std::string(fn.name);
        if (!definition->note.empty()) why += " (" + std::string(definition->note) + ")";
        return why;
    }
    const FunctionSpec* target = findFunction(definition->target);
    std::vector<double> values = target->defaults();
    // The rule for the target's parameter `id`: the catalogue's (settable, its default) for
    // the exact flavour, else the library's.
    auto ruleFor = [&](std::string_view id) -> std::optional<LibraryParam> {
        if (flavor == Flavor::Exact) {
            const auto i = target->paramIndex(id);
            if (!i) return std::nullopt;
            return LibraryParam{id, target->params[*i].defaultValue, true};
        }
        for (const LibraryParam& r : definition->params)
            if (r.id == id) return r;
        return std::nullopt;
    };
    for (std::size_t i = 0; i < target->params.size(); ++i)
        if (const auto rule = ruleFor(target->params[i].id)) values[i] = rule->value;
    for (std::size_t i = 0; i < given.size() && i < fn.params.size(); ++i) {
        if (!given[i]) continue;
        const std::string_view id = fn.params[i].id;
        const auto rule = ruleFor(id);
        if (!rule || !rule->settable) {
            std::string why =
                library + "'s " + std::string(definition->call) + " takes no " + std::string(id);
            if (rule) why += " (it is fixed at " + formatNumber(rule->value) + ")";
            return why;
        }
        values[*target->paramIndex(id)] = *given[i];
    }
    if (auto why = target->validate(values)) return *why;
    return FlavoredFunction(*target, std::move(values), definition->dfOverride);
}

std::vector<bool> takenParameters(const FunctionSpec& fn, Flavor flavor) {
    std::vector<bool> taken(fn.params.size(), false);
    // A typed formula takes all of its parameters, in its own definition only.
    if (fn.program != nullptr) {
        std::fill(taken.begin(), taken.end(), flavor == Flavor::Exact);
        return taken;
    }
    const auto definition = libraryDefinition(fn.id, flavor);
    if (!definition || !definition->available) return taken;
    for (std::size_t i = 0; i < fn.params.size(); ++i) {
        if (flavor == Flavor::Exact) {
            taken[i] = true;
            continue;
        }
        for (const LibraryParam& r : definition->params)
            if (r.id == fn.params[i].id) taken[i] = r.settable;
    }
    return taken;
}

std::vector<double> definitionDefaults(const FunctionSpec& fn, Flavor flavor) {
    std::vector<double> values = fn.defaults();
    const auto definition = libraryDefinition(fn.id, flavor);
    if (flavor == Flavor::Exact || !definition || !definition->available) return values;
    for (std::size_t i = 0; i < fn.params.size(); ++i)
        for (const LibraryParam& r : definition->params)
            if (r.id == fn.params[i].id) values[i] = r.value;
    return values;
}

std::variant<FlavoredFunction, std::string> flavoredWith(const FunctionSpec& fn, Flavor flavor,
                                                         std::span<const double> params) {
    // A fixed parameter at its fixed value is not given (flavored refuses any other).
    const std::vector<bool> taken = takenParameters(fn, flavor);
    const std::vector<double> defaults = definitionDefaults(fn, flavor);
    std::vector<std::optional<double>> given(fn.params.size());
    for (std::size_t i = 0; i < given.size() && i < params.size(); ++i)
        if (taken[i] || params[i] != defaults[i]) given[i] = params[i];
    return flavored(fn, flavor, given);
}

std::vector<double> carryParameters(const FunctionSpec& fn, Flavor from, Flavor to,
                                    std::span<const double> params) {
    const std::vector<double> was = definitionDefaults(fn, from);
    std::vector<double> values = definitionDefaults(fn, to);
    const std::vector<bool> taken = takenParameters(fn, to);
    for (std::size_t i = 0; i < values.size() && i < params.size(); ++i)
        if (taken[i] && params[i] != was[i]) values[i] = params[i];
    return values;
}

LargestDifference largestDifference(const FlavoredFunction& a, const FlavoredFunction& b, double lo,
                                    double hi, std::size_t count) {
    std::vector<double> xs;
    xs.reserve(count + 8);
    for (std::size_t i = 0; i < count; ++i)
        xs.push_back(count == 1 ? lo
                                : lo + (hi - lo) * static_cast<double>(i) /
                                           static_cast<double>(count - 1));
    for (const FlavoredFunction* g : {&a, &b})
        for (const double k : g->kinks())
            if (k >= lo && k <= hi) xs.push_back(k);
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
    std::vector<double> fa(xs.size()), dfa(xs.size()), fb(xs.size()), dfb(xs.size());
    a.evaluate(xs, fa, dfa);
    b.evaluate(xs, fb, dfb);
    LargestDifference d{0.0, std::nan(""), 0.0, std::nan("")};
    auto gap = [](double u, double v) {
        if (u == v) return 0.0; // equal infinities too
        const double g = std::fabs(u - v);
        if (std::isnan(g)) return kInf;
        return g;
    };
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (const double g = gap(fa[i], fb[i]); g > d.f) d = {g, xs[i], d.df, d.atDf};
        if (const double g = gap(dfa[i], dfb[i]); g > d.df) d = {d.f, d.atF, g, xs[i]};
    }
    return d;
}

} // namespace actviz::core
