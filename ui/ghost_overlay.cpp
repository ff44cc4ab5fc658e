// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghost_overlay.h"

#include "catalogue_text.h"
#include "curve_graph.h"
#include "draft_items.h"
#include "plot_style.h"
#include "scene_model.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"

#include <cmath>

namespace actviz::ui {

GhostOverlay::GhostOverlay(QCustomPlot* plot, const SceneModel* model)
    : m_plot(plot)
    , m_model(model) {}

QCPGraph* GhostOverlay::graph(int k) const {
    return k >= 0 && k < count() ? m_ghosts[static_cast<size_t>(k)].graph : nullptr;
}

QString GhostOverlay::text() const {
    return m_text != nullptr ? m_text->text() : QString();
}

void GhostOverlay::rebuild(bool always, int live, QCPLayer* liveLayer) {
    for (const Ghost& g : m_ghosts)
        m_plot->removeGraph(g.graph);
    m_ghosts.clear();
    if (m_text != nullptr) m_plot->removeItem(m_text);
    m_text = nullptr;
    const ThemeStyle style = themeStyle(m_model->theme());
    for (int i = 0; i < m_model->curveCount(); ++i) {
        const Curve& c = m_model->curve(i);
        if (!(always || i == live) || !c.visible) continue;
        for (std::size_t k = 0; k < c.function->ghosts.size(); ++k) {
            CurveGraph* graph = newCurveGraph(m_plot);
            // Faint but opaque (blended with the background by hand): translucent pens would
            // darken where the fast stroke overlaps itself.
            const QColor bg = style.background;
            const QColor faint = QColor::fromRgbF(0.35f * c.color.redF() + 0.65f * bg.redF(),
                                                  0.35f * c.color.greenF() + 0.65f * bg.greenF(),
                                                  0.35f * c.color.blueF() + 0.65f * bg.blueF());
            graph->setPen(
                QPen(faint, style.curveWidth * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            // Beneath every curve, on a layer a drag does not redraw: most ghosts do not move
            // while their parameter does (resample lifts those that do).
            graph->setLayer(m_plot->layer(QStringLiteral("grid")));
            m_ghosts.push_back({i, k, graph, 0});
        }
    }
    if (m_ghosts.empty()) return;
    m_text = new DraftLabel(m_plot);
    m_text->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_text->position->setCoords(0.99, 0.98);
    m_text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_text->setTextAlignment(Qt::AlignLeft);
    m_text->setFont(plotFont(style.fontPointSize));
    m_text->setColor(style.foreground);
    m_text->setBrush(style.labelBackground);
    m_text->setPen(QPen(style.grid));
    m_text->setPadding(labelPadding(m_text->font()));
    if (live >= 0) { // redrawn at every step, with the current distance
        m_text->setLayer(liveLayer);
        m_text->draft = true;
    }
}

void GhostOverlay::resample(const std::vector<QCPGraph*>& curveGraphs, int live,
                            QCPLayer* liveLayer) {
    if (m_ghosts.empty()) return;
    QStringList lines;
    for (Ghost& g : m_ghosts) {
        const Curve& c = m_model->curve(g.curve);
        const core::Ghost& ghost = c.function->ghosts[g.ghost];
        // On the curve's own samples (the view's grid plus its kinks): the ghost's points.
        const auto data = curveGraphs[static_cast<size_t>(g.curve)]->data();
        m_x.resize(static_cast<std::size_t>(data->size()));
        m_g.resize(m_x.size());
        std::size_t k = 0;
        for (auto it = data->constBegin(); it != data->constEnd(); ++it, ++k) {
            m_x[k] = it->key;
            m_g[k] = ghost.g(it->key, c.params.data());
        }
        // The largest distance over the view, including gaps narrower than a pixel (SMU's
        // corner at a large mu), which the drawn samples would miss. (A coarse grid is enough
        // to find the hump that the search then refines: this runs at every step of a drag.)
        const QCPRange view = m_plot->xAxis->range();
        const double worst =
            core::ghostDistance(*c.function, c.params, ghost, view.lower, view.upper, 257);
        // A ghost that does not depend on the moving parameter keeps its samples and its layer,
        // so that a drag does not redraw the still image: the curve's samples move with the
        // parameter, the ghost's values at its own samples do not. It is sampled anew when the
        // view's range or width has changed (a full replot then draws it).
        const auto old = g.graph->data();
        const int width = m_plot->axisRect()->width();
        const bool sameGrid = !m_x.empty() && !old->isEmpty() && g.width == width &&
                              old->constBegin()->key == m_x.front() &&
                              (old->constEnd() - 1)->key == m_x.back();
        bool same = sameGrid;
        for (auto it = old->constBegin(); same && it != old->constEnd(); ++it) {
            const double v = std::clamp(ghost.g(it->key, c.params.data()), -kDrawClamp, kDrawClamp);
            same = it->value == v || (std::isnan(it->value) && std::isnan(v));
        }
        if (!same) {
            auto* graph = static_cast<CurveGraph*>(g.graph);
            // On the same grid, the parameter moved it: it moves with the drag.
            if (sameGrid && g.curve == live && graph->layer() != liveLayer) {
                graph->setLayer(liveLayer);
                graph->draft = true;
                graph->thinDraft = true;
            }
            setGraphData(g.graph, m_x, m_g);
            g.width = width;
        }
        QString label = catalogueText(ghost.label);
        label.replace(QLatin1String("alpha"), QStringLiteral("α"))
            .replace(QLatin1String("beta"), QStringLiteral("β"))
            .replace(QLatin1String("mu"), QStringLiteral("μ"))
            .replace(QLatin1String("-> inf"), QStringLiteral("-> infinity"));
        // Only glyphs the plot font has: a fallback font lookup at every drag step costs more
        // than drawing the curve.
        lines << tr("%1 -> %2: max |f - g| = %3")
                     .arg(qs(c.function->name), label,
                          QString::fromStdString(core::formatShort(worst, 6)));
    }
    const QString joined = lines.join(QLatin1Char('\n'));
    if (m_text != nullptr) m_text->setText(joined);
}

void GhostOverlay::clip(double lo, double hi) {
    for (const Ghost& g : m_ghosts)
        clipGraphData(g.graph, lo, hi);
}

} // namespace actviz::ui
