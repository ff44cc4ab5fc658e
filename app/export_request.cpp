// SPDX-License-Identifier: GPL-3.0-or-later
// `actviz export`, `actviz table` and `actviz code`: options read into an ExportRequest, applied
// to a scene.

#include "export_request.h"

#include "cli/options.h"

#include "languages.h"
#include "scene_json.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace actviz::app {
namespace {

/// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::app::ExportCommand)
};

using cli::OptionSpec;

/// An option name (ASCII) as a QString.
QString str(const char* text) {
    return QString::fromLatin1(text);
}

std::optional<double> finite(const QString& text) {
    const auto n = core::parseNumber(text.toStdString());
    if (!n || !std::isfinite(*n)) return std::nullopt;
    return n;
}

/// FUNCTION.PARAM=VALUE, split (the value unparsed).
struct Target {
    QString function;
    QString param;
    QString value;
};

std::optional<Target> splitTarget(const QString& spec) {
    const qsizetype dot = spec.indexOf(QLatin1Char('.'));
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (dot <= 0 || eq < dot) return std::nullopt;
    return Target{spec.left(dot), spec.mid(dot + 1, eq - dot - 1), spec.mid(eq + 1)};
}

/// The options' values, read one group at a time; each returns the first malformed value.
class Reader {
public:
    Reader(const QCommandLineParser& parser, ExportRequest& request)
        : m_p(parser)
        , m_r(request) {}

    std::optional<Failure> curves() {
        m_r.output = value("o");
        if (isSet("scene")) {
            m_r.sceneFile = value("scene");
            if (m_r.sceneFile.isEmpty()) return fail(Text::tr("--scene needs a file name"));
        }
        if (isSet("functions")) {
            m_r.functions = value("functions").split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (m_r.functions.isEmpty())
                return fail(Text::tr("--functions needs at least one function id"));
            if (m_r.functions.size() > core::kMaxCurves)
                return fail(Text::tr("--functions names %1 curves; at most %2 are supported")
                                .arg(m_r.functions.size())
                                .arg(core::kMaxCurves));
        }
        m_r.formulas = m_p.values(str("formula"));
        if (m_r.functions.size() + m_r.formulas.size() > core::kMaxCurves)
            return fail(Text::tr("--functions and --formula name %1 curves; at most %2 are "
                                 "supported")
                            .arg(m_r.functions.size() + m_r.formulas.size())
                            .arg(core::kMaxCurves));
        m_r.params = m_p.values(str("param"));
        return range("x-range", m_r.xRange);
    }

    std::optional<Failure> table() {
        if (!isSet("points")) return std::nullopt;
        bool ok = false;
        m_r.points = value("points").toInt(&ok);
        if (!ok || m_r.points < 2 || m_r.points > core::kMaxTablePoints)
            return fail(Text::tr("--points expects 2 to %1, got '%2'")
                            .arg(core::kMaxTablePoints)
                            .arg(value("points")));
        return std::nullopt;
    }

