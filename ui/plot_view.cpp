// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_view.h"

#include "plot_canvas.h"

#include "ghost_overlay.h"
#include "graph_layer.h"
#include "legend_layout.h"
#include "plot_gestures.h"
#include "plot_style.h"
#include "scene_model.h"
#include "tangent_overlay.h"

#include <qcustomplot.h>

#include <QKeyEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace actviz::ui {
namespace {

const QString kLiveLayer = QStringLiteral("live");

} // namespace

PlotView::PlotView(SceneModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_plot(new PlotCanvas(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setFocusPolicy(Qt::StrongFocus);

    // Software rendering: fast polylines with antialiasing keep a 20-graph replot near 15 ms.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // The dragged curve's layer sits on top of everything, so a drag composes two buffers (the
    // rest of the plot, and the curve) instead of three.
    m_plot->addLayer(kLiveLayer, m_plot->layer(QStringLiteral("overlay")), QCustomPlot::limAbove);
    m_plot->xAxis->setLabel(QStringLiteral("x"));
    m_plot->yAxis->setLabel(QStringLiteral("f(x)"));
    // The right axis carries the differences between definitions (library flavours).
    m_plot->yAxis2->setTickLabels(true);
    m_plot->yAxis2->grid()->setVisible(false);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->installEventFilter(this);
    m_plot->setMouseTracking(true);
    // The view takes the keyboard focus for its canvas (a click on the canvas focuses the view),
    // and the canvas shows it (PlotCanvas::drawFocusFrame).
    m_plot->setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Plot"));
    setAccessibleDescription(describePlotGestures());
    m_graphs = std::make_unique<GraphLayer>(m_plot, m_model);
    m_readout = std::make_unique<ReadoutOverlay>(m_plot, m_model);
    m_tangents = std::make_unique<TangentOverlay>(m_plot, m_model);
    m_ghosts = std::make_unique<GhostOverlay>(m_plot, m_model);

    // The legend finds its place before every full replot (a drag's layer replot emits none).
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] {
        if (m_live < 0) placeLegend(m_plot);
    });
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &PlotView::onAxisRangeChanged);
    connect(m_plot->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &PlotView::onAxisRangeChanged);
    // Adding or removing a curve renumbers copies and shares colours: every curve is restyled.
    auto structure = [this] {
        m_readout->rebuild();
        for (int i = 0; i < m_graphs->count(); ++i)
            m_graphs->restyle(i);
        resampleAll();
        rebuildTangents();
        rebuildGhosts();
        queueReplot();
    };
    connect(m_model, &SceneModel::curveAdded, this, [this, structure](int i) {
        addGraphs(i);
        structure();
    });
    connect(m_model, &SceneModel::curveRemoved, this, [this, structure](int i) {
        removeGraphs(i);
        structure();
    });
    connect(m_model, &SceneModel::curveParametersChanged, this, &PlotView::onParametersChanged);
    connect(m_model, &SceneModel::curveStyleChanged, this, structure);
    connect(m_model, &SceneModel::viewChanged, this, [this] {
        applyView();
        resampleAll();
        resampleGhosts();
        queueReplot();
    });
    connect(m_model, &SceneModel::themeChanged, this, [this] {
        applyTheme();
        resampleAll(); // dash lengths follow the line width
        rebuildTangents();
        rebuildGhosts();
        queueReplot();
    });
    connect(m_model, &SceneModel::sceneReset, this, &PlotView::rebuild);
    // Another function: its graphs (one per df/dparam), ghosts and labels anew.
    connect(m_model, &SceneModel::curveFunctionChanged, this, &PlotView::rebuild);
    connect(m_model, &SceneModel::tangentsChanged, this, [this] {
        if (!m_tangents->update()) rebuildTangents();
        queueReplot();
    });
    rebuild();
}

PlotView::~PlotView() = default;

QCPGraph* PlotView::functionGraph(int curve) const {
    return m_graphs->function(curve);
}

QCPGraph* PlotView::derivativeGraph(int curve) const {
    return m_graphs->derivative(curve);
}

QCPGraph* PlotView::gradientGraph(int curve, int k) const {
    return m_graphs->gradient(curve, k);
}

QCPGraph* PlotView::differenceGraph(int curve) const {
    return m_graphs->difference(curve);
}

QCPGraph* PlotView::derivativeDifferenceGraph(int curve) const {
    return m_graphs->derivativeDifference(curve);
}

QCPItemStraightLine* PlotView::tangentLine(int t) const {
    return m_tangents->line(t);
}

