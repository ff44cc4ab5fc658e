// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the formula parser, the symbolic derivation and the compiled program. The
// parts are called directly (not compileFormula), so that no input is kept for the process's life.
#include "formula/ast.h"
#include "formula/symbolic.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace actviz::core;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = formula::parse(text);
    if (const auto* error = std::get_if<FormulaError>(&parsed)) {
        // A message always says something, and its column lies within the text.
        if (error->message.empty() || error->column < 0 ||
            static_cast<std::size_t>(error->column) > size + 1)
            std::abort();
        return 0;
    }
    const formula::Parsed& tree = std::get<formula::Parsed>(parsed);
    if (tree.parameters.size() > kMaxFormulaParameters) std::abort();
    (void)formula::show(tree.root);
    auto derived = formula::derive(tree);
    if (auto* d = std::get_if<formula::Derived>(&derived)) {
        const std::vector<double> params(tree.parameters.size(), 0.5);
        const std::vector<double> xs{-1e300, -3.0, -0.0, 0.0, 0.5, 2.0, 1e300};
        std::vector<double> f(xs.size());
        std::vector<double> df(xs.size());
        d->program.evaluate(xs, params.data(), f.data(), df.data());
        for (std::size_t k = 0; k < params.size(); ++k)
            d->program.gradient(xs, params.data(), k, f.data());
        (void)d->program.kinks(params.data(), 50.0);
    }
    return 0;
}
