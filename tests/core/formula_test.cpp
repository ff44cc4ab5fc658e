// SPDX-License-Identifier: GPL-3.0-or-later
// Typed formulas: parser messages, symbolic derivatives against high-precision references,
// catalogue functions inside formulas, kinks, limits.

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "formula/ast.h"
#include "reference.h"

#include <boost/math/special_functions/erf.hpp>
#include <boost/multiprecision/cpp_bin_float.hpp>
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace actviz::core {
namespace {

using test::Real;

// --- an independent evaluator of the syntax tree, in any floating type

template <class T> T fromText(const std::string& s);
template <> Real fromText<Real>(const std::string& s) {
    return Real(s);
}
template <> long double fromText<long double>(const std::string& s) {
    return std::stold(s);
}

template <class T> T catalogueCall(const formula::Node& n, const std::vector<T>& args) {
    // The reference takes doubles; the first-order terms carry what rounding the arguments to
    // double dropped, so the result keeps T's precision (the error is second order).
    const FunctionSpec& fn = *n.function;
    std::vector<double> p;
    for (std::size_t k = 1; k < args.size(); ++k)
        p.push_back(static_cast<double>(args[k]));
    const double u = static_cast<double>(args[0]);
    const auto ref = test::reference(fn.id, u, p);
    EXPECT_TRUE(ref.has_value()) << fn.id;
    if (!ref) return T(0);
    T v = static_cast<T>(ref->f) + static_cast<T>(ref->df) * (args[0] - T(u));
    for (std::size_t k = 1; k < args.size(); ++k) {
        const auto& g = ref->grads[k - 1];
        if (g) v += static_cast<T>(*g) * (args[k] - T(p[k - 1]));
    }
    return v;
}

template <class T> T evaluate(const formula::Node& n, T x, const std::map<std::string, T>& params) {
    using formula::Kind;
    using std::abs, std::exp, std::log, std::log1p, std::expm1, std::sqrt, std::tanh, std::pow;
    std::vector<T> a;
    for (const formula::Node& c : n.args)
        a.push_back(evaluate(c, x, params));
    switch (n.kind) {
    case Kind::Number:
        return n.name.empty() ? T(n.value) : fromText<T>(n.name);
    case Kind::X:
        return x;
    case Kind::Parameter:
        return params.at(n.name);
    case Kind::Pi:
        return boost::math::constants::pi<T>();
    case Kind::E:
        return boost::math::constants::e<T>();
    case Kind::Neg:
        return -a[0];
    case Kind::Add:
        return a[0] + a[1];
    case Kind::Sub:
        return a[0] - a[1];
    case Kind::Mul:
        return a[0] * a[1];
    case Kind::Div:
        return a[0] / a[1];
    case Kind::Pow:
        return pow(a[0], a[1]);
    case Kind::Builtin:
        if (n.name == "abs") return abs(a[0]);
        if (n.name == "exp") return exp(a[0]);
        if (n.name == "log") return log(a[0]);
        if (n.name == "log1p") return log1p(a[0]);
        if (n.name == "expm1") return expm1(a[0]);
        if (n.name == "sqrt") return sqrt(a[0]);
        if (n.name == "erf") return boost::math::erf(a[0]);
        if (n.name == "tanh") return tanh(a[0]);
        if (n.name == "pow") return pow(a[0], a[1]);
        if (n.name == "min") return a[0] < a[1] ? a[0] : a[1];
        if (n.name == "max") return a[0] > a[1] ? a[0] : a[1];
        break;
    case Kind::Catalogue:
        return catalogueCall(n, a);
    case Kind::If: {
        bool c = false;
        switch (n.compare) {
        case formula::Compare::Less:
            c = a[0] < a[1];
            break;
        case formula::Compare::LessEqual:
            c = a[0] <= a[1];
            break;
        case formula::Compare::Greater:
            c = a[0] > a[1];
            break;
        case formula::Compare::GreaterEqual:
            c = a[0] >= a[1];
            break;
        }
        return c ? a[2] : a[3];
    }
    }
    ADD_FAILURE() << "unknown node";
    return T(0);
}

const CustomFunction& compiled(const std::string& text) {
    const FormulaResult r = compileFormula(text);
    EXPECT_FALSE(r.error) << text << ": " << (r.error ? r.error->message : "");
    if (r.function == nullptr) throw std::runtime_error("no function");
    return *r.function;
}

formula::Parsed parsed(const std::string& text) {
    return std::get<formula::Parsed>(formula::parse(text));
}

// Smooth formulas, with every parameter at a value other than its default.
const std::vector<std::pair<std::string, std::vector<double>>> kSmooth{
    {"x * sigmoid(beta*x)", {1.7}},
    {"(x + sqrt(x^2 + b))/2", {0.3}},
    {"x*tanh(softplus(x))", {}},
    {"softplus(x, beta=2, threshold=3)*a", {0.5}},
    {"x*sigmoid(beta*x + gamma)", {0.8, -0.4}},
    {"erf(x) * a + log1p(x^2) - expm1(-x^2/2)", {2.5}},
    {"pow(x^2 + 1, p) * exp(-x/3)", {0.75}},
    {"swish(x, beta=b) + gelu(x)/2", {1.3}},
    {"smu(x, alpha=0.25, mu=m)", {2.0}},
    {"x*log(1 + exp(k*x))/k", {1.5}},
    {"tanh(x)*e + pi*x", {}},
};

std::vector<double> grid() {
    std::vector<double> xs;
    for (int i = -40; i <= 40; ++i)
        xs.push_back(i * 0.173 + 0.011);
    return xs;
}

TEST(Formula, DerivativesMatchHighPrecisionDifferences) {
    // f' and df/dparam from GiNaC, compiled, against central differences of f evaluated from
    // the syntax tree in 50 digits (h = 1e-20: the difference's own error is below 1e-30).
    const Real h("1e-20");
    for (const auto& [text, values] : kSmooth) {
        const CustomFunction& fn = compiled(text);
        const formula::Parsed tree = parsed(text);
        ASSERT_EQ(fn.parameters.size(), values.size()) << text;
        std::map<std::string, Real> p;
        for (std::size_t k = 0; k < values.size(); ++k)
            p[fn.parameters[k].name] = Real(values[k]);
        for (const double x : grid()) {
            const Real rx(x);
            const Real df =
                (evaluate(tree.root, rx + h, p) - evaluate(tree.root, rx - h, p)) / (2 * h);
            const double got = fn.spec->df(x, values);
            EXPECT_NEAR(got, static_cast<double>(df),
                        1e-12 * (1 + std::fabs(static_cast<double>(df))))
                << text << " f' at " << x;
            EXPECT_NEAR(fn.spec->f(x, values), static_cast<double>(evaluate(tree.root, rx, p)),
                        1e-13 * (1 + std::fabs(fn.spec->f(x, values))))
                << text << " f at " << x;
            for (std::size_t k = 0; k < values.size(); ++k) {
                auto up = p;
                auto down = p;
                up[fn.parameters[k].name] += h;
                down[fn.parameters[k].name] -= h;
                const Real g =
                    (evaluate(tree.root, rx, up) - evaluate(tree.root, rx, down)) / (2 * h);
                EXPECT_NEAR(fn.spec->grad(x, values, k), static_cast<double>(g),
                            1e-12 * (1 + std::fabs(static_cast<double>(g))))
                    << text << " df/d" << fn.parameters[k].name << " at " << x;
            }
        }
    }
}

TEST(Formula, DerivativesMatchLongDoubleDifferences) {
    const long double h = 1e-5L;
    for (const auto& [text, values] : kSmooth) {
        const CustomFunction& fn = compiled(text);
        const formula::Parsed tree = parsed(text);
        std::map<std::string, long double> p;
        for (std::size_t k = 0; k < values.size(); ++k)
            p[fn.parameters[k].name] = values[k];
        for (const double x : grid()) {
            const long double lx = x;
            const long double df =
                (evaluate(tree.root, lx + h, p) - evaluate(tree.root, lx - h, p)) / (2 * h);
            EXPECT_NEAR(fn.spec->df(x, values), static_cast<double>(df),
                        1e-8 * (1 + std::fabs(static_cast<double>(df))))
                << text << " at " << x;
        }
    }
}

TEST(Formula, MishTypedOutIsMish) {
    const CustomFunction& fn = compiled("x*tanh(softplus(x))");
    const FunctionSpec& mish = *findFunction("mish");
    EXPECT_EQ(fn.sameAs, &mish);
    // Smooth, as Mish: softplus in a formula is ln(1 + e^x), without PyTorch's switch at 20.
    EXPECT_TRUE(fn.spec->kinks({}).empty());
    EXPECT_EQ(compiled("softplus(x, threshold=3)").spec->kinks({}), std::vector<double>{3.0});
    for (double x = -30; x <= 30; x += 0.0625) {
        EXPECT_NEAR(fn.spec->f(x, {}), mish.f(x, {}), 1e-14 * (1 + std::fabs(x))) << x;
        EXPECT_NEAR(fn.spec->df(x, {}), mish.df(x, {}), 1e-13) << x;
    }
    EXPECT_EQ(compiled("x*sigmoid(x)").sameAs, findFunction("silu"));
    EXPECT_EQ(compiled("x*sigmoid(2*x)").sameAs, nullptr);
    // Close is not the same: far out, a hair off, or another f' at the kink.
    EXPECT_EQ(compiled("relu(x) + if(x > 1e6, 1, 0)").sameAs, nullptr);
    EXPECT_EQ(compiled("x*sigmoid(x) + 1e-13").sameAs, nullptr);
    EXPECT_EQ(compiled("max(x, 0)").sameAs, nullptr); // f'(0) = 1, ReLU's is 0
    EXPECT_EQ(compiled("if(x > 0, x, 0.01*x)").sameAs, findFunction("leaky_relu"));
    EXPECT_EQ(compiled("x*sigmoid(b*x)").sameAs, nullptr); // has a parameter
}

TEST(Formula, ShownMathematics) {
    const CustomFunction& fn = compiled("x * sigmoid(beta*x)");
    EXPECT_EQ(fn.shownF, "x·σ(β·x)");
    EXPECT_EQ(fn.shownGrad.at(0), "x²·σ′(β·x)");
    EXPECT_EQ(compiled("(x + sqrt(x^2 + b))/2").shownF, "(x + √(x² + b))/2");
    EXPECT_EQ(compiled("(x + sqrt(x^2 + b))/2").shownDf, "x/(2·√(b + x²)) + 1/2");
    EXPECT_EQ(compiled("abs(x)").shownDf, "sgn(x)");
    EXPECT_EQ(compiled("erf(x)").shownDf, "2·exp(−x²)/√π");
    EXPECT_EQ(compiled("smu(x, alpha=0.5)").shownF, "smu(x, α = 0.5)");
}

struct BadFormula {
    const char* text;
    const char* message;
    int column;
};

TEST(Formula, ErrorsSayWhatAndWhere) {
    const BadFormula cases[] = {
        {"x * sigmoid(beta*x", "missing ) at column 18", 18},
        {"(x + 1", "missing ) at column 6", 6},
        {"x + 1)", "unmatched ) at column 6", 6},
        {"x +", "ends too early", 3},
        {"x + * 2", "expected a number, a name or ( at column 5", 5},
        {"2x", "expected an operator before 'x' at column 2", 2},
        {"foo(x)", "unknown function foo at column 1", 1},
        {"gelu(x, 1)", "gelu takes x only, got 1 after x", 1},
        {"swish(x, 1, 2)", "swish takes x and 1 parameter (beta), got 2", 1},
        {"swish(x, gamma=1)", "it has no parameter gamma at column 10", 10},
        {"smu(x, alpha=a)", "smu's alpha must be a number here", 8},
        {"exp(x, 2)", "exp takes 1 argument, got 2", 1},
        {"pow(x)", "pow takes 2 arguments, got 1", 1},
        {"if(x, 1, 0)", "if needs a condition first", 4},
        {"if(x == 0, 1, x)", "use <, <=, > or >= in a condition", 6},
        {"max(x > 0, 1)", "a comparison may only be the first argument of if", 5},
        {"sigmoid + x", "sigmoid is a function: write sigmoid(x)", 1},
        {"2 + a", "does not use x", 0},
        {"x $ 2", "unexpected character '$' at column 3", 3},
        {"β·x", "unexpected character 'β' at column 1", 1},
        {"1e999 * x", "too large for a double", 1},
        {"1.2.3 * x", "is not a number", 1},
        {"", "type a formula", 0},
        {"x*log(1-2)", "not real-valued", 0},
        {"x + sqrt(-1)", "not real-valued", 0},
        {"softplus(x, beta=0)", "softplus.beta", 1},
        {"hardtanh(x, 2, 1)", "hardtanh.min must be less than hardtanh.max", 1},
        {"x*inf", "inf is not a parameter here", 3},
        {"x*PI", "write pi for the constant PI", 3},
        {"f*x", "f is the function itself", 1},
        {"1e-999*x", "too small for a double", 1},
        {"0^(x-x)", "0^0", 0},
        {"x/0", "divides by zero", 0},
        {"x + log(0)", "logarithm of 0", 0},
        {"if(x > 0, 1, 1)", "does not depend on x", 0},
    };
    for (const BadFormula& c : cases) {
        const FormulaResult r = compileFormula(c.text);
        ASSERT_TRUE(r.error) << c.text;
        EXPECT_EQ(r.function, nullptr);
        EXPECT_NE(r.error->message.find(c.message), std::string::npos)
            << c.text << ": " << r.error->message;
        EXPECT_EQ(r.error->column, c.column) << c.text << ": " << r.error->message;
    }
}

TEST(Formula, LimitsAreMessagesNotCrashes) {
    EXPECT_TRUE(checkFormula(std::string(1001, 'x')).error);
    EXPECT_TRUE(compileFormula(std::string(400, '(') + "x" + std::string(400, ')')).error);
    EXPECT_TRUE(compileFormula(std::string(900, '-') + "x").error);
    EXPECT_TRUE(compileFormula("x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x"
                               "^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x"
                               "^x^x^x^x^x")
                    .error);
    const FormulaResult nine = compileFormula("a*b*c*d*g*h*k*m*n*x");
    ASSERT_TRUE(nine.error);
    EXPECT_NE(nine.error->message.find("at most 8 parameters"), std::string::npos);
    std::string bytes = "x + ";
    bytes += static_cast<char>(0xff);
    EXPECT_NE(checkFormula(bytes).error->message.find("byte 0xFF"), std::string::npos);
}

TEST(Formula, ParametersInOrderOfAppearance) {
    const FormulaCheck c = checkFormula("b*x + a*x^2 + b");
    EXPECT_FALSE(c.error);
    EXPECT_EQ(c.parameters, (std::vector<std::string>{"b", "a"}));
}

TEST(Formula, SettingsAreCheckedAndKeyTheFunction) {
    const FormulaParameter log{"b", 0.5, 0.01, 10.0, Scale::Log};
    const FormulaResult r = compileFormula("(x + sqrt(x^2 + b))/2", std::span(&log, 1));
    ASSERT_FALSE(r.error);
    EXPECT_EQ(r.function->spec->params[0].scale, Scale::Log);
    EXPECT_EQ(r.function->spec->defaults(), std::vector<double>{0.5});
    EXPECT_TRUE(std::isnan(r.function->spec->f(1.0, std::vector<double>{-1.0}))); // outside
    EXPECT_TRUE(r.function->spec->validate(std::vector<double>{-1.0}));
    EXPECT_EQ(compileFormula("(x + sqrt(x^2 + b))/2", std::span(&log, 1)).function, r.function);
    EXPECT_NE(compileFormula("(x + sqrt(x^2 + b))/2").function, r.function);
    EXPECT_EQ(customFunction(*r.function->spec), r.function);
    EXPECT_EQ(customFunction(*findFunction("relu")), nullptr);

    const FormulaParameter badLog{"b", 0.5, 0.0, 10.0, Scale::Log};
    EXPECT_TRUE(compileFormula("x*b", std::span(&badLog, 1)).error);
    const FormulaParameter reversed{"b", 0.5, 3.0, 1.0, Scale::Linear};
    EXPECT_TRUE(compileFormula("x*b", std::span(&reversed, 1)).error);
    const FormulaParameter unknown{"q", 1.0, -5.0, 5.0, Scale::Linear};
    EXPECT_TRUE(compileFormula("x*b", std::span(&unknown, 1)).error);
}

TEST(Formula, KinksOfBranchesAndCatalogueFunctions) {
    EXPECT_EQ(compiled("abs(x)").spec->kinks({}), std::vector<double>{0.0});
    EXPECT_EQ(compiled("max(a*x, x)").spec->kinks(std::vector<double>{0.5}),
              std::vector<double>{0.0});
    EXPECT_TRUE(compiled("max(a*x, x)").spec->kinks(std::vector<double>{1.0}).empty());
    EXPECT_EQ(compiled("relu(x - 1.5)").spec->kinks({}), std::vector<double>{1.5});
    const std::vector<double> third = compiled("if(x^3 > 2, x, 0)").spec->kinks({});
    ASSERT_EQ(third.size(), 1u);
    EXPECT_DOUBLE_EQ(third[0], std::cbrt(2.0));
    EXPECT_TRUE(compiled("x*sigmoid(x)").spec->kinks({}).empty());
    // Far out, two close together, and the end of a stretch where the source is 0.
    EXPECT_EQ(compiled("abs(x - 5000.3)").spec->kinks({}), std::vector<double>{5000.3});
    EXPECT_EQ(compiled("abs((x - 100)*(x - 100.5))").spec->kinks({}),
              (std::vector<double>{100.0, 100.5}));
    EXPECT_EQ(compiled("max(relu(x - 0.005), 0)").spec->kinks({}), std::vector<double>{0.005});
    // A pole: the curve is broken there, not joined by a vertical line.
    EXPECT_EQ(compiled("1/(x - 1)").spec->kinks({}), std::vector<double>{1.0});
}

TEST(Formula, TheBranchNotTakenCannotSpoilTheDerivative) {
    // ELU typed out: e^x overflows where x > 0 is taken, and 0 * inf must not leak in.
    const FunctionSpec& elu = *compiled("if(x > 0, x, a*(exp(x) - 1))").spec;
    const std::vector<double> a{1.0};
    const double inf = std::numeric_limits<double>::infinity();
    for (const double x : {710.0, 1e300, inf}) {
        EXPECT_EQ(elu.df(x, a), 1.0) << x;
        EXPECT_EQ(elu.grad(x, a, 0), 0.0) << x;
    }
    EXPECT_EQ(compiled("max(x, 0.5*x)").spec->df(inf, {}), 1.0);
}

TEST(Formula, FIsEvaluatedAsWritten) {
    // No algebra on f: the operations typed, in their order (GiNaC would cancel these).
    EXPECT_TRUE(std::isnan(compiled("exp(log(x))").spec->f(-1.0, {})));
    EXPECT_TRUE(std::isnan(compiled("x^2/x").spec->f(0.0, {})));
    EXPECT_EQ(compiled("log(exp(x))").spec->f(1000.0, {}), std::numeric_limits<double>::infinity());
    // Precedence and associativity.
    EXPECT_EQ(compiled("x*2^3^2").spec->f(1.0, {}), 512.0);
    EXPECT_EQ(compiled("-x^2").spec->f(3.0, {}), -9.0);
    EXPECT_EQ(compiled("x/2/4").spec->f(8.0, {}), 1.0);
    EXPECT_EQ(compiled("x-2-3").spec->f(10.0, {}), 5.0);
    EXPECT_EQ(compiled("2*x^-1").spec->f(4.0, {}), 0.5);
}

TEST(Formula, HugeNumbersAndDegreesAreQuickMessagesOrQuickResults) {
    // Exact powers of numbers would take GiNaC minutes; simplifying high degrees likewise.
    EXPECT_NE(compileFormula("x*9^9^9").error->message.find("beyond the doubles"),
              std::string::npos);
    EXPECT_TRUE(compileFormula("x + 2^1e300").error);
    EXPECT_FALSE(compileFormula("x*1.0000001^100000000").error);
    EXPECT_FALSE(compileFormula("1/(x+a)^60 + 1/(x+b)^60 + 1/(x+c)^60").error);
    EXPECT_FALSE(compileFormula("(x^2+a*x+b)^500/(x+c)^500").error);
    // Nesting 30 deep: printing or compiling an operand twice per level would take hours.
    std::string exps = "x";
    std::string fraction = "x";
    for (int i = 0; i < 30; ++i) {
        exps = "exp(-" + exps + ")";
        fraction = "1/(1 + " + fraction + ")";
    }
    EXPECT_FALSE(compileFormula(exps).error);
    EXPECT_FALSE(compileFormula(fraction).error);
}

TEST(Formula, BranchesAndSpecialValues) {
    const FunctionSpec& leaky = *compiled("if(x > 0, x, a*x)").spec;
    const std::vector<double> a{0.1};
    EXPECT_EQ(leaky.f(-2.0, a), -0.2);
    EXPECT_EQ(leaky.df(-2.0, a), 0.1);
    EXPECT_EQ(leaky.df(0.0, a), 0.1); // x > 0 is false at 0
    EXPECT_EQ(leaky.grad(-2.0, a, 0), -2.0);
    EXPECT_TRUE(std::isnan(leaky.f(std::nan(""), a)));
    EXPECT_EQ(compiled("abs(x)").spec->df(0.0, {}), 0.0);
    EXPECT_EQ(compiled("min(x, 1)").spec->f(3.0, {}), 1.0);
    EXPECT_EQ(compiled("max(x, 1)").spec->df(3.0, {}), 1.0);
}

TEST(Formula, BatchesAgreeWithPoints) {
    // Blocks of 256 and the per-batch constants: every point of a long batch as alone.
    const FunctionSpec& fn = *compiled("x*sigmoid(beta*x) + swish(x, beta=b*x)").spec;
    const std::vector<double> p{1.5, 0.5};
    std::vector<double> xs;
    for (int i = 0; i < 1000; ++i)
        xs.push_back(-10 + 0.02 * i);
    std::vector<double> f(xs.size());
    std::vector<double> df(xs.size());
    fn.evaluate(xs, p, f, df);
    for (std::size_t i = 0; i < xs.size(); ++i) {
        EXPECT_EQ(f[i], fn.f(xs[i], p));
        EXPECT_EQ(df[i], fn.df(xs[i], p));
    }
}

} // namespace
} // namespace actviz::core