QString PlotView::tangentLabel(int t) const {
    return m_tangents->label(t);
}

int PlotView::ghostCount() const {
    return m_ghosts->count();
}

QCPGraph* PlotView::ghostGraph(int k) const {
    return m_ghosts->graph(k);
}

QString PlotView::ghostText() const {
    return m_ghosts->text();
}

QCPLayer* PlotView::liveLayer() const {
    return m_plot->layer(kLiveLayer);
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

QCustomPlot* PlotView::plot() const {
    return m_plot;
}

QWidget* PlotView::canvas() const {
    return m_plot;
}

void PlotView::dropLiveEdit() {
    m_live = -1;
    m_tangents->follow(-1, nullptr);
    liveLayer()->setMode(QCPLayer::lmLogical);
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmBuffered);
    m_plot->setLiveLayer(nullptr);
}

void PlotView::rebuild() {
    // A new scene ends any drag; its graphs all go.
    if (m_live >= 0) dropLiveEdit();
    for (int i = m_graphs->count() - 1; i >= 0; --i)
        removeGraphs(i);
    for (int i = 0; i < m_model->curveCount(); ++i)
        addGraphs(i);
    m_readout->rebuild();
    applyTheme();
    applyView();
    resampleAll();
    rebuildTangents();
    rebuildGhosts();
    queueReplot();
}

void PlotView::addGraphs(int i) {
    m_graphs->add(i);
    if (m_live >= i) { // the dragged curve moved one place down; its tangents follow it
        ++m_live;
        m_tangents->follow(m_live, liveLayer());
    }
    m_graphs->restyle(i);
    resample(i);
}

void PlotView::removeGraphs(int i) {
    if (i < 0 || i >= m_graphs->count()) return;
    // The dragged curve keeps its identity when an earlier curve goes; when it goes itself, the
    // drag is over (the model no longer has it: nothing is restyled).
    if (m_live == i) dropLiveEdit();
    m_graphs->remove(i);
    if (m_live > i) {
        --m_live;
        m_tangents->follow(m_live, liveLayer());
    }
    hideReadout();
}

void PlotView::resample(int i) {
    m_graphs->resample(i, dataAreaSize(), sampleCount(), m_clipData);
}

void PlotView::resampleAll() {
    for (int i = 0; i < m_graphs->count(); ++i)
        resample(i);
    fitDifferenceAxis();
}

void PlotView::fitDifferenceAxis() {
    const GraphLayer::Extent e = m_graphs->differenceExtent();
    QCPAxis* right = m_plot->yAxis2;
    if (right->visible() != e.shown) {
        right->setVisible(e.shown);
        queueReplot();
    }
    if (!e.shown) return;
    right->setLabel(e.derivatives ? QStringLiteral("Δf, Δf′") : QStringLiteral("Δf"));
    // Zero is always on the axis, level with the left axis's zero when that is well inside the
    // view (a difference of 0 then lies on the x axis); identical definitions give a unit range.
    const QCPRange left = m_plot->yAxis->range();
    const double t = -left.lower / left.size(); // where 0 sits on the left axis, 0 to 1
    QCPRange wanted(-1.0, 1.0);
    if (e.hi > e.lo && t >= 0.15 && t <= 0.85) {
        const double scale = 1.08 * std::max(e.hi / (1.0 - t), -e.lo / t);
        wanted = QCPRange(-t * scale, (1.0 - t) * scale);
    } else if (e.hi > e.lo) {
        const double span = e.hi - e.lo;
        wanted = QCPRange(e.lo - 0.08 * span, e.hi + 0.08 * span);
    } else if (t >= 0.15 && t <= 0.85) {
        wanted = QCPRange(-2.0 * t, 2.0 * (1.0 - t));
    }
    const QCPRange now = right->range();
    if (now.lower == wanted.lower && now.upper == wanted.upper) return;
    right->setRange(wanted);
    // The differences were sampled (dashes, jumps, clipping) for the old range.
    for (int i = 0; i < m_graphs->count(); ++i)
        if (differenceDrawn(m_model->curve(i))) resample(i);
    queueReplot();
}

void PlotView::setClipDataToView(bool clip) {
    m_clipData = clip;
    resampleAll();
    resampleGhosts();
}

void PlotView::setStockRendering(bool stock) {
    m_stock = stock;
    m_plot->setPlottingHints(stock ? QCP::phNone : QCP::phFastPolylines);
    m_graphs->setStock(stock);
    resampleAll();
}

