#include "export_cli.h"

#include "cli/cli.h"
#include "exporter.h"
#include "languages.h"
#include "scene_json.h"
#include "scene_model.h"
#include "sweep.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <ostream>

namespace actviz::app {
namespace {

/// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::app::ExportCommand)
};

constexpr const char* kExportHelp = R"(Usage: actviz export [options] -o FILE
       actviz table  [options] -o FILE     (CSV of the visible curves; -o - for stdout)

Renders a scene without a display, exactly as the window draws it.
  --scene FILE               start from a scene file (default: the lecture scene)
  --functions a,b,...        show these functions instead, with default parameters
  --derivatives              show f' of every curve
  --param FUNCTION.PARAM=V   set a parameter of every curve of FUNCTION (repeatable)
  --tangent FUNCTION@X       pin a tangent to the first FUNCTION curve at X (repeatable)
  --x-range A:B, --y-range A:B
  --size WxH                 logical size in pixels (default 1920x1080)
  --scale S                  1 to 4: raster files get W*S x H*S pixels (default 1)
  --dpi N                    resolution written into raster files (default 96)
  --format png|jpg|bmp|pdf|svg   (default: from the extension of FILE)
  --transparent              transparent background (png, svg)
  --ghosts                   draw the curves each function tends to (Swish -> ReLU, ...) faintly
  --view curves|depth|softmax
                             depth: |d output / d input| through a chain of layers, per function;
                             softmax: probabilities and Jacobian diagonal of a few logits
  --logits a,b,...           the softmax view's logits (2 to 10; default 2,1,0.1)
  --sweep FUNCTION.PARAM=FROM:TO:FRAMES
                             animate a parameter: -o x.gif writes a looping GIF, -o x.png writes
                             x_0001.png, x_0002.png, ... (2 to 500 frames); a parameter with a
                             logarithmic slider (SMU's mu) steps by a constant factor
  --temperature T            the softmax view's temperature (default 1)
  --depth L, --weight W, --input X0   the chain of the depth view (defaults 20, 1, 0.5)
  --theme light|dark|presentation
  --language en|zh_CN
  --points N                 table: evenly spaced x values, plus every kink (default 201)
  -o FILE                    the output: a regular file is written atomically (never left
                             half-written); -, a FIFO or a device is written directly
Options override the scene file. Exit status: 0, 2 for a bad option, value or scene, 1 when
the file cannot be written.
)";

struct Failure {
    int status;
    QString message;
};

std::optional<std::pair<double, double>> parseRange(const QString& text) {
    const int colon = text.indexOf(QLatin1Char(':'), 1);
    if (colon < 0) return std::nullopt;
    const auto a = core::parseNumber(text.left(colon).toStdString());
    const auto b = core::parseNumber(text.mid(colon + 1).toStdString());
    if (!a || !b || !std::isfinite(*a) || !std::isfinite(*b) || !(*a < *b)) return std::nullopt;
    return std::pair{*a, *b};
}

std::optional<Failure> applyParam(ui::Scene& scene, const QString& spec) {
    const int dot = spec.indexOf(QLatin1Char('.'));
    const int eq = spec.indexOf(QLatin1Char('='));
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

/// `--sweep FUNCTION.PARAM=FROM:TO:FRAMES`: checked whole first, then written a frame at a time
/// (see exportSweep).
template <class Fail>
int runSweep(const ui::Scene& scene, ui::ExportOptions options, const QString& spec,
             const QString& output, Fail fail) {
    const int dot = spec.indexOf(QLatin1Char('.'));
    const int eq = spec.indexOf(QLatin1Char('='));
    const QStringList range = eq > 0 ? spec.mid(eq + 1).split(QLatin1Char(':')) : QStringList();
    if (dot <= 0 || eq < dot || range.size() != 3)
        return fail(2,
                    Text::tr("--sweep expects FUNCTION.PARAM=FROM:TO:FRAMES, got '%1'").arg(spec));
    const core::FunctionSpec* fn = core::findFunction(spec.left(dot).toStdString());
    if (fn == nullptr)
        return fail(2, Text::tr("--sweep: unknown function '%1'").arg(spec.left(dot)));
    const auto index = fn->paramIndex(spec.mid(dot + 1, eq - dot - 1).toStdString());
    if (!index)
        return fail(2, Text::tr("--sweep: %1 has no parameter '%2'")
                           .arg(spec.left(dot), spec.mid(dot + 1, eq - dot - 1)));
    const auto from = core::parseNumber(range[0].toStdString());
    const auto to = core::parseNumber(range[1].toStdString());
    bool framesOk = false;
    const int frames = range[2].toInt(&framesOk);
    if (!from || !to || !std::isfinite(*from) || !std::isfinite(*to) || !framesOk || frames < 2 ||
        frames > ui::kMaxSweepFrames)
        return fail(
            2,
            Text::tr("--sweep expects finite FROM and TO and 2 to 500 FRAMES, got '%1'").arg(spec));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("gif") && suffix != QLatin1String("png"))
        return fail(2, Text::tr("a sweep writes an animated .gif or numbered .png frames, not '%1'")
                           .arg(output));
    ui::Sweep sweep;
    sweep.param = *index;
    sweep.from = *from;
    sweep.to = *to;
    sweep.frames = frames;
    sweep.geometric = fn->params[*index].scale == core::Scale::Log && *from > 0.0 && *to > 0.0;
    for (std::size_t i = 0; i < scene.curves.size(); ++i)
        if (scene.curves[i].function == fn) sweep.curves.push_back(static_cast<int>(i));
    if (sweep.curves.empty())
        return fail(2, Text::tr("--sweep: the scene has no %1 curve").arg(spec.left(dot)));
    if (auto why = ui::validateExportOptions(options)) return fail(2, *why);
    if (auto why = ui::validateSweep(scene, sweep))
        return fail(2, Text::tr("--sweep: %1").arg(*why));
    if (auto why = ui::exportSweep(scene, sweep, options, output)) return fail(1, *why);
    return 0;
}

} // namespace

