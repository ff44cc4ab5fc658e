// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The colours, type sizes and line widths of each theme, as values: what the plot (plot_style.h)
// and the code written for other tools (code_writer.h) draw with.

#include "scene_model.h"

#include <QColor>

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

} // namespace actviz::ui
