// `actviz export` and `actviz table`: the options, read into an ExportRequest and applied to a
// scene.

#include "export_request.h"

#include "languages.h"
#include "scene_json.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"

#include <QCoreApplication>

#include <cmath>

namespace actviz::app {
namespace {

/// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::app::ExportCommand)
};

using cli::CommandSpec;
using cli::OptionSpec;

QString s(const char* text) {
    return QString::fromUtf8(text);
}

/// The options both commands take.
std::vector<OptionSpec> sceneOptions() {
    return {
        {{s("scene")}, s("FILE"), s("start from a scene file (default: the lecture scene)")},
        {{s("functions")},
         s("a,b,..."),
         s("show these functions instead, with default parameters")},
        {{s("derivatives")}, {}, s("show f' of every curve")},
        {{s("param")},
         s("FUNCTION.PARAM=V"),
         s("set a parameter of every curve of FUNCTION (repeatable)"),
         true},
        {{s("x-range")}, s("A:B"), s("the x axis")},
        {{s("y-range")}, s("A:B"), s("the y axis")},
        {{s("view")},
         s("curves|depth|softmax"),
         s("depth: |d output / d input| through a chain of layers, per\n"
           "function; softmax: probabilities and Jacobian diagonal of a few\n"
           "logits")},
        {{s("logits")}, s("a,b,..."), s("the softmax view's logits (2 to 10; default 2,1,0.1)")},
        {{s("temperature")}, s("T"), s("the softmax view's temperature (default 1)")},
        {{s("depth")}, s("L"), s("the depth view's number of layers, 1 to 1000 (default 20)")},
        {{s("weight")}, s("W"), s("the depth view's weight of every layer (default 1)")},
        {{s("input")}, s("X0"), s("the depth view's input (default 0.5)")},
        {{s("language")}, s("en|zh_CN"), s("the language of the labels and the legend")},
    };
}

std::vector<OptionSpec> imageOptions() {
    return {
        {{s("tangent")},
         s("FUNCTION@X"),
         s("pin a tangent to the first FUNCTION curve at X (repeatable)"),
         true},
        {{s("theme")}, s("light|dark|presentation"), s("the colours and type sizes")},
        {{s("size")}, s("WxH"), s("logical size in pixels (default 1920x1080)")},
        {{s("scale")}, s("S"), s("1 to 4: raster files get W*S x H*S pixels (default 1)")},
        {{s("dpi")}, s("N"), s("resolution written into raster files (default 96)")},
        {{s("format")},
         s("png|jpg|bmp|pdf|svg"),
         s("the file format (default: from the extension of FILE)")},
        {{s("transparent")}, {}, s("transparent background (png, svg)")},
        {{s("ghosts")},
         {},
         s("draw the curves each function tends to (Swish -> ReLU, ...) faintly")},
        {{s("sweep")},
         s("FUNCTION.PARAM=FROM:TO:FRAMES"),
         s("animate a parameter: -o x.gif writes a looping GIF, -o x.png\n"
           "writes x_0001.png, x_0002.png, ... (2 to 500 frames); a parameter\n"
           "with a logarithmic slider (SMU's mu) steps by a constant factor")},
    };
}

OptionSpec outputOption(bool table) {
    return {{s("o")},
            s("FILE"),
            table ? s("the output; -, a FIFO or a device is written directly, a regular file\n"
                      "atomically (never left half-written)")
                  : s("the output: a regular file is written atomically (never left\n"
                      "half-written); -, a FIFO or a device is written directly")};
}

CommandSpec makeSpec(bool table) {
    CommandSpec spec;
    spec.name = table ? s("table") : s("export");
    spec.usage = table ? s("Usage: actviz table [options] -o FILE")
                       : s("Usage: actviz export [options] -o FILE");
    spec.description =
        table
            ? s("Writes the visible curves as CSV: x, then f, f' and df/dparam of each curve, at\n"
                "evenly spaced x plus every kink, over the scene's x range.")
            : s("Renders a scene without a display, exactly as the window draws it.");
    spec.options = sceneOptions();
    if (table) {
        spec.options.push_back(
            {{s("points")}, s("N"), s("evenly spaced x values, plus every kink (default 201)")});
    } else {
        for (OptionSpec& o : imageOptions())
            spec.options.push_back(std::move(o));
    }
    spec.options.push_back(outputOption(table));
    spec.footer = s("Options override the scene file. Exit status: 0, 2 for a bad option, value or "
                    "scene, 1 when\nthe file cannot be written.");
    return spec;
}

std::optional<Range> parseRange(const QString& text) {
    const qsizetype colon = text.indexOf(QLatin1Char(':'), 1);
    if (colon < 0) return std::nullopt;
    const auto a = core::parseNumber(text.left(colon).toStdString());
    const auto b = core::parseNumber(text.mid(colon + 1).toStdString());
    if (!a || !b || !std::isfinite(*a) || !std::isfinite(*b) || !(*a < *b)) return std::nullopt;
    return Range{*a, *b};
}

std::optional<double> finite(const QString& text) {
    const auto n = core::parseNumber(text.toStdString());
    if (!n || !std::isfinite(*n)) return std::nullopt;
    return n;
}

/// Reads the value options into `r`; returns the first that is malformed.
std::optional<Failure> readValues(const QCommandLineParser& p, ExportRequest& r) {
    auto fail = [](const QString& message) { return Failure{2, message}; };
    auto value = [&](const char* name) { return p.value(s(name)); };
    auto isSet = [&](const char* name) { return p.isSet(s(name)); };
    r.output = value("o");
    r.sceneFile = value("scene");
    if (isSet("functions")) {
        r.functions = value("functions").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (r.functions.isEmpty())
            return fail(Text::tr("--functions needs at least one function id"));
        if (r.functions.size() > core::kMaxCurves)
            return fail(Text::tr("--functions names %1 curves; at most %2 are supported")
                            .arg(r.functions.size())
                            .arg(core::kMaxCurves));
    }
    r.derivatives = isSet("derivatives");
    r.params = p.values(s("param"));
    for (const char* axis : {"x-range", "y-range"}) {
        if (!isSet(axis)) continue;
        const QString v = value(axis);
        const auto range = parseRange(v);
        const QString option = QStringLiteral("--") + s(axis);
        if (!range)
            return fail(Text::tr("%1 expects A:B with finite A < B, got '%2'").arg(option, v));
        if (auto why = ui::axisRangeProblem(range->first, range->second, s(axis).left(1)))
            return fail(QStringLiteral("%1: %2").arg(option, *why));
        (axis[0] == 'x' ? r.xRange : r.yRange) = range;
    }
    if (isSet("view")) {
        const QString v = value("view");
        if (v != QLatin1String("curves") && v != QLatin1String("depth") &&
            v != QLatin1String("softmax"))
            return fail(Text::tr("--view expects curves, depth or softmax, got '%1'").arg(v));
        r.depthView = v == QLatin1String("depth");
        r.softmaxView = v == QLatin1String("softmax");
    }
    if (isSet("logits")) {
        std::vector<double> zs;
        for (const QString& part : value("logits").split(QLatin1Char(','))) {
            const auto z = finite(part);
            if (!z) return fail(Text::tr("--logits: '%1' is not a finite number").arg(part));
            zs.push_back(*z);
        }
        if (zs.size() < core::kMinLogits || zs.size() > core::kMaxLogits)
            return fail(Text::tr("--logits takes 2 to 10 values, got %1").arg(zs.size()));
        r.logits = zs;
    }
    if (isSet("temperature")) {
        const auto t = finite(value("temperature"));
        if (!t || !(*t > 0))
            return fail(Text::tr("--temperature expects a finite number > 0, got '%1'")
                            .arg(value("temperature")));
        r.temperature = t;
    }
    if (isSet("depth")) {
        bool ok = false;
        const int layers = value("depth").toInt(&ok);
        if (!ok || layers < core::kMinDepth || layers > core::kMaxDepth)
            return fail(Text::tr("--depth expects 1 to 1000 layers, got '%1'").arg(value("depth")));
        r.depthLayers = layers;
    }
    for (const char* name : {"weight", "input"}) {
        if (!isSet(name)) continue;
        const auto n = finite(value(name));
        if (!n)
            return fail(Text::tr("%1 expects a finite number, got '%2'")
                            .arg(QStringLiteral("--") + s(name), value(name)));
        (name[0] == 'w' ? r.depthWeight : r.depthInput) = n;
    }
    if (isSet("language")) {
        r.language = value("language");
        if (!ui::isInterfaceLanguage(r.language))
            return fail(Text::tr("unknown language '%1' (en or zh_CN)").arg(r.language));
    }
    if (r.table) {
        if (isSet("points")) {
            bool ok = false;
            r.points = value("points").toInt(&ok);
            if (!ok || r.points < 2 || r.points > core::kMaxTablePoints)
                return fail(
                    Text::tr("--points expects 2 to 10000000, got '%1'").arg(value("points")));
        }
        return std::nullopt;
    }
    r.tangents = p.values(s("tangent"));
    if (r.tangents.size() > core::kMaxTangents)
        return fail(Text::tr("%1 tangents requested; at most %2 are supported")
                        .arg(r.tangents.size())
                        .arg(core::kMaxTangents));
    if (isSet("theme")) {
        r.theme = ui::themeFromName(value("theme"));
        if (!r.theme)
            return fail(
                Text::tr("unknown theme '%1' (light, dark or presentation)").arg(value("theme")));
    }
    if (isSet("size")) {
        const QStringList wh = value("size").split(QLatin1Char('x'));
        bool okW = false, okH = false;
        if (wh.size() == 2) {
            r.image.width = wh[0].toInt(&okW);
            r.image.height = wh[1].toInt(&okH);
        }
        if (!okW || !okH) return fail(Text::tr("--size expects WxH, got '%1'").arg(value("size")));
    }
    if (isSet("scale")) {
        const auto scale = core::parseNumber(value("scale").toStdString());
        if (!scale) return fail(Text::tr("--scale: '%1' is not a number").arg(value("scale")));
        r.image.scale = *scale;
    }
    if (isSet("dpi")) {
        bool ok = false;
        r.image.dpi = value("dpi").toInt(&ok);
        if (!ok) return fail(Text::tr("--dpi: '%1' is not a whole number").arg(value("dpi")));
    }
    r.image.transparent = isSet("transparent");
    r.image.ghosts = isSet("ghosts");
    r.format = value("format");
    r.sweep = value("sweep");
    return std::nullopt;
}

std::optional<Failure> applyParam(ui::Scene& scene, const QString& spec) {
    const qsizetype dot = spec.indexOf(QLatin1Char('.'));
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (dot <= 0 || eq < dot)
        return Failure{2, Text::tr("--param expects FUNCTION.PARAM=VALUE, got '%1'").arg(spec)};
    const QString fnId = spec.left(dot);
    const QString paramId = spec.mid(dot + 1, eq - dot - 1);
    const auto value = core::parseNumber(spec.mid(eq + 1).toStdString());
    const core::FunctionSpec* fn = core::findFunction(fnId.toStdString());
    if (fn == nullptr) return Failure{2, Text::tr("unknown function '%1' in --param").arg(fnId)};
    const auto index = fn->paramIndex(paramId.toStdString());
    if (!index) return Failure{2, Text::tr("%1 has no parameter '%2'").arg(fnId, paramId)};
    if (!value)
        return Failure{2, Text::tr("--param %1: '%2' is not a number")
                              .arg(fnId + "." + paramId, spec.mid(eq + 1))};
    bool found = false;
    for (ui::Curve& c : scene.curves) {
        if (c.function != fn) continue;
        found = true;
        std::vector<double> candidate = c.params;
        candidate[*index] = *value;
        if (auto why = fn->validate(candidate)) return Failure{2, QString::fromStdString(*why)};
        c.params = candidate;
    }
    if (!found)
        return Failure{2, Text::tr("--param %1: the scene has no %2 curve").arg(spec, fnId)};
    return std::nullopt;
}

std::optional<Failure> addTangent(ui::Scene& scene, const QString& spec) {
    const qsizetype at = spec.indexOf(QLatin1Char('@'));
    const auto x = at > 0 ? finite(spec.mid(at + 1)) : std::nullopt;
    if (!x)
        return Failure{
            2, Text::tr("--tangent expects FUNCTION@X with a finite X, got '%1'").arg(spec)};
    const core::FunctionSpec* fn = core::findFunction(spec.left(at).toStdString());
    for (std::size_t i = 0; i < scene.curves.size(); ++i)
        if (fn != nullptr && scene.curves[i].function == fn) {
            scene.tangents.push_back({static_cast<int>(i), *x});
            return std::nullopt;
        }
    return Failure{2, Text::tr("--tangent %1: the scene has no %2 curve").arg(spec, spec.left(at))};
}

} // namespace

