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

/// Drawn points of every visible graph that fall into `rect` (pixels).
int pointsIn(const QCustomPlot* plot, const QRectF& rect) {
    int n = 0;
    for (int g = 0; g < plot->graphCount(); ++g) {
        const QCPGraph* graph = plot->graph(g);
        if (!graph->visible() || graph->data()->isEmpty()) continue;
        const QCPAxis* x = graph->keyAxis();
        const QCPAxis* y = graph->valueAxis();
        // Every fourth point is plenty to tell the corners apart.
        int k = 0;
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it, ++k) {
            if (k % 4 != 0 || std::isnan(it->value)) continue;
            if (rect.contains(x->coordToPixel(it->key), y->coordToPixel(it->value))) ++n;
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
    Qt::Alignment best = corners[0];
    int fewest = -1;
    for (Qt::Alignment corner : corners) {
        const double left = corner & Qt::AlignLeft ? area.left() : area.right() - size.width();
        const double top = corner & Qt::AlignTop ? area.top() : area.bottom() - size.height();
        const int n = pointsIn(plot, QRectF(left, top, size.width(), size.height()));
        if (fewest < 0 || n < fewest) {
            fewest = n;
            best = corner;
        }
    }
    const int total = std::max(1, pointsIn(plot, QRectF(area)));
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
