// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Limit ghosts: the curves a function tends to (Swish -> ReLU as beta -> infinity, ...), drawn
// faintly behind it with the largest distance |f - g| over the view. Shown for the curve whose
// parameter is dragged, or for every curve (exports with --ghosts).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <vector>

class QCPGraph;
class QCPItemPixmap;
class QCPItemText;
class QCPLayer;
class QCustomPlot;

namespace actviz::ui {

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
    void drawPixmap(const QString& text);

    struct Ghost {
        int curve;
        std::size_t ghost; ///< index into the curve's function's ghosts
        QCPGraph* graph;
    };
    QCustomPlot* m_plot;
    const SceneModel* m_model;
    std::vector<Ghost> m_ghosts;
    QCPItemText* m_text = nullptr; ///< max |f - g| of each ghost (static plots, exports)
    /// The same text during a drag, as a pixmap redrawn at most every 80 ms: text drawn into the
    /// dragged layer at every step would cost as much as the curve.
    QCPItemPixmap* m_pixmap = nullptr;
    qint64 m_pixmapTime = 0;
    QElapsedTimer m_clock; ///< for the pixmap's redraw interval
    std::vector<double> m_x;
    std::vector<double> m_g;
};

} // namespace actviz::ui
