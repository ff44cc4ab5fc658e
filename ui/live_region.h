// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a layer's items are drawn, found from their geometry without drawing them: the part of
// the window a drag frame must repaint (see PlotCanvas).

#include <QRegion>

class QCPLayer;

namespace actviz::ui {

/// The region (widget pixels) that covers everything the visible items of `layer` draw, as a few
/// rectangles: a curve by the vertical extent of its line in each column a few pixels wide, a
/// straight line likewise, a text, tracer, pixmap or legend entry by its box. An item of another
/// kind counts as the whole `viewport`. Never smaller than what is drawn: rounded out to cells of
/// 24 by 4 pixels.
[[nodiscard]] QRegion layerRegion(const QCPLayer* layer, const QRect& viewport);

/// Where the visible items of `layer` cover every pixel with an opaque colour, whatever is
/// beneath (widget pixels): the inside of a drafted DraftLabel's box filled with an opaque brush.
/// A frame need not restore the still image there before it draws the layer.
[[nodiscard]] QRegion opaqueRegion(const QCPLayer* layer);

} // namespace actviz::ui