void PlotView::setGhostsAlways(bool always) {
    m_ghostsAlways = always;
    rebuildGhosts();
}

void PlotView::rebuildGhosts() {
    m_ghosts->rebuild(m_ghostsAlways, m_live, liveLayer());
    resampleGhosts();
    queueReplot();
}

void PlotView::resampleGhosts() {
    m_ghosts->resample(m_graphs->functions(), m_live, liveLayer());
    if (m_clipData) m_ghosts->clip(m_model->view().yMin, m_model->view().yMax);
}

void PlotView::rebuildTangents() {
    m_tangents->rebuild();
    queueReplot();
}

void PlotView::applyTheme() {
    applyPlotTheme(m_plot, m_model->theme());
    m_readout->restyle();
    for (int i = 0; i < m_graphs->count(); ++i)
        m_graphs->restyle(i);
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

void PlotView::onParametersChanged(int i) {
    if (i != m_live) m_graphs->restyle(i); // a flavour shows or hides graphs
    resample(i);
    // A drag redraws its own layer only: the right axis follows on release (endLiveEdit).
    if (i != m_live) fitDifferenceAxis();
    if (m_tangents->hasTangentOn(i)) m_tangents->update();
    resampleGhosts();
    if (i == m_live) {
        m_graphs->relabel(i);       // the legend entry, on the dragged layer
        m_plot->refreshLiveLayer(); // this curve's layer only
    } else {
        queueReplot();
    }
}

void PlotView::queueReplot() {
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::replotNow() {
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
}

void PlotView::beginLiveEdit(int curve) {
    if (curve < 0 || curve >= m_graphs->count() || curve == m_live) return;
    endLiveEdit();
    m_live = curve;
    hideReadout();
    // The dragged curve, its tangents and its legend entries get their own buffered layer; the
    // overlay gives up its buffer meanwhile, so each step repaints one layer and composes the
    // others from their buffers. While it moves, the curve is drawn in draft mode (see
    // CurveGraph); the replot on release draws it antialiased again.
    liveLayer()->setMode(QCPLayer::lmBuffered);
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    m_plot->setLiveLayer(liveLayer());
    m_graphs->lift(curve, liveLayer());
    m_tangents->follow(curve, liveLayer());
    rebuildGhosts();
}

void PlotView::endLiveEdit() {
    if (m_live < 0) return;
    const int curve = m_live;
    m_live = -1;
    m_graphs->lower(curve);
    m_tangents->follow(-1, nullptr);
    liveLayer()->setMode(QCPLayer::lmLogical);
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmBuffered);
    m_plot->setLiveLayer(nullptr);
    m_graphs->restyle(curve);
    fitDifferenceAxis();
    rebuildGhosts();
    // Now, not queued: until the buffers are redrawn, a paint would show the live layer's buffer
    // as it was when the drag began (frames drew its items directly).
    m_plot->replot();
}

void PlotView::showReadoutAt(double x) {
    m_readout->showAt(x);
}

void PlotView::hideReadout() {
    if (m_readout->hide()) m_plot->layer(QStringLiteral("overlay"))->replot();
}

bool PlotView::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_plot) return QWidget::eventFilter(watched, event);
    const QEvent::Type type = event->type();
    if ((type == QEvent::MouseButtonPress || type == QEvent::MouseMove ||
         type == QEvent::MouseButtonRelease) &&
        m_live < 0 && m_tangents->handleMouse(static_cast<QMouseEvent*>(event))) {
        if (m_tangents->dragging()) hideReadout();
        return true;
    }
    if (type == QEvent::MouseMove && m_live < 0) {
        const auto* e = static_cast<QMouseEvent*>(event);
        const QPoint pos = e->position().toPoint();
        if (m_plot->axisRect()->rect().contains(pos) && e->buttons() == Qt::NoButton) {
            m_readout->showAt(m_plot->xAxis->pixelToCoord(pos.x()));
            m_readout->place(pos);
        } else {
            hideReadout();
        }
    } else if (type == QEvent::Leave) {
        hideReadout();
    }
    return QWidget::eventFilter(watched, event);
}

/// The texts drawn on the plot (legend entries, tangent labels, ghost labels), and what a screen
/// reader announces for it (the view takes the focus for its canvas).
void PlotView::retranslate() {
    setAccessibleName(tr("Plot"));
    setAccessibleDescription(describePlotGestures());
    for (int i = 0; i < m_graphs->count(); ++i)
        m_graphs->restyle(i);
    m_tangents->update();
    resampleGhosts();
    queueReplot();
}

void PlotView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
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
