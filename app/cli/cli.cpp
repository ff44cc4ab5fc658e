// SPDX-License-Identifier: GPL-3.0-or-later
// `actviz list`, `actviz eval` and the subcommand dispatch.

#include "cli.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/limits.h"
#include "actviz/core/parity.h"
#include "actviz/version.h"
#include "options.h"

#include <array>
#include <cmath>
#include <iostream>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace actviz::cli {
namespace {

using core::FunctionSpec;
using core::ParamSpec;

constexpr std::string_view kMainHelp =
    R"(actviz - show, compare and export neural-network activation functions

Usage:
  actviz                      open the window (on the last scene)
  actviz FILE.json            open the window on a scene or deck file
  actviz --present [FILE.json]
                              open it in presentation mode (PageDown: next slide)
  actviz list [--json]        every function, its parameters and formulas
  actviz eval FUNCTION [--param NAME=VALUE]... [--grad | --flavor LIBRARY]
                              f, f' (and df/dparam) at x values read from stdin
  actviz export [options] -o FILE
                              render a scene to PNG, JPEG, BMP, PDF or SVG, no display needed
  actviz table [options] -o FILE
                              the visible curves as CSV
  actviz code --lang numpy|matplotlib|pytorch|jax|pgfplots [options] [-o FILE]
                              the visible curves as a program or LaTeX document
  actviz precision FUNCTION --dtype float32|float16|bfloat16 [options]
                              textbook and stable formulas in a narrow format, against
                              the exact values (CSV)
  actviz parity FUNCTION      how PyTorch, JAX and Keras define it, and how far apart
  actviz help COMMAND         help on one command

Run 'actviz COMMAND --help' for the options of a command.
)";

const CommandSpec& evalSpec() {
    static const CommandSpec spec{
        QStringLiteral("eval"),
        QStringLiteral("Usage: actviz eval (FUNCTION | --formula TEXT) [--param NAME=VALUE]... "
                       "[--grad | --flavor LIBRARY]"),
        QStringLiteral(
            "Reads x values from stdin, one per line (decimal or exponent notation, inf, -inf, "
            "nan;\n"
            "blank lines are skipped; at most 10000000 lines of 1000 characters) and writes CSV\n"
            "with the header x,f,df: the function and its derivative at each x, every number with\n"
            "the fewest digits that read back as the same double."),
        {{{QStringLiteral("p"), QStringLiteral("param")},
          QStringLiteral("NAME=VALUE"),
          QStringLiteral("set a parameter by its id (see 'actviz list'); repeatable"),
          true},
         {{QStringLiteral("formula")},
          QStringLiteral("TEXT"),
          QStringLiteral("a typed function of x instead of FUNCTION, such as\n"
                         "'x*sigmoid(b*x)': its parameters default to 1; f' and df/dNAME\n"
                         "are derived symbolically")},
         {{QStringLiteral("grad")},
          {},
          QStringLiteral("add a column d_NAME per learnable parameter (df/dNAME)")},
         {{QStringLiteral("flavor")},
          QStringLiteral("exact|pytorch|jax|keras"),
          QStringLiteral("the function as that library defines it: its formula, defaults\n"
                         "and derivative at kinks, computed exactly (default exact; see\n"
                         "'actviz parity FUNCTION')")}},
        QStringLiteral("Example:\n"
                       "  printf '0\\n-1e-8\\n2\\n' | actviz eval swish --param beta=1.5 --grad\n"
                       "Exit status: 0 on success, 2 on bad input (nothing is written to stdout "
                       "then)."),
        1};
    return spec;
}

int fail(std::ostream& err, std::string_view command, const std::string& message) {
    return usageError(err, command, message);
}

std::string quoted(std::string_view s) {
    std::string q;
    q.reserve(s.size() + 2);
    q.push_back('\'');
    q.append(s);
    q.push_back('\'');
    return q;
}

/// A line of x is at most this long (a number needs 30 characters; spaces around it are allowed).
constexpr std::size_t kMaxEvalLine = 1000;

/// std::getline that stops storing a line past kMaxEvalLine + 1 characters (the caller refuses
/// it), so one endless line cannot fill the memory.
bool readLine(std::istream& in, std::string& line) {
    line.clear();
    std::streambuf* buffer = in.rdbuf();
    for (;;) {
        const int c = buffer->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            if (line.empty()) {
                in.setstate(std::ios::eofbit);
                return false;
            }
            return true;
        }
        if (c == '\n') return true;
        line.push_back(static_cast<char>(c));
        if (line.size() > kMaxEvalLine) return true;
    }
}

} // namespace