int runExport(const QStringList& args, bool table, std::ostream& out, std::ostream& err) {
    const char* command = table ? "table" : "export";
    auto fail = [&](int status, const QString& message) {
        err << "actviz " << command << ": " << cli::oneLine(message.toStdString()) << '\n';
        return status;
    };
    ui::Scene scene = ui::SceneModel::lectureScene();
    ui::ExportOptions options;
    QString output, formatName;
    QStringList functions, params, tangents;
    std::optional<std::pair<double, double>> xRange, yRange;
    bool derivatives = false;
    std::optional<ui::Theme> theme;
    std::optional<bool> depthView;
    std::optional<bool> softmaxView;
    std::optional<std::vector<double>> logits;
    std::optional<double> temperature;
    QString sweep;
    std::optional<int> depthLayers;
    std::optional<double> depthWeight, depthInput;
    QString language;
    int points = 201;

    // Options that only mean something for an image; `table` refuses them rather than ignore them.
    static const QStringList imageOnly{"--transparent", "--ghosts", "--size",    "--scale", "--dpi",
                                       "--format",      "--sweep",  "--tangent", "--theme"};
    QStringList imageOptions;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (imageOnly.contains(a) && !imageOptions.contains(a)) imageOptions << a;
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out << kExportHelp;
            return 0;
        }
        if (a == QLatin1String("--derivatives")) {
            derivatives = true;
            continue;
        }
        if (a == QLatin1String("--transparent")) {
            options.transparent = true;
            continue;
        }
        if (a == QLatin1String("--ghosts")) {
            options.ghosts = true;
            continue;
        }
        static const QStringList withValue{
            "--scene",       "--functions", "--param",   "--tangent",  "--view",   "--depth",
            "--weight",      "--input",     "--x-range", "--y-range",  "--size",   "--scale",
            "--dpi",         "--format",    "--theme",   "--language", "--points", "--logits",
            "--temperature", "--sweep",     "-o"};
        if (!withValue.contains(a))
            return fail(2, Text::tr("unknown option '%1' (try --help)").arg(a));
        if (i + 1 >= args.size()) return fail(2, Text::tr("%1 needs a value").arg(a));
        const QString v = args[++i];
        if (a == QLatin1String("-o")) {
            output = v;
        } else if (a == QLatin1String("--scene")) {
            const ui::SceneParse parsed = ui::readSceneFile(v);
            if (!parsed.scene) return fail(2, parsed.error);
            scene = *parsed.scene;
        } else if (a == QLatin1String("--functions")) {
            functions = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (functions.isEmpty())
                return fail(2, Text::tr("--functions needs at least one function id"));
        } else if (a == QLatin1String("--param")) {
            params << v;
        } else if (a == QLatin1String("--tangent")) {
            tangents << v;
        } else if (a == QLatin1String("--view")) {
            if (v != QLatin1String("curves") && v != QLatin1String("depth") &&
                v != QLatin1String("softmax"))
                return fail(2,
                            Text::tr("--view expects curves, depth or softmax, got '%1'").arg(v));
            depthView = v == QLatin1String("depth");
            softmaxView = v == QLatin1String("softmax");
        } else if (a == QLatin1String("--logits")) {
            std::vector<double> zs;
            for (const QString& part : v.split(QLatin1Char(','))) {
                const auto z = core::parseNumber(part.toStdString());
                if (!z || !std::isfinite(*z))
                    return fail(2, Text::tr("--logits: '%1' is not a finite number").arg(part));
                zs.push_back(*z);
            }
            logits = zs;
        } else if (a == QLatin1String("--sweep")) {
            sweep = v;
        } else if (a == QLatin1String("--temperature")) {
            const auto t = core::parseNumber(v.toStdString());
            if (!t || !std::isfinite(*t) || !(*t > 0))
                return fail(2,
                            Text::tr("--temperature expects a finite number > 0, got '%1'").arg(v));
            temperature = *t;
        } else if (a == QLatin1String("--depth")) {
            bool ok = false;
            depthLayers = v.toInt(&ok);
            if (!ok || *depthLayers < core::kMinDepth || *depthLayers > core::kMaxDepth)
                return fail(2, Text::tr("--depth expects 1 to 1000 layers, got '%1'").arg(v));
        } else if (a == QLatin1String("--weight") || a == QLatin1String("--input")) {
            const auto n = core::parseNumber(v.toStdString());
            if (!n || !std::isfinite(*n))
                return fail(2, Text::tr("%1 expects a finite number, got '%2'").arg(a, v));
            (a == QLatin1String("--weight") ? depthWeight : depthInput) = *n;
        } else if (a == QLatin1String("--x-range") || a == QLatin1String("--y-range")) {
            const auto r = parseRange(v);
            if (!r)
                return fail(2, Text::tr("%1 expects A:B with finite A < B, got '%2'").arg(a, v));
            if (auto why = ui::axisRangeProblem(r->first, r->second,
                                                a == QLatin1String("--x-range") ? "x" : "y"))
                return fail(2, QStringLiteral("%1: %2").arg(a, *why));
            (a == QLatin1String("--x-range") ? xRange : yRange) = r;
        } else if (a == QLatin1String("--size")) {
            const QStringList wh = v.split(QLatin1Char('x'));
            bool okW = false, okH = false;
            if (wh.size() == 2) {
                options.width = wh[0].toInt(&okW);
                options.height = wh[1].toInt(&okH);
            }
            if (!okW || !okH) return fail(2, Text::tr("--size expects WxH, got '%1'").arg(v));
        } else if (a == QLatin1String("--scale")) {
            const auto s = core::parseNumber(v.toStdString());
            if (!s) return fail(2, Text::tr("--scale: '%1' is not a number").arg(v));
            options.scale = *s;
        } else if (a == QLatin1String("--dpi")) {
            bool ok = false;
            options.dpi = v.toInt(&ok);
            if (!ok) return fail(2, Text::tr("--dpi: '%1' is not a whole number").arg(v));
        } else if (a == QLatin1String("--points")) {
            bool ok = false;
            points = v.toInt(&ok);
            if (!ok || points < 2 || points > ui::kMaxTablePoints)
                return fail(2, Text::tr("--points expects 2 to 10000000, got '%1'").arg(v));
        } else if (a == QLatin1String("--format")) {
            formatName = v;
        } else if (a == QLatin1String("--theme")) {
            theme = ui::themeFromName(v);
            if (!theme)
                return fail(2, Text::tr("unknown theme '%1' (light, dark or presentation)").arg(v));
        } else if (a == QLatin1String("--language")) {
            if (!ui::isInterfaceLanguage(v))
                return fail(2, Text::tr("unknown language '%1' (en or zh_CN)").arg(v));
            language = v;
        }
    }
    if (output.isEmpty()) return fail(2, Text::tr("no output file (-o FILE)"));
    if (table && !imageOptions.isEmpty())
        return fail(2, Text::tr("%1: only for images (actviz export), not for a table")
                           .arg(imageOptions.join(QStringLiteral(", "))));

    if (functions.size() > core::kMaxCurves)
        return fail(2, Text::tr("--functions names %1 curves; at most %2 are supported")
                           .arg(functions.size())
                           .arg(core::kMaxCurves));
    if (!functions.isEmpty()) {
        scene.curves.clear();
        for (const QString& id : functions) {
            const core::FunctionSpec* fn = core::findFunction(id.trimmed().toStdString());
            if (fn == nullptr)
                return fail(2, Text::tr("unknown function '%1' (see 'actviz list')").arg(id));
            ui::Curve c;
            c.function = fn;
            c.params = fn->defaults();
            c.color = ui::firstUnusedColor(scene.curves, theme.value_or(scene.theme));
            scene.curves.push_back(c);
        }
    }
    for (const QString& p : params)
        if (auto f = applyParam(scene, p)) return fail(f->status, f->message);
    if (derivatives)
        for (ui::Curve& c : scene.curves)
            c.showDerivative = true;
    if (!functions.isEmpty()) scene.tangents.clear(); // they referred to the replaced curves
    if (scene.tangents.size() + static_cast<std::size_t>(tangents.size()) >
        static_cast<std::size_t>(core::kMaxTangents))
        return fail(2, Text::tr("%1 tangents requested; at most %2 are supported")
                           .arg(scene.tangents.size() + static_cast<std::size_t>(tangents.size()))
                           .arg(core::kMaxTangents));
    for (const QString& t : tangents) {
        const int at = t.indexOf(QLatin1Char('@'));
        const auto x = at > 0 ? core::parseNumber(t.mid(at + 1).toStdString()) : std::nullopt;
        if (!x || !std::isfinite(*x))
            return fail(2,
                        Text::tr("--tangent expects FUNCTION@X with a finite X, got '%1'").arg(t));
        const core::FunctionSpec* fn = core::findFunction(t.left(at).toStdString());
        int curve = -1;
        for (int i = 0; i < static_cast<int>(scene.curves.size()) && curve < 0; ++i)
            if (fn != nullptr && scene.curves[static_cast<size_t>(i)].function == fn) curve = i;
        if (curve < 0)
            return fail(2, Text::tr("--tangent %1: the scene has no %2 curve").arg(t, t.left(at)));
        scene.tangents.push_back({curve, *x});
    }
    if (xRange) std::tie(scene.view.xMin, scene.view.xMax) = *xRange;
    if (yRange) std::tie(scene.view.yMin, scene.view.yMax) = *yRange;
    if (theme) ui::retheme(scene, *theme);
    if (depthView) scene.depth.shown = *depthView;
    if (softmaxView) scene.softmax.shown = *softmaxView;
    if (logits) {
        if (logits->size() < core::kMinLogits || logits->size() > core::kMaxLogits)
            return fail(2, Text::tr("--logits takes 2 to 10 values, got %1").arg(logits->size()));
        scene.softmax.logits = *logits;
    }
    if (temperature) scene.softmax.temperature = *temperature;
    if (depthLayers) scene.depth.layers = *depthLayers;
    if (depthWeight) scene.depth.weight = *depthWeight;
    if (depthInput) scene.depth.input = *depthInput;
    if (!language.isEmpty()) scene.language = language;

    ui::Translators translators;
    translators.apply(scene.language); // legend and labels in the scene's language
    ui::SceneModel model;
    model.setScene(scene);
    if (table) {
        if (auto why = ui::checkTableSize(model, points)) return fail(2, *why);
        if (auto why = ui::exportTable(model, points, output)) return fail(1, *why);
        return 0;
    }
    if (!sweep.isEmpty()) return runSweep(scene, options, sweep, output, fail);
    if (formatName.isEmpty()) formatName = QFileInfo(output).suffix();
    const auto format = ui::imageFormatFromName(formatName);
    if (!format)
        return fail(
            2, Text::tr(
                   "unknown format '%1' (png, jpg, bmp, pdf or svg; or give -o a known extension)")
                   .arg(formatName));
    options.format = *format;
    if (auto why = ui::validateExportOptions(options)) return fail(2, *why);
    if (auto why = ui::exportPlot(model, output, options)) return fail(1, *why);
    return 0;
}

} // namespace actviz::app
