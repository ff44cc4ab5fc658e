// SPDX-License-Identifier: GPL-3.0-or-later
#include "readout_overlay.h"

#include "curve_graph.h"
#include "plot_style.h"
#include "scene_model.h"
#include "text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"
#include "actviz/core/parity.h"

#include <QLabel>

#include <cmath>

namespace actviz::ui {
namespace {

QString number(double v) {
    return v == 0.0 ? QStringLiteral("0") : QString::fromStdString(core::formatShort(v, 6));
}

} // namespace

ReadoutOverlay::ReadoutOverlay(QCustomPlot* plot, const SceneModel* model)
    : m_plot(plot)
    , m_model(model)
    , m_label(new QLabel(plot)) {
    m_label->setVisible(false);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_label->setTextFormat(Qt::RichText);
}

void ReadoutOverlay::rebuild() {
    for (QCPItemTracer* t : m_tracers)
        m_plot->removeItem(t);
    m_tracers.clear();
    m_rows.clear();
    m_label->setVisible(false);
    for (int i = 0; i < m_model->curveCount(); ++i) {
        auto* tracer = new QCPItemTracer(m_plot);
        tracer->setLayer(QStringLiteral("overlay"));
        tracer->setStyle(QCPItemTracer::tsCircle);
        tracer->setVisible(false);
        tracer->position->setType(QCPItemPosition::ptPlotCoords);
        m_tracers.push_back(tracer);
    }
    restyle();
}

void ReadoutOverlay::restyle() {
    const ThemeStyle s = themeStyle(m_model->theme());
    m_label->setFont(plotFont(s.fontPointSize));
    m_label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid "
                                          "%3; border-radius: 4px; padding: 6px; }")
                               .arg(s.background.name(), s.foreground.name(), s.grid.name()));
    m_label->setAttribute(Qt::WA_StyledBackground, true);
    m_label->setAutoFillBackground(true);
    for (std::size_t i = 0; i < m_tracers.size() && static_cast<int>(i) < m_model->curveCount();
         ++i) {
        QCPItemTracer* t = m_tracers[i];
        t->setPen(QPen(m_model->curve(static_cast<int>(i)).color, 2.0));
        t->setBrush(s.background);
        t->setSize(m_model->theme() == Theme::Presentation ? 16 : 9);
    }
}

void ReadoutOverlay::showAt(double x) {
    m_rows.clear();
    for (int i = 0; i < m_model->curveCount() && i < static_cast<int>(m_tracers.size()); ++i) {
        const Curve& c = m_model->curve(i);
        QCPItemTracer* tracer = m_tracers[static_cast<size_t>(i)];
        tracer->setVisible(c.visible);
        if (!c.visible) continue;
        const core::FlavoredFunction drawn = drawnFunction(c);
        Row row{i, x, drawn.f(x), drawn.df(x)};
        if (differenceDrawn(c)) {
            const core::FlavoredFunction exact = exactFunction(c);
            row.difference = definitionDifference(row.f, exact.f(x));
            row.derivativeDifference = definitionDifference(row.df, exact.df(x));
        }
        m_rows.push_back(row);
        tracer->position->setCoords(
            x, std::isfinite(row.f) ? std::clamp(row.f, -kDrawClamp, kDrawClamp) : 0.0);
    }
    m_label->setText(text());
    m_label->adjustSize();
    m_label->setVisible(!m_rows.empty());
    if (!m_rows.empty()) {
        const double y = std::isfinite(m_rows.front().f) ? m_rows.front().f : 0.0;
        const double px = std::clamp(m_plot->xAxis->coordToPixel(x), -1e6, 1e6);
        const double py = std::clamp(
            m_plot->yAxis->coordToPixel(std::clamp(y, -kDrawClamp, kDrawClamp)), -1e6, 1e6);
        place(QPoint(static_cast<int>(px), static_cast<int>(py)));
    }
    m_plot->layer(QStringLiteral("overlay"))->replot();
}

bool ReadoutOverlay::hide() {
    m_rows.clear();
    m_label->setVisible(false);
    bool any = false;
    for (QCPItemTracer* t : m_tracers) {
        any = any || t->visible();
        t->setVisible(false);
    }
    return any;
}

QString ReadoutOverlay::text() const {
    if (m_rows.empty()) return {};
    QString html =
        QStringLiteral("<b>x = %1</b><table cellspacing='2'>").arg(number(m_rows.front().x));
    for (const Row& r : m_rows) {
        const Curve& c = m_model->curve(r.curve);
        const QString name = m_model->curveName(r.curve) + flavorSuffix(c);
        html += QStringLiteral("<tr><td><span style='background-color:%1'>&nbsp;&nbsp;&nbsp;</span>"
                               "&nbsp;%2</td><td>&nbsp;f = %3</td><td>&nbsp;f′ = %4</td>")
                    .arg(c.color.name(), name.toHtmlEscaped(), number(r.f), number(r.df));
        if (!std::isnan(r.difference))
            html += QStringLiteral("<td>&nbsp;Δf = %1</td><td>&nbsp;Δf′ = %2</td>")
                        .arg(number(r.difference), number(r.derivativeDifference));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

void ReadoutOverlay::place(const QPoint& anchor) {
    const QRect area = m_plot->axisRect()->rect();
    const QPoint mouse(std::clamp(anchor.x(), area.left(), area.right()),
                       std::clamp(anchor.y(), area.top(), area.bottom()));
    QPoint p = mouse + QPoint(18, 18);
    if (p.x() + m_label->width() > area.right()) p.setX(mouse.x() - 18 - m_label->width());
    if (p.y() + m_label->height() > area.bottom()) p.setY(mouse.y() - 18 - m_label->height());
    p.setX(std::max(p.x(), area.left() + 4));
    p.setY(std::max(p.y(), area.top() + 4));
    m_label->move(p);
}

} // namespace actviz::ui