int usageError(std::ostream& err, std::string_view command, const std::string& message) {
    err << "actviz " << command << ": " << oneLine(message) << '\n';
    return kUsageError;
}

std::optional<std::string> applyParam(const FunctionSpec& fn, std::string_view spec,
                                      std::vector<double>& values, std::vector<bool>& given) {
    const auto eq = spec.find('=');
    if (eq == std::string_view::npos) return "--param expects NAME=VALUE, got " + quoted(spec);
    std::string_view name = spec.substr(0, eq);
    const std::string_view text = spec.substr(eq + 1);
    if (name.starts_with(fn.id) && name.size() > fn.id.size() && name[fn.id.size()] == '.')
        name.remove_prefix(fn.id.size() + 1);
    const auto index = fn.paramIndex(name);
    if (!index) {
        std::string known;
        for (const ParamSpec& p : fn.params)
            known += (known.empty() ? "" : ", ") + std::string(p.id);
        return std::string(fn.id) + " has no parameter " + quoted(name) +
               (known.empty() ? " (it takes none)" : " (it has: " + known + ")");
    }
    const auto v = core::parseNumber(text);
    if (!v) return "parameter " + std::string(name) + ": " + quoted(text) + " is not a number";
    if (auto why = fn.params[*index].check(*v)) return std::string(fn.id) + "." + *why;
    if (given[*index]) return "parameter " + std::string(name) + " is given twice";
    given[*index] = true;
    values[*index] = *v;
    return std::nullopt;
}

bool isCommand(std::string_view word) {
    return word == "list" || word == "eval" || word == "export" || word == "table" ||
           word == "code" || word == "precision" || word == "parity" || word == "help" ||
           word == "--help" || word == "-h" || word == "--version";
}

int eval(std::span<const std::string_view> args, std::istream& in, std::ostream& out,
         std::ostream& err) {
    QCommandLineParser parser;
    if (auto why = parseCommand(evalSpec(), qtArgs(args), parser)) return fail(err, "eval", *why);
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(evalSpec());
        return 0;
    }
    const bool grad = parser.isSet(QStringLiteral("grad"));
    const std::string functionId = parser.positionalArguments().value(0).toStdString();
    std::vector<std::string> paramSpecs;
    for (const QString& p : parser.values(QStringLiteral("param")))
        paramSpecs.push_back(p.toStdString());
    const bool typed = parser.isSet(QStringLiteral("formula"));
    if (typed && !functionId.empty())
        return fail(err, "eval", "give a FUNCTION or a --formula, not both");
    if (functionId.empty() && !typed)
        return fail(err, "eval", "no function given (see 'actviz list', or use --formula)");
    const FunctionSpec* fn = nullptr;
    if (typed) {
        const core::FormulaResult r =
            core::compileFormula(parser.value(QStringLiteral("formula")).toStdString());
        if (r.error) return fail(err, "eval", "--formula: " + r.error->message);
        fn = r.function->spec;
    } else {
        fn = core::findFunction(functionId);
    }
    if (fn == nullptr)
        return fail(err, "eval", "unknown function " + quoted(functionId) + " (see 'actviz list')");
    std::vector<double> params = fn->defaults();
    std::vector<bool> given(params.size(), false);
    for (const std::string& spec : paramSpecs)
        if (auto why = applyParam(*fn, spec, params, given)) return fail(err, "eval", *why);
    if (auto why = fn->validate(params)) return fail(err, "eval", *why);
    core::Flavor flavor = core::Flavor::Exact;
    if (parser.isSet(QStringLiteral("flavor"))) {
        const std::string name = parser.value(QStringLiteral("flavor")).toStdString();
        const auto f = core::parseFlavor(name);
        if (!f)
            return fail(err, "eval",
                        "--flavor expects exact, pytorch, jax or keras, got " + quoted(name));
        flavor = *f;
    }
    if (grad && flavor != core::Flavor::Exact)
        return fail(err, "eval", "--grad gives the catalogue's df/dparam: it takes no --flavor");
    std::vector<std::optional<double>> asked(params.size());
    for (std::size_t i = 0; i < params.size(); ++i)
        if (given[i]) asked[i] = params[i];
    auto flavoured = core::flavored(*fn, flavor, asked);
    if (auto* why = std::get_if<std::string>(&flavoured)) return fail(err, "eval", *why);
    const core::FlavoredFunction& defined = std::get<core::FlavoredFunction>(flavoured);

    // Read everything first: a malformed line fails the run before anything is written. Lines
    // and their number are limited, so that no input (/dev/zero, a runaway pipe) can exhaust the
    // memory.
    std::vector<double> xs;
    std::string line;
    for (std::size_t lineNo = 1; readLine(in, line); ++lineNo) {
        if (line.size() > kMaxEvalLine)
            return fail(err, "eval",
                        "line " + std::to_string(lineNo) + " is longer than " +
                            std::to_string(kMaxEvalLine) + " characters");
        if (xs.size() >= static_cast<std::size_t>(core::kMaxTablePoints))
            return fail(err, "eval",
                        "more than " + std::to_string(core::kMaxTablePoints) +
                            " x values (the limit of one call)");
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const auto x = core::parseNumber(line);
        if (!x) {
            std::string shown = line.substr(0, 40);
            if (!shown.empty() && shown.back() == '\r') shown.pop_back();
            return fail(err, "eval",
                        "line " + std::to_string(lineNo) + ": " + quoted(shown) +
                            " is not a number (expected decimal or exponent notation, inf, "
                            "-inf or nan)");
        }
        xs.push_back(*x);
    }

    std::vector<double> f(xs.size());
    std::vector<double> df(xs.size());
    defined.evaluate(xs, f, df);
    const std::vector<std::size_t> learnable =
        grad ? fn->learnableParams() : std::vector<std::size_t>{};
    std::vector<std::vector<double>> grads(learnable.size(), std::vector<double>(xs.size()));
    for (std::size_t g = 0; g < learnable.size(); ++g)
        fn->gradient(xs, params, learnable[g], grads[g]);

    std::string buffer = "x,f,df";
    for (std::size_t index : learnable)
        buffer += ",d_" + std::string(fn->params[index].id);
    buffer += '\n';
    for (std::size_t i = 0; i < xs.size(); ++i) {
        buffer += core::formatNumber(xs[i]);
        buffer += ',';
        buffer += core::formatNumber(f[i]);
        buffer += ',';
        buffer += core::formatNumber(df[i]);
        for (const auto& column : grads) {
            buffer += ',';
            buffer += core::formatNumber(column[i]);
        }
        buffer += '\n';
        if (buffer.size() > (1u << 16)) {
            out << buffer;
            buffer.clear();
        }
    }
    out << buffer;
    out.flush();
    if (out) return 0;
    err << "actviz eval: could not write to standard output\n";
    return kWriteError;
}

