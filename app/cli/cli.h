// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command-line front end: `actviz list`, `actviz eval`, and the dispatch to the other
// subcommands. Streams are passed in so tests can drive it without a process.

#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace actviz::core {
struct FunctionSpec;
}

namespace actviz::cli {

/// Exit status for bad input (unknown names, malformed values): a one-line message on stderr.
inline constexpr int kUsageError = 2;
/// Exit status when the output could not be written (a full disk, a closed pipe).
inline constexpr int kWriteError = 1;

/// `text` on one line: newlines, tabs and other control characters as \n, \t, \xNN (user input
/// echoed into a message cannot break it into several lines or move the terminal's cursor).
[[nodiscard]] std::string oneLine(std::string_view text);

/// Writes "actviz COMMAND: MESSAGE" as one line on `err`; returns kUsageError.
int usageError(std::ostream& err, std::string_view command, const std::string& message);

/// Sets one parameter of `fn` from "NAME=VALUE" (or "FUNCTION.NAME=VALUE" with fn's id) in
/// `values`; returns why not: a malformed spec, an unknown name, a value out of its domain, or
/// a parameter already `given` (the second value would silently win).
[[nodiscard]] std::optional<std::string> applyParam(const core::FunctionSpec& fn,
                                                    std::string_view spec,
                                                    std::vector<double>& values,
                                                    std::vector<bool>& given);

/// Whether `word` (argv[1]) names a subcommand that runs without a window.
[[nodiscard]] bool isCommand(std::string_view word);

/// Runs the subcommand in args[0] with the remaining arguments; returns the exit status.
int run(std::span<const std::string_view> args, std::istream& in, std::ostream& out,
        std::ostream& err);

/// `actviz list [--json]`.
int list(std::span<const std::string_view> args, std::ostream& out, std::ostream& err);

/// `actviz parity FUNCTION [--param NAME=VALUE]... [--x-range A:B] [--points N]`.
int parity(std::span<const std::string_view> args, std::ostream& out, std::ostream& err);

/// `actviz eval FUNCTION [--param NAME=VALUE]... [--grad | --flavor LIBRARY]`, x values on `in`.
int eval(std::span<const std::string_view> args, std::istream& in, std::ostream& out,
         std::ostream& err);

} // namespace actviz::cli