    /// The depth and softmax views.
    std::optional<Failure> views() {
        if (isSet("view")) {
            const QString v = value("view");
            if (v != QLatin1String("curves") && v != QLatin1String("depth") &&
                v != QLatin1String("softmax"))
                return fail(Text::tr("--view expects curves, depth or softmax, got '%1'").arg(v));
            m_r.depthView = v == QLatin1String("depth");
            m_r.softmaxView = v == QLatin1String("softmax");
        }
        if (isSet("logits")) {
            std::vector<double> zs;
            for (const QString& part : value("logits").split(QLatin1Char(','))) {
                const auto z = finite(part);
                if (!z) return fail(Text::tr("--logits: '%1' is not a finite number").arg(part));
                zs.push_back(*z);
            }
            if (zs.size() < core::kMinLogits || zs.size() > core::kMaxLogits)
                return fail(Text::tr("--logits takes %1 to %2 values, got %3")
                                .arg(core::kMinLogits)
                                .arg(core::kMaxLogits)
                                .arg(zs.size()));
            m_r.logits = zs;
        }
        if (isSet("temperature")) {
            const auto t = finite(value("temperature"));
            if (!t || !(*t > 0))
                return fail(Text::tr("--temperature expects a finite number > 0, got '%1'")
                                .arg(value("temperature")));
            m_r.temperature = t;
        }
        if (isSet("depth")) {
            bool ok = false;
            const int layers = value("depth").toInt(&ok);
            if (!ok || layers < core::kMinDepth || layers > core::kMaxDepth)
                return fail(Text::tr("--depth expects %1 to %2 layers, got '%3'")
                                .arg(core::kMinDepth)
                                .arg(core::kMaxDepth)
                                .arg(value("depth")));
            m_r.depthLayers = layers;
        }
        for (const char* name : {"weight", "input"}) {
            if (!isSet(name)) continue;
            const auto n = finite(value(name));
            if (!n)
                return fail(Text::tr("%1 expects a finite number, got '%2'")
                                .arg(QStringLiteral("--") + str(name), value(name)));
            (name[0] == 'w' ? m_r.depthWeight : m_r.depthInput) = n;
        }
        return std::nullopt;
    }

    /// `code`: the language, and what the program draws.
    std::optional<Failure> code() {
        if (!isSet("lang"))
            return fail(
                Text::tr("no language (--lang numpy, matplotlib, pytorch, jax or pgfplots)"));
        const auto language = ui::codeLanguageFromId(value("lang"));
        if (!language)
            return fail(Text::tr("unknown language '%1' (numpy, matplotlib, pytorch, jax or "
                                 "pgfplots)")
                            .arg(value("lang")));
        m_r.code = *language;
        m_r.derivatives = isSet("derivatives");
        if (isSet("theme")) {
            m_r.theme = ui::themeFromName(value("theme"));
            if (!m_r.theme)
                return fail(Text::tr("unknown theme '%1' (light, dark or presentation)")
                                .arg(value("theme")));
        }
        return range("y-range", m_r.yRange);
    }

    /// What is drawn besides the curves, and in which style.
    std::optional<Failure> look() {
        m_r.derivatives = isSet("derivatives");
        m_r.image.ghosts = isSet("ghosts");
        m_r.tangents = m_p.values(str("tangent"));
        if (m_r.tangents.size() > core::kMaxTangents)
            return fail(Text::tr("%1 tangents requested; at most %2 are supported")
                            .arg(m_r.tangents.size())
                            .arg(core::kMaxTangents));
        if (isSet("theme")) {
            m_r.theme = ui::themeFromName(value("theme"));
            if (!m_r.theme)
                return fail(Text::tr("unknown theme '%1' (light, dark or presentation)")
                                .arg(value("theme")));
        }
        if (isSet("language")) {
            m_r.language = value("language");
            if (!ui::isInterfaceLanguage(m_r.language))
                return fail(Text::tr("unknown language '%1' (en or zh_CN)").arg(m_r.language));
        }
        return range("y-range", m_r.yRange);
    }

