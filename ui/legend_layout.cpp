// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend_layout.h"

#include <qcustomplot.h>

#include <array>
#include <cmath>

namespace actviz::ui {
namespace {

/// The legend may cover this share of the data rectangle when it sits inside ...
constexpr double kMaxInsideShare = 0.12;
/// ... or up to this share when its corner holds next to none of the drawn points.
constexpr double kMaxInsideShareOverEmpty = 0.35;
constexpr double kEmptyCorner = 0.005; ///< share of the drawn points that counts as none
/// Below the plot, the legend leaves the plot at least this share of the height ...
constexpr double kMinPlotShareBelow = 0.6;
/// ... making its type smaller for that, down to this size.
constexpr double kSmallestBelowPointSize = 7.0;
/// Properties of the legend: its type size before it was made smaller, and the smaller one.
constexpr const char* kOwnFont = "actvizOwnFont";
constexpr const char* kSmallerFont = "actvizSmallerFont";

/// The pixel coordinate of `value` on `axis`: for a linear axis (every axis of the plot) as
/// QCPAxis::coordToPixel computes it, measured from the range's lower bound, without its checks
/// per call.
class PixelMap {
public:
    explicit PixelMap(const QCPAxis* axis)
        : m_axis(axis)
        , m_range(axis->range()) {
        m_linear = axis->scaleType() == QCPAxis::stLinear && m_range.size() > 0;
        if (!m_linear) return;
        m_origin = axis->coordToPixel(m_range.lower);
        m_scale = (axis->coordToPixel(m_range.upper) - m_origin) / m_range.size();
    }
    [[nodiscard]] double operator()(double value) const {
        return m_linear ? m_origin + m_scale * (value - m_range.lower)
                        : m_axis->coordToPixel(value);
    }

private:
    const QCPAxis* m_axis;
    QCPRange m_range;
    bool m_linear = false;
    double m_origin = 0.0, m_scale = 0.0;
};

/// Drawn points of every visible graph that fall into each of `rects` (pixels), counted in one
/// pass over the data.
template <std::size_t N>
std::array<int, N> pointsIn(const QCustomPlot* plot, const std::array<QRectF, N>& rects) {
    std::array<int, N> n{};
    for (int g = 0; g < plot->graphCount(); ++g) {
        const QCPGraph* graph = plot->graph(g);
        if (!graph->visible() || graph->data()->isEmpty()) continue;
        const bool keyIsX = graph->keyAxis()->orientation() == Qt::Horizontal;
        const PixelMap key(graph->keyAxis()), value(graph->valueAxis());
        // Every fourth point is plenty to tell the corners apart.
        int k = 0;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it, ++k) {
            if (k % 4 != 0 || std::isnan(it->value)) continue;
            const double a = key(it->key), b = value(it->value);
            const QPointF p = keyIsX ? QPointF(a, b) : QPointF(b, a);
            for (std::size_t r = 0; r < N; ++r)
                if (rects[r].contains(p)) ++n[r];
        }
    }
    return n;
}

void moveInside(QCustomPlot* plot) {
    QCPLegend* legend = plot->legend;
    if (legendInside(plot)) return;
    plot->plotLayout()->take(legend);
    plot->plotLayout()->simplify();
    plot->axisRect()->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignLeft);
    legend->setWrap(0);
    legend->setFillOrder(QCPLayoutGrid::foRowsFirst, true); // one column again
    legend->setMargins(QMargins(7, 5, 7, 4));
}

