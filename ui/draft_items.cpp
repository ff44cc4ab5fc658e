// SPDX-License-Identifier: GPL-3.0-or-later
#include "draft_items.h"

#include "curve_graph.h"

#include <QGlyphRun>

#include <algorithm>
#include <cmath>

namespace actviz::ui {

QLineF DraftLine::visibleLine() const {
    const QCPVector2D start(point1->pixelPosition());
    const QCPVector2D end(point2->pixelPosition());
    const int pad = static_cast<int>(std::ceil(mainPen().widthF()));
    return getRectClippedStraightLine(start, end - start,
                                      clipRect().adjusted(-pad, -pad, pad, pad));
}

void DraftLine::draw(QCPPainter* painter) {
    if (!draft || painter->modes().testFlag(QCPPainter::pmVectorized)) {
        QCPItemStraightLine::draw(painter);
        return;
    }
    const QPen wide = mainPen();
    const QLineF line = visibleLine();
    if (line.isNull() || wide.style() == Qt::NoPen) return;
    // One-pixel aliased lines with the wide pen's pattern, in device pixels.
    QPen thin(wide.color(), 0);
    thin.setCosmetic(true);
    if (wide.style() != Qt::SolidLine) {
        const double unit = std::max(1.0, wide.widthF() * deviceScale(painter));
        QList<qreal> dashes = wide.dashPattern();
        for (qreal& d : dashes)
            d *= unit;
        thin.setDashPattern(dashes);
    }
    painter->setPen(thin);
    painter->setAntialiasing(false);
    // QPainter's own drawLine: QCPPainter's rounds unantialiased lines to whole logical pixels,
    // which would merge the offsets at device pixel ratio 2.
    auto* plain = static_cast<QPainter*>(painter);
    for (const QPointF& offset : discOffsets(painter, wide.widthF(), true, false))
        plain->drawLine(line.translated(offset));
}

const QRawFont& GlyphSource::rawFont(const QFont& font) const {
    if (!m_raw.isValid() || m_source != font) {
        m_raw = QRawFont::fromFont(font);
        m_source = font;
    }
    return m_raw;
}

std::optional<std::pair<QGlyphRun, double>> GlyphSource::line(const QFont& font,
                                                              const QString& text) const {
    const QRawFont& raw = rawFont(font);
    const QList<quint32> glyphs = raw.glyphIndexesForString(text);
    if (glyphs.size() != text.size() || glyphs.contains(0U)) return std::nullopt;
    const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs, QRawFont::KernedAdvances);
    QList<QPointF> positions;
    positions.reserve(advances.size());
    double x = 0.0;
    for (const QPointF& a : advances) {
        positions.append(QPointF(x, 0.0));
        x += a.x();
    }
    QGlyphRun run;
    run.setRawFont(raw);
    run.setGlyphIndexes(glyphs);
    run.setPositions(positions);
    return std::pair{run, x};
}

const DraftLabel::Layout* DraftLabel::layout() const {
    if (rotation() != 0.0) return nullptr;
    LayoutKey key{text(), mainFont(), padding()};
    if (!m_layout || m_layout->first != key) m_layout.emplace(std::move(key), makeLayout());
    return m_layout->second ? &*m_layout->second : nullptr;
}

std::optional<DraftLabel::Layout> DraftLabel::makeLayout() const {
    Layout l;
    double width = 0.0;
    for (const QString& text : text().split(QLatin1Char('\n'))) {
        auto line = m_glyphs.line(mainFont(), text);
        if (!line) return std::nullopt;
        l.lines.push_back(std::move(line->first));
        l.widths.push_back(line->second);
        width = std::max(width, line->second);
    }
    // As QCPItemText: the text's bounding rectangle in whole pixels (lines ascent + descent
    // high, leading between them) and the padding around it.
    const QFontMetrics metrics(mainFont());
    const auto n = static_cast<int>(l.lines.size());
    const int textHeight = n * (metrics.ascent() + metrics.descent()) + (n - 1) * metrics.leading();
    const QMargins pad = padding();
    l.size =
        QSizeF(std::ceil(width) + pad.left() + pad.right(), textHeight + pad.top() + pad.bottom());
    l.ascent = metrics.ascent();
    l.lineStep = metrics.ascent() + metrics.descent() + metrics.leading();
    return l;
}

QRectF DraftLabel::boxOf(const Layout& l) const {
    // As QCPItemText: placed by the position alignment at a whole-pixel offset from the position.
    double dx = 0.0, dy = 0.0;
    const Qt::Alignment align = positionAlignment();
    if (align & Qt::AlignHCenter)
        dx = -l.size.width() / 2;
    else if (align & Qt::AlignRight)
        dx = -l.size.width();
    if (align & Qt::AlignVCenter)
        dy = -l.size.height() / 2;
    else if (align & Qt::AlignBottom)
        dy = -l.size.height();
    return {anchor() + QPointF(std::round(dx), std::round(dy)), l.size};
}