const cli::CommandSpec& exportSpec(bool table) {
    static const CommandSpec exportCommand = makeSpec(false);
    static const CommandSpec tableCommand = makeSpec(true);
    return table ? tableCommand : exportCommand;
}

std::variant<ExportRequest, Failure> parseExportRequest(const QStringList& args, bool table) {
    QCommandLineParser parser;
    if (auto why = cli::parseCommand(exportSpec(table), args, parser)) {
        // An image option given to `table` (or --points to `export`) gets a message that says so.
        for (const QString& name : parser.unknownOptionNames())
            for (const OptionSpec& o : exportSpec(!table).options)
                if (o.names.contains(name))
                    return Failure{2, table ? Text::tr("%1 is only for images (actviz export), not "
                                                       "for a table")
                                                  .arg(cli::spelled(name))
                                            : Text::tr("%1 is only for tables (actviz table)")
                                                  .arg(cli::spelled(name))};
        return Failure{2, QString::fromStdString(*why)};
    }
    ExportRequest r;
    r.table = table;
    if (parser.isSet(QStringLiteral("help"))) {
        r.help = true;
        return r;
    }
    if (auto failure = readValues(parser, r)) return *failure;
    if (r.output.isEmpty()) return Failure{2, Text::tr("no output file (-o FILE)")};
    return r;
}

