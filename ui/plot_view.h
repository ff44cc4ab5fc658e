#pragma once
// The plot: draws the scene's curves with QCustomPlot, resamples them on every change of view or
// size, and reads out f and f' at the cursor. The only widget that paints curves; exports render
// through it too.

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPItemPixmap;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemTracer;
class QLabel;

namespace actviz::ui {

class SceneModel;

class PlotView : public QWidget {
    Q_OBJECT
public:
    explicit PlotView(SceneModel* model, QWidget* parent = nullptr);
    ~PlotView() override;

    /// One row of the hover readout: curve i at x, computed by the core at exactly that x.
    struct ReadoutRow {
        int curve;
        double x;
        double f;
        double df;
    };

    // getters:
    [[nodiscard]] QCustomPlot* plot() const { return m_plot; }
    [[nodiscard]] QCPGraph* functionGraph(int curve) const;
    [[nodiscard]] QCPGraph* derivativeGraph(int curve) const;
    [[nodiscard]] QCPGraph* gradientGraph(int curve, int k) const;
    [[nodiscard]] const std::vector<ReadoutRow>& readout() const { return m_readout; }
    /// The drawn line of tangent t (for tests: its two points give the slope).
    [[nodiscard]] QCPItemStraightLine* tangentLine(int t) const;
    [[nodiscard]] QString tangentLabel(int t) const;
    [[nodiscard]] QString readoutText() const;
    /// Samples per curve at the current width: about two per pixel.
    [[nodiscard]] int sampleCount() const;
    /// The size of the data rectangle in pixels.
    [[nodiscard]] QSize dataAreaSize() const;

    /// While a parameter of `curve` is dragged only its graphs are redrawn, on their own layer.
    void beginLiveEdit(int curve);
    void endLiveEdit();
    /// Shows the readout and markers at data coordinate x (the mouse does this by itself).
    void showReadoutAt(double x);
    void hideReadout();
    /// Redraws now (exports, tests); normally replots are queued and coalesced.
    void replotNow();
    /// Ghosts (the limits a curve tends to, faintly, with max |f - g| over the view) are shown
    /// for the curve whose parameter is being dragged, and for every curve when `always`.
    void setGhostsAlways(bool always);
    [[nodiscard]] int ghostCount() const { return static_cast<int>(m_ghosts.size()); }
    [[nodiscard]] QCPGraph* ghostGraph(int k) const;
    [[nodiscard]] QString ghostText() const;
    /// QCustomPlot drawing everything itself, as it comes (dashed pens, no plotting hints, no
    /// fast strokes): the baseline of the drawing benchmark.
    void setStockRendering(bool stock);
    /// Cuts the curves' data at the view's y range (vector exports: SVG has no clip paths).
    void setClipDataToView(bool clip) {
        m_clipData = clip;
        resampleAll();
    }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Graphs {
        QCPGraph* f = nullptr;
        QCPGraph* df = nullptr;
        std::vector<QCPGraph*> grads;
        QCPItemTracer* tracer = nullptr;
        [[nodiscard]] std::vector<QCPGraph*> all() const {
            std::vector<QCPGraph*> v{f, df};
            v.insert(v.end(), grads.begin(), grads.end());
            return v;
        }
    };

    void rebuild();
    void addGraphs(int i);
    void removeGraphs(int i);
    void resample(int i);
    void resampleAll();
    void restyle(int i);
    void applyTheme();
    void applyView();
    void onAxisRangeChanged();
    void queueReplot();
    void positionReadout(const QPoint& mouse);
    void rebuildTangents();
    void updateTangents();
    void rebuildGhosts();
    void resampleGhosts();
    /// The tangent whose point is within a few pixels of `pos`, or -1.
    int tangentAt(const QPoint& pos) const;
    /// The visible curve passing within a few pixels of `pos`, or -1.
    int curveAt(const QPoint& pos) const;
    bool handleTangentMouse(QEvent* event);

    SceneModel* m_model;
    QCustomPlot* m_plot;
    QLabel* m_readoutLabel;
    std::vector<Graphs> m_graphs;
    std::vector<ReadoutRow> m_readout;
    int m_live = -1;
    bool m_clipData = false;
    bool m_stock = false;
    struct TangentItems {
        QCPItemStraightLine* line;
        QCPItemTracer* point;
        QCPItemText* label;
    };
    std::vector<TangentItems> m_tangentItems;
    int m_draggedTangent = -1;
    struct GhostGraph {
        int curve;
        std::size_t ghost; ///< index into the curve's function's ghosts
        QCPGraph* graph;
    };
    std::vector<GhostGraph> m_ghosts;
    QCPItemText* m_ghostText = nullptr; ///< max |f - g| of each ghost (static plots, exports)
    /// The same text during a drag, as a pixmap redrawn at most every 80 ms: text drawn into the
    /// dragged layer at every step would cost as much as the curve.
    QCPItemPixmap* m_ghostPixmap = nullptr;
    qint64 m_ghostPixmapTime = 0;
    void drawGhostPixmap(const QString& text);
    bool m_ghostsAlways = false;
    bool m_applyingView = false;
    // Sampling buffers, reused for every curve and every resample.
    std::vector<double> m_x;
    std::vector<double> m_f;
    std::vector<double> m_df;
};

} // namespace actviz::ui