    /// --deck, and the handout's paper; a deck's slides are complete scenes, so the options
    /// that would change a scene are refused with it.
    std::optional<Failure> deck() {
        if (isSet("page")) {
            const QString page = value("page").toLower();
            if (page != QLatin1String("a4") && page != QLatin1String("letter"))
                return fail(Text::tr("--page expects a4 or letter, got '%1'").arg(value("page")));
            m_r.handout.paper =
                page == QLatin1String("a4") ? ui::PaperSize::A4 : ui::PaperSize::Letter;
        }
        if (isSet("orientation")) {
            const QString o = value("orientation").toLower();
            if (o != QLatin1String("portrait") && o != QLatin1String("landscape"))
                return fail(Text::tr("--orientation expects portrait or landscape, got '%1'")
                                .arg(value("orientation")));
            m_r.handout.landscape = o == QLatin1String("landscape");
        }
        const bool handout = QFileInfo(m_r.output).suffix().toLower() == QLatin1String("pdf") ||
                             value("format").toLower() == QLatin1String("pdf");
        if (!isSet("deck")) {
            for (const char* name : {"page", "orientation"})
                if (isSet(name))
                    return fail(
                        Text::tr("--%1 is for a handout (--deck FILE -o FILE.pdf)").arg(str(name)));
            return std::nullopt;
        }
        m_r.deckFile = value("deck");
        if (m_r.deckFile.isEmpty()) return fail(Text::tr("--deck needs a file name"));
        for (const QString& name : m_p.optionNames())
            if (changesTheScene(name))
                return fail(Text::tr("--%1 cannot be used with --deck: each slide is a complete "
                                     "scene")
                                .arg(name));
        if (handout) { // its plots fit the page
            for (const char* name : {"size", "scale", "dpi", "transparent"})
                if (isSet(name))
                    return fail(Text::tr("--%1 is for images; a handout's plots fit its page")
                                    .arg(str(name)));
        } else {
            for (const char* name : {"page", "orientation"})
                if (isSet(name))
                    return fail(Text::tr("--%1 is for a handout (-o FILE.pdf)").arg(str(name)));
            if (m_r.output == QLatin1String("-"))
                return fail(Text::tr("a deck's slides are written as numbered images (-o "
                                     "FILE.png) or as a handout (-o FILE.pdf), not to -"));
        }
        return std::nullopt;
    }

    /// The file: format, size, scale, resolution, checked together.
    std::optional<Failure> image() {
        ui::ExportOptions& o = m_r.image;
        if (isSet("size")) {
            const QStringList wh = value("size").split(QLatin1Char('x'));
            bool okW = false, okH = false;
            if (wh.size() == 2) {
                o.width = wh[0].toInt(&okW);
                o.height = wh[1].toInt(&okH);
            }
            if (!okW || !okH)
                return fail(
                    Text::tr("--size expects WxH in whole pixels, got '%1'").arg(value("size")));
        }
        if (isSet("scale")) {
            const auto scale = core::parseNumber(value("scale").toStdString());
            if (!scale) return fail(Text::tr("--scale: '%1' is not a number").arg(value("scale")));
            o.scale = *scale;
        }
        if (isSet("dpi")) {
            bool ok = false;
            o.dpi = value("dpi").toInt(&ok);
            if (!ok) return fail(Text::tr("--dpi: '%1' is not a whole number").arg(value("dpi")));
        }
        o.transparent = isSet("transparent");
        if (isSet("sweep")) {
            auto sweep = parseSweep(value("sweep"));
            if (auto* failure = std::get_if<Failure>(&sweep)) return *failure;
            m_r.sweep = std::get<SweepRequest>(sweep);
            const QString suffix = QFileInfo(m_r.output).suffix().toLower();
            if (suffix != QLatin1String("gif") && suffix != QLatin1String("png"))
                return fail(
                    Text::tr("a sweep writes an animated .gif or numbered .png frames, not '%1'")
                        .arg(m_r.output));
            o.format = ui::ImageFormat::Png; // the frames, whatever the container
        } else {
            const QString name = isSet("format") ? value("format") : QFileInfo(m_r.output).suffix();
            if (name.isEmpty())
                return fail(Text::tr("cannot tell the format from '%1'; give --format "
                                     "png|jpg|bmp|pdf|svg")
                                .arg(m_r.output));
            const auto format = ui::imageFormatFromName(name);
            if (!format && name.compare(QLatin1String("gif"), Qt::CaseInsensitive) == 0)
                return fail(Text::tr("a GIF is an animation: give --sweep ID.PARAM=FROM:TO:FRAMES "
                                     "to step a parameter (-o FILE.gif)"));
            if (!format)
                return fail(Text::tr("unknown format '%1' (png, jpg, bmp, pdf or svg)").arg(name));
            o.format = *format;
        }
        if (auto why = ui::validateExportOptions(o)) return fail(*why);
        return std::nullopt;
    }

private:
    static Failure fail(const QString& message) { return Failure{2, message}; }
    [[nodiscard]] QString value(const char* name) const { return m_p.value(str(name)); }
    [[nodiscard]] bool isSet(const char* name) const { return m_p.isSet(str(name)); }

