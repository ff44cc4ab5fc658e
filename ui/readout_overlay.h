// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The hover readout: x, f(x) and f'(x) of every visible curve at the cursor (and their differences
// from the catalogue's definition where a curve draws them), computed by the core at exactly that
// x, in a box beside the cursor, with a marker on each curve.

#include <QPoint>
#include <QString>

#include <limits>
#include <vector>

class QCPItemTracer;
class QCustomPlot;
class QLabel;

namespace actviz::ui {

class SceneModel;

class ReadoutOverlay {
public:
    /// One row: curve i at x.
    struct Row {
        int curve;
        double x;
        double f;
        double df;
        /// f - f_exact and f' - f'_exact where the curve's difference is drawn, else NaN.
        double difference = std::numeric_limits<double>::quiet_NaN();
        double derivativeDifference = std::numeric_limits<double>::quiet_NaN();
    };

    ReadoutOverlay(QCustomPlot* plot, const SceneModel* model);

    /// One marker per curve, styled for the current theme and colours.
    void rebuild();
    void restyle();
    /// Shows the rows and markers at data coordinate x, the box beside the first curve's point.
    void showAt(double x);
    /// Places the box beside `anchor` (pixels), inside the axis rectangle.
    void place(const QPoint& anchor);
    /// Hides box and markers; true when something was shown.
    bool hide();

    [[nodiscard]] const std::vector<Row>& rows() const { return m_rows; }
    [[nodiscard]] QString text() const;

private:
    QCustomPlot* m_plot;
    const SceneModel* m_model;
    QLabel* m_label;
    std::vector<QCPItemTracer*> m_tracers;
    std::vector<Row> m_rows;
};

} // namespace actviz::ui
