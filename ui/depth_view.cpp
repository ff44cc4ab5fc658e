#include "depth_view.h"

#include "plot_style.h"
#include "scene_model.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/chain.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"

#include <qcustomplot.h>

#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>

namespace actviz::ui {
namespace {

// Slider positions: weight 0.05..3 and input -3..3 in steps of 0.05.
double weightAt(int p) {
    return 0.05 * p;
}
double inputAt(int p) {
    return 0.05 * p;
}

} // namespace

DepthView::DepthView(SceneModel* model, bool controls, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_plot->yAxis->setNumberFormat(QStringLiteral("eb"));
    m_plot->yAxis->setNumberPrecision(0);
    m_plot->xAxis->setLabel(tr("depth (layers)"));
    m_plot->yAxis->setLabel(tr("|d output / d input|"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignLeft);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    if (controls) {
        auto* grid = new QGridLayout;
        m_layers = new QSlider(Qt::Horizontal, this);
        m_layers->setRange(core::kMinDepth, core::kDepthSliderMax);
        m_weight = new QSlider(Qt::Horizontal, this);
        m_weight->setRange(1, 60);
        m_input = new QSlider(Qt::Horizontal, this);
        m_input->setRange(-60, 60);
        m_values = new QLabel(this);
        grid->addWidget(new QLabel(tr("Layers L"), this), 0, 0);
        grid->addWidget(m_layers, 0, 1);
        grid->addWidget(new QLabel(tr("Weight w"), this), 0, 2);
        grid->addWidget(m_weight, 0, 3);
        grid->addWidget(new QLabel(tr("Input x0"), this), 0, 4);
        grid->addWidget(m_input, 0, 5);
        grid->addWidget(m_values, 0, 6);
        layout->addLayout(grid);
        auto changed = [this] {
            if (m_syncing) return;
            DepthSettings d = m_model->depth();
            d.layers = m_layers->value();
            d.weight = weightAt(m_weight->value());
            d.input = inputAt(m_input->value());
            m_model->setDepth(d);
        };
        for (QSlider* s : {m_layers, m_weight, m_input})
            connect(s, &QSlider::valueChanged, this, changed);
    }
    for (auto signal :
         {&SceneModel::depthChanged, &SceneModel::sceneReset, &SceneModel::themeChanged})
        connect(m_model, signal, this, &DepthView::refresh);
    for (auto signal : {&SceneModel::curveAdded, &SceneModel::curveRemoved,
                        &SceneModel::curveParametersChanged, &SceneModel::curveStyleChanged})
        connect(m_model, signal, this, &DepthView::refresh);
    refresh();
}

void DepthView::syncControls() {
    if (m_layers == nullptr) return;
    m_syncing = true;
    const DepthSettings& d = m_model->depth();
    m_layers->setValue(d.layers);
    m_weight->setValue(static_cast<int>(std::lround(d.weight / 0.05)));
    m_input->setValue(static_cast<int>(std::lround(d.input / 0.05)));
    m_values->setText(tr("L = %1, w = %2, x0 = %3")
                          .arg(d.layers)
                          .arg(qs(core::formatShort(d.weight)), qs(core::formatShort(d.input))));
    m_syncing = false;
}

void DepthView::refresh() {
    applyPlotTheme(m_plot, m_model->theme());
    const ThemeStyle style = themeStyle(m_model->theme());
    const DepthSettings& d = m_model->depth();
    m_plot->clearGraphs();
    double lo = 1e300, hi = 0.0;
    for (int i = 0; i < m_model->curveCount(); ++i) {
        const Curve& c = m_model->curve(i);
        if (!c.visible) continue;
        const std::vector<double> g =
            core::chainGradient(*c.function, c.params, d.layers, d.weight, d.input);
        QVector<double> x, y;
        for (std::size_t l = 0; l < g.size(); ++l) {
            x.push_back(static_cast<double>(l + 1));
            // A zero gradient (a dead ReLU) has no place on a log axis: a gap.
            y.push_back(g[l] > 0.0 ? g[l] : std::numeric_limits<double>::quiet_NaN());
            if (g[l] > 0.0) {
                lo = std::min(lo, g[l]);
                hi = std::max(hi, g[l]);
            }
        }
        QCPGraph* graph = m_plot->addGraph();
        graph->setData(x, y, true);
        graph->setPen(QPen(c.color, style.curveWidth));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c.color, 5.0));
        graph->setName(m_model->curveLabel(i));
    }
    m_plot->xAxis->setRange(0.5, d.layers + 0.5);
    if (hi > 0.0)
        m_plot->yAxis->setRange(std::max(lo / 10.0, 1e-300), hi * 10.0);
    else
        m_plot->yAxis->setRange(1e-6, 10.0);
    syncControls();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace actviz::ui
