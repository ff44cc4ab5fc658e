// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colours, fonts and line widths of each theme, applied to a plot. Shared by the window and every
// export, so both look the same.

#include "scene_model.h"
#include "theme_style.h"

#include <QColor>
#include <QFont>
#include <QMargins>

class QCustomPlot;

namespace actviz::ui {

/// The plot font: a Latin face with Noto Sans CJK SC as fallback, so Chinese text renders.
[[nodiscard]] QFont plotFont(int pointSize, bool bold = false);

/// The padding inside a label's box for text in `font`: in proportion to the type, so that the
/// presentation theme's large text does not touch the box.
[[nodiscard]] QMargins labelPadding(const QFont& font);

/// Styles axes, grid, legend and background of `plot` for `theme`.
void applyPlotTheme(QCustomPlot* plot, Theme theme);

} // namespace actviz::ui
