// SPDX-License-Identifier: GPL-3.0-or-later
#include "precision_cli.h"

#include "cli/cli.h"
#include "cli/options.h"
#include "output_file.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"
#include "actviz/core/precision.h"

#include <QByteArray>

#include <algorithm>

#include <cmath>
#include <cstdio>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace actviz::app {
namespace {

constexpr int kDefaultPoints = 401;

const cli::CommandSpec& precisionSpec() {
    static const cli::CommandSpec spec{
        QStringLiteral("precision"),
        QStringLiteral("Usage: actviz precision FUNCTION --dtype float32|float16|bfloat16 "
                       "[--param NAME=VALUE]...\n"
                       "                        [--derivative] [--x-range A:B] [--points N] "
                       "[-o FILE]"),
        QStringLiteral(
            "Evaluates FUNCTION (or f' with --derivative) in a narrow floating-point format, "
            "twice:\n"
            "as textbooks write it and as a careful library does, with every operation rounded\n"
            "to the format (to nearest, ties to even; exp, log, sqrt, tanh and erf correctly\n"
            "rounded). x and the parameters are rounded to the format first; x values that round\n"
            "to the same number appear once. Writes CSV with the header\n"
            "  x,exact,textbook,stable,textbook_ulps,stable_ulps\n"
            "exact is the exact value rounded to the format; the _ulps columns are each\n"
            "formulation's error in units in the last place of the format (at most 0.5 when\n"
            "correctly rounded; inf where it gives inf or NaN and the exact value is finite).\n"
            "'actviz list' names the functions; functions with one formulation say so on stderr."),
        {{{QStringLiteral("dtype")},
          QStringLiteral("float32|float16|bfloat16"),
          QStringLiteral("the format (required)")},
         {{QStringLiteral("p"), QStringLiteral("param")},
          QStringLiteral("NAME=VALUE"),
          QStringLiteral("set a parameter by its id (see 'actviz list'); repeatable"),
          true},
         {{QStringLiteral("derivative")}, {}, QStringLiteral("f' instead of f")},
         {{QStringLiteral("x-range")}, QStringLiteral("A:B"), QStringLiteral("x (default -20:20)")},
         {{QStringLiteral("points")},
          QStringLiteral("N"),
          QStringLiteral("evenly spaced x values, 2 to %1 (default %2)")
              .arg(core::kMaxTablePoints)
              .arg(kDefaultPoints)},
         {{QStringLiteral("o")},
          QStringLiteral("FILE"),
          QStringLiteral("write to FILE instead of standard output ('-')")}},
        QStringLiteral("Example:\n"
                       "  actviz precision sigmoid --dtype float16 --derivative --x-range -14:-8\n"
                       "Exit status: 0 on success, 1 if the output could not be written, 2 on bad "
                       "input."),
        1};
    return spec;
}

/// An error in units in the last place, to three digits ("0.5", "1.2e+03", "inf").
std::string ulps(double e) {
    if (std::isinf(e)) return "inf";
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", e);
    return text;
}

int fail(std::ostream& err, const std::string& message) {
    return cli::usageError(err, "precision", message);
}

int writeFailure(std::ostream& err, const QString& why) {
    err << "actviz precision: " << cli::oneLine(why.toStdString()) << '\n';
    return cli::kWriteError;
}

/// The format's largest finite value, in words for messages.
std::string largest(core::Dtype dtype) {
    const core::DtypeInfo& d = core::dtypeInfo(dtype);
    return core::formatNumber(std::ldexp(2.0 - std::ldexp(1.0, 1 - d.precision), d.maxExponent));
}

} // namespace