/// Lays the plot out now (as a replot does first), so that the data rectangle and the pixel
/// positions of the points are those of the plot about to be drawn.
void layOut(QCustomPlot* plot) {
    for (auto phase :
         {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        plot->plotLayout()->update(phase);
}

void moveBelow(QCustomPlot* plot, int columns) {
    QCPLegend* legend = plot->legend;
    if (legendInside(plot)) {
        plot->axisRect()->insetLayout()->take(legend);
        plot->plotLayout()->addElement(1, 0, legend);
        plot->plotLayout()->setRowStretchFactor(1, 0.001);
    }
    // The wrap first: rearranging the items fills them into that many columns.
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    legend->setMargins(QMargins(7, 4, 7, 4));
}

} // namespace

bool legendInside(const QCustomPlot* plot) {
    return plot->axisRect()->insetLayout()->elements(false).contains(plot->legend);
}

void placeLegend(QCustomPlot* plot) {
    QCPLegend* legend = plot->legend;
    if (!legend->visible() || legend->itemCount() == 0) return;
    // Type made smaller for an earlier placement goes back to the legend's own size (unless the
    // theme has set another since).
    if (legend->property(kSmallerFont).isValid()) {
        if (legend->property(kSmallerFont).value<QFont>() == legend->font())
            legend->setFont(legend->property(kOwnFont).value<QFont>());
        legend->setProperty(kSmallerFont, QVariant());
        legend->setProperty(kOwnFont, QVariant());
    }
    // Inside first, laid out: the data rectangle is then the whole plot less its axes.
    moveInside(plot);
    layOut(plot);
    const QRect area = plot->axisRect()->rect();
    if (area.width() < 50 || area.height() < 50) return;
    const QSize size = legend->minimumOuterSizeHint();
    const double share =
        static_cast<double>(size.width()) * size.height() / (double(area.width()) * area.height());
    const std::array<Qt::Alignment, 4> corners{
        Qt::AlignTop | Qt::AlignLeft, Qt::AlignTop | Qt::AlignRight,
        Qt::AlignBottom | Qt::AlignLeft, Qt::AlignBottom | Qt::AlignRight};
    // The four corners the legend could take, and the whole data rectangle (the last).
    std::array<QRectF, corners.size() + 1> rects;
    for (std::size_t c = 0; c < corners.size(); ++c) {
        const double left = corners[c] & Qt::AlignLeft ? area.left() : area.right() - size.width();
        const double top = corners[c] & Qt::AlignTop ? area.top() : area.bottom() - size.height();
        rects[c] = QRectF(left, top, size.width(), size.height());
    }
    rects.back() = QRectF(area);
    const auto counts = pointsIn(plot, rects);
    Qt::Alignment best = corners[0];
    int fewest = -1;
    for (std::size_t c = 0; c < corners.size(); ++c) {
        if (fewest < 0 || counts[c] < fewest) {
            fewest = counts[c];
            best = corners[c];
        }
    }
    const int total = std::max(1, counts.back());
    const bool empty = fewest <= kEmptyCorner * total;
    const bool fits = size.width() <= area.width() * 0.75 && size.height() <= area.height() * 0.6;
    if (fits && (share <= kMaxInsideShare || (empty && share <= kMaxInsideShareOverEmpty))) {
        plot->axisRect()->insetLayout()->setInsetAlignment(0, best);
        return;
    }
    // Below, in as many columns as the width holds; in a small window with large type (the
    // presentation theme at 800x600) the entries get smaller type until they leave the plot at
    // least kMinPlotShareBelow of the height.
    const int maxHeight = static_cast<int>((1.0 - kMinPlotShareBelow) * plot->viewport().height());
    for (;;) {
        int widest = 1;
        for (int i = 0; i < legend->itemCount(); ++i)
            if (const QCPAbstractLegendItem* item = legend->item(i)) // a wrapped grid has holes
                widest = std::max(widest, item->minimumOuterSizeHint().width());
        moveBelow(plot, std::max(1, (plot->viewport().width() - 20) / (widest + 8)));
        QFont font = legend->font();
        if (legend->minimumOuterSizeHint().height() <= maxHeight ||
            font.pointSizeF() <= kSmallestBelowPointSize)
            break;
        font.setPointSizeF(std::max(kSmallestBelowPointSize, font.pointSizeF() * 0.85));
        if (!legend->property(kOwnFont).isValid()) legend->setProperty(kOwnFont, legend->font());
        legend->setFont(font);
        legend->setProperty(kSmallerFont, font);
    }
}

} // namespace actviz::ui
