// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The options of every subcommand, declared once in a table: QCommandLineParser reads them, the
// help text and the bash completion are made from the same table, and every subcommand treats
// --help, unknown options, missing values and repeated options the same way.

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actviz::cli {

/// One option: its names ("o", or "p" and "param"), the name of its value (empty for a flag)
/// and its help (lines after the first are indented under it).
struct OptionSpec {
    QStringList names;
    QString valueName;
    QString help;
    bool repeatable = false; ///< may be given more than once (each value counts)
};

/// A subcommand: its usage lines, what it does, its options and the positional arguments it
/// takes (at most `maxPositional`).
struct CommandSpec {
    QString name;
    QString usage;
    QString description;
    std::vector<OptionSpec> options;
    QString footer;
    int maxPositional = 0;
};

/// Parses `args` (the words after the subcommand) into `parser` by `spec`, with -h/--help added.
/// Returns one line saying what is wrong: an unknown option, a missing value, an option that takes
/// one value given twice, or an unexpected argument.
[[nodiscard]] std::optional<std::string>
parseCommand(const CommandSpec& spec, const QStringList& args, QCommandLineParser& parser);

/// The help of `spec`: usage, description, the options in two columns, the footer.
[[nodiscard]] std::string helpText(const CommandSpec& spec);

/// The words of a command line as Qt strings (UTF-8).
[[nodiscard]] QStringList qtArgs(std::span<const std::string_view> args);

/// "A:B" with finite A < B (decimal or exponent notation), or nullopt.
[[nodiscard]] std::optional<std::pair<double, double>> parseRange(const QString& text);

/// "--scene" or "-o": how the option is written on the command line.
[[nodiscard]] QString spelled(const QString& name);

} // namespace actviz::cli
