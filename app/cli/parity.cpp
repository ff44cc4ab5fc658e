// SPDX-License-Identifier: GPL-3.0-or-later
// `actviz parity FUNCTION`: how PyTorch, JAX and Keras define a function, and how far their
// definitions lie apart.

#include "cli.h"
#include "options.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"
#include "actviz/core/parity.h"

#include <cmath>
#include <iomanip>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

namespace actviz::cli {
namespace {

constexpr int kDefaultPoints = 2001;

const CommandSpec& paritySpec() {
    static const CommandSpec spec{
        QStringLiteral("parity"),
        QStringLiteral("Usage: actviz parity FUNCTION [--param NAME=VALUE]... [--x-range A:B] "
                       "[--points N]"),
        QStringLiteral(
            "How PyTorch (torch.nn.functional), JAX (jax.nn) and Keras 3 (keras.activations)\n"
            "define FUNCTION: the call with its defaults, and where it differs from the\n"
            "catalogue's definition (defaults, approximations, fixed parameters, the derivative\n"
            "their autograd returns at a kink, functions a library lacks). Then the largest\n"
            "|difference| of f and of f' between each pair of definitions on the x range, at\n"
            "evenly spaced x and every kink, with where it occurs. A --param applies to every\n"
            "definition that takes that parameter; the others keep their defaults."),
        {{{QStringLiteral("p"), QStringLiteral("param")},
          QStringLiteral("NAME=VALUE"),
          QStringLiteral("set a parameter by its id (see 'actviz list'); repeatable"),
          true},
         {{QStringLiteral("x-range")}, QStringLiteral("A:B"), QStringLiteral("x (default -6:6)")},
         {{QStringLiteral("points")},
          QStringLiteral("N"),
          QStringLiteral("evenly spaced x values, 2 to %1 (default %2)")
              .arg(core::kMaxTablePoints)
              .arg(kDefaultPoints)}},
        QStringLiteral("Example:\n"
                       "  actviz parity gelu\n"
                       "  actviz eval gelu --flavor jax    (f and f' as jax.nn.gelu has them)\n"
                       "Exit status: 0 on success, 2 on bad input."),
        1};
    return spec;
}

int fail(std::ostream& err, const std::string& message) {
    return usageError(err, "parity", message);
}

/// A difference and where it is: "0.99 at x = 0", or "0" (everywhere equal), "inf" for NaN.
std::string difference(double d, double at) {
    if (d == 0.0) return "0";
    std::string s = core::formatShort(d, 3);
    if (!std::isnan(at)) s += " at x = " + core::formatShort(at, 6);
    return s;
}

} // namespace

int parity(std::span<const std::string_view> args, std::ostream& out, std::ostream& err) {
    QCommandLineParser parser;
    if (auto why = parseCommand(paritySpec(), qtArgs(args), parser)) return fail(err, *why);
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(paritySpec());
        return 0;
    }
    const std::string id = parser.positionalArguments().value(0).toStdString();
    if (id.empty()) return fail(err, "no function given (see 'actviz list')");
    const core::FunctionSpec* fn = core::findFunction(id);
    if (fn == nullptr) return fail(err, "unknown function '" + id + "' (see 'actviz list')");
    std::vector<double> values = fn->defaults();
    std::vector<bool> given(values.size(), false);
    for (const QString& p : parser.values(QStringLiteral("param")))
        if (auto why = applyParam(*fn, p.toStdString(), values, given)) return fail(err, *why);
    if (auto why = fn->validate(values)) return fail(err, *why);
    std::vector<std::optional<double>> asked(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        if (given[i]) asked[i] = values[i];
    std::pair<double, double> range{-6.0, 6.0};
    if (parser.isSet(QStringLiteral("x-range"))) {
        const QString text = parser.value(QStringLiteral("x-range"));
        const auto r = parseRange(text);
        if (!r)
            return fail(err, "--x-range expects A:B with finite A < B, got '" + text.toStdString() +
                                 "'");
        if (core::checkAxisRange(r->first, r->second) != core::AxisRangeProblem::None)
            return fail(err, "--x-range: " + text.toStdString() +
                                 " is beyond what can be sampled (ends within 1e100, wider "
                                 "than 1e-10 of them)");
        range = *r;
    }
    long long points = kDefaultPoints;
    if (parser.isSet(QStringLiteral("points"))) {
        const QString text = parser.value(QStringLiteral("points"));
        bool ok = false;
        points = text.toLongLong(&ok);
        if (!ok || points < 2 || points > core::kMaxTablePoints)
            return fail(err, "--points expects 2 to " + std::to_string(core::kMaxTablePoints) +
                                 ", got '" + text.toStdString() + "'");
    }

    std::ostringstream text;
    text << fn->id << " (" << fn->name << "): how the libraries define it\n\n";
    struct Named {
        std::string name;
        core::FlavoredFunction function;
    };
    std::vector<Named> defined;
    for (const core::FlavorInfo& flavor : core::flavors()) {
        const auto definition = core::libraryDefinition(fn->id, flavor.flavor);
        text << std::left << std::setw(9) << flavor.name << ' ';
        if (flavor.flavor == core::Flavor::Exact) {
            text << "the catalogue's definition (at a kink, PyTorch's derivative)\n";
        } else if (!definition->available) {
            text << "absent" << (definition->note.empty() ? "" : ": ") << definition->note << '\n';
            continue;
        } else {
            text << definition->call << '\n';
            if (!definition->note.empty()) text << std::string(10, ' ') << definition->note << '\n';
        }
        auto made = core::flavored(*fn, flavor.flavor, asked);
        if (auto* why = std::get_if<std::string>(&made)) {
            text << std::string(10, ' ') << "not compared: " << *why << '\n';
            continue;
        }
        defined.push_back({std::string(flavor.name), std::get<core::FlavoredFunction>(made)});
    }
    text << "\nLargest |difference| on [" << core::formatShort(range.first) << ", "
         << core::formatShort(range.second) << "]:\n";
    for (std::size_t a = 0; a < defined.size(); ++a)
        for (std::size_t b = a + 1; b < defined.size(); ++b) {
            const auto d =
                core::largestDifference(defined[a].function, defined[b].function, range.first,
                                        range.second, static_cast<std::size_t>(points));
            text << "  " << std::left << std::setw(18)
                 << (defined[a].name + " - " + defined[b].name) << "f: " << std::setw(24)
                 << difference(d.f, d.atF) << "f': " << difference(d.df, d.atDf) << '\n';
        }
    if (defined.size() < 2) text << "  (fewer than two definitions to compare)\n";
    out << text.str();
    return 0;
}

} // namespace actviz::cli
