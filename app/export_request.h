// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What `actviz export`, `actviz table` and `actviz code` are asked for, read from the command line
// into one struct and then applied to a scene. The options are declared once (exportSpec), so the
// help, the parser and the bash completion cannot disagree.

#include "code_writer.h"
#include "export_options.h"
#include "scene_model.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace actviz::cli {
struct CommandSpec;
} // namespace actviz::cli

namespace actviz::app {

/// Why a request cannot run: exit status 2 for bad options, values or input, 1 for output that
/// cannot be written; the message is one sentence.
struct Failure {
    int status;
    QString message;
};

using Range = std::pair<double, double>;

/// `--sweep FUNCTION.PARAM=FROM:TO:FRAMES`, checked for its form and numbers.
struct SweepRequest {
    QString function;
    QString param;
    double from = 0.0;
    double to = 1.0;
    int frames = 0;
};

/// The three commands that render a scene: `export` (an image), `table` (CSV), `code` (a program).
enum class ExportKind { Image, Table, Code };

/// One export, table or code request. Unset optionals keep the scene's value.
struct ExportRequest {
    ExportKind kind = ExportKind::Image;
    bool help = false; ///< --help: print the help and nothing else
    QString output;    ///< -o: a path, or "-" for standard output
    QString sceneFile;
    /// --deck: every slide of a deck file, as a handout PDF or numbered images.
    QString deckFile;
    ui::HandoutOptions handout; ///< --page, --orientation
    QStringList functions;      ///< replace the scene's curves by these, with default parameters
    QStringList formulas;       ///< and (or) by these typed formulas
    bool derivatives = false;
    QStringList params;   ///< FUNCTION.PARAM=VALUE, in order
    QStringList tangents; ///< FUNCTION@X
    std::optional<Range> xRange, yRange;
    std::optional<ui::Theme> theme;
    std::optional<bool> depthView, softmaxView;
    std::optional<std::vector<double>> logits;
    std::optional<double> temperature;
    std::optional<int> depthLayers;
    std::optional<double> depthWeight, depthInput;
    QString language;
    std::optional<SweepRequest> sweep;
    int points = 201;
    ui::CodeLanguage code = ui::CodeLanguage::Numpy; ///< `code`'s --lang
    ui::ExportOptions image; ///< the format is the one asked for, or the output's extension's
};

/// Whether `option` (a name without dashes) changes what a scene shows (`--deck` refuses it).
[[nodiscard]] bool changesTheScene(const QString& option);

/// The options of `export`, `table` or `code`.
[[nodiscard]] const cli::CommandSpec& exportSpec(ExportKind kind);

/// Reads `args` (the words after the subcommand). Every value is checked here, before any file is
/// read: its form, its range, and the image options as a whole; what depends on the scene (the
/// functions it has, parameter domains) is checked by requestedScene.
[[nodiscard]] std::variant<ExportRequest, Failure> parseExportRequest(const QStringList& args,
                                                                      ExportKind kind);

/// The scene the request describes: the scene file (or the lecture scene) with the request's
/// options applied.
[[nodiscard]] std::variant<ui::Scene, Failure> requestedScene(const ExportRequest& request);

} // namespace actviz::app
