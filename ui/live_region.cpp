// SPDX-License-Identifier: GPL-3.0-or-later
#include "live_region.h"

#include "draft_items.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace actviz::ui {
namespace {

constexpr int kColumnWidth = 24; ///< width of the columns a line's extent is taken in
constexpr int kRowHeight = 4;    ///< height of the cells the region is made of
constexpr double kMargin = 2;    ///< antialiasing and rounding, in pixels

/// The viewport as a grid of cells kColumnWidth by kRowHeight pixels, each covered or not: the
/// region is built from it in one pass as bands of rectangles, as QRegion keeps them. (Adding
/// hundreds of overlapping rectangles to a QRegion one by one costs more than drawing them.)
class Cells {
public:
    explicit Cells(const QRect& viewport)
        : m_viewport(viewport)
        , m_columns(viewport.width() / kColumnWidth + 1)
        , m_rows(viewport.height() / kRowHeight + 1)
        , m_covered(static_cast<std::size_t>(m_columns * m_rows), 0) {}

    [[nodiscard]] const QRect& viewport() const { return m_viewport; }

    /// Covers every cell that `r` (widget pixels) touches.
    void cover(const QRect& r) {
        const QRect c = r & m_viewport;
        if (c.isEmpty()) return;
        const int c0 = (c.left() - m_viewport.left()) / kColumnWidth;
        const int c1 = (c.right() - m_viewport.left()) / kColumnWidth;
        const int r0 = (c.top() - m_viewport.top()) / kRowHeight;
        const int r1 = (c.bottom() - m_viewport.top()) / kRowHeight;
        for (int row = r0; row <= r1; ++row)
            std::fill_n(m_covered.begin() + static_cast<std::ptrdiff_t>(row) * m_columns + c0,
                        c1 - c0 + 1, 1);
    }

    /// The covered cells as a region: runs of covered cells in a row are one rectangle, and
    /// rows with the same runs one band.
    [[nodiscard]] QRegion region() const {
        std::vector<QRect> rects;
        std::vector<std::pair<int, int>> band, runs; // [first, last] columns
        int bandTop = 0;
        auto flush = [&](int bandEnd) { // rows bandTop to bandEnd - 1
            for (const auto& [first, last] : band) {
                const QRect r(QPoint(m_viewport.left() + first * kColumnWidth,
                                     m_viewport.top() + bandTop * kRowHeight),
                              QPoint(m_viewport.left() + (last + 1) * kColumnWidth - 1,
                                     m_viewport.top() + bandEnd * kRowHeight - 1));
                // Clipping changes the top and height of every rectangle of a band alike, as
                // QRegion::setRects requires.
                rects.push_back(r & m_viewport);
            }
        };
        for (int row = 0; row <= m_rows; ++row) {
            runs.clear();
            if (row < m_rows) {
                const auto* cells = m_covered.data() + static_cast<std::ptrdiff_t>(row) * m_columns;
                for (int c = 0; c < m_columns; ++c) {
                    if (cells[c] == 0) continue;
                    if (!runs.empty() && runs.back().second == c - 1)
                        runs.back().second = c;
                    else
                        runs.emplace_back(c, c);
                }
            }
            if (runs == band) continue;
            flush(row);
            band = runs;
            bandTop = row;
        }
        QRegion region;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        region.setRects(QSpan<const QRect>(rects));
#else
        if (!rects.empty()) region.setRects(rects.data(), static_cast<int>(rects.size()));
#endif
        return region;
    }

private:
    QRect m_viewport;
    int m_columns, m_rows;
    std::vector<unsigned char> m_covered;
};

/// The vertical extent of one item's lines in each column of the viewport.
class Columns {
public:
    explicit Columns(const QRect& viewport)
        : m_viewport(viewport)
        , m_lo(static_cast<std::size_t>(viewport.width() / kColumnWidth + 1),
               std::numeric_limits<double>::infinity())
        , m_hi(m_lo.size(), -std::numeric_limits<double>::infinity()) {}

