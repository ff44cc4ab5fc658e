// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the legend goes: inside the plot, in the corner that covers the fewest drawn points, when
// it is small next to the data area; otherwise below the plot, in as many columns as fit, so it
// never hides more than a small corner of the data in any theme, size or language.

class QCustomPlot;

namespace actviz::ui {

/// Places `plot`'s legend for the graphs' current data (call before a full replot).
void placeLegend(QCustomPlot* plot);

/// Whether the legend sits inside the axis rectangle (else below it).
[[nodiscard]] bool legendInside(const QCustomPlot* plot);

} // namespace actviz::ui
