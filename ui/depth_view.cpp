// SPDX-License-Identifier: GPL-3.0-or-later
#include "depth_view.h"

#include "plot_style.h"
#include "scene_model.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/chain.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"

#include <qcustomplot.h>

#include <QEvent>
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
        // Two rows, so that the sliders keep a usable length in narrow windows.
        QSlider* sliders[3] = {m_layers, m_weight, m_input};
        for (int k = 0; k < 3; ++k) {
            m_labels[k] = new QLabel(this);
            m_labels[k]->setBuddy(sliders[k]);
            grid->addWidget(m_labels[k], k / 2, (k % 2) * 2);
            grid->addWidget(sliders[k], k / 2, (k % 2) * 2 + 1);
        }
        grid->addWidget(m_values, 1, 2, 1, 2);
        grid->setColumnStretch(1, 1);
        grid->setColumnStretch(3, 1);
        grid->setContentsMargins(8, 4, 8, 4);
        layout->addLayout(grid);
        auto changed = [this] {
            if (m_syncing) return;
            DepthSettings d = m_model->depth();
            d.layers = m_layers->value();
            d.weight = weightAt(m_weight->value());
            d.input = inputAt(m_input->value());
            m_model->setDepth(d);
        };
        for (QSlider* s : {m_layers, m_weight, m_input}) {
            connect(s, &QSlider::valueChanged, this, changed);
            connect(s, &QSlider::sliderPressed, this, &DepthView::liveEditStarted);
            connect(s, &QSlider::sliderReleased, this, &DepthView::liveEditFinished);
        }
    }
    for (auto signal :
         {&SceneModel::depthChanged, &SceneModel::sceneReset, &SceneModel::themeChanged})
        connect(m_model, signal, this, &DepthView::refresh);
    for (auto signal : {&SceneModel::curveAdded, &SceneModel::curveRemoved,
                        &SceneModel::curveParametersChanged, &SceneModel::curveStyleChanged})
        connect(m_model, signal, this, &DepthView::refresh);
    retranslate();
}

void DepthView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void DepthView::retranslate() {
    m_plot->setAccessibleName(tr("Gradient through the depth of a network"));
    m_plot->setAccessibleDescription(
        tr("For each curve, the size of the gradient |d output / d input| after each layer of a "
           "chain of layers, on a logarithmic axis"));
    m_plot->xAxis->setLabel(tr("depth (layers)"));
    m_plot->yAxis->setLabel(tr("|d output / d input|"));
    if (m_labels[0] != nullptr) {
        m_labels[0]->setText(tr("Layers L"));
        m_labels[1]->setText(tr("Weight w"));
        m_labels[2]->setText(tr("Input x₀"));
        m_layers->setToolTip(tr("How many layers the chain has"));
        m_weight->setToolTip(tr("The weight w each layer multiplies its input by"));
        m_input->setToolTip(tr("The input x₀ to the first layer"));
    }
    refresh();
}

void DepthView::syncControls() {
    if (m_layers == nullptr) return;
    m_syncing = true;
    const DepthSettings& d = m_model->depth();
    m_layers->setValue(d.layers);
    m_weight->setValue(static_cast<int>(std::lround(d.weight / 0.05)));
    m_input->setValue(static_cast<int>(std::lround(d.input / 0.05)));
    m_values->setText(tr("L = %1, w = %2, x₀ = %3")
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