    /// The segment a-b, with a pen `half` pixels thick on each side.
    void addSegment(QPointF a, QPointF b, double half) {
        if (!std::isfinite(a.x()) || !std::isfinite(a.y()) || !std::isfinite(b.x()) ||
            !std::isfinite(b.y()))
            return;
        if (a.x() > b.x()) std::swap(a, b);
        const int first = column(a.x() - half), last = column(b.x() + half);
        if (first == last) { // the usual case: a short segment
            const auto k = static_cast<std::size_t>(first);
            m_lo[k] = std::min(m_lo[k], std::min(a.y(), b.y()) - half);
            m_hi[k] = std::max(m_hi[k], std::max(a.y(), b.y()) + half);
            return;
        }
        const double slope = b.x() > a.x() ? (b.y() - a.y()) / (b.x() - a.x()) : 0.0;
        for (int c = first; c <= last; ++c) {
            // The segment's y over this column (or all of it, for a vertical one).
            double ya = a.y(), yb = b.y();
            if (b.x() > a.x()) {
                const double left =
                    std::clamp(m_viewport.left() + c * kColumnWidth - half, a.x(), b.x());
                const double right =
                    std::clamp(m_viewport.left() + (c + 1) * kColumnWidth + half, a.x(), b.x());
                ya = a.y() + slope * (left - a.x());
                yb = a.y() + slope * (right - a.x());
            }
            const auto k = static_cast<std::size_t>(c);
            m_lo[k] = std::min({m_lo[k], ya - half, yb - half});
            m_hi[k] = std::max({m_hi[k], ya + half, yb + half});
        }
    }

    /// Covers the columns' extents in `cells`.
    void coverIn(Cells& cells) const {
        const QRect& clip = cells.viewport();
        for (std::size_t k = 0; k < m_lo.size(); ++k) {
            // Clipped before rounding: a line far off the plot has coordinates beyond int's.
            const double top = std::max(m_lo[k], clip.top() - 1.0);
            const double bottom = std::min(m_hi[k], clip.bottom() + 1.0);
            if (top > bottom) continue;
            const int left = m_viewport.left() + static_cast<int>(k) * kColumnWidth;
            cells.cover(
                QRect(QPoint(left, static_cast<int>(std::floor(top))),
                      QPoint(left + kColumnWidth - 1, static_cast<int>(std::ceil(bottom)))));
        }
    }

private:
    [[nodiscard]] int column(double x) const {
        const double c = std::floor((x - m_viewport.left()) / kColumnWidth);
        return static_cast<int>(std::clamp(c, 0.0, static_cast<double>(m_lo.size() - 1)));
    }

    QRect m_viewport;
    std::vector<double> m_lo, m_hi;
};

/// `r` with a margin, in whole pixels, and clipped to `viewport` (with a margin) first: an item
/// far off the plot has coordinates beyond int's.
QRect outward(const QRectF& r, const QRect& viewport) {
    const QRectF bound = QRectF(viewport).adjusted(-8, -8, 8, 8);
    return (r.normalized().adjusted(-kMargin, -kMargin, kMargin, kMargin) & bound).toAlignedRect();
}

double halfPen(const QPen& pen) {
    return std::max(1.0, pen.widthF()) / 2.0 + kMargin;
}

/// A graph drawn as a line (the only kind the plot has); false for another style.
bool addGraphColumns(const QCPGraph* graph, Columns& columns) {
    if (graph->lineStyle() != QCPGraph::lsLine || graph->brush().style() != Qt::NoBrush ||
        graph->scatterStyle().shape() != QCPScatterStyle::ssNone)
        return false;
    const QCPAxis* keyAxis = graph->keyAxis();
    const QCPAxis* valueAxis = graph->valueAxis();
    if (keyAxis == nullptr || valueAxis == nullptr) return false;
    if (keyAxis->scaleType() != QCPAxis::stLinear || valueAxis->scaleType() != QCPAxis::stLinear ||
        keyAxis->orientation() != Qt::Horizontal)
        return false;
    // Linear axes: pixel = offset + scale * (coordinate - lower bound), as QCPAxis computes it
    // (measured from the range, not from 0, which a deep zoom far from 0 would cancel away).
    const QCPRange kr = keyAxis->range(), vr = valueAxis->range();
    const double kx0 = keyAxis->coordToPixel(kr.lower);
    const double kx1 = (keyAxis->coordToPixel(kr.upper) - kx0) / kr.size();
    const double vy0 = valueAxis->coordToPixel(vr.lower);
    const double vy1 = (valueAxis->coordToPixel(vr.upper) - vy0) / vr.size();
    const double half = halfPen(graph->pen());
    QPointF previous(NAN, NAN);
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        if (std::isnan(it->value)) {
            previous = QPointF(NAN, NAN);
            continue;
        }
        const QPointF p(kx0 + kx1 * (it->key - kr.lower), vy0 + vy1 * (it->value - vr.lower));
        columns.addSegment(std::isnan(previous.x()) ? p : previous, p, half);
        previous = p;
    }
    return true;
}

