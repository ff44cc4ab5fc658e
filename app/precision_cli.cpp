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

#include <cerrno>
#include <cmath>
#include <cstring>
#include <optional>
#include <ostream>
#include <string>
#include <variant>
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
            "Evaluates FUNCTION (or f' with --derivative) in a narrow floating-point format,\n"
            "twice: as textbooks write it and as a careful library does, with every operation\n"
            "rounded to the format (to nearest, ties to even; exp, expm1, log, log1p, sqrt, tanh,\n"
            "erf and erfc correctly rounded). x and the parameters are rounded to the format\n"
            "first; x values that round to the same number appear once. Writes CSV with the\n"
            "header\n"
            "  x,exact,textbook,stable,textbook_ulps,stable_ulps\n"
            "exact is the exact value rounded to the format; the _ulps columns are each\n"
            "formulation's error in units in the last place of the format (at most 0.5 when\n"
            "correctly rounded; inf where it gives an infinity or NaN that the exact value is\n"
            "not).\n"
            "'actviz list' names the functions; functions with one formulation say so on stderr."),
        {{{QStringLiteral("dtype")},
          QStringLiteral("float32|float16|bfloat16"),
          QStringLiteral("the format (required)")},
         {{QStringLiteral("p"), QStringLiteral("param")},
          QStringLiteral("NAME=VALUE"),
          QStringLiteral("set a parameter by its id (see 'actviz list'); repeatable"),
          true},
         {{QStringLiteral("derivative")}, {}, QStringLiteral("f' instead of f")},
         {{QStringLiteral("x-range")},
          QStringLiteral("A:B"),
          QStringLiteral("x (default -20:20), within the format's finite range")},
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

int fail(std::ostream& err, const std::string& message) {
    return cli::usageError(err, "precision", message);
}

int writeFailure(std::ostream& err, const QString& why) {
    err << "actviz precision: " << cli::oneLine(why.toStdString()) << '\n';
    return cli::kWriteError;
}

/// What `actviz precision` was asked for, checked.
struct PrecisionRequest {
    const core::FunctionSpec* fn = nullptr;
    core::Dtype dtype = core::Dtype::Float32;
    std::vector<double> params; ///< as the format holds them
    bool derivative = false;
    std::pair<double, double> range{-20.0, 20.0};
    long long points = kDefaultPoints;
    QString output = QStringLiteral("-");
};

/// The request in `parser`, or the one line that says what is wrong with it.
std::variant<PrecisionRequest, std::string> readRequest(const QCommandLineParser& parser) {
    PrecisionRequest r;
    const std::string id = parser.positionalArguments().value(0).toStdString();
    if (id.empty()) return "no function given (see 'actviz list')";
    r.fn = core::findFunction(id);
    if (r.fn == nullptr) return "unknown function '" + id + "' (see 'actviz list')";
    if (!parser.isSet(QStringLiteral("dtype")))
        return "--dtype is required: float32, float16 or bfloat16";
    const std::string dtypeName = parser.value(QStringLiteral("dtype")).toStdString();
    const auto dtype = core::parseDtype(dtypeName);
    if (!dtype) return "--dtype expects float32, float16 or bfloat16, got '" + dtypeName + "'";
    r.dtype = *dtype;

    std::vector<double> params = r.fn->defaults();
    std::vector<bool> given(params.size(), false);
    for (const QString& p : parser.values(QStringLiteral("param")))
        if (auto why = cli::applyParam(*r.fn, p.toStdString(), params, given)) return *why;
    if (auto why = r.fn->validate(params)) return *why;
    // The program in that format holds the parameters rounded to it, which may leave the
    // function's domain (SMU-1's default mu is 0 in float16).
    auto held = core::roundParameters(*r.fn, params, r.dtype);
    if (auto* why = std::get_if<std::string>(&held)) return "parameter " + *why;
    r.params = std::get<std::vector<double>>(held);

    r.derivative = parser.isSet(QStringLiteral("derivative"));
    if (parser.isSet(QStringLiteral("x-range"))) {
        const QString text = parser.value(QStringLiteral("x-range"));
        const auto range = cli::parseRange(text);
        if (!range)
            return "--x-range expects A:B with finite A < B, got '" + text.toStdString() + "'";
        r.range = *range;
    }
    for (const double end : {r.range.first, r.range.second})
        if (std::isinf(core::roundToFormat(r.dtype, end)))
            return "--x-range: " + core::formatNumber(end) + " is beyond " + dtypeName +
                   "'s largest value, " + core::formatNumber(core::largestFinite(r.dtype));
    if (core::roundToFormat(r.dtype, r.range.first) == core::roundToFormat(r.dtype, r.range.second))
        return "--x-range: " + dtypeName + " holds one number there, " +
               core::formatNumber(core::roundToFormat(r.dtype, r.range.first)) +
               " (a wider range, please)";
    if (parser.isSet(QStringLiteral("points"))) {
        const QString text = parser.value(QStringLiteral("points"));
        bool ok = false;
        r.points = text.toLongLong(&ok);
        if (!ok || r.points < 2 || r.points > core::kMaxTablePoints)
            return "--points expects 2 to " + std::to_string(core::kMaxTablePoints) + ", got '" +
                   text.toStdString() + "'";
    }
    if (parser.isSet(QStringLiteral("o"))) {
        r.output = parser.value(QStringLiteral("o"));
        if (r.output.isEmpty()) return "-o needs a file name ('-' for standard output)";
    }
    return r;
}

/// The CSV of `r`, a block of x at a time (so that memory stays small whatever --points asks),
/// to `write`; returns why writing failed. x is rounded to the format, and neighbours that round
/// alike are kept once.
template <class Write> std::optional<QString> writeCsv(const PrecisionRequest& r, Write write) {
    const double step = (r.range.second - r.range.first) / static_cast<double>(r.points - 1);
    constexpr long long kBlock = 65536;
    std::string text = "x,exact,textbook,stable,textbook_ulps,stable_ulps\n";
    std::vector<double> xs;
    double last = std::nan("");
    for (long long begin = 0; begin < r.points; begin += kBlock) {
        xs.clear();
        for (long long i = begin; i < std::min(r.points, begin + kBlock); ++i) {
            const double x =
                i == r.points - 1 ? r.range.second : r.range.first + step * static_cast<double>(i);
            const double held = core::roundToFormat(r.dtype, x);
            if (held != last) xs.push_back(held);
            last = held;
        }
        for (const core::PrecisionSample& s :
             core::precisionSamples(*r.fn, r.params, r.dtype, r.derivative, xs)) {
            text += core::formatNumber(s.x) + ',' +
                    core::formatNumber(core::roundToFormat(r.dtype, s.exact)) + ',' +
                    core::formatNumber(s.textbook) + ',' + core::formatNumber(s.stable) + ',' +
                    core::formatUlps(core::ulpError(r.dtype, s.textbook, s.exact)) + ',' +
                    core::formatUlps(core::ulpError(r.dtype, s.stable, s.exact)) + '\n';
        }
        if (auto why = write(text)) return why;
        text.clear();
    }
    return std::nullopt;
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
    auto read = readRequest(parser);
    if (auto* why = std::get_if<std::string>(&read)) return fail(err, *why);
    const PrecisionRequest& request = std::get<PrecisionRequest>(read);
    const auto forms = core::formulations(request.fn->id);
    if (forms && !forms->distinct)
        err << "actviz precision: " << request.fn->id
            << " has one formulation (a library computes it as written): both columns show it\n";

    if (request.output == QLatin1String("-")) {
        // Why the stream failed: the system's word for it (a full disk), as table says.
        auto failed = [] {
            return QStringLiteral("cannot write standard output: %1")
                .arg(QString::fromLocal8Bit(std::strerror(errno)));
        };
        auto toStdout = [&](const std::string& text) -> std::optional<QString> {
            errno = 0;
            out << text;
            if (!out) return failed();
            return std::nullopt;
        };
        if (auto why = writeCsv(request, toStdout)) return writeFailure(err, *why);
        errno = 0;
        out.flush();
        if (!out) return writeFailure(err, failed());
        return 0;
    }
    ui::OutputFile file;
    if (auto why = file.open(request.output)) return writeFailure(err, *why);
    auto toFile = [&](const std::string& text) {
        return file.write(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    };
    if (auto why = writeCsv(request, toFile)) return writeFailure(err, *why);
    if (auto why = file.commit()) return writeFailure(err, *why);
    return 0;
}

} // namespace actviz::app
