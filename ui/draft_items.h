// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plot items drawn at every step of a drag, with a fast path while they move (`draft`): a
// tangent's line and the labels that follow a drag (a tangent's values, the ghosts' distance).
// Outside a drag, and in vector exports, they draw as QCustomPlot's own items do.

#include <qcustomplot.h>

#include <QRawFont>

#include <optional>

namespace actviz::ui {

/// A straight line (a tangent) that, while it is dragged, draws as one-pixel unantialiased lines
/// like a CurveGraph in a draft, with its pen's dash pattern.
class DraftLine : public QCPItemStraightLine {
public:
    using QCPItemStraightLine::QCPItemStraightLine;
    bool draft = false;
    /// The part drawn (the line clipped to the axis rectangle, widget pixels), or a null line.
    [[nodiscard]] QLineF visibleLine() const;

protected:
    void draw(QCPPainter* painter) override;
};

/// A text item that, while it is dragged, draws its lines as glyph runs from the font's own
/// glyphs and kerned advances, without shaping or laying the text out: the numbers it shows
/// change at every step, and a layout per step costs more than drawing the curve. Its box is
/// where QCPItemText puts it. A text with a character the font lacks, or a rotated one, draws as
/// QCPItemText does.
class DraftLabel : public QCPItemText {
public:
    using QCPItemText::QCPItemText;
    bool draft = false;
    /// The box a draft draws (padding included, pen excluded; widget pixels), or nothing when a
    /// draft would draw as QCPItemText does.
    [[nodiscard]] std::optional<QRectF> draftBox() const;

protected:
    void draw(QCPPainter* painter) override;

private:
    struct Layout {
        std::vector<QGlyphRun> lines;
        std::vector<double> widths;
        QRectF box;            ///< padding included
        double ascent = 0.0;   ///< of the font
        double lineStep = 0.0; ///< from one baseline to the next
    };
    [[nodiscard]] std::optional<Layout> layout() const;
    /// The position, rounded to whole pixels (widget pixels): the box is placed from it.
    [[nodiscard]] QPointF anchor() const;

    mutable QRawFont m_raw;
    mutable QFont m_rawSource; ///< the font m_raw was made from
};

} // namespace actviz::ui
