#include "exporter.h"

#include "depth_view.h"
#include "plot_view.h"
#include "scene_model.h"
#include "softmax_view.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"
#include "actviz/core/sampling.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace actviz::ui {
namespace {

/// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::Export)
};

/// Transparent background for the duration of one export.
class TransparentBackground {
public:
    TransparentBackground(QCustomPlot* plot, bool enable)
        : m_plot(plot)
        , m_enabled(enable) {
        if (!m_enabled) return;
        m_plotBrush = plot->background();
        m_rectBrush = plot->axisRect()->backgroundBrush();
        plot->setBackground(QBrush(Qt::transparent));
        plot->axisRect()->setBackground(QBrush(Qt::NoBrush));
    }
    ~TransparentBackground() {
        if (!m_enabled) return;
        m_plot->setBackground(m_plotBrush);
        m_plot->axisRect()->setBackground(m_rectBrush);
    }
    TransparentBackground(const TransparentBackground&) = delete;
    TransparentBackground& operator=(const TransparentBackground&) = delete;

private:
    QCustomPlot* m_plot;
    bool m_enabled;
    QBrush m_plotBrush;
    QBrush m_rectBrush;
};

std::optional<QByteArray> renderRaster(QCustomPlot* plot, const ExportOptions& o, QString* error) {
    const bool alpha = o.transparent && o.format == ImageFormat::Png;
    QImage image;
    {
        TransparentBackground transparent(plot, alpha);
        image = plot->toPixmap(o.width, o.height, o.scale).toImage();
    }
    if (image.isNull()) {
        if (error) *error = Text::tr("Rendering failed (the image is too large?).");
        return std::nullopt;
    }
    image = image.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    const int dotsPerMeter = static_cast<int>(std::lround(o.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, imageFormatName(o.format).toLatin1());
    if (o.format == ImageFormat::Jpeg) writer.setQuality(o.quality);
    // zlib level 1 instead of the default 6: a fifth of the time, files about a tenth larger.
    if (o.format == ImageFormat::Png) writer.setCompression(1);
    if (!writer.write(image)) {
        if (error) *error = Text::tr("Encoding failed: %1.").arg(writer.errorString());
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> renderVector(QCustomPlot* plot, PlotView* curves, const ExportOptions& o,
                                       QString* error) {
    if (curves != nullptr)
        curves->setClipDataToView(true); // the SVG generator writes no clip paths
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool ok = false;
    if (o.format == ImageFormat::Pdf) {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("actviz"));
        pdf.setTitle(QStringLiteral("actviz plot"));
        // One point per pixel: the page is width x height points.
        QPageLayout layout(QPageSize(QSizeF(o.width, o.height), QPageSize::Point, QString(),
                                     QPageSize::ExactMatch),
                           QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
        layout.setMode(QPageLayout::FullPageMode);
        pdf.setPageLayout(layout);
        // Fonts are sized in points through the device's resolution: at the writer's default
        // 1200 dpi a 10 pt label becomes 166 units of a page only `width` units wide, and every
        // text is drawn far off the page. At 96 dpi, as on screen, the page looks like the window.
        pdf.setResolution(96);
        QCPPainter painter;
        if (painter.begin(&pdf)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            painter.setWindow(QRect(0, 0, o.width, o.height));
            plot->toPainter(&painter, o.width, o.height);
            ok = painter.end();
        }
    } else {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(o.width, o.height));
        svg.setViewBox(QRect(0, 0, o.width, o.height));
        svg.setResolution(96); // fonts keep their on-screen size
        svg.setTitle(QStringLiteral("actviz plot"));
        TransparentBackground transparent(plot, o.transparent);
        QCPPainter painter;
        if (painter.begin(&svg)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            plot->toPainter(&painter, o.width, o.height);
            ok = painter.end();
        }
    }
    if (curves != nullptr) curves->setClipDataToView(false);
    if (!ok) {
        if (error)
            *error = Text::tr("Rendering the %1 failed.").arg(imageFormatName(o.format).toUpper());
        return std::nullopt;
    }
    return bytes;
}

QString curveName(const SceneModel& model, int i) {
    return model.curveLabel(i).replace(QLatin1Char(','), QLatin1Char(';'));
}

} // namespace

std::optional<ImageFormat> imageFormatFromName(const QString& name) {
    const QString n = name.toLower();
    if (n == QLatin1String("png")) return ImageFormat::Png;
    if (n == QLatin1String("jpg") || n == QLatin1String("jpeg")) return ImageFormat::Jpeg;
    if (n == QLatin1String("bmp")) return ImageFormat::Bmp;
    if (n == QLatin1String("pdf")) return ImageFormat::Pdf;
    if (n == QLatin1String("svg")) return ImageFormat::Svg;
    return std::nullopt;
}

QString imageFormatName(ImageFormat format) {
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Jpeg:
        return QStringLiteral("jpg");
    case ImageFormat::Bmp:
        return QStringLiteral("bmp");
    case ImageFormat::Pdf:
        return QStringLiteral("pdf");
    case ImageFormat::Svg:
        return QStringLiteral("svg");
    }
    return {};
}

