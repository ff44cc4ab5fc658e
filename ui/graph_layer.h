// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The curves' graphs: f, f' and df/dparam of every curve, their pens and legend entries, their
// sampled data, and the move of one curve's graphs to the dragged layer and back.

#include <QCoreApplication>
#include <QSize>

#include <utility>
#include <vector>

class QCPGraph;
class QCPLayer;
class QCustomPlot;

namespace actviz::ui {

class CurveGraph;
class SceneModel;

class GraphLayer {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::GraphLayer)

public:
    GraphLayer(QCustomPlot* plot, const SceneModel* model);

    /// Graphs for curve i, inserted before the graphs of later curves.
    void add(int i);
    void remove(int i);
    [[nodiscard]] int count() const { return static_cast<int>(m_graphs.size()); }

    /// Pens, names, visibility and legend entries of curve i, for the current theme.
    void restyle(int i);
    /// Only the legend text of f (the parameter values), for a drag step.
    void relabel(int i);
    /// Samples curve i at `samples` points over the view, for a data area of `area` pixels;
    /// `clip` cuts the lines at the view's y range (vector exports).
    void resample(int i, QSize area, int samples, bool clip);
    /// QCustomPlot's own dashed pens and drawing (the benchmark's baseline).
    void setStock(bool stock);

    /// Curve i's graphs and legend entries go to `layer` and draw as drafts (a drag), or back.
    void lift(int i, QCPLayer* layer);
    void lower(int i);

    [[nodiscard]] QCPGraph* function(int i) const;
    [[nodiscard]] QCPGraph* derivative(int i) const;
    [[nodiscard]] QCPGraph* gradient(int i, int k) const;
    /// f - f_exact and f' - f'_exact of curve i, on the right axis.
    [[nodiscard]] QCPGraph* difference(int i) const;
    [[nodiscard]] QCPGraph* derivativeDifference(int i) const;
    /// The values the shown difference graphs take over the view, with 0 always among them.
    struct Extent {
        double lo = 0.0;
        double hi = 0.0;
        bool shown = false;       ///< some curve shows a difference
        bool derivatives = false; ///< of f' too
    };
    [[nodiscard]] Extent differenceExtent() const;
    /// f of every curve, by curve index.
    [[nodiscard]] std::vector<QCPGraph*> functions() const;

private:
    struct Graphs {
        CurveGraph* f = nullptr;
        CurveGraph* df = nullptr;
        std::vector<CurveGraph*> grads;
        CurveGraph* diff = nullptr;           ///< f - f_exact (right axis)
        CurveGraph* derivativeDiff = nullptr; ///< f' - f'_exact (right axis)
        /// The finite values each difference took when sampled (before any clipping).
        std::pair<double, double> diffExtent{0.0, 0.0};
        std::pair<double, double> derivativeDiffExtent{0.0, 0.0};
        [[nodiscard]] std::vector<CurveGraph*> all() const;
    };
    [[nodiscard]] bool valid(int i) const { return i >= 0 && i < count(); }
    void setLegendLayer(int i, QCPLayer* layer);

    QCustomPlot* m_plot;
    const SceneModel* m_model;
    std::vector<Graphs> m_graphs;
    bool m_stock = false;
    // Sampling buffers, reused for every curve and every resample.
    std::vector<double> m_x;
    std::vector<double> m_f;
    std::vector<double> m_df;
    std::vector<double> m_exact;
};

} // namespace actviz::ui