    std::optional<Failure> range(const char* axis, std::optional<Range>& into) {
        if (!isSet(axis)) return std::nullopt;
        const QString v = value(axis);
        const auto r = cli::parseRange(v);
        const QString option = QStringLiteral("--") + str(axis);
        if (!r) return fail(Text::tr("%1 expects A:B with finite A < B, got '%2'").arg(option, v));
        if (auto why = ui::axisRangeProblem(r->first, r->second, str(axis).left(1)))
            return fail(QStringLiteral("%1: %2").arg(option, *why));
        into = r;
        return std::nullopt;
    }

    static std::variant<SweepRequest, Failure> parseSweep(const QString& spec) {
        const auto target = splitTarget(spec);
        const QStringList range = target ? target->value.split(QLatin1Char(':')) : QStringList();
        if (!target || range.size() != 3)
            return fail(
                Text::tr("--sweep expects FUNCTION.PARAM=FROM:TO:FRAMES, got '%1'").arg(spec));
        SweepRequest sweep{target->function, target->param};
        const auto from = finite(range[0]);
        const auto to = finite(range[1]);
        bool framesOk = false;
        sweep.frames = range[2].toInt(&framesOk);
        if (!from || !to || !framesOk || sweep.frames < 2 || sweep.frames > core::kMaxSweepFrames)
            return fail(Text::tr("--sweep expects finite FROM and TO and 2 to %1 FRAMES, got '%2'")
                            .arg(core::kMaxSweepFrames)
                            .arg(spec));
        sweep.from = *from;
        sweep.to = *to;
        return sweep;
    }

    const QCommandLineParser& m_p;
    ExportRequest& m_r;
};

/// One --param; `given` holds those before it (a second value would silently win).
std::optional<Failure> applyParam(ui::Scene& scene, const QString& spec, QStringList& given) {
    const auto target = splitTarget(spec);
    if (!target)
        return Failure{2, Text::tr("--param expects FUNCTION.PARAM=VALUE, got '%1'").arg(spec)};
    const QString& fnId = target->function;
    const QString& paramId = target->param;
    const QString name = fnId + '.' + paramId;
    if (given.contains(name)) return Failure{2, Text::tr("--param %1 is given twice").arg(name)};
    given << name;
    const auto value = core::parseNumber(target->value.toStdString());
    // formula.NAME sets NAME in every typed formula that has it.
    const bool typed = fnId == ui::qs(core::kFormulaId);
    const core::FunctionSpec* fn = typed ? nullptr : core::findFunction(fnId.toStdString());
    if (fn == nullptr && !typed)
        return Failure{2, Text::tr("unknown function '%1' in --param").arg(fnId)};
    if (fn != nullptr && !fn->paramIndex(paramId.toStdString()))
        return Failure{2, Text::tr("%1 has no parameter '%2'").arg(fnId, paramId)};
    if (!value)
        return Failure{
            2,
            Text::tr("--param %1: '%2' is not a number").arg(fnId + "." + paramId, target->value)};
    bool found = false;
    for (ui::Curve& c : scene.curves) {
        const bool match = typed ? c.function->program != nullptr : c.function == fn;
        const auto index = c.function->paramIndex(paramId.toStdString());
        if (!match || !index) continue;
        found = true;
        std::vector<double> candidate = c.params;
        candidate[*index] = *value;
        if (auto why = c.function->validate(candidate))
            return Failure{2, QString::fromStdString(*why)};
        c.params = candidate;
    }
    if (!found && typed)
        return Failure{2,
                       Text::tr("--param %1: no formula has a parameter '%2'").arg(spec, paramId)};
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
    const bool typed = spec.left(at) == ui::qs(core::kFormulaId); // the first typed formula
    for (std::size_t i = 0; i < scene.curves.size(); ++i)
        if ((fn != nullptr && scene.curves[i].function == fn) ||
            (typed && scene.curves[i].function->program != nullptr)) {
            scene.tangents.push_back({static_cast<int>(i), *x});
            return std::nullopt;
        }
    return Failure{2, Text::tr("--tangent %1: the scene has no %2 curve").arg(spec, spec.left(at))};
}

} // namespace

