// SPDX-License-Identifier: GPL-3.0-or-later
#include "curve_graph.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace actviz::ui {
namespace {

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

} // namespace

double deviceScale(const QCPPainter* painter) {
    return std::max(1e-3, std::abs(painter->transform().m11()));
}

std::vector<QPointF> discOffsets(const QCPPainter* painter, double width, bool draft,
                                 bool thinDraft) {
    const double scale = deviceScale(painter);
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

void simplifyPolyline(const QPointF* p, int n, double tolerance, QVector<QPointF>& out) {
    if (n <= 2) {
        for (int i = 0; i < n; ++i)
            out.append(p[i]);
        return;
    }
    // Sleeve fitting: from the last kept point (the anchor), every direction between the unit
    // vectors lo and hi (counterclockwise) passes within the tolerance of each point since. A
    // point whose direction falls outside, or that turns back towards the anchor, ends the
    // segment at the point before it.
    auto cross = [](QPointF a, QPointF b) { return a.x() * b.y() - a.y() * b.x(); };
    QPointF anchor = p[0], lo, hi;
    bool coned = false;
    double reach = 0.0;
    out.append(anchor);
    for (int i = 1, last = 0; i < n; ++i) {
        for (int attempt = 0; attempt < 2; ++attempt) {
            const QPointF d = p[i] - anchor;
            const double r = std::sqrt(d.x() * d.x() + d.y() * d.y());
            // Not back towards the anchor: a point short of one before it would be dropped
            // beside the segment rather than on it.
            bool inside = r >= reach;
            if (inside && r > tolerance) {
                const QPointF u = d / r;
                // The directions within the tolerance of this point: u turned by +-asin(s).
                const double s = tolerance / r, c = std::sqrt(1.0 - s * s);
                const QPointF a(u.x() * c + u.y() * s, u.y() * c - u.x() * s);
                const QPointF b(u.x() * c - u.y() * s, u.y() * c + u.x() * s);
                if (!coned) {
                    lo = a;
                    hi = b;
                    coned = true;
                } else {
                    inside = cross(lo, u) >= 0.0 && cross(u, hi) >= 0.0;
                    if (inside) {
                        if (cross(lo, a) > 0.0) lo = a;
                        if (cross(b, hi) > 0.0) hi = b;
                    }
                }
            }
            if (inside) {
                reach = std::max(reach, r);
                break;
            }
            // Outside the sleeve: keep the previous point, and try this one from it.
            anchor = p[last];
            out.append(anchor);
            coned = false;
            reach = 0.0;
        }
        last = i;
    }
    if (out.last() != p[n - 1]) out.append(p[n - 1]);
}

void CurveGraph::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const {
    QPen pen = legendPen.style() == Qt::NoPen ? mPen : legendPen;
    pen.setColor(mPen.color());
    pen.setWidthF(mPen.widthF());
    applyDefaultAntialiasingHint(painter);
    painter->setPen(pen);
    painter->drawLine(QLineF(rect.left(), rect.center().y(), rect.right(), rect.center().y()));
}

void CurveGraph::drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const {
    if (stock || painter->modes().testFlag(QCPPainter::pmVectorized)) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    const QPen wide = painter->pen();
    if (wide.style() == Qt::NoPen || lines.size() < 2) return;
    // A wide line as a few one-pixel lines offset over a disc: the cosmetic stroker is an order
    // of magnitude faster than stroking a wide pen. Antialiased, except in a draft.
    QPen thin(wide.color(), 0);
    thin.setCosmetic(true);
    painter->setPen(thin);
    painter->setAntialiasing(!draft);
    // Each run once, without the points that lie (within a fraction of a device pixel) on a
    // straight segment between others: the stroker's cost is per segment, and a smooth curve
    // sampled twice per pixel is mostly straight at that scale.
    const double tolerance = (draft ? 0.25 : 0.05) / deviceScale(painter);
    m_points.clear();
    m_runs.clear();
    forEachRun(lines, [&](const QPointF* p, int n) {
        const auto start = static_cast<int>(m_points.size());
        simplifyPolyline(p, n, tolerance, m_points);
        m_runs.emplace_back(start, static_cast<int>(m_points.size()) - start);
    });
    for (const QPointF& offset : discOffsets(painter, wide.widthF(), draft, thinDraft)) {
        painter->save();
        painter->translate(offset);
        for (const auto& [start, count] : m_runs)
            painter->drawPolyline(m_points.constData() + start, count);
        painter->restore();
    }
    painter->setPen(wide);
}

CurveGraph* newCurveGraph(QCustomPlot* plot, QCPAxis* valueAxis) {
    auto* graph = new CurveGraph(plot->xAxis, valueAxis != nullptr ? valueAxis : plot->yAxis);
    // The data is sampled for the plot's width already. QCustomPlot's adaptive sampling (on
    // when there are more than two points per pixel, as in a narrow plot) would draw each
    // pixel column's minimum to maximum as one line, across the gap at a jump of f'.
    graph->setAdaptiveSampling(false);
    return graph;
}

void setGraphData(QCPGraph* graph, const std::vector<double>& x, const std::vector<double>& y) {
    QVector<QCPGraphData> data(static_cast<qsizetype>(x.size()));
    for (std::size_t i = 0; i < x.size(); ++i)
        data[static_cast<qsizetype>(i)] =
            QCPGraphData(x[i], std::isnan(y[i]) ? y[i] : std::clamp(y[i], -kDrawClamp, kDrawClamp));
    graph->data()->set(data, true);
}

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

} // namespace actviz::ui
