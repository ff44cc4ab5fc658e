// SPDX-License-Identifier: GPL-3.0-or-later
#include "tangent_overlay.h"

#include "curve_graph.h"
#include "draft_items.h"
#include "plot_style.h"
#include "scene_model.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"
#include "actviz/core/parity.h"

#include <QCoreApplication>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace actviz::ui {
namespace {

QString number(double v) {
    return v == 0.0 ? QStringLiteral("0") : QString::fromStdString(core::formatShort(v, 6));
}

constexpr double kLabelOffset = 12; ///< from the point to the label's nearest corner, in pixels

} // namespace

TangentOverlay::TangentOverlay(QCustomPlot* plot, SceneModel* model)
    : m_plot(plot)
    , m_model(model)
    , m_afterLayout(
          QObject::connect(plot, &QCustomPlot::afterLayout, plot, [this] { placeLabels(); })) {}

TangentOverlay::~TangentOverlay() {
    QObject::disconnect(m_afterLayout);
}

QCPItemStraightLine* TangentOverlay::line(int t) const {
    return t >= 0 && t < count() ? m_items[static_cast<size_t>(t)].line : nullptr;
}

QString TangentOverlay::label(int t) const {
    return t >= 0 && t < count() ? m_items[static_cast<size_t>(t)].label->text() : QString();
}

bool TangentOverlay::hasTangentOn(int curve) const {
    for (const Tangent& t : m_model->tangents())
        if (t.curve == curve) return true;
    return false;
}

void TangentOverlay::rebuild() {
    for (const Items& items : m_items) {
        m_plot->removeItem(items.line);
        m_plot->removeItem(items.point);
        m_plot->removeItem(items.label);
    }
    m_items.clear();
    const ThemeStyle style = themeStyle(m_model->theme());
    for (const Tangent& t : m_model->tangents()) {
        Items items{new DraftLine(m_plot), new QCPItemTracer(m_plot), new DraftLabel(m_plot)};
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
        // The label hangs beside the point, at any zoom (see placeLabels).
        items.label->position->setParentAnchor(items.point->position);
        items.label->position->setType(QCPItemPosition::ptAbsolute);
        items.label->position->setCoords(kLabelOffset, kLabelOffset);
        items.label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        items.label->setTextAlignment(Qt::AlignLeft);
        items.label->setFont(plotFont(style.fontPointSize));
        items.label->setColor(style.foreground);
        items.label->setBrush(style.labelBackground);
        items.label->setPen(QPen(color, 1.0));
        items.label->setPadding(labelPadding(items.label->font()));
        for (QCPAbstractItem* item :
             {static_cast<QCPAbstractItem*>(items.line), static_cast<QCPAbstractItem*>(items.point),
              static_cast<QCPAbstractItem*>(items.label)})
            item->setClipToAxisRect(true);
        m_items.push_back(items);
        if (t.curve == m_followed && m_followLayer != nullptr) setLayer(items, m_followLayer);
    }
    update();
}

bool TangentOverlay::update() {
    const auto& tangents = m_model->tangents();
    if (tangents.size() != m_items.size()) return false;
    for (std::size_t k = 0; k < tangents.size(); ++k) {
        const Tangent& t = tangents[k];
        const Items& items = m_items[k];
        const bool valid = t.curve >= 0 && t.curve < m_model->curveCount();
        const Curve* c = valid ? &m_model->curve(t.curve) : nullptr;
        const double f0 = c ? drawnFunction(*c).f(t.x0) : NAN;
        const double s = c ? drawnFunction(*c).df(t.x0) : NAN;
        const bool drawable =
            c && c->visible && std::isfinite(f0) && std::isfinite(s) && std::fabs(f0) < kDrawClamp;
        items.line->point1->setCoords(t.x0, drawable ? f0 : 0.0);
        items.line->point2->setCoords(t.x0 + 1.0, drawable ? f0 + s : 0.0);
        items.point->position->setCoords(t.x0, drawable ? f0 : 0.0);
        items.label->setText(
            tr("x₀ = %1\nf(x₀) = %2\nf′(x₀) = %3").arg(number(t.x0), number(f0), number(s)));
        items.line->setVisible(drawable);
        items.point->setVisible(drawable);
        items.label->setVisible(drawable);
    }
    placeLabels();
    return true;
}