std::string oneLine(std::string_view text) {
    std::string s;
    s.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '\n') {
            s += "\\n";
        } else if (c == '\t') {
            s += "\\t";
        } else if (c == '\r') {
            s += "\\r";
        } else if (u < 0x20 || u == 0x7f) {
            static const char* hex = "0123456789abcdef";
            s += "\\x";
            s += hex[u >> 4];
            s += hex[u & 15];
        } else {
            s += c;
        }
    }
    return s;
}

namespace {

int dispatch(std::span<const std::string_view> args, std::istream& in, std::ostream& out,
             std::ostream& err) {
    if (args.size() > 1 && (args[0] == "-h" || args[0] == "--help" || args[0] == "--version"))
        return fail(err, args[0], "unexpected argument " + quoted(args[1]));
    if (args.empty() || args[0] == "-h" || args[0] == "--help") {
        out << kMainHelp;
        return 0;
    }
    const std::string_view command = args[0];
    const auto rest = args.subspan(1);
    if (command == "--version") {
        out << "actviz " << actviz::kVersion << '\n';
        return 0;
    }
    if (command == "list") return list(rest, out, err);
    if (command == "eval") return eval(rest, in, out, err);
    if (command == "parity") return parity(rest, out, err);
    if (command == "help") {
        if (rest.empty() || rest[0] == "-h" || rest[0] == "--help") {
            out << kMainHelp;
            return 0;
        }
        if (rest.size() > 1)
            return fail(err, "help",
                        "unexpected argument " + quoted(rest[1]) + " (one command only)");
        if (rest[0] == "list") return list(std::array{std::string_view("--help")}, out, err);
        if (rest[0] == "eval") return eval(std::array{std::string_view("--help")}, in, out, err);
        if (rest[0] == "parity") return parity(std::array{std::string_view("--help")}, out, err);
        return fail(err, "help", "unknown command " + quoted(rest[0]));
    }
    err << "actviz: unknown command " << oneLine(quoted(command)) << " (try 'actviz --help')\n";
    return kUsageError;
}

} // namespace

int run(std::span<const std::string_view> args, std::istream& in, std::ostream& out,
        std::ostream& err) {
    const int status = dispatch(args, in, out, err);
    // Every command's output reached its destination, or the command failed (a full disk, a
    // closed pipe): never status 0 for output that was lost.
    out.flush();
    if (!out && status == 0) { // said once: a command that failed has said why already
        err << "actviz: could not write to standard output\n";
        return kWriteError;
    }
    return status;
}

} // namespace actviz::cli
