// SPDX-License-Identifier: GPL-3.0-or-later
#include "ghost_overlay.h"

#include "catalogue_text.h"
#include "curve_graph.h"
#include "plot_style.h"
#include "scene_model.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"

#include <QElapsedTimer>
#include <QPainter>

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
    if (m_pixmap != nullptr) m_plot->removeItem(m_pixmap);
    m_pixmap = nullptr;
    m_pixmapTime = 0;
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
            graph->removeFromLegend();
            // Beneath every curve, on a layer a drag does not redraw: most ghosts do not move
            // while their parameter does (resample lifts those that do).
            graph->setLayer(m_plot->layer(QStringLiteral("grid")));
            m_ghosts.push_back({i, k, graph});
        }
    }
    if (m_ghosts.empty()) return;
    m_text = new QCPItemText(m_plot);
    m_text->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_text->position->setCoords(0.99, 0.98);
    m_text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_text->setTextAlignment(Qt::AlignLeft);
    m_text->setFont(plotFont(style.fontPointSize));
    m_text->setColor(style.foreground);
    m_text->setBrush(style.legendBackground);
    m_text->setPen(QPen(style.grid));
    m_text->setPadding(QMargins(8, 6, 8, 6));
    if (live >= 0 && !always) {
        m_text->setVisible(false); // keeps the text for text(); the pixmap shows it
        m_pixmap = new QCPItemPixmap(m_plot);
        m_pixmap->setLayer(liveLayer);
        m_pixmap->topLeft->setType(QCPItemPosition::ptAbsolute);
        m_pixmap->setClipToAxisRect(false);
    }
}

void GhostOverlay::resample(const std::vector<QCPGraph*>& curveGraphs, int live,
                            QCPLayer* liveLayer) {
    if (m_ghosts.empty()) return;
    QStringList lines;
    for (const Ghost& g : m_ghosts) {
        const Curve& c = m_model->curve(g.curve);
        const core::Ghost& ghost = c.function->ghosts[g.ghost];
        // On the curve's own samples (the view's grid plus its kinks): the ghost's points, and
        // the largest distance between the two, without evaluating the curve again.
        const auto data = curveGraphs[static_cast<size_t>(g.curve)]->data();
        m_x.resize(static_cast<std::size_t>(data->size()));
        m_g.resize(m_x.size());
        double worst = 0.0;
        std::size_t k = 0;
        for (auto it = data->constBegin(); it != data->constEnd(); ++it, ++k) {
            m_x[k] = it->key;
            m_g[k] = ghost.g(it->key, c.params.data());
            // The gaps of a dash-dotted curve are not part of the distance.
            if (std::isnan(it->value)) continue;
            const double d = std::fabs(it->value - m_g[k]);
            if (d > worst || std::isnan(d)) worst = d;
        }
        // A ghost that does not depend on the moving parameter keeps its samples and its layer,
        // so that a drag does not redraw the still image: the curve's samples move with the
        // parameter, the ghost's values at its own samples do not.
        const auto old = g.graph->data();
        // (Refilled when the range or the resolution has changed.)
        bool same = !m_x.empty() && !old->isEmpty() && old->constBegin()->key == m_x.front() &&
                    (old->constEnd() - 1)->key == m_x.back() &&
                    4 * static_cast<std::size_t>(old->size()) >= 3 * m_x.size();
        for (auto it = old->constBegin(); same && it != old->constEnd(); ++it) {
            const double v = std::clamp(ghost.g(it->key, c.params.data()), -kDrawClamp, kDrawClamp);
            same = it->value == v || (std::isnan(it->value) && std::isnan(v));
        }
        if (!same) {
            auto* graph = static_cast<CurveGraph*>(g.graph);
            const bool moved = !g.graph->data()->isEmpty(); // not the first filling
            if (moved && g.curve == live && graph->layer() != liveLayer) {
                graph->setLayer(liveLayer); // it moves with the drag
                graph->draft = true;
                graph->thinDraft = true;
            }
            setGraphData(g.graph, m_x, m_g);
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
    if (m_pixmap != nullptr) drawPixmap(joined);
}

void GhostOverlay::clip(double lo, double hi) {
    for (const Ghost& g : m_ghosts)
        clipGraphData(g.graph, lo, hi);
}

void GhostOverlay::drawPixmap(const QString& text) {
    if (!m_clock.isValid()) m_clock.start();
    const qint64 now = m_clock.elapsed() + 1;
    if (m_pixmapTime != 0 && now - m_pixmapTime < 80) return;
    m_pixmapTime = now;
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
    m_pixmap->setPixmap(pm);
    const QRect area = m_plot->axisRect()->rect();
    const QSize size = pm.size() / dpr;
    m_pixmap->topLeft->setCoords(area.right() - size.width() - 8,
                                 area.bottom() - size.height() - 8);
}

} // namespace actviz::ui