/// A box at least as large as the one a text item draws: a DraftLabel's own box, or for another
/// QCPItemText its text's lines as wide as the sum of their characters' advances (kerning only
/// narrows them) and the box aligned at its position, with room for rounding.
QRectF textBox(const QCPItemText* text) {
    const double pen = text->pen().style() == Qt::NoPen ? 0.0 : text->pen().widthF();
    const auto* label = dynamic_cast<const DraftLabel*>(text);
    if (const auto box = label != nullptr && label->draft ? label->draftBox() : std::nullopt)
        return box->adjusted(-pen - 1, -pen - 1, pen + 1, pen + 1);
    const QFontMetricsF metrics(text->font());
    double width = 0.0;
    const QStringList lines = text->text().split(QLatin1Char('\n'));
    for (const QString& line : lines)
        width = std::max(width, metrics.horizontalAdvance(line)); // (one layout: not drafted)
    const double height = metrics.lineSpacing() * static_cast<double>(lines.size());
    const QMargins pad = text->padding();
    QRectF box(0, 0, width + pad.left() + pad.right() + 2, height + pad.top() + pad.bottom() + 2);
    const QPointF at = text->position->pixelPosition();
    const Qt::Alignment align = text->positionAlignment();
    double x = at.x(), y = at.y();
    if (align & Qt::AlignHCenter)
        x -= box.width() / 2;
    else if (align & Qt::AlignRight)
        x -= box.width();
    if (align & Qt::AlignVCenter)
        y -= box.height() / 2;
    else if (align & Qt::AlignBottom)
        y -= box.height();
    box.moveTopLeft(QPointF(x, y));
    return box.adjusted(-pen - 1, -pen - 1, pen + 1, pen + 1);
}

} // namespace

QRegion layerRegion(const QCPLayer* layer, const QRect& viewport) {
    Cells cells(viewport);
    for (QCPLayerable* child : layer->children()) {
        // Each line's own columns: two curves far apart leave the plot between them alone.
        Columns columns(viewport);
        if (!child->realVisibility()) continue;
        bool known = true;
        if (const auto* graph = qobject_cast<const QCPGraph*>(child)) {
            known = addGraphColumns(graph, columns);
        } else if (const auto* line = dynamic_cast<const DraftLine*>(child)) {
            const QLineF l = line->visibleLine();
            if (!l.isNull()) columns.addSegment(l.p1(), l.p2(), halfPen(line->pen()));
        } else if (const auto* text = qobject_cast<const QCPItemText*>(child)) {
            cells.cover(outward(textBox(text), viewport));
            known = text->rotation() == 0.0;
        } else if (const auto* tracer = qobject_cast<const QCPItemTracer*>(child)) {
            // (One bound to a graph moves itself while it draws: its position now is stale.)
            known = tracer->graph() == nullptr && (tracer->style() == QCPItemTracer::tsNone ||
                                                   tracer->style() == QCPItemTracer::tsCircle ||
                                                   tracer->style() == QCPItemTracer::tsSquare);
            const QPointF c = tracer->position->pixelPosition();
            const double r = tracer->size() / 2.0 + tracer->pen().widthF();
            if (tracer->style() != QCPItemTracer::tsNone)
                cells.cover(outward(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), viewport));
        } else if (const auto* pixmap = qobject_cast<const QCPItemPixmap*>(child)) {
            // (QCPPainter shifts antialiased drawing by half a pixel: the margin covers it.)
            cells.cover(outward(
                QRectF(pixmap->topRight->pixelPosition(), pixmap->bottomLeft->pixelPosition())
                    .normalized()
                    .adjusted(-pixmap->pen().widthF(), -pixmap->pen().widthF(),
                              pixmap->pen().widthF(), pixmap->pen().widthF()),
                viewport));
        } else if (const auto* item = qobject_cast<const QCPAbstractLegendItem*>(child)) {
            cells.cover(outward(item->outerRect(), viewport)); // clipped to it when drawn
        } else {
            known = false;
        }
        if (!known) return {viewport};
        columns.coverIn(cells);
    }
    return cells.region();
}

QRegion opaqueRegion(const QCPLayer* layer) {
    QRegion region;
    for (QCPLayerable* child : layer->children()) {
        const auto* label = dynamic_cast<const DraftLabel*>(child);
        if (label == nullptr || !label->realVisibility()) continue;
        if (const auto inside = label->opaqueRect()) region += *inside;
    }
    return region;
}

} // namespace actviz::ui
