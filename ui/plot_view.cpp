#include "plot_view.h"

#include "text.h"

#include "formula_panel.h"
#include "plot_style.h"
#include "scene_model.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"
#include "actviz/core/sampling.h"

#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace actviz::ui {
namespace {

constexpr double kClamp = 1e200; // beyond this QCustomPlot's pixel transforms overflow
const QString kLiveLayer = QStringLiteral("live");

QString number(double v) {
    return v == 0.0 ? QStringLiteral("0") : QString::fromStdString(core::formatShort(v, 6));
}

/// A dash pattern in pixels along the curve; on = 0 draws a solid line.
struct Dashes {
    double on = 0.0;
    double off = 0.0;
};

/// Copies sampled points into a graph; NaN leaves a gap, infinities are clamped. With dashes,
/// the samples that fall into a pattern's gaps (by arc length in pixels, `sx` and `sy` pixels per
/// unit) are set to NaN: a solid pen then draws the dashes, several times faster than a dashed
/// QPen, and every point drawn is still the core's exact value.
void setGraphData(QCPGraph* graph, const std::vector<double>& x, const std::vector<double>& y,
                  Dashes dashes = {}, double sx = 1.0, double sy = 1.0) {
    QVector<QCPGraphData> data(static_cast<qsizetype>(x.size()));
    const double period = dashes.on + dashes.off;
    double arc = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        double v = std::isnan(y[i]) ? y[i] : std::clamp(y[i], -kClamp, kClamp);
        if (period > 0.0) {
            if (i > 0 && std::isfinite(v) && std::isfinite(y[i - 1])) {
                const double dx = (x[i] - x[i - 1]) * sx;
                const double dy =
                    std::clamp((v - std::clamp(y[i - 1], -kClamp, kClamp)) * sy, -1e6, 1e6);
                arc += std::sqrt(dx * dx + dy * dy);
            }
            if (std::fmod(arc, period) >= dashes.on) v = std::numeric_limits<double>::quiet_NaN();
        }
        data[static_cast<qsizetype>(i)] = QCPGraphData(x[i], v);
    }
    graph->data()->set(data, true);
}

/// Where a sampled quantity jumps at a kink (f' of ReLU at 0, of hardtanh at its corners, f of
/// Softplus at its threshold), the line should stop at the left limit and start again at the
/// right one, not climb a steep connector that is not part of the graph. `limits(xs, out)`
/// evaluates the quantity at the two doubles either side of a kink; a jump of at least half a
/// pixel (`sy` pixels per unit) becomes the samples (k, left), a gap, (k, right) in place of
/// (k, value at k).
template <class Limits>
void breakAtJumps(const std::vector<double>& x, const std::vector<double>& y,
                  const std::vector<double>& kinks, double sy, Limits limits,
                  std::vector<double>& xOut, std::vector<double>& yOut) {
    xOut.clear();
    yOut.clear();
    std::size_t copied = 0;
    for (double k : kinks) {
        const auto it = std::lower_bound(x.begin(), x.end(), k);
        if (it == x.begin() || it == x.end() || *it != k || it + 1 == x.end()) continue;
        const std::size_t j = static_cast<std::size_t>(it - x.begin());
        const double xs[2] = {std::nextafter(k, -kClamp), std::nextafter(k, kClamp)};
        double side[2] = {0.0, 0.0};
        limits(std::span<const double>(xs), std::span<double>(side));
        if (!std::isfinite(side[0]) || !std::isfinite(side[1]) ||
            std::fabs(side[1] - side[0]) * sy < 0.5)
            continue;
        xOut.insert(xOut.end(), x.begin() + static_cast<std::ptrdiff_t>(copied), it);
        yOut.insert(yOut.end(), y.begin() + static_cast<std::ptrdiff_t>(copied),
                    y.begin() + static_cast<std::ptrdiff_t>(j));
        xOut.insert(xOut.end(), {k, k, k});
        yOut.insert(yOut.end(), {side[0], std::numeric_limits<double>::quiet_NaN(), side[1]});
        copied = j + 1;
    }
    if (copied == 0) { // no jump: the samples as they are
        xOut = x;
        yOut = y;
        return;
    }
    xOut.insert(xOut.end(), x.begin() + static_cast<std::ptrdiff_t>(copied), x.end());
    yOut.insert(yOut.end(), y.begin() + static_cast<std::ptrdiff_t>(copied), y.end());
}

/// Cuts a graph's line at y = lo and y = hi: points outside become gaps, and where the line
/// crosses a bound a point on the bound is inserted. For vector exports, whose SVG has no clip
/// paths; the window clips while painting.
void clipGraphData(QCPGraph* graph, double lo, double hi) {
    const auto src = graph->data();
    QVector<QCPGraphData> out;
    out.reserve(src->size() + 16);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto inside = [&](double v) { return v >= lo && v <= hi; };
    for (auto it = src->constBegin(); it != src->constEnd(); ++it) {
        if (it != src->constBegin()) {
            const QCPGraphData& a = *(it - 1);
            const QCPGraphData& b = *it;
            if (std::isfinite(a.value) && std::isfinite(b.value) &&
                inside(a.value) != inside(b.value)) {
                const double bound = (a.value > hi || b.value > hi) ? hi : lo;
                const double t = (bound - a.value) / (b.value - a.value);
                const double key = a.key + t * (b.key - a.key);
                if (key > a.key && key < b.key) out.append(QCPGraphData(key, bound));
            }
        }
        out.append(QCPGraphData(it->key, inside(it->value) ? it->value : nan));
    }
    graph->data()->set(out, true);
}

