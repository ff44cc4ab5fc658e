// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The graph every curve, derivative, gradient and ghost is drawn with: QCustomPlot's graph with a
// fast stroke for wide lines, and the helpers that fill it from sampled points. Include only in
// files that draw (it brings in qcustomplot.h).

#include "curve_data.h"

#include <qcustomplot.h>

#include <utility>
#include <vector>

namespace actviz::ui {

/// Beyond this QCustomPlot's pixel transforms overflow: drawn values are clamped to it.
inline constexpr double kDrawClamp = 1e200;

/// A graph that, while it is dragged, draws its wide line as a few one-pixel polylines offset
/// over a small disc: the raster engine's fastest path (cosmetic, unantialiased), about ten times
/// faster than stroking a wide pen, and the same thickness. Otherwise it draws as usual.
class CurveGraph : public QCPGraph {
public:
    using QCPGraph::QCPGraph;
    bool draft = false;
    bool thinDraft = false; ///< drafts as a single one-pixel line (ghosts: faint anyway)
    bool stock = false;     ///< QCustomPlot's own drawing (the benchmark's baseline)
    QPen legendPen;         ///< the pattern the data's gaps draw, for the legend icon

    /// (Public: a DraftLegendItem draws it.)
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

protected:
    void drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const override;

private:
    // The simplified runs of the last drawing (reused: no allocation per frame).
    mutable QVector<QPointF> m_points;
    mutable std::vector<std::pair<int, int>> m_runs; ///< start and count in m_points
};

/// Appends to `out` the polyline p[0..n) without the points that lie within `tolerance` of the
/// straight segment that replaces them (sleeve fitting: one pass, the first and last points
/// kept): every point dropped is within `tolerance` of the line drawn.
void simplifyPolyline(const QPointF* p, int n, double tolerance, QVector<QPointF>& out);

/// Device pixels per logical unit of the painter.
[[nodiscard]] double deviceScale(const QCPPainter* painter);

/// Where to put the one-pixel lines that draw a line `width` wide, in logical units: rings of
/// about one device pixel spacing (so exports at 2x or 4x get lines as thick as on screen), or a
/// whole-device-pixel cross in a draft (one line for a thin draft).
[[nodiscard]] std::vector<QPointF> discOffsets(const QCPPainter* painter, double width, bool draft,
                                               bool thinDraft);

/// A new CurveGraph on the plot's main axes (or on `valueAxis` for y).
[[nodiscard]] CurveGraph* newCurveGraph(QCustomPlot* plot, QCPAxis* valueAxis = nullptr);

/// Copies sampled points into a graph: NaN leaves a gap, infinities are clamped.
void setGraphData(QCPGraph* graph, const std::vector<double>& x, const std::vector<double>& y);

/// Cuts a graph's line at y = lo and y = hi: points outside become gaps, and where the line
/// crosses a bound a point on the bound is inserted. For vector exports, whose SVG has no clip
/// paths; the window clips while painting.
void clipGraphData(QCPGraph* graph, double lo, double hi);

} // namespace actviz::ui
