// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The plot: draws the scene's curves with QCustomPlot, resamples them on every change of view or
// size, and coordinates the overlays (limit ghosts, tangents, the hover readout) and the legend.
// The only widget that paints curves; exports render through it too.

#include "readout_overlay.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPLayer;

namespace actviz::ui {

class PlotCanvas;

class GhostOverlay;
class GraphLayer;
class SceneModel;
class TangentOverlay;

class PlotView : public QWidget {
    Q_OBJECT
public:
    explicit PlotView(SceneModel* model, QWidget* parent = nullptr);
    ~PlotView() override;

    using ReadoutRow = ReadoutOverlay::Row;

    // getters:
    [[nodiscard]] QCustomPlot* plot() const;
    /// The widget the plot is painted on (the QCustomPlot, for those who need no more of it).
    [[nodiscard]] QWidget* canvas() const;
    [[nodiscard]] QCPGraph* functionGraph(int curve) const;
    [[nodiscard]] QCPGraph* derivativeGraph(int curve) const;
    [[nodiscard]] QCPGraph* gradientGraph(int curve, int k) const;
    [[nodiscard]] QCPGraph* differenceGraph(int curve) const;
    [[nodiscard]] QCPGraph* derivativeDifferenceGraph(int curve) const;
    [[nodiscard]] const std::vector<ReadoutRow>& readout() const { return m_readout->rows(); }
    /// The drawn line of tangent t (for tests: its two points give the slope).
    [[nodiscard]] QCPItemStraightLine* tangentLine(int t) const;
    [[nodiscard]] QString tangentLabel(int t) const;
    [[nodiscard]] QString readoutText() const { return m_readout->text(); }
    /// Samples per curve at the current width: about two per pixel.
    [[nodiscard]] int sampleCount() const;
    /// The size of the data rectangle in pixels.
    [[nodiscard]] QSize dataAreaSize() const;
    [[nodiscard]] int ghostCount() const;
    [[nodiscard]] QCPGraph* ghostGraph(int k) const;
    [[nodiscard]] QString ghostText() const;
    /// The curve whose parameter is being dragged, or -1.
    [[nodiscard]] int liveCurve() const { return m_live; }

    /// While a parameter of `curve` is dragged only its graphs, its tangents and its legend entry
    /// are redrawn, on their own layer.
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
    /// QCustomPlot drawing everything itself, as it comes (dashed pens, no plotting hints, no
    /// fast strokes): the baseline of the drawing benchmark.
    void setStockRendering(bool stock);
    /// Cuts the curves' data at the view's y range (vector exports: SVG has no clip paths).
    void setClipDataToView(bool clip);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    /// Ends a drag whose curve the model no longer has (removed, or a new scene).
    void dropLiveEdit();
    void addGraphs(int i);
    void removeGraphs(int i);
    void resample(int i);
    void resampleAll();
    /// Shows the right axis while a curve shows its difference from the catalogue's definition,
    /// with the range of those differences; resamples them if the range moved.
    void fitDifferenceAxis();
    void applyTheme();
    void applyView();
    void onAxisRangeChanged();
    void onParametersChanged(int i);
    void queueReplot();
    void rebuildGhosts();
    void resampleGhosts();
    void rebuildTangents();
    [[nodiscard]] QCPLayer* liveLayer() const;

    SceneModel* m_model;
    PlotCanvas* m_plot;
    std::unique_ptr<GraphLayer> m_graphs;
    std::unique_ptr<ReadoutOverlay> m_readout;
    std::unique_ptr<TangentOverlay> m_tangents;
    std::unique_ptr<GhostOverlay> m_ghosts;
    int m_live = -1;
    bool m_clipData = false;
    bool m_stock = false;
    bool m_ghostsAlways = false;
    bool m_applyingView = false;
};

} // namespace actviz::ui
