#pragma once
// The QCustomPlot a PlotView draws on, with two changes to how it paints (see PlotCanvas).

#include <qcustomplot.h>

#include <QPixmap>

namespace actviz::ui {

/// QCustomPlot replots at once on every resize; while a window is laid out there are several in a
/// row, so this one queues the replot and draws once. And while a curve is dragged
/// (setStillBase), each frame copies the unchanging part (the background and the first paint
/// buffer, composed once after every full replot) instead of filling and blending it again: at
/// device pixel ratio 2 every full-size buffer is 33 MB, and a copy is the cheapest way to move
/// it.
class PlotCanvas : public QCustomPlot {
public:
    explicit PlotCanvas(QWidget* parent);

    /// Whether frames copy the still part from one composed image (on while a curve is dragged).
    void setStillBase(bool on);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    bool m_stillBase = false;
    bool m_baseValid = false;
    QPixmap m_base; ///< background and the first buffer, composed
};

} // namespace actviz::ui