/// A graph that, while it is dragged, draws its wide line as a few one-pixel polylines offset
/// over a small disc: the raster engine's fastest path (cosmetic, unantialiased), about ten times
/// faster than stroking a wide pen, and the same thickness. Otherwise it draws as usual.
/// Calls draw(points, count) for each run of at least two points between NaN gaps.
template <class Draw> void forEachRun(const QVector<QPointF>& lines, Draw draw) {
    qsizetype start = 0;
    for (qsizetype i = 0; i <= lines.size(); ++i) {
        const bool gap = i == lines.size() || qIsNaN(lines[i].y()) || qIsNaN(lines[i].x());
        if (!gap) continue;
        if (i - start >= 2) draw(lines.constData() + start, static_cast<int>(i - start));
        start = i + 1;
    }
}

class CurveGraph : public QCPGraph {
public:
    using QCPGraph::QCPGraph;
    bool draft = false;
    bool thinDraft = false; ///< drafts as a single one-pixel line (ghosts: faint anyway)
    bool stock = false;     ///< QCustomPlot's own drawing (the benchmark's baseline)
    Qt::PenStyle legendStyle = Qt::SolidLine; ///< the pattern the data's gaps draw

protected:
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override {
        QPen pen = mPen;
        pen.setStyle(legendStyle);
        applyDefaultAntialiasingHint(painter);
        painter->setPen(pen);
        painter->drawLine(QLineF(rect.left(), rect.center().y(), rect.right(), rect.center().y()));
    }

    void drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const override {
        if (stock || painter->modes().testFlag(QCPPainter::pmVectorized)) {
            QCPGraph::drawLinePlot(painter, lines);
            return;
        }
        const QPen wide = painter->pen();
        if (wide.style() == Qt::NoPen || lines.size() < 2) return;
        // A wide line as a few one-pixel lines offset over a disc: the cosmetic stroker is an
        // order of magnitude faster than stroking a wide pen. Antialiased, except in a draft.
        QPen thin(wide.color(), 0);
        thin.setCosmetic(true);
        painter->setPen(thin);
        painter->setAntialiasing(!draft);
        for (const QPointF& offset : discOffsets(painter, wide.widthF())) {
            painter->save();
            painter->translate(offset);
            forEachRun(lines, [&](const QPointF* p, int n) { painter->drawPolyline(p, n); });
            painter->restore();
        }
        painter->setPen(wide);
    }

private:
    /// Where to put the one-pixel lines, in logical units: rings of about one device pixel
    /// spacing (so exports at 2x or 4x get lines as thick as on screen), or a whole-pixel cross
    /// in a draft (one line for a thin draft).
    std::vector<QPointF> discOffsets(const QCPPainter* painter, double width) const {
        const double scale = std::max(1e-3, std::abs(painter->transform().m11()));
        std::vector<QPointF> offsets;
        if (draft) {
            const int r =
                thinDraft ? 0 : std::max(0, static_cast<int>(std::lround((width - 1.0) / 2.0)));
            for (int dy = -r; dy <= r; ++dy)
                for (int dx = -r; dx <= r; ++dx)
                    if (dx * dx + dy * dy <= r * r) offsets.emplace_back(dx / scale, dy / scale);
            return offsets;
        }
        const double h = std::max(0.0, (width * scale - 1.0) / 2.0);
        const int rings = static_cast<int>(std::ceil(h / 0.9));
        for (int ring = 0; ring <= rings; ++ring) {
            const double radius = (rings == 0 ? 0.0 : h * ring / rings) / scale;
            const int count = ring == 0 ? 1 : 6 * ring;
            for (int k = 0; k < count; ++k) {
                const double a = 2.0 * M_PI * k / count;
                offsets.emplace_back(radius * std::cos(a), radius * std::sin(a));
            }
        }
        return offsets;
    }
};

QCPGraph* newGraph(QCustomPlot* plot) {
    return new CurveGraph(plot->xAxis, plot->yAxis);
}

/// QCustomPlot replots at once on every resize; while a window is laid out there are several in
/// a row, so this one queues the replot and draws once.
class Plot : public QCustomPlot {
public:
    using QCustomPlot::QCustomPlot;

protected:
    void resizeEvent(QResizeEvent*) override {
        setViewport(rect());
        replot(rpQueuedReplot);
    }
};

} // namespace

