// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph_layer.h"

#include "curve_data.h"
#include "curve_graph.h"
#include "draft_items.h"
#include "plot_style.h"
#include "scene_model.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parity.h"
#include "actviz/core/sampling.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <span>

namespace actviz::ui {

std::vector<CurveGraph*> GraphLayer::Graphs::all() const {
    std::vector<CurveGraph*> v{f, df};
    v.insert(v.end(), grads.begin(), grads.end());
    v.push_back(diff);
    v.push_back(derivativeDiff);
    return v;
}

GraphLayer::GraphLayer(QCustomPlot* plot, const SceneModel* model)
    : m_plot(plot)
    , m_model(model) {
    // The legend lists the curves' graphs only, as DraftLegendItems (restyle adds them).
    m_plot->setAutoAddPlottableToLegend(false);
}

QCPGraph* GraphLayer::function(int i) const {
    return valid(i) ? m_graphs[static_cast<size_t>(i)].f : nullptr;
}

QCPGraph* GraphLayer::derivative(int i) const {
    return valid(i) ? m_graphs[static_cast<size_t>(i)].df : nullptr;
}

QCPGraph* GraphLayer::gradient(int i, int k) const {
    if (!valid(i)) return nullptr;
    const auto& g = m_graphs[static_cast<size_t>(i)].grads;
    return k >= 0 && k < static_cast<int>(g.size()) ? g[static_cast<size_t>(k)] : nullptr;
}

QCPGraph* GraphLayer::difference(int i) const {
    return valid(i) ? m_graphs[static_cast<size_t>(i)].diff : nullptr;
}

QCPGraph* GraphLayer::derivativeDifference(int i) const {
    return valid(i) ? m_graphs[static_cast<size_t>(i)].derivativeDiff : nullptr;
}

namespace {

/// The smallest and largest finite value of `y`, with 0. Infinities (a definition that
/// overflows where the other does not) would squash the rest to the axis: they are left out.
std::pair<double, double> finiteExtent(const std::vector<double>& y) {
    std::pair<double, double> e{0.0, 0.0};
    for (double v : y)
        if (std::isfinite(v) && std::fabs(v) < kDrawClamp) {
            e.first = std::min(e.first, v);
            e.second = std::max(e.second, v);
        }
    return e;
}

} // namespace

GraphLayer::Extent GraphLayer::differenceExtent() const {
    Extent e;
    for (const Graphs& g : m_graphs)
        for (const auto& [graph, extent] : {std::pair(g.diff, g.diffExtent),
                                            std::pair(g.derivativeDiff, g.derivativeDiffExtent)}) {
            if (!graph->visible()) continue;
            e.shown = true;
            e.derivatives = e.derivatives || graph == g.derivativeDiff;
            e.lo = std::min(e.lo, extent.first);
            e.hi = std::max(e.hi, extent.second);
        }
    return e;
}

std::vector<QCPGraph*> GraphLayer::functions() const {
    std::vector<QCPGraph*> fs;
    for (const Graphs& g : m_graphs)
        fs.push_back(g.f);
    return fs;
}

void GraphLayer::add(int i) {
    const Curve& c = m_model->curve(i);
    Graphs g;
    g.f = newCurveGraph(m_plot);
    g.df = newCurveGraph(m_plot);
    for (std::size_t k = 0; k < c.function->learnableParams().size(); ++k)
        g.grads.push_back(newCurveGraph(m_plot));
    g.diff = newCurveGraph(m_plot, m_plot->yAxis2);
    g.derivativeDiff = newCurveGraph(m_plot, m_plot->yAxis2);
    for (CurveGraph* graph : g.all())
        graph->stock = m_stock;
    m_graphs.insert(m_graphs.begin() + i, g);
}

void GraphLayer::remove(int i) {
    if (!valid(i)) return;
    for (QCPGraph* graph : m_graphs[static_cast<size_t>(i)].all())
        m_plot->removeGraph(graph);
    m_graphs.erase(m_graphs.begin() + i);
}

void GraphLayer::resample(int i, QSize area, int samples, bool clip) {
    if (!valid(i)) return;
    const Curve& c = m_model->curve(i);
    Graphs& g = m_graphs[static_cast<size_t>(i)];
    const ViewRange& v = m_model->view();
    // The curve as its flavour defines it; its difference from the catalogue's needs the kinks
    // of both.
    const core::FlavoredFunction drawn = drawnFunction(c);
    const core::FlavoredFunction exact = exactFunction(c);
    const bool wantDifference = differenceDrawn(c);
    std::vector<double> kinks = drawn.kinks();
    if (wantDifference) {
        const std::vector<double> more = exact.kinks();
        kinks.insert(kinks.end(), more.begin(), more.end());
        std::sort(kinks.begin(), kinks.end());
        kinks.erase(std::unique(kinks.begin(), kinks.end()), kinks.end());
    }
    core::sampleGrid(v.xMin, v.xMax, static_cast<std::size_t>(samples), kinks, m_x);
    m_f.resize(m_x.size());
    m_df.resize(m_x.size());
    const bool wantDf = c.visible && c.showDerivative;
    drawn.evaluate(m_x, m_f, wantDf ? std::span<double>(m_df) : std::span<double>());
    const PixelScale scale{area.width() / (v.xMax - v.xMin), area.height() / (v.yMax - v.yMin)};
    // Dashes and dots are cut into the data as gaps (a solid pen draws them several times faster
    // than a dashed QPen); a curve that shares its colour with an earlier one is dash-dotted.
    const double w = themeStyle(m_model->theme()).curveWidth;
    const bool cut = !m_stock;
    const Dashes fPattern = cut && colourRepeat(m_model->scene().curves, i) > 0
                                ? Dashes{6.0 * w, 1.6 * w, 1.2 * w, 1.6 * w}
                                : Dashes{};
    const Dashes dashes = cut ? Dashes{4.0 * w, 2.5 * w} : Dashes{};
    const Dashes dots = cut ? Dashes{1.2 * w, 1.2 * w} : Dashes{};
    SampledLine line;
    sampleLine(
        m_x, m_f,
        [&](std::span<const double> at, std::span<double> out) { drawn.evaluate(at, out, {}); },
        kinks, scale, fPattern, line);
    setGraphData(g.f, line.x, line.y);
    if (wantDf) {
        sampleLine(
            m_x, m_df,
            [&](std::span<const double> at, std::span<double> out) { drawn.evaluate(at, {}, out); },
            kinks, scale, dashes, line);
        setGraphData(g.df, line.x, line.y);
    }
    // The gradients of the parameters the drawn definition takes.
    const auto learnable = c.function->learnableParams();
    const std::vector<std::size_t> shown = drawnGradientParams(c);
    for (std::size_t k = 0; k < g.grads.size() && c.visible && c.showGradient; ++k) {
        if (std::find(shown.begin(), shown.end(), learnable[k]) == shown.end()) continue;
        sampleLine(
            m_x, {},
            [&](std::span<const double> at, std::span<double> out) {
                c.function->gradient(at, c.params, learnable[k], out);
            },
            kinks, scale, dots, line);
        setGraphData(g.grads[k], line.x, line.y);
    }
    if (wantDifference) {
        // On the right axis, whose range follows the differences (PlotView sets it).
        const QCPRange right = m_plot->yAxis2->range();
        const PixelScale rightScale{scale.sx, area.height() / right.size()};
        const Dashes longDashes = cut ? Dashes{9.0 * w, 3.0 * w} : Dashes{};
        const Dashes longShort = cut ? Dashes{9.0 * w, 2.5 * w, 3.0 * w, 2.5 * w} : Dashes{};
        auto differenceOf = [&](bool derivative) {
            return [&, derivative](std::span<const double> at, std::span<double> out) {
                m_exact.resize(at.size());
                const std::span<double> exactOut(m_exact);
                if (derivative) {
                    drawn.evaluate(at, {}, out);
                    exact.evaluate(at, {}, exactOut);
                } else {
                    drawn.evaluate(at, out, {});
                    exact.evaluate(at, exactOut, {});
                }
                for (std::size_t j = 0; j < out.size(); ++j)
                    out[j] = definitionDifference(out[j], exactOut[j]);
            };
        };
        sampleLine(m_x, {}, differenceOf(false), kinks, rightScale, longDashes, line);
        g.diffExtent = finiteExtent(line.y);
        setGraphData(g.diff, line.x, line.y);
        if (wantDf) {
            sampleLine(m_x, {}, differenceOf(true), kinks, rightScale, longShort, line);
            g.derivativeDiffExtent = finiteExtent(line.y);
            setGraphData(g.derivativeDiff, line.x, line.y);
        }
    }
    if (clip)
        for (QCPGraph* graph : g.all()) {
            const QCPRange range = graph->valueAxis()->range();
            clipGraphData(graph, range.lower, range.upper);
        }
}

void GraphLayer::setStock(bool stock) {
    m_stock = stock;
    for (Graphs& g : m_graphs)
        for (CurveGraph* graph : g.all())
            graph->stock = stock;
    for (int i = 0; i < count(); ++i)
        restyle(i);
}

void GraphLayer::relabel(int i) {
    if (valid(i)) m_graphs[static_cast<size_t>(i)].f->setName(m_model->curveLabel(i));
}

void GraphLayer::restyle(int i) {
    if (!valid(i)) return;
    const Curve& c = m_model->curve(i);
    Graphs& g = m_graphs[static_cast<size_t>(i)];
    const ThemeStyle style = themeStyle(m_model->theme());
    const QString name = m_model->curveName(i);
    const bool repeated = colourRepeat(m_model->scene().curves, i) > 0;

    g.f->setPen(QPen(c.color, style.curveWidth,
                     m_stock && repeated ? Qt::DashDotLine : Qt::SolidLine, Qt::RoundCap,
                     Qt::RoundJoin));
    g.f->legendPen = repeated ? QPen(Qt::DashDotLine) : QPen(Qt::NoPen);
    relabel(i);
    g.f->setVisible(c.visible);

    // Solid pens: the dash and dot patterns are cut into the sampled data (resample).
    g.df->setPen(QPen(c.color, style.curveWidth * 0.8, m_stock ? Qt::DashLine : Qt::SolidLine,
                      Qt::FlatCap, Qt::RoundJoin));
    g.df->legendPen = QPen(Qt::DashLine);
    g.df->setName(tr("%1: f′").arg(name));
    g.df->setVisible(c.visible && c.showDerivative);

    // Only the parameters the drawn definition takes have gradients.
    const std::vector<std::size_t> shown = drawnGradientParams(c);
    const auto learnable = c.function->learnableParams();
    for (std::size_t k = 0; k < g.grads.size(); ++k) {
        g.grads[k]->setPen(QPen(c.color, style.curveWidth * 0.8,
                                m_stock ? Qt::DotLine : Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        g.grads[k]->legendPen = QPen(Qt::DotLine);
        g.grads[k]->setName(
            tr("%1: df/d%2").arg(name, texSymbolToText(qs(c.function->params[learnable[k]].tex))));
        g.grads[k]->setVisible(c.visible && c.showGradient &&
                               std::find(shown.begin(), shown.end(), learnable[k]) != shown.end());
    }
    // The differences from the catalogue's definition: long dashes, on the right axis.
    const QString flavor = qs(core::flavorInfo(c.flavor).name);
    for (CurveGraph* graph : {g.diff, g.derivativeDiff})
        graph->setPen(
            QPen(c.color, style.curveWidth * 0.7, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    if (m_stock) {
        g.diff->setPen(QPen(c.color, style.curveWidth * 0.7, Qt::DashLine));
        QPen longShort(c.color, style.curveWidth * 0.7);
        longShort.setDashPattern({9.0, 2.5, 3.0, 2.5});
        g.derivativeDiff->setPen(longShort);
    }
    g.diff->legendPen = QPen(Qt::DashLine);
    g.derivativeDiff->legendPen = QPen(Qt::CustomDashLine);
    g.derivativeDiff->legendPen.setDashPattern({9.0, 2.5, 3.0, 2.5});
    g.diff->setName(tr("%1: Δf = %2 − exact (right axis)").arg(name, flavor));
    g.derivativeDiff->setName(tr("%1: Δf′ = %2 − exact (right axis)").arg(name, flavor));
    g.diff->setVisible(differenceDrawn(c));
    g.derivativeDiff->setVisible(differenceDrawn(c) && c.showDerivative);
    // The legend lists what is drawn; entries of a lifted curve stay on its layer.
    QCPLayer* layer = g.f->layer();
    for (QCPGraph* graph : g.all()) {
        if (graph->visible())
            addDraftLegendEntry(graph);
        else
            graph->removeFromLegend();
    }
    if (layer != m_plot->layer(QStringLiteral("main"))) setLegendLayer(i, layer);
}

void GraphLayer::setLegendLayer(int i, QCPLayer* layer) {
    for (QCPGraph* graph : m_graphs[static_cast<size_t>(i)].all())
        if (QCPAbstractLegendItem* item = m_plot->legend->itemWithPlottable(graph))
            item->setLayer(layer);
}

void GraphLayer::lift(int i, QCPLayer* layer) {
    if (!valid(i)) return;
    for (CurveGraph* graph : m_graphs[static_cast<size_t>(i)].all()) {
        graph->setLayer(layer);
        graph->draft = true;
    }
    setLegendLayer(i, layer);
}

void GraphLayer::lower(int i) {
    if (!valid(i)) return;
    for (CurveGraph* graph : m_graphs[static_cast<size_t>(i)].all()) {
        graph->setLayer(m_plot->layer(QStringLiteral("main")));
        graph->draft = false;
    }
    setLegendLayer(i, m_plot->layer(QStringLiteral("legend")));
}

} // namespace actviz::ui
