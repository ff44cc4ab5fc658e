#include "plot_canvas.h"

namespace actviz::ui {

PlotCanvas::PlotCanvas(QWidget* parent)
    : QCustomPlot(parent) {
    // A full replot redraws the first buffer: compose it again at the next frame.
    connect(this, &QCustomPlot::beforeReplot, this, [this] { m_baseValid = false; });
}

void PlotCanvas::setStillBase(bool on) {
    m_stillBase = on;
    m_baseValid = false;
    if (!on) m_base = QPixmap();
}

void PlotCanvas::resizeEvent(QResizeEvent*) {
    setViewport(rect());
    replot(rpQueuedReplot);
}

void PlotCanvas::paintEvent(QPaintEvent* event) {
    const bool opaque = mBackgroundBrush.style() == Qt::SolidPattern &&
                        mBackgroundBrush.color().alpha() == 255 && mBackgroundPixmap.isNull();
    if (!m_stillBase || !opaque || mPaintBuffers.size() < 2) {
        QCustomPlot::paintEvent(event);
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
    }
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawPixmap(0, 0, m_base);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    for (qsizetype i = 1; i < mPaintBuffers.size(); ++i)
        mPaintBuffers[i]->draw(&painter);
}

} // namespace actviz::ui
