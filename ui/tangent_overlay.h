// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tangent lines pinned to curves: the line with slope f'(x0), its point and a label with x0,
// f(x0) and f'(x0). During a drag of a curve's parameter, that curve's tangents live on the
// dragged layer, so they move with the curve without a full replot.

#include <QCoreApplication>
#include <QMetaObject>
#include <QPoint>
#include <QString>

#include <vector>

class QCPItemStraightLine;
class QMouseEvent;
class QCPItemText;
class QCPItemTracer;
class QCPLayer;
class QCustomPlot;

namespace actviz::ui {

class SceneModel;
class DraftLabel;
class DraftLine;

class TangentOverlay {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::TangentOverlay)

public:
    TangentOverlay(QCustomPlot* plot, SceneModel* model);
    ~TangentOverlay();
    TangentOverlay(const TangentOverlay&) = delete;
    TangentOverlay& operator=(const TangentOverlay&) = delete;

    /// Makes the items anew (tangents came or went, or the theme or a colour changed).
    void rebuild();
    /// Moves the items to the curves' current values; false when their count is stale.
    bool update();
    /// Puts each label beside its point where it fits: below right of it, or else the first of
    /// below left, above right and above left that keeps it inside the axis rectangle and clear of
    /// the legend and of the labels placed before it; where none does, the one with the least
    /// hidden (done again at every layout of the plot: zoom, pan, resize).
    void placeLabels();
    /// Tangents of `curve` are drawn on `layer` (the dragged curve's); -1 puts all back.
    void follow(int curve, QCPLayer* layer);

    [[nodiscard]] int count() const { return static_cast<int>(m_items.size()); }
    [[nodiscard]] QCPItemStraightLine* line(int t) const;
    [[nodiscard]] QString label(int t) const;
    /// The tangent whose point is within a few pixels of `pos`, or -1.
    [[nodiscard]] int at(const QPoint& pos) const;
    /// A click on a curve pins a tangent there, dragging its point moves it along the curve, a
    /// right-click on its point removes it; true when the event was used (others pan as usual).
    bool handleMouse(QMouseEvent* event);
    /// Whether a tangent point is being dragged.
    [[nodiscard]] bool dragging() const { return m_dragged >= 0; }
    /// Whether any tangent belongs to `curve`.
    [[nodiscard]] bool hasTangentOn(int curve) const;

private:
    struct Items {
        DraftLine* line;
        QCPItemTracer* point;
        DraftLabel* label;
    };
    void setLayer(const Items& items, QCPLayer* layer);
    /// The visible curve passing within a few pixels of `pos`, or -1.
    [[nodiscard]] int curveAt(const QPoint& pos) const;

    QCustomPlot* m_plot;
    SceneModel* m_model;
    std::vector<Items> m_items;
    int m_dragged = -1;
    int m_followed = -1;
    QCPLayer* m_followLayer = nullptr;
    QMetaObject::Connection m_afterLayout;
};

} // namespace actviz::ui
