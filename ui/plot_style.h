// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colours, fonts and line widths of each theme, applied to a plot. Shared by the window and every
// export, so both look the same.

#include "scene_model.h"

#include <QColor>
#include <QFont>
#include <QMargins>

class QCustomPlot;

namespace actviz::ui {

struct ThemeStyle {
    QColor background;
    QColor foreground; ///< axes, ticks, labels, legend text
    QColor grid;
    QColor zeroLine;
    QColor legendBackground;
    /// Of the labels that follow a drag (tangents, ghost distance): opaque, so a drag frame
    /// neither blends them with what is beneath nor restores what is beneath first.
    QColor labelBackground;
    double curveWidth;  ///< pen width of f, in pixels
    int fontPointSize;  ///< tick labels and legend
    int labelPointSize; ///< axis labels
};

[[nodiscard]] ThemeStyle themeStyle(Theme theme);

/// The plot font: a Latin face with Noto Sans CJK SC as fallback, so Chinese text renders.
[[nodiscard]] QFont plotFont(int pointSize, bool bold = false);

/// The padding inside a label's box for text in `font`: in proportion to the type, so that the
/// presentation theme's large text does not touch the box.
[[nodiscard]] QMargins labelPadding(const QFont& font);

/// Styles axes, grid, legend and background of `plot` for `theme`.
void applyPlotTheme(QCustomPlot* plot, Theme theme);

} // namespace actviz::ui
