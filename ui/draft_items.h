// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plot items drawn at every step of a drag, with a fast path while they move (`draft`): a
// tangent's line and the labels that follow a drag (a tangent's values, the ghosts' distance).
// Outside a drag, and in vector exports, they draw as QCustomPlot's own items do.

#include <qcustomplot.h>

#include <QGlyphRun>
#include <QRawFont>

#include <optional>
#include <utility>

namespace actviz::ui {

/// Lines of text as glyph runs from a font's own glyphs and kerned advances, without shaping or
/// laying the text out: for texts whose numbers change at every step of a drag, where a layout
/// per step costs more than drawing the curve.
class GlyphSource {
public:
    /// `text` (one line) in `font` as a run starting at 0 on its baseline, and its advance; or
    /// nothing when the font lacks one of its characters (or it needs shaping: a character in
    /// two code units).
    [[nodiscard]] std::optional<std::pair<QGlyphRun, double>> line(const QFont& font,
                                                                   const QString& text) const;

private:
    [[nodiscard]] const QRawFont& rawFont(const QFont& font) const;
    mutable QRawFont m_raw;
    mutable QFont m_source; ///< the font m_raw was made from
};

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
    /// The pixels a draft paints with an opaque brush whatever is beneath (inside its box and its
    /// clip; widget pixels), or nothing when its brush lets the plot show through or it would
    /// not draw as a draft.
    [[nodiscard]] std::optional<QRect> opaqueRect() const;

protected:
    void draw(QCPPainter* painter) override;

private:
    /// The lines and the box's size, wherever the box is placed.
    struct Layout {
        std::vector<QGlyphRun> lines;
        std::vector<double> widths;
        QSizeF size;           ///< of the box, padding included
        double ascent = 0.0;   ///< of the font
        double lineStep = 0.0; ///< from one baseline to the next
    };
    /// What the layout depends on: laid out once per text, a layout serves every use while the
    /// text stays (placing the label, finding its region, drawing it: several a step).
    struct LayoutKey {
        QString text;
        QFont font;
        QMargins padding;
        bool operator==(const LayoutKey&) const = default;
    };
    /// The layout, or nullptr when the text cannot be laid out so (see draftBox).
    [[nodiscard]] const Layout* layout() const;
    [[nodiscard]] std::optional<Layout> makeLayout() const;
    /// Where the box of `layout` goes (widget pixels): at the position, by its alignment.
    [[nodiscard]] QRectF boxOf(const Layout& layout) const;
    /// The position, rounded to whole pixels (widget pixels): the box is placed from it.
    [[nodiscard]] QPointF anchor() const;

    GlyphSource m_glyphs;
    mutable std::optional<std::pair<LayoutKey, std::optional<Layout>>> m_layout;
};

/// A curve's legend entry that, while its curve is dragged (CurveGraph::draft), draws its name
/// as a glyph run (see GlyphSource): the name shows the parameter's value at every step.
/// Otherwise, or for a name the font cannot draw so, it draws as QCPPlottableLegendItem does.
class DraftLegendItem : public QCPPlottableLegendItem {
public:
    using QCPPlottableLegendItem::QCPPlottableLegendItem;

protected:
    void draw(QCPPainter* painter) override;

private:
    GlyphSource m_glyphs;
};

/// Adds `graph` to its plot's legend as a DraftLegendItem, unless it has an entry already.
void addDraftLegendEntry(QCPGraph* graph);

} // namespace actviz::ui
