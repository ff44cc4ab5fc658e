// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_canvas.h"

#include "live_region.h"

namespace actviz::ui {

namespace {

// QCPLayer::draw and the paint buffers of QCustomPlot 2.1 are used below.
static_assert(QCUSTOMPLOT_VERSION >= 0x020100 && QCUSTOMPLOT_VERSION < 0x030000,
              "PlotCanvas relies on QCustomPlot 2.1's layers and paint buffers");

/// Draws one layer's visible items with `painter`, as QCustomPlot does into a layer's buffer.
/// QCPLayer::draw is protected; a pointer to it taken through a derived class reaches it.
struct LayerAccess : QCPLayer {
    static void drawItems(QCPLayer* layer, QCPPainter* painter) {
        void (QCPLayer::*drawLayer)(QCPPainter*) = &LayerAccess::draw;
        (layer->*drawLayer)(painter);
    }
};

} // namespace

PlotCanvas::PlotCanvas(QWidget* parent)
    : QCustomPlot(parent) {
    // A full replot redraws the first buffer: compose it again at the next frame.
    connect(this, &QCustomPlot::beforeReplot, this, [this] { m_baseValid = false; });
    if (parent != nullptr) parent->installEventFilter(this); // its focus changes
}

bool PlotCanvas::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() &&
        (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
        const bool keyboard = event->type() == QEvent::FocusIn &&
                              (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
                               reason == Qt::ShortcutFocusReason);
        if (keyboard != m_keyboardFocus) {
            m_keyboardFocus = keyboard;
            update();
        }
    }
    return QCustomPlot::eventFilter(watched, event);
}

void PlotCanvas::setLiveLayer(QCPLayer* layer) {
    m_liveLayer = layer;
    m_baseValid = false;
    m_drawn = QRegion(rect()); // unknown until the next full frame
    if (!layer) m_base = QPixmap();
}

void PlotCanvas::refreshLiveLayer() {
    if (!m_liveLayer) return;
    if (!composesFrames() || hasInvalidatedPaintBuffers()) {
        m_liveLayer->replot();
        return;
    }
    // The next frame repaints where the layer's items were and where they are now; the rest of
    // the window keeps what it shows.
    const QRegion now = layerRegion(m_liveLayer, rect());
    update(m_drawn | now);
    m_drawn = now;
}

/// Whether a frame can be composed from the still image and the live layer: the live layer is
/// the top one and buffered (so the first buffer holds every other layer), and the background
/// is opaque (so the copy may replace what was there).
bool PlotCanvas::composesFrames() const {
    return m_liveLayer && m_liveLayer.data() == mLayers.last() &&
           m_liveLayer->mode() == QCPLayer::lmBuffered && mPaintBuffers.size() == 2 &&
           mBackgroundBrush.style() == Qt::SolidPattern &&
           mBackgroundBrush.color().alpha() == 255 && mBackgroundPixmap.isNull();
}

void PlotCanvas::drawFocusFrame() {
    if (!m_keyboardFocus) return;
    constexpr double kWidth = 2.0;
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), kWidth));
    painter.drawRect(QRectF(rect()).adjusted(kWidth / 2, kWidth / 2, -kWidth / 2, -kWidth / 2));
}

void PlotCanvas::resizeEvent(QResizeEvent*) {
    setViewport(rect());
    replot(rpQueuedReplot);
}

void PlotCanvas::paintEvent(QPaintEvent* event) {
    if (!composesFrames()) {
        QCustomPlot::paintEvent(event);
        drawFocusFrame();
        return;
    }
    QCPPainter painter(this);
    if (!painter.isActive()) return;
    const double ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(mViewport.size()) * ratio).toSize();
    if (!m_baseValid || m_base.size() != pixels) {
        m_base = QPixmap(pixels);
        m_base.setDevicePixelRatio(ratio);
        QCPPainter base(&m_base);
        base.fillRect(mViewport, mBackgroundBrush);
        mPaintBuffers.front()->draw(&base);
        m_baseValid = true;
        // A full replot may have moved anything: where the items are now, as this frame draws
        // them (the paint region need not be the whole widget: Qt leaves out opaque children).
        m_drawn = layerRegion(m_liveLayer, rect());
    }
    // Only what this frame repaints is copied, and not where the live items paint every pixel
    // anyway: at device pixel ratio 2 the whole image is 33 MB, and copying is most of a frame.
    const QRegion dirty = (event->region() & rect()) - opaqueRegion(m_liveLayer);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    for (const QRect& r : dirty)
        painter.drawPixmap(r, m_base,
                           QRectF(QPointF(r.topLeft()) * ratio, QSizeF(r.size()) * ratio));
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    LayerAccess::drawItems(m_liveLayer, &painter);
    painter.end();
    drawFocusFrame();
}

} // namespace actviz::ui