PlotView::PlotView(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_plot(new Plot(this))
    , m_readoutLabel(new QLabel(m_plot)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setFocusPolicy(Qt::StrongFocus);

    // Software rendering: fast polylines with antialiasing keep a 20-graph replot near 15 ms.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // The dragged curve's layer sits on top of everything, so a drag composes two buffers (the
    // rest of the plot, and the curve) instead of three; it is clipped to the axis rectangle.
    m_plot->addLayer(kLiveLayer, m_plot->layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    m_plot->xAxis->setLabel(QStringLiteral("x"));
    m_plot->yAxis->setLabel(QStringLiteral("f(x)"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->installEventFilter(this);
    m_plot->setMouseTracking(true);

    m_readoutLabel->setVisible(false);
    m_readoutLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_readoutLabel->setTextFormat(Qt::RichText);

    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &PlotView::onAxisRangeChanged);
    connect(m_plot->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &PlotView::onAxisRangeChanged);
    connect(m_model, &SceneModel::curveAdded, this, [this](int i) {
        addGraphs(i);
        queueReplot();
    });
    connect(m_model, &SceneModel::curveRemoved, this, [this](int i) {
        removeGraphs(i);
        queueReplot();
    });
    connect(m_model, &SceneModel::curveParametersChanged, this, [this](int i) {
        resample(i);
        resampleGhosts();
        if (i == m_live) {
            m_plot->layer(kLiveLayer)->replot(); // this curve's layer only
        } else {
            restyle(i); // the legend text carries the parameter values
            queueReplot();
        }
    });
    connect(m_model, &SceneModel::curveStyleChanged, this, [this](int i) {
        restyle(i);
        resample(i);
        queueReplot();
    });
    connect(m_model, &SceneModel::viewChanged, this, [this] {
        applyView();
        resampleAll();
        resampleGhosts();
        queueReplot();
    });
    connect(m_model, &SceneModel::themeChanged, this, [this] {
        applyTheme();
        queueReplot();
    });
    connect(m_model, &SceneModel::sceneReset, this, &PlotView::rebuild);
    // Tangents follow their curves' values (moved in place: adding items would force full
    // replots during a drag) and are rebuilt when tangents come or go, or styles change.
    connect(m_model, &SceneModel::curveParametersChanged, this, &PlotView::updateTangents);
    connect(m_model, &SceneModel::tangentsChanged, this, [this] {
        if (m_tangentItems.size() == m_model->tangents().size())
            updateTangents();
        else
            rebuildTangents();
    });
    for (auto signal : {&SceneModel::curveStyleChanged, &SceneModel::curveRemoved})
        connect(m_model, signal, this, &PlotView::rebuildTangents);
    connect(m_model, &SceneModel::curveRemoved, this, &PlotView::rebuildGhosts);
    connect(m_model, &SceneModel::curveAdded, this, &PlotView::rebuildGhosts);
    connect(m_model, &SceneModel::curveStyleChanged, this, &PlotView::rebuildGhosts);
    connect(m_model, &SceneModel::themeChanged, this, &PlotView::rebuildTangents);
    rebuild();
}

PlotView::~PlotView() = default;

QCPGraph* PlotView::functionGraph(int curve) const {
    return curve >= 0 && curve < static_cast<int>(m_graphs.size())
               ? m_graphs[static_cast<size_t>(curve)].f
               : nullptr;
}

QCPGraph* PlotView::derivativeGraph(int curve) const {
    return curve >= 0 && curve < static_cast<int>(m_graphs.size())
               ? m_graphs[static_cast<size_t>(curve)].df
               : nullptr;
}

QCPGraph* PlotView::gradientGraph(int curve, int k) const {
    if (curve < 0 || curve >= static_cast<int>(m_graphs.size())) return nullptr;
    const auto& g = m_graphs[static_cast<size_t>(curve)].grads;
    return k >= 0 && k < static_cast<int>(g.size()) ? g[static_cast<size_t>(k)] : nullptr;
}

QSize PlotView::dataAreaSize() const {
    // The axis rectangle is laid out only at the next replot; between a resize and that replot
    // the widget size less the axes' margins is the better estimate.
    const QRect area = m_plot->axisRect()->rect();
    const QSize estimate(std::max(width() - 80, 100), std::max(height() - 70, 100));
    if (area.width() <= 0 || std::abs(area.width() - estimate.width()) > 60) return estimate;
    return area.size();
}

int PlotView::sampleCount() const {
    // Two samples per pixel on screen; vector exports have no pixels to fill and scale smoothly,
    // so one per pixel keeps PDF and SVG files half the size and as smooth.
    const int perPixel = m_clipData ? 1 : 2;
    return std::clamp(perPixel * dataAreaSize().width(), 400, 8000);
}

void PlotView::rebuild() {
    for (int i = static_cast<int>(m_graphs.size()) - 1; i >= 0; --i)
        removeGraphs(i);
    applyTheme();
    applyView();
    for (int i = 0; i < m_model->curveCount(); ++i)
        addGraphs(i);
    rebuildTangents();
    rebuildGhosts();
    queueReplot();
}

void PlotView::addGraphs(int i) {
    const Curve& c = m_model->curve(i);
    Graphs g;
    g.f = newGraph(m_plot);
    g.df = newGraph(m_plot);
    for (std::size_t k = 0; k < c.function->learnableParams().size(); ++k)
        g.grads.push_back(newGraph(m_plot));
    g.tracer = new QCPItemTracer(m_plot);
    g.tracer->setLayer(QStringLiteral("overlay"));
    g.tracer->setStyle(QCPItemTracer::tsCircle);
    g.tracer->setVisible(false);
    g.tracer->position->setType(QCPItemPosition::ptPlotCoords);
    m_graphs.insert(m_graphs.begin() + i, g);
    if (m_live >= i) ++m_live; // the dragged curve moved one place down
    restyle(i);
    resample(i);
}

void PlotView::removeGraphs(int i) {
    if (i < 0 || i >= static_cast<int>(m_graphs.size())) return;
    Graphs& g = m_graphs[static_cast<size_t>(i)];
    m_plot->removeGraph(g.f);
    m_plot->removeGraph(g.df);
    for (QCPGraph* grad : g.grads)
        m_plot->removeGraph(grad);
    m_plot->removeItem(g.tracer);
    m_graphs.erase(m_graphs.begin() + i);
    // The dragged curve keeps its identity when an earlier curve goes; when it goes itself, the
    // drag is over (its graphs are gone, so nothing goes back to the main layer).
    if (m_live == i) {
        m_live = -1;
        m_plot->layer(kLiveLayer)->setMode(QCPLayer::lmLogical);
        m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmBuffered);
    } else if (m_live > i) {
        --m_live;
    }
    hideReadout();
}

void PlotView::resample(int i) {
    if (i < 0 || i >= static_cast<int>(m_graphs.size())) return;
    const Curve& c = m_model->curve(i);
    const Graphs& g = m_graphs[static_cast<size_t>(i)];
    const ViewRange& v = m_model->view();
    const std::vector<double> kinks = c.function->kinks(c.params);
    core::sampleGrid(v.xMin, v.xMax, static_cast<std::size_t>(sampleCount()), kinks, m_x);
    m_f.resize(m_x.size());
    m_df.resize(m_x.size());
    const bool wantDf = c.visible && c.showDerivative;
    c.function->evaluate(m_x, c.params, m_f,
                         wantDf ? std::span<double>(m_df) : std::span<double>());
    const ThemeStyle style = themeStyle(m_model->theme());
    const QSize area = dataAreaSize();
    const double sx = area.width() / (v.xMax - v.xMin);
    const double sy = area.height() / (v.yMax - v.yMin);
    const double w = style.curveWidth;
    std::vector<double> xs;
    std::vector<double> ys;
    auto withJumps = [&](const std::vector<double>& y, auto limits) {
        breakAtJumps(m_x, y, kinks, sy, limits, xs, ys);
    };
    withJumps(m_f, [&](std::span<const double> at, std::span<double> out) {
        c.function->evaluate(at, c.params, out, {});
    });
    setGraphData(g.f, xs, ys);
    const Dashes dashes = m_stock ? Dashes{} : Dashes{4.0 * w, 2.5 * w};
    const Dashes dots = m_stock ? Dashes{} : Dashes{0.8 * w, 1.6 * w};
    if (wantDf) {
        withJumps(m_df, [&](std::span<const double> at, std::span<double> out) {
            c.function->evaluate(at, c.params, {}, out);
        });
        setGraphData(g.df, xs, ys, dashes, sx, sy);
    }
    const auto learnable = c.function->learnableParams();
    std::vector<double> grad;
    for (std::size_t k = 0; k < g.grads.size(); ++k) {
        if (!(c.visible && c.showGradient)) continue;
        grad.resize(m_x.size());
        c.function->gradient(m_x, c.params, learnable[k], grad);
        withJumps(grad, [&](std::span<const double> at, std::span<double> out) {
            c.function->gradient(at, c.params, learnable[k], out);
        });
        setGraphData(g.grads[k], xs, ys, dots, sx, sy);
    }
    if (m_clipData)
        for (QCPGraph* graph : g.all())
            clipGraphData(graph, v.yMin, v.yMax);
}

void PlotView::setStockRendering(bool stock) {
    m_stock = stock;
    m_plot->setPlottingHints(stock ? QCP::phNone : QCP::phFastPolylines);
    for (Graphs& g : m_graphs)
        for (QCPGraph* graph : g.all())
            static_cast<CurveGraph*>(graph)->stock = stock;
    for (int i = 0; i < static_cast<int>(m_graphs.size()); ++i)
        restyle(i);
    resampleAll();
}

void PlotView::setGhostsAlways(bool always) {
    m_ghostsAlways = always;
    rebuildGhosts();
}

QCPGraph* PlotView::ghostGraph(int k) const {
    return k >= 0 && k < ghostCount() ? m_ghosts[static_cast<size_t>(k)].graph : nullptr;
}

QString PlotView::ghostText() const {
    return m_ghostText != nullptr ? m_ghostText->text() : QString();
}

void PlotView::rebuildGhosts() {
    for (const GhostGraph& g : m_ghosts)
        m_plot->removeGraph(g.graph);
    m_ghosts.clear();
    if (m_ghostText != nullptr) m_plot->removeItem(m_ghostText);
    m_ghostText = nullptr;
    if (m_ghostPixmap != nullptr) m_plot->removeItem(m_ghostPixmap);
    m_ghostPixmap = nullptr;
    m_ghostPixmapTime = 0;
    const ThemeStyle style = themeStyle(m_model->theme());
    for (int i = 0; i < m_model->curveCount(); ++i) {
        if (!(m_ghostsAlways || i == m_live) || !m_model->curve(i).visible) continue;
        const Curve& c = m_model->curve(i);
        for (std::size_t k = 0; k < c.function->ghosts.size(); ++k) {
            auto* graph = static_cast<CurveGraph*>(newGraph(m_plot));
            // Faint but opaque (blended with the background by hand): translucent pens would
            // darken where the fast stroke overlaps itself.
            const QColor bg = style.background;
            const QColor faint = QColor::fromRgbF(0.35f * c.color.redF() + 0.65f * bg.redF(),
                                                  0.35f * c.color.greenF() + 0.65f * bg.greenF(),
                                                  0.35f * c.color.blueF() + 0.65f * bg.blueF());
            graph->setPen(
                QPen(faint, style.curveWidth * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            graph->removeFromLegend();
            // Beneath every curve, on a layer a drag does not redraw: most ghosts do not move
            // while their parameter does (resampleGhosts lifts those that do).
            graph->setLayer(m_plot->layer(QStringLiteral("grid")));
            m_ghosts.push_back({i, k, graph});
        }
    }
    if (!m_ghosts.empty()) {
        m_ghostText = new QCPItemText(m_plot);
        m_ghostText->position->setType(QCPItemPosition::ptAxisRectRatio);
        m_ghostText->position->setCoords(0.99, 0.98);
        m_ghostText->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        m_ghostText->setTextAlignment(Qt::AlignLeft);
        m_ghostText->setFont(plotFont(style.fontPointSize));
        m_ghostText->setColor(style.foreground);
        m_ghostText->setBrush(style.legendBackground);
        m_ghostText->setPen(QPen(style.grid));
        m_ghostText->setPadding(QMargins(8, 6, 8, 6));
        if (m_live >= 0 && !m_ghostsAlways) {
            m_ghostText->setVisible(false); // keeps the text for ghostText(); the pixmap shows it
            m_ghostPixmap = new QCPItemPixmap(m_plot);
            m_ghostPixmap->setLayer(m_plot->layer(kLiveLayer));
            m_ghostPixmap->topLeft->setType(QCPItemPosition::ptAbsolute);
            m_ghostPixmap->setClipToAxisRect(false);
        }
    }
    resampleGhosts();
    queueReplot();
}

void PlotView::resampleGhosts() {
    if (m_ghosts.empty()) return;
    QStringList lines;
    for (const GhostGraph& g : m_ghosts) {
        const Curve& c = m_model->curve(g.curve);
        const core::Ghost& ghost = c.function->ghosts[g.ghost];
        // On the curve's own samples (the view's grid plus its kinks): the ghost's points, and
        // the largest distance between the two, without evaluating the curve again.
        const auto data = m_graphs[static_cast<size_t>(g.curve)].f->data();
        m_x.resize(static_cast<std::size_t>(data->size()));
        m_f.resize(m_x.size());
        double worst = 0.0;
        std::size_t k = 0;
        for (auto it = data->constBegin(); it != data->constEnd(); ++it, ++k) {
            m_x[k] = it->key;
            m_f[k] = ghost.g(it->key, c.params.data());
            const double d = std::fabs(it->value - m_f[k]);
            if (d > worst || std::isnan(d)) worst = d;
        }
        bool same = g.graph->data()->size() == static_cast<int>(m_x.size());
        if (same) {
            std::size_t j = 0;
            for (auto it = g.graph->data()->constBegin(); same && it != g.graph->data()->constEnd();
                 ++it, ++j)
                same = it->key == m_x[j] && (it->value == std::clamp(m_f[j], -kClamp, kClamp) ||
                                             (std::isnan(it->value) && std::isnan(m_f[j])));
        }
        if (!same) {
            auto* graph = static_cast<CurveGraph*>(g.graph);
            const bool moved = !g.graph->data()->isEmpty(); // not the first filling
            if (moved && g.curve == m_live && graph->layer() != m_plot->layer(kLiveLayer)) {
                graph->setLayer(m_plot->layer(kLiveLayer)); // it moves with the drag
                graph->draft = true;
                graph->thinDraft = true;
            }
            setGraphData(g.graph, m_x, m_f);
        }
        QString label = qs(ghost.label);
        label.replace(QLatin1String("alpha"), QStringLiteral("α"))
            .replace(QLatin1String("beta"), QStringLiteral("β"))
            .replace(QLatin1String("mu"), QStringLiteral("μ"))
            .replace(QLatin1String("-> inf"), QStringLiteral("-> infinity"));
        // Only glyphs the plot font has: a fallback font lookup at every drag step costs more
        // than drawing the curve.
        lines << tr("%1 -> %2: max |f - g| = %3").arg(qs(c.function->name), label, number(worst));
    }
    const QString text = lines.join(QLatin1Char('\n'));
    if (m_ghostText != nullptr) m_ghostText->setText(text);
    if (m_ghostPixmap != nullptr) drawGhostPixmap(text);
}

void PlotView::drawGhostPixmap(const QString& text) {
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    const qint64 now = clock.elapsed() + 1;
    if (m_ghostPixmapTime != 0 && now - m_ghostPixmapTime < 80) return;
    m_ghostPixmapTime = now;
    const ThemeStyle style = themeStyle(m_model->theme());
    const QFont font = plotFont(style.fontPointSize);
    const QFontMetrics metrics(font);
    const QRect textRect = metrics.boundingRect(QRect(0, 0, 4000, 4000), Qt::AlignLeft, text);
    const qreal dpr = m_plot->devicePixelRatioF();
    QPixmap pm((textRect.size() + QSize(16, 12)) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(style.legendBackground);
    QPainter p(&pm);
    p.setPen(style.grid);
    p.drawRect(QRectF(0.5, 0.5, pm.width() / dpr - 1, pm.height() / dpr - 1));
    p.setFont(font);
    p.setPen(style.foreground);
    p.drawText(QRect(QPoint(8, 6), textRect.size()), Qt::AlignLeft, text);
    p.end();
    m_ghostPixmap->setPixmap(pm);
    const QRect area = m_plot->axisRect()->rect();
    const QSize size = pm.size() / dpr;
    m_ghostPixmap->topLeft->setCoords(area.right() - size.width() - 8,
                                      area.bottom() - size.height() - 8);
}

void PlotView::resampleAll() {
    for (int i = 0; i < static_cast<int>(m_graphs.size()); ++i)
        resample(i);
}

void PlotView::restyle(int i) {
    const Curve& c = m_model->curve(i);
    Graphs& g = m_graphs[static_cast<size_t>(i)];
    const ThemeStyle style = themeStyle(m_model->theme());
    const QString name = m_model->curveLabel(i);

    g.f->setPen(QPen(c.color, style.curveWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    g.f->setName(name);
    g.f->setVisible(c.visible);

    // Solid pens: the dash and dot patterns are cut into the sampled data (setGraphData).
    QPen dashed(c.color, style.curveWidth * 0.8, m_stock ? Qt::DashLine : Qt::SolidLine,
                Qt::FlatCap, Qt::RoundJoin);
    static_cast<CurveGraph*>(g.df)->legendStyle = Qt::DashLine;
    g.df->setPen(dashed);
    g.df->setName(tr("%1: f′").arg(qs(c.function->name)));
    g.df->setVisible(c.visible && c.showDerivative);

    const auto learnable = c.function->learnableParams();
    for (std::size_t k = 0; k < g.grads.size(); ++k) {
        QPen dotted(c.color, style.curveWidth * 0.8, m_stock ? Qt::DotLine : Qt::SolidLine,
                    Qt::RoundCap, Qt::RoundJoin);
        static_cast<CurveGraph*>(g.grads[k])->legendStyle = Qt::DotLine;
        g.grads[k]->setPen(dotted);
        g.grads[k]->setName(tr("%1: df/d%2")
                                .arg(qs(c.function->name),
                                     texSymbolToText(qs(c.function->params[learnable[k]].tex))));
        g.grads[k]->setVisible(c.visible && c.showGradient);
    }
    // The legend lists what is drawn.
    for (QCPGraph* graph : g.all()) {
        if (graph->visible())
            graph->addToLegend();
        else
            graph->removeFromLegend();
    }
    g.tracer->setPen(QPen(c.color, 2.0));
    g.tracer->setBrush(m_model->theme() == Theme::Dark ? QColor(0x1e, 0x1f, 0x22)
                                                       : QColor(Qt::white));
    g.tracer->setSize(m_model->theme() == Theme::Presentation ? 16 : 9);
}

void PlotView::applyTheme() {
    applyPlotTheme(m_plot, m_model->theme());
    const ThemeStyle s = themeStyle(m_model->theme());
    m_readoutLabel->setFont(plotFont(s.fontPointSize));
    m_readoutLabel->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3;"
                       " border-radius: 4px; padding: 6px; }")
            .arg(s.background.name(), s.foreground.name(), s.grid.name()));
    m_readoutLabel->setAttribute(Qt::WA_StyledBackground, true);
    m_readoutLabel->setAutoFillBackground(true);
    for (int i = 0; i < static_cast<int>(m_graphs.size()); ++i)
        restyle(i);
}

void PlotView::applyView() {
    const ViewRange& v = m_model->view();
    m_applyingView = true;
    m_plot->xAxis->setRange(v.xMin, v.xMax);
    m_plot->yAxis->setRange(v.yMin, v.yMax);
    m_applyingView = false;
}

void PlotView::onAxisRangeChanged() {
    if (m_applyingView) return;
    const QCPRange x = m_plot->xAxis->range();
    const QCPRange y = m_plot->yAxis->range();
    // A zoom or pan beyond the axis limits stops at the last view the model accepted, so the
    // axes and the curves never disagree.
    if (m_model->setView({x.lower, x.upper, y.lower, y.upper})) applyView();
}

void PlotView::queueReplot() {
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::replotNow() {
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

void PlotView::beginLiveEdit(int curve) {
    if (curve < 0 || curve >= static_cast<int>(m_graphs.size()) || curve == m_live) return;
    endLiveEdit();
    m_live = curve;
    hideReadout();
    // The dragged curve gets its own buffered layer; the overlay gives up its buffer meanwhile,
    // so each step repaints one layer and composes the others from their buffers.
    QCPLayer* live = m_plot->layer(kLiveLayer);
    live->setMode(QCPLayer::lmBuffered);
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    // While it moves, the curve is drawn in draft mode (see CurveGraph); the replot on release
    // draws it antialiased again.
    for (QCPGraph* graph : m_graphs[static_cast<size_t>(curve)].all()) {
        graph->setLayer(live);
        static_cast<CurveGraph*>(graph)->draft = true;
    }
    rebuildGhosts();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::endLiveEdit() {
    if (m_live < 0) return;
    QCPLayer* main = m_plot->layer(QStringLiteral("main"));
    for (QCPGraph* graph : m_graphs[static_cast<size_t>(m_live)].all()) {
        graph->setLayer(main);
        static_cast<CurveGraph*>(graph)->draft = false;
    }
    m_plot->layer(kLiveLayer)->setMode(QCPLayer::lmLogical);
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmBuffered);
    restyle(m_live); // legend text with the final parameter values
    m_live = -1;
    rebuildGhosts();
    queueReplot();
}

void PlotView::showReadoutAt(double x) {
    m_readout.clear();
    for (int i = 0; i < m_model->curveCount(); ++i) {
        const Curve& c = m_model->curve(i);
        Graphs& g = m_graphs[static_cast<size_t>(i)];
        g.tracer->setVisible(c.visible);
        if (!c.visible) continue;
        const ReadoutRow row{i, x, c.function->f(x, c.params), c.function->df(x, c.params)};
        m_readout.push_back(row);
        g.tracer->position->setCoords(x, std::isfinite(row.f) ? std::clamp(row.f, -kClamp, kClamp)
                                                              : 0.0);
    }
    m_readoutLabel->setText(readoutText());
    m_readoutLabel->adjustSize();
    m_readoutLabel->setVisible(!m_readout.empty());
    // Beside the point on the first curve, unless the mouse places it (eventFilter).
    if (!m_readout.empty()) {
        const double y = std::isfinite(m_readout.front().f) ? m_readout.front().f : 0.0;
        const double px = std::clamp(m_plot->xAxis->coordToPixel(x), -1e6, 1e6);
        const double py =
            std::clamp(m_plot->yAxis->coordToPixel(std::clamp(y, -kClamp, kClamp)), -1e6, 1e6);
        positionReadout(QPoint(static_cast<int>(px), static_cast<int>(py)));
    }
    m_plot->layer(QStringLiteral("overlay"))->replot();
}

void PlotView::hideReadout() {
    m_readout.clear();
    m_readoutLabel->setVisible(false);
    bool any = false;
    for (Graphs& g : m_graphs) {
        any = any || g.tracer->visible();
        g.tracer->setVisible(false);
    }
    if (any) m_plot->layer(QStringLiteral("overlay"))->replot();
}

QString PlotView::readoutText() const {
    if (m_readout.empty()) return {};
    QString html =
        QStringLiteral("<b>x = %1</b><table cellspacing='2'>").arg(number(m_readout.front().x));
    for (const ReadoutRow& r : m_readout) {
        const Curve& c = m_model->curve(r.curve);
        html +=
            QStringLiteral(
                "<tr><td><span style='background-color:%1'>&nbsp;&nbsp;&nbsp;</span>&nbsp;%2</td>"
                "<td>&nbsp;f = %3</td><td>&nbsp;f′ = %4</td></tr>")
                .arg(c.color.name(), qs(c.function->name).toHtmlEscaped(), number(r.f),
                     number(r.df));
    }
    return html + QStringLiteral("</table>");
}

void PlotView::positionReadout(const QPoint& anchor) {
    const QRect area = m_plot->axisRect()->rect();
    const QPoint mouse(std::clamp(anchor.x(), area.left(), area.right()),
                       std::clamp(anchor.y(), area.top(), area.bottom()));
    QPoint p = mouse + QPoint(18, 18);
    if (p.x() + m_readoutLabel->width() > area.right())
        p.setX(mouse.x() - 18 - m_readoutLabel->width());
    if (p.y() + m_readoutLabel->height() > area.bottom())
        p.setY(mouse.y() - 18 - m_readoutLabel->height());
    p.setX(std::max(p.x(), area.left() + 4));
    p.setY(std::max(p.y(), area.top() + 4));
    m_readoutLabel->move(p);
}

QCPItemStraightLine* PlotView::tangentLine(int t) const {
    return t >= 0 && t < static_cast<int>(m_tangentItems.size())
               ? m_tangentItems[static_cast<size_t>(t)].line
               : nullptr;
}

QString PlotView::tangentLabel(int t) const {
    return t >= 0 && t < static_cast<int>(m_tangentItems.size())
               ? m_tangentItems[static_cast<size_t>(t)].label->text()
               : QString();
}

void PlotView::rebuildTangents() {
    if (m_tangentItems.empty() && m_model->tangents().empty()) return;
    for (const TangentItems& items : m_tangentItems) {
        m_plot->removeItem(items.line);
        m_plot->removeItem(items.point);
        m_plot->removeItem(items.label);
    }
    m_tangentItems.clear();
    const ThemeStyle style = themeStyle(m_model->theme());
    for (const Tangent& t : m_model->tangents()) {
        TangentItems items{new QCPItemStraightLine(m_plot), new QCPItemTracer(m_plot),
                           new QCPItemText(m_plot)};
        const QColor color = t.curve >= 0 && t.curve < m_model->curveCount()
                                 ? m_model->curve(t.curve).color
                                 : Qt::gray;
        items.line->setPen(
            QPen(color.darker(115), std::max(1.5, style.curveWidth * 0.6), Qt::DashDotLine));
        items.point->position->setType(QCPItemPosition::ptPlotCoords);
        items.point->setStyle(QCPItemTracer::tsCircle);
        items.point->setSize(m_model->theme() == Theme::Presentation ? 18 : 11);
        items.point->setPen(QPen(color, 2.5));
        items.point->setBrush(color);
        // The label hangs 12 px below right of the point, at any zoom.
        items.label->position->setParentAnchor(items.point->position);
        items.label->position->setType(QCPItemPosition::ptAbsolute);
        items.label->position->setCoords(12, 12);
        items.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        items.label->setTextAlignment(Qt::AlignLeft);
        items.label->setFont(plotFont(style.fontPointSize));
        items.label->setColor(style.foreground);
        items.label->setBrush(style.legendBackground);
        items.label->setPen(QPen(color, 1.0));
        items.label->setPadding(QMargins(6, 4, 6, 4));
        m_tangentItems.push_back(items);
    }
    updateTangents();
    queueReplot();
}

void PlotView::updateTangents() {
    const auto& tangents = m_model->tangents();
    if (tangents.size() != m_tangentItems.size()) return;
    for (std::size_t k = 0; k < tangents.size(); ++k) {
        const Tangent& t = tangents[k];
        const TangentItems& items = m_tangentItems[k];
        const bool valid = t.curve >= 0 && t.curve < m_model->curveCount();
        const Curve* c = valid ? &m_model->curve(t.curve) : nullptr;
        const double f0 = c ? c->function->f(t.x0, c->params) : NAN;
        const double s = c ? c->function->df(t.x0, c->params) : NAN;
        const bool drawable =
            c && c->visible && std::isfinite(f0) && std::isfinite(s) && std::fabs(f0) < kClamp;
        items.line->point1->setCoords(t.x0, drawable ? f0 : 0.0);
        items.line->point2->setCoords(t.x0 + 1.0, drawable ? f0 + s : 0.0);
        items.point->position->setCoords(t.x0, drawable ? f0 : 0.0);
        items.label->setText(
            tr("x₀ = %1\nf(x₀) = %2\nf′(x₀) = %3").arg(number(t.x0), number(f0), number(s)));
        for (QCPAbstractItem* item :
             {static_cast<QCPAbstractItem*>(items.line), static_cast<QCPAbstractItem*>(items.point),
              static_cast<QCPAbstractItem*>(items.label)}) {
            item->setClipToAxisRect(true);
            item->setVisible(drawable);
        }
    }
    if (!m_tangentItems.empty()) queueReplot();
}

int PlotView::tangentAt(const QPoint& pos) const {
    for (int t = 0; t < static_cast<int>(m_tangentItems.size()); ++t) {
        const QPointF p = m_tangentItems[static_cast<size_t>(t)].point->position->pixelPosition();
        if (m_tangentItems[static_cast<size_t>(t)].point->visible() &&
            QLineF(p, pos).length() <= 10.0)
            return t;
    }
    return -1;
}

int PlotView::curveAt(const QPoint& pos) const {
    const double x = m_plot->xAxis->pixelToCoord(pos.x());
    int best = -1;
    double bestDistance = 8.0; // pixels
    for (int i = 0; i < m_model->curveCount(); ++i) {
        const Curve& c = m_model->curve(i);
        if (!c.visible) continue;
        const double y = c.function->f(x, c.params);
        if (!std::isfinite(y)) continue;
        const double d =
            std::fabs(m_plot->yAxis->coordToPixel(std::clamp(y, -kClamp, kClamp)) - pos.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

/// Click on a curve pins a tangent there, dragging its point moves it along the curve, a
/// right-click on its point removes it. Clicks elsewhere pan as usual.
bool PlotView::handleTangentMouse(QEvent* event) {
    if (m_live >= 0) return false;
    auto* e = static_cast<QMouseEvent*>(event);
    const QPoint pos = e->position().toPoint();
    const double x = m_plot->xAxis->pixelToCoord(pos.x());
    if (event->type() == QEvent::MouseButtonPress) {
        if (!m_plot->axisRect()->rect().contains(pos)) return false;
        const int t = tangentAt(pos);
        if (e->button() == Qt::RightButton && t >= 0) {
            m_model->removeTangent(t);
            return true;
        }
        if (e->button() != Qt::LeftButton) return false;
        if (t >= 0) {
            m_draggedTangent = t;
        } else if (const int c = curveAt(pos); c >= 0) {
            m_draggedTangent = m_model->addTangent(c, x);
        } else {
            return false;
        }
        m_plot->setInteraction(QCP::iRangeDrag, false);
        hideReadout();
        return true;
    }
    if (event->type() == QEvent::MouseMove && m_draggedTangent >= 0) {
        m_model->moveTangent(m_draggedTangent, x);
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease && m_draggedTangent >= 0) {
        m_draggedTangent = -1;
        m_plot->setInteraction(QCP::iRangeDrag, true);
        return true;
    }
    return false;
}

bool PlotView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_plot &&
        (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseMove ||
         event->type() == QEvent::MouseButtonRelease)) {
        if (handleTangentMouse(event)) return true;
    }
    if (watched == m_plot) {
        if (event->type() == QEvent::MouseMove && m_live < 0) {
            const auto* e = static_cast<QMouseEvent*>(event);
            const QPoint pos = e->position().toPoint();
            if (m_plot->axisRect()->rect().contains(pos) && e->buttons() == Qt::NoButton) {
                showReadoutAt(m_plot->xAxis->pixelToCoord(pos.x()));
                positionReadout(pos);
            } else {
                hideReadout();
            }
        } else if (event->type() == QEvent::Leave) {
            hideReadout();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlotView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Home) {
        m_model->resetView();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PlotView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    resampleAll(); // about two samples per pixel at the new width
}

} // namespace actviz::ui
