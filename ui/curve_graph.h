// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The graph every curve, derivative, gradient and ghost is drawn with: QCustomPlot's graph with a
// fast stroke for wide lines, and the helpers that fill it from sampled points. Include only in
// files that draw (it brings in qcustomplot.h).

#include "curve_data.h"

#include <qcustomplot.h>

#include <QRawFont>

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

protected:
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;
    void drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const override;
};

/// A straight line (a tangent) that, while it is dragged, draws as one-pixel unantialiased lines
/// like a CurveGraph in a draft, with its pen's dash pattern. Otherwise it draws as usual.
class StraightLine : public QCPItemStraightLine {
public:
    using QCPItemStraightLine::QCPItemStraightLine;
    bool draft = false;
    /// The part drawn (the line clipped to the axis rectangle, widget pixels), or a null line.
    [[nodiscard]] QLineF visibleLine() const;

protected:
    void draw(QCPPainter* painter) override;
};

/// A text item (a tangent's label) that, while it is dragged, draws its lines as glyph runs from
/// the font's own glyphs and advances, without shaping or laying the text out (the numbers change
/// at every step; a layout per step cost more than the curve). A text with a character the font
/// lacks, or a rotated one, draws as usual; so does every text outside a drag.
class LabelText : public QCPItemText {
public:
    using QCPItemText::QCPItemText;
    bool draft = false;

protected:
    void draw(QCPPainter* painter) override;

private:
    QRawFont m_raw;
    QFont m_rawFor; ///< the font m_raw was made from
};

/// The polyline p[0..n) without the points that lie within `tolerance` of the straight segment
/// that replaces them (sleeve fitting: one pass, the first and last points kept): every point
/// dropped is within `tolerance` of the line drawn.
void simplifyPolyline(const QPointF* p, int n, double tolerance, QVector<QPointF>& out);

/// A new CurveGraph on the plot's main axes.
[[nodiscard]] CurveGraph* newCurveGraph(QCustomPlot* plot);

/// Copies sampled points into a graph: NaN leaves a gap, infinities are clamped.
void setGraphData(QCPGraph* graph, const std::vector<double>& x, const std::vector<double>& y);

/// Cuts a graph's line at y = lo and y = hi: points outside become gaps, and where the line
/// crosses a bound a point on the bound is inserted. For vector exports, whose SVG has no clip
/// paths; the window clips while painting.
void clipGraphData(QCPGraph* graph, double lo, double hi);

} // namespace actviz::ui