std::variant<ui::Scene, Failure> requestedScene(const ExportRequest& r) {
    ui::Scene scene = ui::SceneModel::lectureScene();
    if (!r.sceneFile.isEmpty()) {
        const ui::SceneParse parsed = ui::readSceneFile(r.sceneFile);
        if (!parsed.scene) return Failure{2, parsed.error};
        scene = *parsed.scene;
    }
    if (!r.functions.isEmpty()) {
        scene.curves.clear();
        scene.tangents.clear(); // they referred to the replaced curves
        for (const QString& id : r.functions) {
            const core::FunctionSpec* fn = core::findFunction(id.trimmed().toStdString());
            if (fn == nullptr)
                return Failure{2, Text::tr("unknown function '%1' (see 'actviz list')").arg(id)};
            ui::Curve c;
            c.function = fn;
            c.params = fn->defaults();
            c.color = ui::firstUnusedColor(scene.curves, r.theme.value_or(scene.theme));
            scene.curves.push_back(c);
        }
    }
    for (const QString& p : r.params)
        if (auto failure = applyParam(scene, p)) return *failure;
    if (r.derivatives)
        for (ui::Curve& c : scene.curves)
            c.showDerivative = true;
    const auto tangents = scene.tangents.size() + static_cast<std::size_t>(r.tangents.size());
    if (tangents > static_cast<std::size_t>(core::kMaxTangents))
        return Failure{2, Text::tr("%1 tangents requested; at most %2 are supported")
                              .arg(tangents)
                              .arg(core::kMaxTangents)};
    for (const QString& t : r.tangents)
        if (auto failure = addTangent(scene, t)) return *failure;
    if (r.xRange) std::tie(scene.view.xMin, scene.view.xMax) = *r.xRange;
    if (r.yRange) std::tie(scene.view.yMin, scene.view.yMax) = *r.yRange;
    if (r.theme) ui::retheme(scene, *r.theme);
    if (r.depthView) scene.depth.shown = *r.depthView;
    if (r.softmaxView) scene.softmax.shown = *r.softmaxView;
    if (r.logits) scene.softmax.logits = *r.logits;
    if (r.temperature) scene.softmax.temperature = *r.temperature;
    if (r.depthLayers) scene.depth.layers = *r.depthLayers;
    if (r.depthWeight) scene.depth.weight = *r.depthWeight;
    if (r.depthInput) scene.depth.input = *r.depthInput;
    if (!r.language.isEmpty()) scene.language = r.language;
    return scene;
}

} // namespace actviz::app
