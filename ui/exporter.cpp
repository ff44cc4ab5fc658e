// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "legend_layout.h"

#include "depth_view.h"
#include "output_file.h"
#include "plot_view.h"
#include "png_writer.h"
#include "scene_model.h"
#include "softmax_view.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"
#include "actviz/core/parity.h"
#include "actviz/core/sampling.h"

#include <qcustomplot.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPdfWriter>
#include <QPicture>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

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

/// The legend placed as the window places it (emptiest corner, or below), for the export's size:
/// an export draws without a replot, so the window's placement before each replot never runs.
void placeLegendAt(QCustomPlot* plot, const ExportOptions& o) {
    plot->setViewport(QRect(0, 0, o.width, o.height));
    placeLegend(plot);
}

std::optional<QImage> rasterImage(QCustomPlot* plot, const ExportOptions& o, QString* error) {
    const bool alpha = o.transparent && o.format == ImageFormat::Png;
    QImage image;
    {
        TransparentBackground transparent(plot, alpha);
        image = plot->toPixmap(o.width, o.height, o.scale).toImage();
    }
    const QSize expected(static_cast<int>(std::lround(o.width * o.scale)),
                         static_cast<int>(std::lround(o.height * o.scale)));
    if (image.isNull() || image.width() < expected.width() - 1 ||
        image.height() < expected.height() - 1) {
        if (error)
            *error = Text::tr("Rendering a %1 x %2 image failed (out of memory?).")
                         .arg(expected.width())
                         .arg(expected.height());
        return std::nullopt;
    }
    return image;
}