std::optional<QString> validateExportOptions(const ExportOptions& o) {
    if (o.width < 16 || o.height < 16 || o.width > 10000 || o.height > 10000)
        return Text::tr("The size must be between 16x16 and 10000x10000 pixels.");
    if (!(o.scale >= 1.0 && o.scale <= 4.0)) return Text::tr("The scale must be between 1 and 4.");
    if (o.width * o.scale * o.height * o.scale > 12000.0 * 12000.0)
        return Text::tr("The image would be too large (size times scale).");
    if (o.dpi < 10 || o.dpi > 2400) return Text::tr("The DPI must be between 10 and 2400.");
    if (o.transparent && o.format != ImageFormat::Png && o.format != ImageFormat::Svg)
        return Text::tr("A transparent background needs PNG or SVG.");
    if (o.quality < 0 || o.quality > 100)
        return Text::tr("The JPEG quality must be between 0 and 100.");
    return std::nullopt;
}

std::optional<QByteArray> renderPlot(SceneModel& model, const ExportOptions& o, QString* error) {
    if (auto why = validateExportOptions(o)) {
        if (error) *error = *why;
        return std::nullopt;
    }
    const bool vector = o.format == ImageFormat::Pdf || o.format == ImageFormat::Svg;
    if (model.softmax().shown) {
        SoftmaxView view(&model, /*controls=*/false);
        view.resize(o.width, o.height);
        return vector ? renderVector(view.plot(), nullptr, o, error)
                      : renderRaster(view.plot(), o, error);
    }
    if (model.depth().shown) {
        DepthView view(&model, /*controls=*/false);
        view.resize(o.width, o.height);
        return vector ? renderVector(view.plot(), nullptr, o, error)
                      : renderRaster(view.plot(), o, error);
    }
    // A view of its own at the export size: sampled for that width, never disturbing the window.
    PlotView view(&model);
    view.resize(o.width, o.height);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    if (o.ghosts) view.setGhostsAlways(true);
    return vector ? renderVector(view.plot(), &view, o, error)
                  : renderRaster(view.plot(), o, error);
}

std::optional<QString> writeFileAtomically(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("Cannot write %1: %2.").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Text::tr("Cannot write %1: %2.").arg(path, file.errorString());
    }
    if (!file.commit()) return Text::tr("Cannot write %1: %2.").arg(path, file.errorString());
    return std::nullopt;
}

std::optional<QString> exportPlot(SceneModel& model, const QString& path, const ExportOptions& o) {
    QString error;
    const auto bytes = renderPlot(model, o, &error);
    if (!bytes) return error;
    return writeFileAtomically(path, *bytes);
}

QByteArray tableCsv(const SceneModel& model, int points) {
    const ViewRange& v = model.view();
    std::vector<double> kinks;
    std::vector<int> curves;
    for (int i = 0; i < model.curveCount(); ++i) {
        const Curve& c = model.curve(i);
        if (!c.visible) continue;
        curves.push_back(i);
        for (double k : c.function->kinks(c.params))
            kinks.push_back(k);
    }
    std::sort(kinks.begin(), kinks.end());
    std::vector<double> xs;
    core::sampleGrid(v.xMin, v.xMax, static_cast<std::size_t>(std::max(points, 2)), kinks, xs);

    QByteArray out = "# actviz table: x from " +
                     QByteArray::fromStdString(core::formatNumber(v.xMin)) + " to " +
                     QByteArray::fromStdString(core::formatNumber(v.xMax)) + "\n";
    QByteArray header = "x";
    std::vector<std::vector<double>> columns;
    for (int i : curves) {
        const Curve& c = model.curve(i);
        const QByteArray name = curveName(model, i).toUtf8();
        out += "# curve " + QByteArray::number(i + 1) + ": " +
               QByteArray(c.function->id.data(), static_cast<qsizetype>(c.function->id.size()));
        for (std::size_t p = 0; p < c.params.size(); ++p)
            out += " " +
                   QByteArray(c.function->params[p].id.data(),
                              static_cast<qsizetype>(c.function->params[p].id.size())) +
                   "=" + QByteArray::fromStdString(core::formatNumber(c.params[p]));
        out += "\n";
        std::vector<double> f(xs.size()), df(xs.size());
        c.function->evaluate(xs, c.params, f, df);
        header += "," + name + " f," + name + " f'";
        columns.push_back(std::move(f));
        columns.push_back(std::move(df));
        for (std::size_t p : c.function->learnableParams()) {
            std::vector<double> g(xs.size());
            c.function->gradient(xs, c.params, p, g);
            header += "," + name + " df/d" +
                      QByteArray(c.function->params[p].id.data(),
                                 static_cast<qsizetype>(c.function->params[p].id.size()));
            columns.push_back(std::move(g));
        }
    }
    out += header + "\n";
    for (std::size_t r = 0; r < xs.size(); ++r) {
        out += QByteArray::fromStdString(core::formatNumber(xs[r]));
        for (const auto& col : columns)
            out += "," + QByteArray::fromStdString(core::formatNumber(col[r]));
        out += "\n";
    }
    return out;
}

} // namespace actviz::ui