std::optional<QRectF> DraftLabel::draftBox() const {
    const Layout* l = layout();
    if (l == nullptr) return std::nullopt;
    return boxOf(*l);
}

std::optional<QRect> DraftLabel::opaqueRect() const {
    const QBrush brush = mainBrush();
    if (!draft || brush.style() != Qt::SolidPattern || brush.color().alpha() != 255)
        return std::nullopt;
    const auto box = draftBox();
    if (!box) return std::nullopt;
    // Two pixels inside the box and inside the clip it is drawn with (QCPLayer::draw lifts that
    // by a pixel): at a fractional device pixel ratio, a device pixel on an edge may go either
    // way.
    // (Clipped before it is made whole pixels: a label far off the plot has coordinates beyond
    // int's.)
    const QRect clip = clipToAxisRect() && clipAxisRect() != nullptr
                           ? clipAxisRect()->rect().adjusted(2, 2, -2, -2)
                           : parentPlot()->viewport();
    const QRectF inside = box->adjusted(2, 2, -2, -2) & QRectF(clip);
    if (inside.isEmpty()) return std::nullopt;
    return inside.toRect();
}

QPointF DraftLabel::anchor() const {
    const QPointF p = position->pixelPosition();
    return {std::round(p.x()), std::round(p.y())};
}

void DraftLabel::draw(QCPPainter* painter) {
    const bool vector = painter->modes().testFlag(QCPPainter::pmVectorized);
    const Layout* l = draft && !vector ? layout() : nullptr;
    if (l == nullptr) {
        // On pixels, where a draft would put it (QCPItemText's box is whole pixels from its
        // position): the label does not shift when a drag ends.
        const QPointF shift = vector ? QPointF() : anchor() - position->pixelPosition();
        painter->translate(shift);
        QCPItemText::draw(painter);
        painter->translate(-shift);
        return;
    }
    // The box is whole pixels: filled as a rectangle, without the antialiasing rasterizer
    // (which costs more than the text at device pixel ratio 2), and its border drawn over it.
    const QRectF box = boxOf(*l);
    if (mainBrush().style() != Qt::NoBrush) {
        painter->save();
        painter->setAntialiasing(false);
        painter->fillRect(box, mainBrush());
        painter->restore();
    }
    painter->setPen(mainPen());
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(box);
    painter->setPen(QPen(mainColor()));
    const double textWidth = box.width() - padding().left() - padding().right();
    double baseline = box.top() + padding().top() + l->ascent;
    for (std::size_t i = 0; i < l->lines.size(); ++i) {
        double x = box.left() + padding().left();
        if (textAlignment() & Qt::AlignHCenter)
            x += (textWidth - l->widths[i]) / 2;
        else if (textAlignment() & Qt::AlignRight)
            x += textWidth - l->widths[i];
        painter->drawGlyphRun(QPointF(x, baseline), l->lines[i]);
        baseline += l->lineStep;
    }
}

void DraftLegendItem::draw(QCPPainter* painter) {
    const auto* curve = dynamic_cast<const CurveGraph*>(plottable());
    const auto line = curve != nullptr && curve->draft && !curve->stock &&
                              mParentLegend != nullptr &&
                              !painter->modes().testFlag(QCPPainter::pmVectorized)
                          ? m_glyphs.line(getFont(), plottable()->name())
                          : std::nullopt;
    if (!line) {
        QCPPlottableLegendItem::draw(painter);
        return;
    }
    // As QCPPlottableLegendItem: the name left of the icon, its top at the entry's top; the icon
    // clipped to its rectangle, and its border.
    const QSize iconSize = mParentLegend->iconSize();
    const QRect iconRect(mRect.topLeft(), iconSize);
    const QFontMetrics metrics(getFont());
    painter->setPen(QPen(getTextColor()));
    painter->drawGlyphRun(QPointF(mRect.x() + iconSize.width() + mParentLegend->iconTextPadding(),
                                  mRect.y() + metrics.ascent()),
                          line->first);
    painter->save();
    painter->setClipRect(iconRect, Qt::IntersectClip);
    curve->drawLegendIcon(painter, iconRect);
    painter->restore();
    if (getIconBorderPen().style() != Qt::NoPen) {
        painter->setPen(getIconBorderPen());
        painter->setBrush(Qt::NoBrush);
        const int halfPen = qCeil(painter->pen().widthF() * 0.5) + 1;
        painter->setClipRect(mOuterRect.adjusted(-halfPen, -halfPen, halfPen, halfPen));
        painter->drawRect(iconRect);
    }
}

void addDraftLegendEntry(QCPGraph* graph) {
    QCPLegend* legend = graph->parentPlot()->legend;
    if (legend == nullptr || legend->hasItemWithPlottable(graph)) return;
    legend->addItem(new DraftLegendItem(legend, graph));
}

} // namespace actviz::ui
