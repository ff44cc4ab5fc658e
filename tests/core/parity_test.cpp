// SPDX-License-Identifier: GPL-3.0-or-later
// Library parity: every catalogue function has a definition per library, and the definitions
// match the libraries' documented formulas, defaults and derivatives at kinks (written out here
// independently, in long double).

#include "actviz/core/catalogue.h"
#include "actviz/core/parity.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <string>
#include <variant>

namespace actviz::core {
namespace {

/// `id` as `flavor` defines it with the definition's defaults; fails the test if it cannot.
FlavoredFunction defined(std::string_view id, Flavor flavor,
                         std::vector<std::optional<double>> given = {}) {
    const FunctionSpec* fn = findFunction(id);
    given.resize(fn->params.size());
    auto made = flavored(*fn, flavor, given);
    if (auto* why = std::get_if<std::string>(&made)) ADD_FAILURE() << id << ": " << *why;
    return std::get<FlavoredFunction>(made);
}

std::string whyNot(std::string_view id, Flavor flavor, std::vector<std::optional<double>> given) {
    const FunctionSpec* fn = findFunction(id);
    given.resize(fn->params.size());
    auto made = flavored(*fn, flavor, given);
    const auto* why = std::get_if<std::string>(&made);
    return why == nullptr ? std::string() : *why;
}

TEST(Parity, EveryFunctionHasADefinitionPerLibraryCoveringEveryParameter) {
    ASSERT_EQ(flavors().size(), 4U);
    for (const FunctionSpec& fn : catalogue())
        for (const FlavorInfo& flavor : flavors()) {
            const auto d = libraryDefinition(fn.id, flavor.flavor);
            ASSERT_TRUE(d) << fn.id << " has no row in core/src/parity.cpp";
            if (!d->available) continue;
            EXPECT_FALSE(d->call.empty()) << fn.id << " " << flavor.id;
            const FunctionSpec* target = findFunction(d->target);
            ASSERT_NE(target, nullptr) << fn.id << " " << flavor.id << ": " << d->target;
            if (flavor.flavor != Flavor::Exact) {
                ASSERT_EQ(d->params.size(), target->params.size()) << fn.id << " " << flavor.id;
                for (const LibraryParam& p : d->params)
                    EXPECT_TRUE(target->paramIndex(p.id)) << fn.id << " " << flavor.id << p.id;
            }
            const FlavoredFunction f = defined(fn.id, flavor.flavor);
            EXPECT_FALSE(std::isnan(f.f(0.5))) << fn.id << " " << flavor.id;
        }
    EXPECT_FALSE(libraryDefinition("no_such", Flavor::Jax));
    EXPECT_EQ(parseFlavor("jax"), Flavor::Jax);
    EXPECT_FALSE(parseFlavor("tensorflow"));
}

TEST(Parity, DefinitionsFollowTheLibrariesDocumentedFormulas) {
    // jax.nn.gelu defaults to the tanh approximation; PyTorch's and Keras' default to the exact
    // x Phi(x).
    for (const long double x : {-2.5L, -0.3L, 0.7L, 3.1L}) {
        const long double u =
            std::sqrt(2.0L / std::numbers::pi_v<long double>) * (x + 0.044715L * x * x * x);
        const long double tanhForm = 0.5L * x * (1.0L + std::tanh(u));
        const long double exact = 0.5L * x * std::erfc(-x / std::numbers::sqrt2_v<long double>);
        const auto xd = static_cast<double>(x);
        EXPECT_NEAR(defined("gelu", Flavor::Jax).f(xd), static_cast<double>(tanhForm), 1e-15);
        EXPECT_NEAR(defined("gelu", Flavor::PyTorch).f(xd), static_cast<double>(exact), 1e-15);
        EXPECT_NEAR(defined("gelu", Flavor::Keras).f(xd), static_cast<double>(exact), 1e-15);
    }
    // Leaky ReLU: slope 0.01 in PyTorch and JAX, 0.2 in Keras 3's activation.
    EXPECT_EQ(defined("leaky_relu", Flavor::PyTorch).f(-2.0), -0.02);
    EXPECT_EQ(defined("leaky_relu", Flavor::Keras).f(-2.0), -0.4);
    // Squareplus: b = 4 in JAX and Keras.
    EXPECT_DOUBLE_EQ(defined("squareplus", Flavor::Jax).f(1.0), (1.0 + std::sqrt(5.0)) / 2.0);
    // Softplus: PyTorch returns x itself beyond beta x > 20; JAX's logaddexp(x, 0) does not.
    EXPECT_EQ(defined("softplus", Flavor::PyTorch).f(30.0), 30.0);
    EXPECT_EQ(defined("softplus", Flavor::Jax).f(30.0), 30.0 + std::log1p(std::exp(-30.0)));
    EXPECT_NE(defined("softplus", Flavor::Jax).f(30.0), 30.0);
    // Swish has no beta in any library: x sigma(x).
    EXPECT_DOUBLE_EQ(defined("swish", Flavor::Keras).f(2.0), 2.0 / (1.0 + std::exp(-2.0)));
    // hard_tanh in JAX has fixed limits.
    EXPECT_EQ(defined("hardtanh", Flavor::Jax).f(3.0), 1.0);
    EXPECT_EQ(defined("hardtanh", Flavor::PyTorch, {-2.0, 2.0}).f(3.0), 2.0);
}

TEST(Parity, DerivativesAtKinksAreEachAutogradsOwn) {
    EXPECT_EQ(defined("leaky_relu", Flavor::PyTorch).df(0.0), 0.01); // self > 0 ? 1 : slope
    EXPECT_EQ(defined("leaky_relu", Flavor::Jax).df(0.0), 1.0);      // where(x >= 0, ...)
    EXPECT_EQ(defined("leaky_relu", Flavor::Jax).df(-1.0), 0.01);
    EXPECT_EQ(defined("hardtanh", Flavor::PyTorch).df(1.0), 0.0);
    EXPECT_EQ(defined("hardtanh", Flavor::Jax).df(1.0), 1.0);
    EXPECT_EQ(defined("hardtanh", Flavor::Jax).df(-1.0), 1.0);
    EXPECT_EQ(defined("hardswish", Flavor::PyTorch).df(-3.0), -0.5);
    EXPECT_EQ(defined("hardswish", Flavor::PyTorch).df(3.0), 1.5);
    EXPECT_EQ(defined("hardswish", Flavor::Jax).df(-3.0), 0.0);
    EXPECT_EQ(defined("hardswish", Flavor::Jax).df(3.0), 1.0);
    EXPECT_EQ(defined("relu", Flavor::Jax).df(0.0), 0.0);
    // PyTorch's hardsigmoid' is float's 1/6 in float64 too; JAX's is 1/6.
    EXPECT_EQ(defined("hardsigmoid", Flavor::PyTorch).df(1.0), 0.1666666716337204);
    EXPECT_EQ(defined("hardsigmoid", Flavor::Jax).df(1.0), 1.0 / 6.0);
    EXPECT_EQ(defined("hardsigmoid", Flavor::PyTorch).df(3.0), 0.0);
    EXPECT_EQ(defined("relu6", Flavor::Jax).df(6.0), 0.0);
    // The batch path agrees with the single one.
    const FlavoredFunction jax = defined("hardswish", Flavor::Jax);
    const std::vector<double> xs{-3.0, 0.0, 3.0};
    std::vector<double> f(3), df(3);
    jax.evaluate(xs, f, df);
    EXPECT_EQ(df[0], 0.0);
    EXPECT_EQ(df[2], 1.0);
}

TEST(Parity, RefusesWhatALibraryLacksOrDoesNotTake) {
    EXPECT_EQ(whyNot("smu", Flavor::PyTorch, {}), "PyTorch has no SMU");
    EXPECT_NE(whyNot("prelu", Flavor::Keras, {}).find("keras.layers.PReLU"), std::string::npos);
    EXPECT_NE(whyNot("swish", Flavor::PyTorch, {2.0}).find("takes no beta (it is fixed at 1)"),
              std::string::npos);
    EXPECT_NE(whyNot("softplus", Flavor::Jax, {std::nullopt, 10.0}).find("takes no threshold"),
              std::string::npos);
    EXPECT_EQ(whyNot("leaky_relu", Flavor::Keras, {0.3}), std::string()); // it takes a slope
    EXPECT_FALSE(whyNot("squareplus", Flavor::Jax, {-1.0}).empty());      // outside the domain
    EXPECT_EQ(defined("leaky_relu", Flavor::Keras, {0.3}).f(-1.0), -0.3);
}

TEST(Parity, ACurveKeepsTheValuesALibraryTakes) {
    const FunctionSpec& leaky = *findFunction("leaky_relu");
    EXPECT_EQ(takenParameters(leaky, Flavor::Keras), std::vector<bool>{true});
    const auto keras = flavoredWith(leaky, Flavor::Keras, std::vector<double>{0.3});
    ASSERT_TRUE(std::holds_alternative<FlavoredFunction>(keras));
    EXPECT_EQ(std::get<FlavoredFunction>(keras).f(-1.0), -0.3);
    // PyTorch's silu has no beta: 1 is its value, and no other.
    const FunctionSpec& swish = *findFunction("swish");
    EXPECT_EQ(takenParameters(swish, Flavor::PyTorch), std::vector<bool>{false});
    EXPECT_EQ(takenParameters(swish, Flavor::Exact), std::vector<bool>{true});
    const auto silu = flavoredWith(swish, Flavor::PyTorch, std::vector<double>{1.0});
    ASSERT_TRUE(std::holds_alternative<FlavoredFunction>(silu));
    EXPECT_EQ(std::get<FlavoredFunction>(silu).params()[0], 1.0);
    const auto beta2 = flavoredWith(swish, Flavor::PyTorch, std::vector<double>{2.0});
    ASSERT_TRUE(std::holds_alternative<std::string>(beta2));
    EXPECT_NE(std::get<std::string>(beta2).find("takes no beta (it is fixed at 1)"),
              std::string::npos);
    // JAX's softplus takes neither beta nor threshold; PyTorch's both.
    const FunctionSpec& softplus = *findFunction("softplus");
    EXPECT_EQ(takenParameters(softplus, Flavor::Jax), (std::vector<bool>{false, false}));
    EXPECT_EQ(takenParameters(softplus, Flavor::PyTorch), (std::vector<bool>{true, true}));
    // GELU in JAX is the tanh form, whatever the curve.
    const auto gelu = flavoredWith(*findFunction("gelu"), Flavor::Jax, {});
    EXPECT_EQ(std::get<FlavoredFunction>(gelu).target().id, "gelu_tanh");
    // What a library lacks, it lacks.
    const auto smu =
        flavoredWith(*findFunction("smu"), Flavor::Jax, findFunction("smu")->defaults());
    EXPECT_TRUE(std::holds_alternative<std::string>(smu));
    EXPECT_EQ(takenParameters(*findFunction("smu"), Flavor::Jax),
              std::vector<bool>(findFunction("smu")->params.size(), false));
}

TEST(Parity, ValuesLeftAtADefaultFollowTheDefinition) {
    const FunctionSpec& leaky = *findFunction("leaky_relu");
    EXPECT_EQ(definitionDefaults(leaky, Flavor::Exact), std::vector<double>{0.01});
    EXPECT_EQ(definitionDefaults(leaky, Flavor::Keras), std::vector<double>{0.2});
    // The catalogue's default becomes Keras' default, and back; a chosen value stays.
    EXPECT_EQ(carryParameters(leaky, Flavor::Exact, Flavor::Keras, std::vector<double>{0.01}),
              std::vector<double>{0.2});
    EXPECT_EQ(carryParameters(leaky, Flavor::Keras, Flavor::Exact, std::vector<double>{0.2}),
              std::vector<double>{0.01});
    EXPECT_EQ(carryParameters(leaky, Flavor::Exact, Flavor::Keras, std::vector<double>{0.1}),
              std::vector<double>{0.1});
    // A fixed parameter takes its fixed value, whatever it was.
    const FunctionSpec& softplus = *findFunction("softplus");
    const std::vector<double> jax =
        carryParameters(softplus, Flavor::Exact, Flavor::Jax, std::vector<double>{2.0, 5.0});
    EXPECT_EQ(jax, definitionDefaults(softplus, Flavor::Jax));
    EXPECT_TRUE(std::holds_alternative<FlavoredFunction>(flavoredWith(softplus, Flavor::Jax, jax)));
    // Squareplus' b is 4 in JAX and Keras.
    EXPECT_EQ(carryParameters(*findFunction("squareplus"), Flavor::Exact, Flavor::Jax,
                              findFunction("squareplus")->defaults()),
              std::vector<double>{4.0});
}

TEST(Parity, LargestDifferenceIncludesTheKinks) {
    // A grid without 0 still finds the JAX gradient at Leaky ReLU's kink.
    const auto d = largestDifference(defined("leaky_relu", Flavor::PyTorch),
                                     defined("leaky_relu", Flavor::Jax), -1.0, 1.5, 2);
    EXPECT_EQ(d.f, 0.0);
    EXPECT_DOUBLE_EQ(d.df, 0.99);
    EXPECT_EQ(d.atDf, 0.0);
    // GELU against its tanh approximation: about 4.7e-4 at most on [-6, 6].
    const auto g = largestDifference(defined("gelu", Flavor::PyTorch), defined("gelu", Flavor::Jax),
                                     -6.0, 6.0);
    EXPECT_GT(g.f, 4.5e-4);
    EXPECT_LT(g.f, 5.0e-4);
    EXPECT_GT(std::fabs(g.atF), 2.0);
    const auto same = largestDifference(defined("sigmoid", Flavor::Jax),
                                        defined("sigmoid", Flavor::Keras), -6.0, 6.0);
    EXPECT_EQ(same.f, 0.0);
    EXPECT_EQ(same.df, 0.0);
    EXPECT_TRUE(std::isnan(same.atF));
}

} // namespace
} // namespace actviz::core