int runPrecision(std::span<const std::string_view> args, std::ostream& out, std::ostream& err) {
    QCommandLineParser parser;
    if (auto why = cli::parseCommand(precisionSpec(), cli::qtArgs(args), parser))
        return fail(err, *why);
    if (parser.isSet(QStringLiteral("help"))) {
        out << cli::helpText(precisionSpec());
        return 0;
    }
    const std::string id = parser.positionalArguments().value(0).toStdString();
    if (id.empty()) return fail(err, "no function given (see 'actviz list')");
    const core::FunctionSpec* fn = core::findFunction(id);
    if (fn == nullptr) return fail(err, "unknown function '" + id + "' (see 'actviz list')");
    if (!parser.isSet(QStringLiteral("dtype")))
        return fail(err, "--dtype is required: float32, float16 or bfloat16");
    const std::string dtypeName = parser.value(QStringLiteral("dtype")).toStdString();
    const auto dtype = core::parseDtype(dtypeName);
    if (!dtype)
        return fail(err, "--dtype expects float32, float16 or bfloat16, got '" + dtypeName + "'");

    std::vector<double> params = fn->defaults();
    std::vector<bool> given(params.size(), false);
    for (const QString& p : parser.values(QStringLiteral("param")))
        if (auto why = cli::applyParam(*fn, p.toStdString(), params, given)) return fail(err, *why);
    if (auto why = fn->validate(params)) return fail(err, *why);
    // The program in that format holds the parameters rounded to it, which may leave the
    // function's domain (SMU-1's default mu is 0 in float16).
    for (std::size_t i = 0; i < params.size(); ++i) {
        const double rounded = core::roundToFormat(*dtype, params[i]);
        std::vector<double> trial = params;
        trial[i] = rounded;
        if (auto why = fn->validate(trial))
            return fail(err, "parameter " + std::string(fn->params[i].id) + "=" +
                                 core::formatNumber(params[i]) + " is " +
                                 core::formatNumber(rounded) + " in " + dtypeName + ": " + *why);
        params[i] = rounded;
    }

    std::pair<double, double> range{-20.0, 20.0};
    if (parser.isSet(QStringLiteral("x-range"))) {
        const QString text = parser.value(QStringLiteral("x-range"));
        const auto r = cli::parseRange(text);
        if (!r)
            return fail(err, "--x-range expects A:B with finite A < B, got '" + text.toStdString() +
                                 "'");
        range = *r;
    }
    for (const double end : {range.first, range.second})
        if (std::isinf(core::roundToFormat(*dtype, end)))
            return fail(err, "--x-range: " + core::formatNumber(end) + " is beyond " + dtypeName +
                                 "'s largest value, " + largest(*dtype));
    long long points = kDefaultPoints;
    if (parser.isSet(QStringLiteral("points"))) {
        const QString text = parser.value(QStringLiteral("points"));
        bool ok = false;
        points = text.toLongLong(&ok);
        if (!ok || points < 2 || points > core::kMaxTablePoints)
            return fail(err, "--points expects 2 to " + std::to_string(core::kMaxTablePoints) +
                                 ", got '" + text.toStdString() + "'");
    }

    const auto forms = core::formulations(fn->id);
    if (forms && !forms->distinct)
        err << "actviz precision: " << fn->id
            << " has one formulation (a library computes it as written): both columns show it\n";

    const QString path =
        parser.isSet(QStringLiteral("o")) ? parser.value(QStringLiteral("o")) : QStringLiteral("-");
    ui::OutputFile file;
    const bool toStdout = path == QLatin1String("-");
    if (!toStdout)
        if (auto why = file.open(path)) return writeFailure(err, *why);
    auto write = [&](const std::string& text) -> std::optional<QString> {
        if (toStdout) {
            out << text;
            if (!out) return QStringLiteral("cannot write standard output");
            return std::nullopt;
        }
        return file.write(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    };

    // A block of x at a time, so that memory stays small whatever --points asks. x is rounded
    // to the format; neighbours that round alike are kept once.
    const bool derivative = parser.isSet(QStringLiteral("derivative"));
    const double step = (range.second - range.first) / static_cast<double>(points - 1);
    constexpr long long kBlock = 65536;
    std::string text = "x,exact,textbook,stable,textbook_ulps,stable_ulps\n";
    std::vector<double> xs;
    double last = std::nan("");
    for (long long begin = 0; begin < points; begin += kBlock) {
        xs.clear();
        for (long long i = begin; i < std::min(points, begin + kBlock); ++i) {
            const double x =
                i == points - 1 ? range.second : range.first + step * static_cast<double>(i);
            const double r = core::roundToFormat(*dtype, x);
            if (r != last) xs.push_back(r);
            last = r;
        }
        for (const core::PrecisionSample& s :
             core::precisionSamples(*fn, params, *dtype, derivative, xs)) {
            text += core::formatNumber(s.x) + ',' +
                    core::formatNumber(core::roundToFormat(*dtype, s.exact)) + ',' +
                    core::formatNumber(s.textbook) + ',' + core::formatNumber(s.stable) + ',' +
                    ulps(core::ulpError(*dtype, s.textbook, s.exact)) + ',' +
                    ulps(core::ulpError(*dtype, s.stable, s.exact)) + '\n';
        }
        if (auto why = write(text)) return writeFailure(err, *why);
        text.clear();
    }
    if (toStdout) {
        out.flush();
        if (!out) return writeFailure(err, QStringLiteral("cannot write standard output"));
    } else if (auto why = file.commit()) {
        return writeFailure(err, *why);
    }
    return 0;
}

} // namespace actviz::app
