// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Limit ghosts: the curves a function tends to (Swish -> ReLU as beta -> infinity, ...), drawn
// faintly behind it with the largest distance |f - g| over the view. Shown for the curve whose
// parameter is dragged, or for every curve (exports with --ghosts).

#include <QCoreApplication>
#include <QString>

#include <vector>

class QCPGraph;
class QCPLayer;
class QCustomPlot;

namespace actviz::ui {

class DraftLabel;
class SceneModel;

class GhostOverlay {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::GhostOverlay)

public:
    GhostOverlay(QCustomPlot* plot, const SceneModel* model);

    /// Makes the ghost graphs of every curve (`always`) or of the dragged curve `live` anew.
    void rebuild(bool always, int live, QCPLayer* liveLayer);
    /// Recomputes the ghosts on their curves' samples (`curveGraphs[i]` draws f of curve i) and
    /// the distance text. Ghosts that move with the dragged parameter go to `liveLayer`.
    void resample(const std::vector<QCPGraph*>& curveGraphs, int live, QCPLayer* liveLayer);

    /// Cuts the ghosts' lines at y = lo and y = hi (vector exports: SVG has no clip paths).
    void clip(double lo, double hi);

    [[nodiscard]] int count() const { return static_cast<int>(m_ghosts.size()); }
    [[nodiscard]] QCPGraph* graph(int k) const;
    [[nodiscard]] QString text() const;

private:
    struct Ghost {
        int curve;
        std::size_t ghost; ///< index into the curve's function's ghosts
        QCPGraph* graph;
        int width; ///< of the axis rectangle when it was sampled (pixels)
    };
    QCustomPlot* m_plot;
    const SceneModel* m_model;
    std::vector<Ghost> m_ghosts;
    /// Max |f - g| of each ghost; during a drag on the dragged layer, drawn at every step from
    /// the font's glyphs (DraftLabel), so it always shows the current distance.
    DraftLabel* m_text = nullptr;
    std::vector<double> m_x;
    std::vector<double> m_g;
};

} // namespace actviz::ui
