// SPDX-License-Identifier: GPL-3.0-or-later
// Subcommand options through QCommandLineParser, declared once (see options.h).

#include "options.h"

#include "actviz/core/parameter.h"

#include <algorithm>
#include <cmath>

namespace actviz::cli {

QStringList qtArgs(std::span<const std::string_view> args) {
    QStringList list;
    list.reserve(static_cast<qsizetype>(args.size()));
    for (std::string_view a : args)
        list << QString::fromUtf8(a.data(), static_cast<qsizetype>(a.size()));
    return list;
}

QString spelled(const QString& name) {
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

namespace {

/// The option `name` as the user wrote it among `args` ("-scene", "--scne=x"), for messages.
QString asTyped(const QString& name, const QStringList& args) {
    for (const QString& a : args) {
        QString word = a.section(QLatin1Char('='), 0, 0);
        if (word == QLatin1Char('-') + name || word == QLatin1String("--") + name) return word;
    }
    return spelled(name);
}

} // namespace

std::optional<std::string> parseCommand(const CommandSpec& spec, const QStringList& args,
                                        QCommandLineParser& parser) {
    // "-o FILE" and "-p X" as they are written; "-scene" means --scene, not -s -c -e ...
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    for (const OptionSpec& o : spec.options) {
        const bool added = parser.addOption(QCommandLineOption(o.names, o.help, o.valueName));
        Q_ASSERT(added); // a name given twice in a table
        (void)added;
    }
    const QString tryHelp = QStringLiteral(" (try 'actviz %1 --help')").arg(spec.name);
    // QCommandLineParser wants the program's name first.
    if (!parser.parse(QStringList{QStringLiteral("actviz")} + args)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty())
            return ("unknown option '" + asTyped(unknown.first(), args) + "'" + tryHelp)
                .toStdString();
        // QCommandLineParser's only other complaint: "Missing value after '--scene'."
        QString why = parser.errorText();
        const qsizetype open = why.indexOf(QLatin1Char('\''));
        const qsizetype close = why.lastIndexOf(QLatin1Char('\''));
        if (open >= 0 && close > open) {
            QString name = why.mid(open + 1, close - open - 1);
            while (name.startsWith(QLatin1Char('-')))
                name.remove(0, 1);
            for (const OptionSpec& o : spec.options)
                if (o.names.contains(name) && !o.valueName.isEmpty() &&
                    why.startsWith(QLatin1String("Missing value")))
                    return (spelled(name) + " needs a value: " + o.valueName).toStdString();
        }
        // "Unexpected value after '--json'." (--json=1): Qt's words, with the hint.
        if (why.endsWith(QLatin1Char('.'))) why.chop(1);
        if (!why.isEmpty()) why[0] = why[0].toLower();
        return (why + tryHelp).toStdString();
    }
    if (parser.isSet(QStringLiteral("help"))) return std::nullopt;
    const QStringList given = parser.optionNames();
    for (const OptionSpec& o : spec.options) {
        if (o.repeatable) continue;
        const auto times = std::count_if(given.begin(), given.end(),
                                         [&](const QString& n) { return o.names.contains(n); });
        if (times > 1)
            return (spelled(o.names.last()) + " was given " + QString::number(times) +
                    " times; it may be given only once")
                .toStdString();
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > spec.maxPositional)
        return ("unexpected argument '" + positional.value(spec.maxPositional) + "'" + tryHelp)
            .toStdString();
    return std::nullopt;
}

std::string helpText(const CommandSpec& spec) {
    constexpr int kColumn = 29;
    QString text = spec.usage + QLatin1Char('\n');
    if (!spec.description.isEmpty()) text += QLatin1Char('\n') + spec.description + '\n';
    text += QStringLiteral("\nOptions:\n");
    auto row = [&](const QString& left, const QString& help) {
        QString line = QStringLiteral("  ") + left;
        const QStringList helpLines = help.split(QLatin1Char('\n'));
        if (line.size() + 1 > kColumn) {
            text += line + QLatin1Char('\n');
            line.clear();
        }
        for (const QString& h : helpLines) {
            text += line.leftJustified(kColumn, QLatin1Char(' ')) + h + QLatin1Char('\n');
            line.clear();
        }
    };
    for (const OptionSpec& o : spec.options) {
        QStringList names;
        for (const QString& n : o.names)
            names << spelled(n);
        QString left = names.join(QStringLiteral(", "));
        if (!o.valueName.isEmpty()) left += QLatin1Char(' ') + o.valueName;
        row(left, o.help);
    }
    row(QStringLiteral("-h, --help"), QStringLiteral("this help"));
    if (!spec.footer.isEmpty()) text += QLatin1Char('\n') + spec.footer + '\n';
    return text.toStdString();
}

std::optional<std::pair<double, double>> parseRange(const QString& text) {
    const qsizetype colon = text.indexOf(QLatin1Char(':'), 1);
    if (colon < 0) return std::nullopt;
    const auto a = core::parseNumber(text.left(colon).toStdString());
    const auto b = core::parseNumber(text.mid(colon + 1).toStdString());
    if (!a || !b || !std::isfinite(*a) || !std::isfinite(*b) || !(*a < *b)) return std::nullopt;
    return std::pair{*a, *b};
}

} // namespace actviz::cli