std::variant<ExportRequest, Failure> parseExportRequest(const QStringList& args, ExportKind kind) {
    QCommandLineParser parser;
    if (auto why = cli::parseCommand(exportSpec(kind), args, parser)) {
        // An option of another of the three commands gets a message that names that command.
        for (const QString& name : parser.unknownOptionNames()) {
            auto takes = [&](ExportKind other) {
                if (other == kind) return false;
                for (const OptionSpec& o : exportSpec(other).options)
                    if (o.names.contains(name)) return true;
                return false;
            };
            const QString option = cli::spelled(name);
            if (takes(ExportKind::Image))
                return Failure{2,
                               kind == ExportKind::Table
                                   ? Text::tr("%1 is only for images (actviz export), not "
                                              "for a table")
                                         .arg(option)
                                   : Text::tr("%1 is only for images (actviz export)").arg(option)};
            if (takes(ExportKind::Table))
                return Failure{2, Text::tr("%1 is only for tables (actviz table)").arg(option)};
            if (takes(ExportKind::Code))
                return Failure{2, Text::tr("%1 is only for programs (actviz code)").arg(option)};
        }
        return Failure{2, QString::fromStdString(*why)};
    }
    ExportRequest r;
    r.kind = kind;
    if (parser.isSet(QStringLiteral("help"))) {
        r.help = true;
        return r;
    }
    Reader read(parser, r);
    if (auto failure = read.curves()) return *failure;
    if (kind == ExportKind::Code) {
        if (r.output.isEmpty()) {
            if (parser.isSet(QStringLiteral("o")))
                return Failure{2, Text::tr("no output file (-o FILE)")};
            r.output = QStringLiteral("-"); // standard output, unless told otherwise
        }
        if (auto failure = read.code()) return *failure;
        return r;
    }
    if (r.output.isEmpty()) return Failure{2, Text::tr("no output file (-o FILE)")};
    if (kind == ExportKind::Table) {
        if (auto failure = read.table()) return *failure;
        return r;
    }
    for (auto group : {&Reader::deck, &Reader::views, &Reader::look, &Reader::image})
        if (auto failure = (read.*group)()) return *failure;
    return r;
}

std::variant<ui::Scene, Failure> requestedScene(const ExportRequest& r) {
    ui::Scene scene = ui::SceneModel::lectureScene();
    if (!r.sceneFile.isEmpty()) {
        const ui::SceneParse parsed = ui::readSceneFile(r.sceneFile);
        if (!parsed.scene) return Failure{2, parsed.error};
        scene = *parsed.scene;
    }
    if (!r.functions.isEmpty() || !r.formulas.isEmpty()) {
        scene.curves.clear();
        scene.tangents.clear(); // they referred to the replaced curves
        std::vector<const core::FunctionSpec*> functions;
        for (const QString& id : r.functions) {
            const core::FunctionSpec* fn = core::findFunction(id.trimmed().toStdString());
            if (fn == nullptr)
                return Failure{2, Text::tr("unknown function '%1' (see 'actviz list')").arg(id)};
            functions.push_back(fn);
        }
        for (const QString& text : r.formulas) {
            const core::FormulaResult typed = core::compileFormula(text.toStdString());
            if (typed.error)
                return Failure{
                    2, Text::tr("--formula '%1': %2")
                           .arg(text.left(80), QString::fromStdString(typed.error->message))};
            functions.push_back(typed.function->spec);
        }
        for (const core::FunctionSpec* fn : functions) {
            ui::Curve c;
            c.function = fn;
            c.params = fn->defaults();
            c.color = ui::firstUnusedColor(scene.curves, r.theme.value_or(scene.theme));
            scene.curves.push_back(c);
        }
    }
    QStringList given;
    for (const QString& p : r.params)
        if (auto failure = applyParam(scene, p, given)) return *failure;
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
