// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The QCustomPlot a PlotView draws on, with two changes to how it paints (see PlotCanvas).

#include <qcustomplot.h>

#include <QImage>
#include <QPointer>

namespace actviz::ui {

/// QCustomPlot replots at once on every resize; while a window is laid out there are several in a
/// row, so this one queues the replot and draws once.
///
/// And while a curve is dragged (setLiveLayer), a frame is one copy and a few strokes: the
/// unchanging part (the background and the first paint buffer, composed once after every full
/// replot) is copied from one image, and the dragged layer's items (the curve, its tangents and
/// legend entry) are drawn straight onto the window. Only the region where those items were and
/// are is repainted (layerRegion: narrow columns around each line, the boxes of texts), a tenth
/// to a third of the plot for a curve across it. QCustomPlot would fill the layer's own
/// full-size buffer, draw into it and blend all of it over the rest: at device pixel ratio 2 such
/// a buffer is 33 MB, and filling and blending it cost more than the curve.
class PlotCanvas : public QCustomPlot {
public:
    explicit PlotCanvas(QWidget* parent);

    /// The buffered top layer whose items are drawn at every frame over the still part copied from
    /// one composed image, or nullptr (no drag).
    /// While a layer is live its own buffer is not redrawn: the caller replots when it ends.
    void setLiveLayer(QCPLayer* layer);
    /// Shows the live layer's new state (its items changed): the next frame is composed as
    /// above, or the layer is replotted if a frame cannot be composed so.
    void refreshLiveLayer();
    /// Whether frames are composed as above now (for tests).
    [[nodiscard]] bool composesFrames() const;
    /// How many frames copied the still image by rows straight into the window's image (for
    /// tests; see copyStill).
    [[nodiscard]] int rowCopiedFrames() const { return m_rowCopiedFrames; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    /// A frame in the highlight colour while the view holding the canvas has the keyboard focus
    /// and got it from the keyboard (Tab, Shift+Tab, a shortcut): a click or presentation mode
    /// shows none. On screen only, never in exports.
    void drawFocusFrame();
    /// Copies the still image over `region` (widget pixels), the frame being painted with
    /// `painter`.
    void copyStill(QPainter& painter, const QRegion& region) const;
    bool eventFilter(QObject* watched, QEvent* event) override;

    QPointer<QCPLayer> m_liveLayer; ///< removing a layer deletes it
    bool m_keyboardFocus = false;   ///< the view has the focus, reached by the keyboard

    bool m_baseValid = false;
    QImage m_base;   ///< background and the first buffer, composed
    QRegion m_drawn; ///< where the live layer's items were drawn last
    mutable int m_rowCopiedFrames = 0;
};

} // namespace actviz::ui