std::optional<QByteArray> renderRaster(QCustomPlot* plot, const ExportOptions& o, QString* error) {
    const bool alpha = o.transparent && o.format == ImageFormat::Png;
    auto rendered = rasterImage(plot, o, error);
    if (!rendered) return std::nullopt;
    QImage image = std::move(*rendered);
    if (o.format == ImageFormat::Png) return encodePng(image, o.dpi, error);
    image = image.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    const int dotsPerMeter = static_cast<int>(std::lround(o.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, imageFormatName(o.format).toLatin1());
    if (o.format == ImageFormat::Jpeg) writer.setQuality(o.quality);
    if (!writer.write(image) || bytes.isEmpty()) {
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

/// The i-th of n evenly spaced points from a to b (n >= 2), the ends exact. When both ends are
/// whole multiples of 2^-10 below 2^20 (as typed ranges are: -6 to 6, -1.5 to 1.5) and n is
/// below 2^22, it is the exact point (a(n-1-i) + b i)/(n-1) rounded once, computed in integers:
/// -6 to 6 in 11 points gives the doubles nearest -4.8, -3.6, ..., where lerp gives
/// -4.8000000000000007. Otherwise lerp. Either way the points rise with i.
double gridPoint(double a, double b, int i, int n) {
    if (i <= 0) return a;
    if (i >= n - 1) return b;
    constexpr double kScale = 1024.0, kLimit = 0x1p30; // |a|, |b| * kScale
    const double sa = a * kScale, sb = b * kScale;     // (exact: a power of two)
    if (n < (1 << 22) && std::abs(sa) < kLimit && std::abs(sb) < kLimit && sa == std::trunc(sa) &&
        sb == std::trunc(sb)) {
        // |numerator| < 2^52: exact as an integer and as a double.
        const std::int64_t numerator =
            static_cast<std::int64_t>(sa) * (n - 1 - i) + static_cast<std::int64_t>(sb) * i;
        return static_cast<double>(numerator) / (static_cast<double>(n - 1) * kScale);
    }
    return std::lerp(a, b, static_cast<double>(i) / (n - 1));
}

QString curveName(const SceneModel& model, int i) {
    return model.curveLabel(i, SceneModel::ParameterNames::Ids)
        .replace(QLatin1Char(','), QLatin1Char(';'));
}

} // namespace

namespace {

/// Calls `draw(plot, curves)` with the plot of `model` at the export size: the softmax or depth
/// view's (curves null), or the curves' own view, sampled for that width and never disturbing the
/// window.
template <class Draw> auto withPlot(SceneModel& model, const ExportOptions& o, Draw draw) {
    if (model.softmax().shown) {
        SoftmaxView view(&model, /*controls=*/false);
        view.resize(o.width, o.height);
        return draw(view.plot(), static_cast<PlotView*>(nullptr));
    }
    if (model.depth().shown) {
        DepthView view(&model, /*controls=*/false);
        view.resize(o.width, o.height);
        return draw(view.plot(), static_cast<PlotView*>(nullptr));
    }
    PlotView view(&model);
    view.resize(o.width, o.height);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    if (o.ghosts) view.setGhostsAlways(true);
    placeLegendAt(view.plot(), o);
    return draw(view.plot(), &view);
}

} // namespace

std::optional<QByteArray> renderPlot(SceneModel& model, const ExportOptions& o, QString* error) {
    if (auto why = validateExportOptions(o)) {
        if (error) *error = *why;
        return std::nullopt;
    }
    const bool vector = o.format == ImageFormat::Pdf || o.format == ImageFormat::Svg;
    return withPlot(model, o, [&](QCustomPlot* plot, PlotView* curves) {
        return vector ? renderVector(plot, curves, o, error) : renderRaster(plot, o, error);
    });
}

std::optional<QImage> renderImage(SceneModel& model, const ExportOptions& o, QString* error) {
    if (auto why = validateExportOptions(o)) {
        if (error) *error = *why;
        return std::nullopt;
    }
    return withPlot(model, o,
                    [&](QCustomPlot* plot, PlotView*) { return rasterImage(plot, o, error); });
}

std::optional<QPicture> plotPicture(SceneModel& model, const ExportOptions& o, QString* error) {
    if (auto why = validateExportOptions(o)) {
        if (error) *error = *why;
        return std::nullopt;
    }
    return withPlot(model, o, [&](QCustomPlot* plot, PlotView* curves) -> std::optional<QPicture> {
        if (curves != nullptr) curves->setClipDataToView(true);
        QPicture picture;
        QCPPainter painter;
        bool ok = false;
        if (painter.begin(&picture)) {
            painter.setMode(QCPPainter::pmVectorized);
            painter.setMode(QCPPainter::pmNoCaching);
            plot->toPainter(&painter, o.width, o.height);
            ok = painter.end();
        }
        if (curves != nullptr) curves->setClipDataToView(false);
        if (!ok) {
            if (error) *error = Text::tr("Rendering the plot failed.");
            return std::nullopt;
        }
        picture.setBoundingRect(QRect(0, 0, o.width, o.height));
        return picture;
    });
}

std::optional<QString> writeFileAtomically(const QString& path, const QByteArray& bytes) {
    return writeOutput(path, bytes);
}

std::optional<QString> exportPlot(SceneModel& model, const QString& path, const ExportOptions& o) {
    QString error;
    const auto bytes = renderPlot(model, o, &error);
    if (!bytes) return error;
    return writeFileAtomically(path, *bytes);
}

std::optional<QString> checkTableSize(const SceneModel& model, long long points) {
    long long columns = 1;
    for (int i = 0; i < model.curveCount(); ++i) {
        const Curve& c = model.curve(i);
        if (c.visible)
            columns += 2 + static_cast<long long>(drawnGradientParams(c).size()) +
                       (differenceDrawn(c) ? 2 : 0);
    }
    if (points < 2 || points > core::kMaxTablePoints)
        return Text::tr("a table has 2 to %1 rows, not %2").arg(core::kMaxTablePoints).arg(points);
    if (points * columns > core::kMaxTableCells)
        return Text::tr("a table of %1 rows by %2 columns (%3 numbers) is larger than the limit "
                        "of %4 numbers; ask for fewer points or curves")
            .arg(points)
            .arg(columns)
            .arg(points * columns)
            .arg(core::kMaxTableCells);
    return std::nullopt;
}

std::optional<QString> writeTableCsv(const SceneModel& model, int points, const TableSink& out) {
    if (auto why = checkTableSize(model, points)) return why;
    const ViewRange& v = model.view();
    std::vector<double> kinks;
    std::vector<int> curves;
    for (int i = 0; i < model.curveCount(); ++i) {
        const Curve& c = model.curve(i);
        if (!c.visible) continue;
        curves.push_back(i);
        for (const core::FlavoredFunction& fn : {drawnFunction(c), exactFunction(c)})
            for (double k : fn.kinks())
                if (k >= v.xMin && k <= v.xMax) kinks.push_back(k);
    }
    std::sort(kinks.begin(), kinks.end());
    QByteArray text = "# actviz table: x from " +
                      QByteArray::fromStdString(core::formatNumber(v.xMin)) + " to " +
                      QByteArray::fromStdString(core::formatNumber(v.xMax)) + "\n";
    QByteArray header = "x";
    for (int i : curves) {
        const Curve& c = model.curve(i);
        const QByteArray name = curveName(model, i).toUtf8();
        const core::CustomFunction* custom = core::customFunction(*c.function);
        text += "# curve " + QByteArray::number(i + 1) + ": " +
                (custom != nullptr ? "formula " + QByteArray::fromStdString(custom->text)
                                   : qs(c.function->id).toUtf8());
        for (std::size_t p = 0; p < c.params.size(); ++p)
            text += " " + qs(c.function->params[p].id).toUtf8() + "=" +
                    QByteArray::fromStdString(core::formatNumber(c.params[p]));
        if (c.flavor != core::Flavor::Exact) {
            const auto definition = core::libraryDefinition(c.function->id, c.flavor);
            text += ", as " + qs(core::flavorInfo(c.flavor).name).toUtf8() +
                    " defines it (called with its defaults: " + qs(definition->call).toUtf8() + ")";
        }
        text += "\n";
        header += "," + name + " f," + name + " f'";
        for (std::size_t p : drawnGradientParams(c))
            header += "," + name + " df/d" + qs(c.function->params[p].id).toUtf8();
        if (differenceDrawn(c)) header += "," + name + " f-exact f," + name + " f'-exact f'";
    }
    text += header + "\n";
    // Rows in blocks, so memory stays the same for any number of points: each block's evenly
    // spaced x, the kinks that fall in it, sorted, without repeats (a range narrower than the
    // points can resolve gives each double once).
    constexpr int kBlock = 16384;
    double previous = -std::numeric_limits<double>::infinity();
    std::size_t kink = 0;
    std::vector<double> xs, f, df, g;
    for (int start = 0; start < points; start += kBlock) {
        const int end = std::min(points, start + kBlock);
        xs.clear();
        for (int i = start; i < end; ++i)
            xs.push_back(gridPoint(v.xMin, v.xMax, i, points));
        const double upper = end == points ? std::numeric_limits<double>::infinity()
                                           : gridPoint(v.xMin, v.xMax, end, points);
        while (kink < kinks.size() && kinks[kink] < upper)
            xs.push_back(kinks[kink++]);
        std::sort(xs.begin(), xs.end());
        xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
        while (!xs.empty() && xs.front() <= previous)
            xs.erase(xs.begin());
        if (xs.empty()) continue;
        previous = xs.back();
        std::vector<std::vector<double>> columns;
        for (int i : curves) {
            const Curve& c = model.curve(i);
            const core::FlavoredFunction drawn = drawnFunction(c);
            f.resize(xs.size());
            df.resize(xs.size());
            drawn.evaluate(xs, f, df);
            columns.push_back(f);
            columns.push_back(df);
            for (std::size_t p : drawnGradientParams(c)) {
                g.resize(xs.size());
                c.function->gradient(xs, c.params, p, g);
                columns.push_back(g);
            }
            if (differenceDrawn(c)) {
                std::vector<double> ef(xs.size()), edf(xs.size());
                exactFunction(c).evaluate(xs, ef, edf);
                for (std::size_t r = 0; r < xs.size(); ++r) {
                    ef[r] = definitionDifference(f[r], ef[r]);
                    edf[r] = definitionDifference(df[r], edf[r]);
                }
                columns.push_back(std::move(ef));
                columns.push_back(std::move(edf));
            }
        }
        for (std::size_t r = 0; r < xs.size(); ++r) {
            text += QByteArray::fromStdString(core::formatNumber(xs[r]));
            for (const auto& col : columns)
                text += "," + QByteArray::fromStdString(core::formatNumber(col[r]));
            text += "\n";
        }
        if (auto why = out(text)) return why;
        text.clear();
    }
    if (!text.isEmpty())
        if (auto why = out(text)) return why;
    return std::nullopt;
}

std::optional<QString> exportTable(const SceneModel& model, int points, const QString& path) {
    if (auto why = checkTableSize(model, points)) return why;
    OutputFile out;
    if (auto why = out.open(path)) return why;
    if (auto why =
            writeTableCsv(model, points, [&](const QByteArray& chunk) { return out.write(chunk); }))
        return why;
    return out.commit();
}

QByteArray tableCsv(const SceneModel& model, int points) {
    QByteArray bytes;
    (void)writeTableCsv(model, points, [&](const QByteArray& chunk) -> std::optional<QString> {
        bytes += chunk;
        return std::nullopt;
    });
    return bytes;
}

} // namespace actviz::ui