void TangentOverlay::placeLabels() {
    const QRectF area = m_plot->axisRect()->rect();
    std::vector<QRectF> placed;
    // The legend, where it lies over the plot, is drawn over the labels: they keep clear of it.
    if (const QCPLegend* legend = m_plot->legend; legend != nullptr && legend->realVisibility() &&
                                                  QRectF(legend->outerRect()).intersects(area))
        placed.emplace_back(legend->outerRect());
    // During a drag only the dragged curve's labels are drawn anew: the others stay where the
    // window shows them, and the moving ones keep clear of them.
    auto moves = [this](const Items& items) {
        return m_followLayer == nullptr || items.label->layer() == m_followLayer;
    };
    for (const Items& items : m_items)
        if (!moves(items) && items.label->visible())
            if (const auto box = items.label->draftBox())
                placed.push_back(box->adjusted(-2, -2, 2, 2));
    for (const Items& items : m_items) {
        DraftLabel* label = items.label;
        if (!moves(items) || !label->visible()) continue;
        const auto box = label->draftBox(); // its size (a text the fast layout lacks stays)
        if (!box) continue;
        const QPointF at = items.point->position->pixelPosition();
        const std::pair<int, int> corners[] = {{1, 1}, {-1, 1}, {1, -1}, {-1, -1}};
        // The box at a corner of the point, with room for its border and a gap.
        auto boxAt = [&](std::pair<int, int> corner) {
            const auto [sx, sy] = corner;
            return QRectF(QPointF(at.x() + sx * kLabelOffset - (sx < 0 ? box->width() : 0.0),
                                  at.y() + sy * kLabelOffset - (sy < 0 ? box->height() : 0.0)),
                          box->size())
                .adjusted(-2, -2, 2, 2);
        };
        // The first corner with the least of the box hidden: cut off by the axis rectangle's edge
        // (which counts double) or covering the legend and the labels placed before.
        auto hidden = [&](const QRectF& r) {
            const QRectF in = r & area;
            double cost = 2.0 * (r.width() * r.height() - in.width() * in.height());
            for (const QRectF& p : placed) {
                const QRectF both = r & p;
                cost += both.width() * both.height();
            }
            return cost;
        };
        std::pair<int, int> chosen = corners[0];
        double least = hidden(boxAt(chosen));
        for (const auto& corner : corners) {
            const double cost = hidden(boxAt(corner));
            if (cost < least) {
                least = cost;
                chosen = corner;
            }
        }
        const auto [sx, sy] = chosen;
        label->position->setCoords(sx * kLabelOffset, sy * kLabelOffset);
        label->setPositionAlignment((sx > 0 ? Qt::AlignLeft : Qt::AlignRight) |
                                    (sy > 0 ? Qt::AlignTop : Qt::AlignBottom));
        placed.push_back(boxAt(chosen));
    }
}

void TangentOverlay::follow(int curve, QCPLayer* layer) {
    m_followed = curve;
    m_followLayer = layer;
    QCPLayer* main = m_plot->layer(QStringLiteral("main"));
    const auto& tangents = m_model->tangents();
    for (std::size_t k = 0; k < m_items.size() && k < tangents.size(); ++k)
        setLayer(m_items[k], curve >= 0 && tangents[k].curve == curve ? layer : main);
}

void TangentOverlay::setLayer(const Items& items, QCPLayer* layer) {
    items.line->setLayer(layer);
    // Drawn at every step of a drag.
    items.line->draft = layer == m_followLayer && layer != nullptr;
    items.label->draft = items.line->draft;
    items.point->setLayer(layer);
    items.label->setLayer(layer);
}

int TangentOverlay::at(const QPoint& pos) const {
    for (int t = 0; t < count(); ++t) {
        const Items& items = m_items[static_cast<size_t>(t)];
        if (items.point->visible() &&
            QLineF(items.point->position->pixelPosition(), pos).length() <= 10.0)
            return t;
    }
    return -1;
}

int TangentOverlay::curveAt(const QPoint& pos) const {
    const double x = m_plot->xAxis->pixelToCoord(pos.x());
    int best = -1;
    double bestDistance = 8.0; // pixels
    for (int i = 0; i < m_model->curveCount(); ++i) {
        const Curve& c = m_model->curve(i);
        if (!c.visible) continue;
        const double y = drawnFunction(c).f(x);
        if (!std::isfinite(y)) continue;
        const double d = std::fabs(
            m_plot->yAxis->coordToPixel(std::clamp(y, -kDrawClamp, kDrawClamp)) - pos.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

bool TangentOverlay::handleMouse(QMouseEvent* e) {
    const QPoint pos = e->position().toPoint();
    const double x = m_plot->xAxis->pixelToCoord(pos.x());
    if (e->type() == QEvent::MouseButtonPress) {
        if (!m_plot->axisRect()->rect().contains(pos)) return false;
        const int t = at(pos);
        if (e->button() == Qt::RightButton && t >= 0) {
            m_model->removeTangent(t);
            return true;
        }
        if (e->button() != Qt::LeftButton) return false;
        if (t >= 0) {
            m_dragged = t;
        } else if (const int c = curveAt(pos); c >= 0) {
            m_dragged = m_model->addTangent(c, x);
            if (m_dragged < 0) return false; // the scene holds all the tangents it can
        } else {
            return false;
        }
        m_plot->setInteraction(QCP::iRangeDrag, false);
        return true;
    }
    if (e->type() == QEvent::MouseMove && m_dragged >= 0) {
        m_model->moveTangent(m_dragged, x);
        return true;
    }
    if (e->type() == QEvent::MouseButtonRelease && m_dragged >= 0) {
        m_dragged = -1;
        m_plot->setInteraction(QCP::iRangeDrag, true);
        return true;
    }
    return false;
}

} // namespace actviz::ui
