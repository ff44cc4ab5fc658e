// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_actions.h"

#include "handout.h"
#include "slide_deck.h"

#include "output_file.h"
#include "scene_document.h"
#include "scene_json.h"
#include "sweep.h"
#include "sweep_dialog.h"
#include "text.h"

#include "actviz/core/catalogue.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>

#include "export_dialog.h"

#include <algorithm>

namespace actviz::app {

ExportActions::ExportActions(QWidget* window, ui::SlideDeck* deck, SceneDocument* document)
    : QObject(window)
    , m_window(window)
    , m_deck(deck)
    , m_model(deck->model())
    , m_document(document) {}

void ExportActions::loadSettings(const QSettings& settings) {
    ui::ExportOptions o;
    o.format = ui::imageFormatFromName(settings.value(QStringLiteral("export/format")).toString())
                   .value_or(o.format);
    o.width =
        std::clamp(settings.value(QStringLiteral("export/width"), o.width).toInt(), 16, 10000);
    o.height =
        std::clamp(settings.value(QStringLiteral("export/height"), o.height).toInt(), 16, 10000);
    o.scale =
        std::clamp(settings.value(QStringLiteral("export/scale"), o.scale).toDouble(), 1.0, 4.0);
    o.dpi = std::clamp(settings.value(QStringLiteral("export/dpi"), o.dpi).toInt(), 10, 2400);
    o.transparent = settings.value(QStringLiteral("export/transparent"), false).toBool();
    if (ui::validateExportOptions(o)) o = ui::ExportOptions{}; // e.g. size x scale too large
    m_options = o;
    m_theme = ui::themeFromName(settings.value(QStringLiteral("export/theme")).toString());
}

void ExportActions::saveSettings(QSettings& settings) const {
    settings.setValue(QStringLiteral("export/format"), ui::imageFormatName(m_options.format));
    settings.setValue(QStringLiteral("export/width"), m_options.width);
    settings.setValue(QStringLiteral("export/height"), m_options.height);
    settings.setValue(QStringLiteral("export/scale"), m_options.scale);
    settings.setValue(QStringLiteral("export/dpi"), m_options.dpi);
    settings.setValue(QStringLiteral("export/transparent"), m_options.transparent);
    if (m_theme) settings.setValue(QStringLiteral("export/theme"), ui::themeName(*m_theme));
}

std::optional<QString> ExportActions::exportTo(const QString& path,
                                               const ui::ExportOptions& options,
                                               std::optional<ui::Theme> theme) {
    ui::SceneModel scene;
    ui::Scene s = m_model->scene();
    if (theme) ui::retheme(s, *theme);
    scene.setScene(s);
    if (auto why = ui::exportPlot(scene, path, options)) return why;
    m_options = options;
    m_theme = theme;
    m_exported = true;
    return std::nullopt;
}

std::optional<QString> ExportActions::exportDataTo(const QString& path) {
    return ui::exportTable(*m_model, 1001, path);
}

std::optional<QString> ExportActions::copyToClipboard(QSize plotSize) {
    ui::ExportOptions o = m_options;
    if (!m_exported) {
        o.width = std::max(plotSize.width(), 16);
        o.height = std::max(plotSize.height(), 16);
        o.scale = 1.0;
    }
    ui::SceneModel scene;
    ui::Scene s = m_model->scene();
    if (m_theme) ui::retheme(s, *m_theme);
    scene.setScene(s);
    o.format = ui::ImageFormat::Png;
    QString error;
    const auto png = ui::renderPlot(scene, o, &error);
    o.format = ui::ImageFormat::Svg;
    const auto svg = png ? ui::renderPlot(scene, o, &error) : std::nullopt;
    if (!png || !svg) return tr("Could not render the plot for the clipboard: %1").arg(error);
    auto* mime = new QMimeData;
    mime->setImageData(QImage::fromData(*png));
    mime->setData(QStringLiteral("image/png"), *png);
    mime->setData(QStringLiteral("image/svg+xml"), *svg);
    QApplication::clipboard()->setMimeData(mime);
    emit status(tr("Copied the plot (image and SVG)."));
    return std::nullopt;
}

void ExportActions::exportInteractive() {
    ui::ExportDialog dialog(*m_model, m_options, m_theme.value_or(m_model->scene().theme),
                            m_window);
    if (dialog.exec() != QDialog::Accepted) return;
    const ui::ExportOptions o = dialog.options();
    const QString ext = ui::imageFormatName(o.format);
    const QString base = m_document->path().isEmpty()
                             ? tr("plot")
                             : QFileInfo(m_document->path()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export the plot"), base + "." + ext,
                                                tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += "." + ext;
    if (auto why = exportTo(path, o, dialog.theme()))
        QMessageBox::warning(m_window, tr("Export failed"), *why);
    else
        emit status(tr("Exported %1").arg(path));
}

std::optional<QString> ExportActions::exportAnimationTo(const QString& path, const ui::Sweep& sweep,
                                                        const std::function<bool(int)>& progress) {
    ui::Scene s = m_model->scene();
    if (m_theme) ui::retheme(s, *m_theme);
    return ui::exportSweep(s, sweep, m_options, path, progress);
}

void ExportActions::exportAnimationInteractive() {
    const int curve = m_model->selected();
    if (curve < 0 || m_model->curve(curve).function->params.empty()) {
        QMessageBox::information(m_window, tr("Export an animation"),
                                 tr("Select a curve with a parameter first: the animation steps "
                                    "one of its parameters."));
        return;
    }
    ui::SweepDialog dialog(*m_model, curve, m_window);
    // The dialog stays open with the reason when writing fails, so no setting is lost.
    dialog.setExporter([this, &dialog, curve](const ui::Sweep& sweep) -> std::optional<QString> {
        const QString ext = dialog.suffix();
        QString path = QFileDialog::getSaveFileName(&dialog, tr("Export an animation"),
                                                    ui::qs(m_model->curve(curve).function->id) +
                                                        QStringLiteral("-animation.") + ext,
                                                    tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
        if (path.isEmpty()) return QString(); // cancelled: stay in the dialog, say nothing
        if (QFileInfo(path).suffix().toLower() != ext) path += "." + ext;
        QProgressDialog progress(tr("Drawing the frames…"), tr("Cancel"), 0, sweep.frames, &dialog);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        const auto why = exportAnimationTo(path, sweep, [&](int k) {
            progress.setValue(k);
            return !progress.wasCanceled();
        });
        progress.setValue(sweep.frames);
        if (why) return *why;
        if (progress.wasCanceled()) return QString();
        emit status(tr("Exported %1 frames to %2").arg(sweep.frames).arg(path));
        return std::nullopt;
    });
    dialog.exec();
}

void ExportActions::copyCode(ui::CodeLanguage language) {
    QApplication::clipboard()->setText(
        QString::fromUtf8(ui::sceneCode(m_model->scene(), language)));
    emit status(tr("Copied the curves as %1 code.")
                    .arg(QString::fromLatin1(ui::codeLanguageInfo(language).name)));
}

std::optional<QString> ExportActions::exportCodeTo(const QString& path, ui::CodeLanguage language) {
    return ui::writeOutput(path, ui::sceneCode(m_model->scene(), language));
}

void ExportActions::exportCodeInteractive() {
    // One filter per language; the one chosen says which program is written.
    QStringList filters;
    for (const ui::CodeLanguageInfo& l : ui::codeLanguages())
        filters
            << tr("%1 (*.%2)").arg(codeLanguageTitle(l.language), QString::fromLatin1(l.extension));
    QString chosen = filters.front();
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export the curves as code"), tr("curves.py"),
                                     filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty()) return;
    // The filter chosen says which program; a .tex name asks for the LaTeX document whatever
    // the filter, and a name without a suffix gets the language's.
    const qsizetype index = std::max<qsizetype>(0, filters.indexOf(chosen));
    ui::CodeLanguage language = ui::codeLanguages()[static_cast<std::size_t>(index)].language;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("tex")) language = ui::CodeLanguage::Pgfplots;
    const QString target = suffix.isEmpty()
                               ? path + QLatin1Char('.') +
                                     QString::fromLatin1(ui::codeLanguageInfo(language).extension)
                               : path;
    if (auto why = exportCodeTo(target, language))
        QMessageBox::warning(m_window, tr("Export failed"), *why);
    else
        emit status(tr("Exported %1").arg(target));
}

std::optional<QString> ExportActions::exportHandoutTo(const QString& path,
                                                      const ui::HandoutOptions& options) {
    QString error;
    const auto bytes = ui::renderHandout(m_deck->deck(), options, &error);
    if (!bytes) return error;
    return ui::writeOutput(path, *bytes);
}

void ExportActions::exportHandoutInteractive() {
    // The paper and orientation by the filter chosen.
    const struct {
        const char* name;
        ui::HandoutOptions options;
    } papers[] = {
        {QT_TR_NOOP("A4, portrait (*.pdf)"), {ui::PaperSize::A4, false}},
        {QT_TR_NOOP("A4, landscape (*.pdf)"), {ui::PaperSize::A4, true}},
        {QT_TR_NOOP("Letter, portrait (*.pdf)"), {ui::PaperSize::Letter, false}},
        {QT_TR_NOOP("Letter, landscape (*.pdf)"), {ui::PaperSize::Letter, true}},
    };
    QStringList filters;
    for (const auto& p : papers)
        filters << tr(p.name);
    QString chosen = filters.front();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export a handout of the slides"),
                                                tr("handout.pdf"),
                                                filters.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".pdf");
    const qsizetype index = std::max<qsizetype>(0, filters.indexOf(chosen));
    if (auto why = exportHandoutTo(path, papers[index].options))
        QMessageBox::warning(m_window, tr("Export failed"), *why);
    else
        emit status(tr("Exported %1").arg(path));
}

QString codeLanguageTitle(ui::CodeLanguage language) {
    switch (language) {
    case ui::CodeLanguage::Numpy:
        return ExportActions::tr("NumPy functions");
    case ui::CodeLanguage::Matplotlib:
        return ExportActions::tr("Matplotlib script");
    case ui::CodeLanguage::PyTorch:
        return ExportActions::tr("PyTorch");
    case ui::CodeLanguage::Jax:
        return ExportActions::tr("JAX");
    case ui::CodeLanguage::Pgfplots:
        return ExportActions::tr("pgfplots (LaTeX)");
    }
    return {};
}

void ExportActions::exportDataInteractive() {
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the curves as CSV"),
                                                      tr("curves.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    if (auto why = exportDataTo(path))
        QMessageBox::warning(m_window, tr("Export failed"), *why);
    else
        emit status(tr("Exported %1").arg(path));
}

} // namespace actviz::app
