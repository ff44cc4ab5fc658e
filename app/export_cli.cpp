#include "export_cli.h"

#include "cli/cli.h"
#include "export_request.h"
#include "exporter.h"
#include "languages.h"
#include "scene_model.h"
#include "sweep.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <ostream>

namespace actviz::app {
namespace {

/// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::app::ExportCommand)
};

/// `--sweep FUNCTION.PARAM=FROM:TO:FRAMES`: checked whole first, then written a frame at a time
/// (see exportSweep).
template <class Fail>
int runSweep(const ui::Scene& scene, ui::ExportOptions options, const QString& spec,
             const QString& output, Fail fail) {
    const qsizetype dot = spec.indexOf(QLatin1Char('.'));
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
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
        frames > core::kMaxSweepFrames)
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
    const auto parsed = parseExportRequest(args, table);
    if (const auto* failure = std::get_if<Failure>(&parsed))
        return fail(failure->status, failure->message);
    const auto& request = std::get<ExportRequest>(parsed);
    if (request.help) {
        out << cli::helpText(exportSpec(table));
        out.flush();
        return out ? 0 : cli::kWriteError;
    }
    const auto built = requestedScene(request);
    if (const auto* failure = std::get_if<Failure>(&built))
        return fail(failure->status, failure->message);
    const auto& scene = std::get<ui::Scene>(built);
    const QString& output = request.output;

    ui::Translators translators;
    translators.apply(scene.language); // legend and labels in the scene's language
    ui::SceneModel model;
    model.setScene(scene);
    if (table) {
        if (auto why = ui::checkTableSize(model, request.points)) return fail(2, *why);
        if (auto why = ui::exportTable(model, request.points, output)) return fail(1, *why);
        return 0;
    }
    ui::ExportOptions options = request.image;
    if (!request.sweep.isEmpty()) return runSweep(scene, options, request.sweep, output, fail);
    const QString formatName =
        request.format.isEmpty() ? QFileInfo(output).suffix() : request.format;
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
