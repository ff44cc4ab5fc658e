// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_cli.h"

#include "cli/cli.h"
#include "cli/options.h"
#include "code_writer.h"
#include "deck.h"
#include "export_request.h"
#include "exporter.h"
#include "handout.h"
#include "languages.h"
#include "output_file.h"
#include "scene_model.h"
#include "sweep.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <ostream>

namespace actviz::app {
namespace {

/// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::app::ExportCommand)
};

/// The sweep of `request` on `scene`: checked against the scene whole first, then written a frame
/// at a time (see exportSweep).
template <class Fail>
int runSweep(const ui::Scene& scene, const ExportRequest& request, Fail fail) {
    const SweepRequest& asked = *request.sweep;
    const core::FunctionSpec* fn = core::findFunction(asked.function.toStdString());
    // formula.NAME: the first typed formula with that parameter (and its copies).
    if (asked.function == ui::qs(core::kFormulaId))
        for (const ui::Curve& c : scene.curves)
            if (fn == nullptr && c.function->program != nullptr &&
                c.function->paramIndex(asked.param.toStdString()))
                fn = c.function;
    if (fn == nullptr)
        return fail(2, Text::tr("--sweep: unknown function '%1'").arg(asked.function));
    const auto index = fn->paramIndex(asked.param.toStdString());
    if (!index)
        return fail(2,
                    Text::tr("--sweep: %1 has no parameter '%2'").arg(asked.function, asked.param));
    ui::Sweep sweep;
    sweep.param = *index;
    sweep.from = asked.from;
    sweep.to = asked.to;
    sweep.frames = asked.frames;
    sweep.geometric =
        fn->params[*index].scale == core::Scale::Log && asked.from > 0.0 && asked.to > 0.0;
    for (std::size_t i = 0; i < scene.curves.size(); ++i)
        if (scene.curves[i].function == fn) sweep.curves.push_back(static_cast<int>(i));
    if (sweep.curves.empty())
        return fail(2, Text::tr("--sweep: the scene has no %1 curve").arg(asked.function));
    if (auto why = ui::validateSweep(scene, sweep))
        return fail(2, Text::tr("--sweep: %1").arg(*why));
    if (auto why = ui::exportSweep(scene, sweep, request.image, request.output))
        return fail(1, *why);
    return 0;
}

/// `path` with the slide's number before the extension: slide.png -> slide-1.png, or slide-01.png
/// in a deck of ten slides or more.
QString slidePath(const QString& path, int number, int count) {
    const QFileInfo info(path);
    const QString digits = QString::number(number).rightJustified(
        static_cast<qsizetype>(QString::number(count).size()), QLatin1Char('0'));
    const QString name =
        info.suffix().isEmpty()
            ? info.fileName() + QLatin1Char('-') + digits
            : QStringLiteral("%1-%2.%3").arg(info.completeBaseName(), digits, info.suffix());
    return info.path() == QLatin1String(".") && !path.startsWith(QLatin1String("./"))
               ? name
               : info.path() + QLatin1Char('/') + name;
}

/// `export --deck`: a handout PDF, or one image per slide.
template <class Fail> int runDeck(const ExportRequest& request, Fail fail) {
    const ui::DeckParse parsed = ui::readDeckFile(request.deckFile);
    if (!parsed.deck) return fail(2, parsed.error);
    ui::Deck deck = *parsed.deck;
    const QString language =
        request.language.isEmpty() ? deck.slides.front().scene.language : request.language;
    for (ui::Slide& slide : deck.slides) {
        slide.scene.language = language;
        if (request.theme) ui::retheme(slide.scene, *request.theme);
    }
    ui::Translators translators;
    translators.apply(language);
    if (request.image.format == ui::ImageFormat::Pdf) {
        QString error;
        const auto bytes = ui::renderHandout(deck, request.handout, &error);
        if (!bytes) return fail(1, error);
        if (auto why = ui::writeOutput(request.output, *bytes)) return fail(1, *why);
        return 0;
    }
    // All the slides or none: a failure takes back the images written before it.
    const int count = static_cast<int>(deck.slides.size());
    QStringList written;
    for (int n = 0; n < count; ++n) {
        ui::SceneModel model;
        model.setScene(deck.slides[static_cast<std::size_t>(n)].scene);
        const QString path = slidePath(request.output, n + 1, count);
        if (auto why = ui::exportPlot(model, path, request.image)) {
            for (const QString& done : written)
                QFile::remove(done);
            return fail(1, Text::tr("slide %1 of %2: %3").arg(n + 1).arg(count).arg(*why));
        }
        written << path;
    }
    return 0;
}

} // namespace

int runExport(const QStringList& args, ExportKind kind, std::ostream& out, std::ostream& err) {
    const std::string command = exportSpec(kind).name.toStdString();
    auto fail = [&](int status, const QString& message) {
        err << "actviz " << command << ": " << cli::oneLine(message.toStdString()) << '\n';
        return status;
    };
    const auto parsed = parseExportRequest(args, kind);
    if (const auto* failure = std::get_if<Failure>(&parsed))
        return fail(failure->status, failure->message);
    const auto& request = std::get<ExportRequest>(parsed);
    if (request.help) {
        out << cli::helpText(exportSpec(kind));
        out.flush();
        if (out) return 0;
        return fail(cli::kWriteError, QStringLiteral("could not write to standard output"));
    }
    if (!request.deckFile.isEmpty()) return runDeck(request, fail);
    const auto built = requestedScene(request);
    if (const auto* failure = std::get_if<Failure>(&built))
        return fail(failure->status, failure->message);
    const auto& scene = std::get<ui::Scene>(built);
    const QString& output = request.output;

    ui::Translators translators;
    translators.apply(scene.language); // legend and labels in the scene's language
    ui::SceneModel model;
    model.setScene(scene);
    if (kind == ExportKind::Code) {
        // Standard output through the stream the caller gave (tests read it); a file atomically.
        const QByteArray code = ui::sceneCode(model.scene(), request.code);
        if (output == QLatin1String("-")) {
            out.write(code.constData(), code.size());
            out.flush();
            if (out) return 0;
            return fail(cli::kWriteError, QStringLiteral("could not write to standard output"));
        }
        if (auto why = ui::writeOutput(output, code)) return fail(1, *why);
        return 0;
    }
    if (kind == ExportKind::Table) {
        if (auto why = ui::checkTableSize(model, request.points)) return fail(2, *why);
        if (auto why = ui::exportTable(model, request.points, output)) return fail(1, *why);
        return 0;
    }
    if (request.sweep) return runSweep(scene, request, fail);
    if (auto why = ui::exportPlot(model, output, request.image)) return fail(1, *why);
    return 0;
}

} // namespace actviz::app
