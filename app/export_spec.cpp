// SPDX-License-Identifier: GPL-3.0-or-later
// The options of `export`, `table` and `code`, declared once: the parser, the help and the bash
// completion all come from these tables.

#include "export_request.h"

#include "cli/options.h"

namespace actviz::app {
namespace {

using cli::CommandSpec;
using cli::OptionSpec;

/// An option name, value name or help text (ASCII) as a QString.
QString str(const char* text) {
    return QString::fromLatin1(text);
}

/// The options both commands take: which curves, over which x.
std::vector<OptionSpec> curveOptions() {
    return {
        {{str("scene")}, str("FILE"), str("start from a scene file (default: the lecture scene)")},
        {{str("functions")},
         str("a,b,..."),
         str("show these functions instead, with default parameters")},
        {{str("formula")},
         str("TEXT"),
         str("show a typed function of x, such as 'x*sigmoid(b*x)' (repeatable;\n"
             "with --functions, after them; its parameters: --param formula.b=V)"),
         true},
        {{str("param")},
         str("FUNCTION.PARAM=V"),
         str("set a parameter of every curve of FUNCTION (repeatable)"),
         true},
        {{str("x-range")}, str("A:B"), str("the x axis (default: the scene's, -6:6)")},
    };
}

/// The options of an image that change what the scene shows (`--deck` refuses them: each slide
/// is a complete scene).
std::vector<OptionSpec> sceneOptions() {
    return {
        {{str("derivatives")}, {}, str("show f' of every curve")},
        {{str("y-range")}, str("A:B"), str("the y axis (default: the scene's, -1.5:3.5)")},
        {{str("tangent")},
         str("FUNCTION@X"),
         str("pin a tangent to the first FUNCTION curve at X (repeatable)"),
         true},
        {{str("ghosts")},
         {},
         str("draw the curves each function tends to (Swish -> ReLU, ...) faintly")},
        {{str("view")},
         str("curves|depth|softmax"),
         str("depth: |d output / d input| through a chain of layers, per\n"
             "function; softmax: probabilities and Jacobian diagonal of a few\n"
             "logits (default: the scene's, curves)")},
        {{str("logits")}, str("a,b,..."), str("the softmax view's logits (default 2,1,0.1)")},
        {{str("temperature")}, str("T"), str("the softmax view's temperature (default 1)")},
        {{str("depth")}, str("L"), str("the depth view's number of layers (default 20)")},
        {{str("weight")}, str("W"), str("the depth view's weight of every layer (default 1)")},
        {{str("input")}, str("X0"), str("the depth view's input (default 0.5)")},
        {{str("sweep")},
         str("FUNCTION.PARAM=FROM:TO:FRAMES"),
         str("animate a parameter: -o x.gif writes a looping GIF, -o x.png\n"
             "writes x_0001.png, x_0002.png, ...; a parameter with a\n"
             "logarithmic slider (SMU's mu) steps by a constant factor")},
    };
}

/// The options of an image only (`table` refuses them): the scene's, then the file's.
std::vector<OptionSpec> imageOptions() {
    std::vector<OptionSpec> options = sceneOptions();
    options.insert(
        options.end() - 1,
        {
            // --sweep last, after the file's options
            {{str("theme")},
             str("light|dark|presentation"),
             str("the colours and type sizes (default: the scene's, light)")},
            {{str("language")},
             str("en|zh_CN"),
             str("the language of the labels and the legend (default: the scene's, en)")},
            {{str("size")}, str("WxH"), str("logical size in pixels (default 1920x1080)")},
            {{str("scale")}, str("S"), str("raster files get W*S x H*S pixels (default 1)")},
            {{str("dpi")}, str("N"), str("resolution written into raster files (default 96)")},
            {{str("format")},
             str("png|jpg|bmp|pdf|svg"),
             str("the file format (default: from the extension of FILE)")},
            {{str("transparent")}, {}, str("transparent background (png, svg)")},
            {{str("deck")},
             str("FILE"),
             str("every slide of a deck: -o x.pdf writes a handout, one page per\n"
                 "slide with its title, plot, caption, formulas and properties;\n"
                 "-o x.png writes x-1.png, x-2.png, ... (--theme and --language\n"
                 "apply to every slide, the image options to every image)")},
            {{str("page")}, str("a4|letter"), str("the handout's paper (default a4)")},
            {{str("orientation")},
             str("portrait|landscape"),
             str("the handout's orientation (default portrait)")},
        });
    return options;
}

OptionSpec outputOption(ExportKind kind) {
    switch (kind) {
    case ExportKind::Table:
        return {{str("o")},
                str("FILE"),
                str("the output; -, a FIFO or a device is written directly, a regular file\n"
                    "atomically (never left half-written)")};
    case ExportKind::Code:
        return {{str("o")},
                str("FILE"),
                str("the output (default -, standard output); a regular file is written\n"
                    "atomically")};
    case ExportKind::Image:
        break;
    }
    return {{str("o")},
            str("FILE"),
            str("the output: a regular file is written atomically (never left\n"
                "half-written); -, a FIFO or a device is written directly")};
}

/// The options of `code`: what the program draws, and in which language.
std::vector<OptionSpec> codeOptions() {
    std::vector<OptionSpec> options;
    for (OptionSpec& o : imageOptions())
        if (o.names.front() == str("derivatives") || o.names.front() == str("y-range") ||
            o.names.front() == str("theme"))
            options.push_back(std::move(o));
    options.push_back({{str("lang")},
                       str("numpy|matplotlib|pytorch|jax|pgfplots"),
                       str("numpy: f and f' of each curve, numerically stable; matplotlib:\n"
                           "a script that redraws the figure; pytorch, jax: the library's\n"
                           "calls, f' by autograd; pgfplots: a standalone LaTeX document")});
    return options;
}

CommandSpec makeSpec(ExportKind kind) {
    CommandSpec spec;
    switch (kind) {
    case ExportKind::Image:
        spec.name = str("export");
        spec.usage = str("Usage: actviz export [options] -o FILE");
        spec.description =
            str("Renders a scene without a display, exactly as the window draws it.");
        break;
    case ExportKind::Table:
        spec.name = str("table");
        spec.usage = str("Usage: actviz table [options] -o FILE");
        spec.description =
            str("Writes the visible curves as CSV: x, then f, f' and df/dparam of each curve, at\n"
                "evenly spaced x plus every kink, over the scene's x range.");
        break;
    case ExportKind::Code:
        spec.name = str("code");
        spec.usage = str("Usage: actviz code --lang LANG [options] [-o FILE]");
        spec.description =
            str("Writes the visible curves as a program or document to run or compile: the\n"
                "scene's functions with its parameter values, colours and ranges.");
        break;
    }
    spec.options = curveOptions();
    if (kind == ExportKind::Table) {
        spec.options.push_back({{str("points")},
                                str("N"),
                                str("evenly spaced x values, plus every kink (default %1)")
                                    .arg(ExportRequest{}.points)});
    } else if (kind == ExportKind::Code) {
        for (OptionSpec& o : codeOptions())
            spec.options.push_back(std::move(o));
    } else {
        for (OptionSpec& o : imageOptions())
            spec.options.push_back(std::move(o));
    }
    spec.options.push_back(outputOption(kind));
    spec.footer =
        str("Options override the scene file. Exit status: 0, 2 for a bad option, value or "
            "scene, 1 when\nthe file cannot be written.");
    return spec;
}

} // namespace

bool changesTheScene(const QString& option) {
    for (const auto& group : {curveOptions(), sceneOptions()})
        for (const OptionSpec& o : group)
            if (o.names.contains(option)) return true;
    return false;
}

const cli::CommandSpec& exportSpec(ExportKind kind) {
    static const CommandSpec exportCommand = makeSpec(ExportKind::Image);
    static const CommandSpec tableCommand = makeSpec(ExportKind::Table);
    static const CommandSpec codeCommand = makeSpec(ExportKind::Code);
    switch (kind) {
    case ExportKind::Table:
        return tableCommand;
    case ExportKind::Code:
        return codeCommand;
    case ExportKind::Image:
        break;
    }
    return exportCommand;
}

} // namespace actviz::app
