// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_canvas.h"

#include "live_region.h"

#include <QBackingStore>

#include <cmath>
#include <cstring>

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
    if (!layer) m_base = QImage();
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

void PlotCanvas::copyStill(QPainter& painter, const QRegion& region) const {
    // Row by row into the window's image when this widget covers whole pixels of it at a whole
    // ratio and the two images share a format: at device pixel ratio 2 the frame repaints some
    // two hundred small rectangles, and a painter's call per rectangle costs as much as the copy.
    QPaintDevice* device = painter.paintEngine()->paintDevice();
    auto* target = device != nullptr && device->devType() == QInternal::Image
                       ? static_cast<QImage*>(device)
                       : nullptr;
    const QTransform t = painter.deviceTransform();
    const double ratio = m_base.devicePixelRatio();
    const auto whole = [](double v) { return v == std::floor(v); };
    if (target != nullptr && target->isDetached() && target->format() == m_base.format() &&
        target->depth() == 32 && !painter.hasClipping() && painter.opacity() == 1.0 &&
        t.type() <= QTransform::TxScale && t.m11() == ratio && t.m22() == ratio && whole(ratio) &&
        whole(t.dx()) && whole(t.dy())) {
        ++m_rowCopiedFrames;
        const auto k = static_cast<int>(ratio);
        const QPoint offset(static_cast<int>(t.dx()), static_cast<int>(t.dy()));
        const qsizetype toLine = target->bytesPerLine(), fromLine = m_base.bytesPerLine();
        uchar* to = target->bits();
        const uchar* from = m_base.constBits();
        for (const QRect& r : region) {
            const QRect source = QRect(r.topLeft() * k, r.size() * k) & m_base.rect();
            const QRect dest = source.translated(offset) & target->rect();
            if (dest.isEmpty()) continue;
            const QPoint s = dest.topLeft() - offset;
            const auto bytes = static_cast<std::size_t>(dest.width()) * 4;
            uchar* out = to + (dest.top() * toLine) + (dest.left() * qsizetype{4});
            const uchar* in = from + (s.y() * fromLine) + (s.x() * qsizetype{4});
            for (int y = 0; y < dest.height(); ++y, out += toLine, in += fromLine)
                std::memcpy(out, in, bytes);
        }
        return;
    }
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    for (const QRect& r : region)
        painter.drawImage(r, m_base,
                          QRectF(QPointF(r.topLeft()) * ratio, QSizeF(r.size()) * ratio));
    painter.restore();
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
        // In the format of the image the window is painted in (even when this frame goes to
        // another device, as a grab's does), so that the drag's frames copy rows.
        QBackingStore* store = window()->backingStore();
        const QPaintDevice* device = store != nullptr ? store->paintDevice() : nullptr;
        const QImage::Format format = device != nullptr && device->devType() == QInternal::Image &&
                                              static_cast<const QImage*>(device)->depth() == 32
                                          ? static_cast<const QImage*>(device)->format()
                                          : QImage::Format_ARGB32_Premultiplied;
        m_base = QImage(pixels, format);
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
    copyStill(painter, (event->region() & rect()) - opaqueRegion(m_liveLayer));
    LayerAccess::drawItems(m_liveLayer, &painter);
    painter.end();
    drawFocusFrame();
}

} // namespace actviz::ui
