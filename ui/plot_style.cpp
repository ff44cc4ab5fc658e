// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_style.h"

#include <qcustomplot.h>

#include <QFontMetrics>

#include <algorithm>
#include <cmath>

namespace actviz::ui {

QFont plotFont(int pointSize, bool bold) {
    QFont font;
    // Named faces, not the platform's default: the window (xcb) and headless exports (offscreen)
    // then draw the same glyphs. Noto Sans CJK SC covers Chinese.
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

QMargins labelPadding(const QFont& font) {
    const int line = QFontMetrics(font).height();
    const int across = std::max(6, static_cast<int>(std::lround(0.4 * line)));
    const int down = std::max(4, static_cast<int>(std::lround(0.25 * line)));
    return {across, down, across, down};
}

void applyPlotTheme(QCustomPlot* plot, Theme theme) {
    const ThemeStyle s = themeStyle(theme);
    const bool big = theme == Theme::Presentation;
    plot->setBackground(s.background);
    plot->axisRect()->setBackground(s.background);
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis, plot->yAxis2}) {
        const QPen axisPen(s.foreground, big ? 2.0 : 1.2);
        axis->setBasePen(axisPen);
        axis->setTickPen(axisPen);
        axis->setSubTickPen(QPen(s.foreground, big ? 1.5 : 1.0));
        axis->setTickLabelColor(s.foreground);
        axis->setLabelColor(s.foreground);
        axis->setTickLabelFont(plotFont(s.fontPointSize));
        axis->setLabelFont(plotFont(s.labelPointSize));
        axis->setTickLengthOut(big ? 8 : 4);
        axis->grid()->setPen(QPen(s.grid, 1.0));
        axis->grid()->setSubGridVisible(false);
        axis->grid()->setZeroLinePen(QPen(s.zeroLine, big ? 2.0 : 1.3));
    }
    QCPLegend* legend = plot->legend;
    legend->setFont(plotFont(s.fontPointSize));
    legend->setTextColor(s.foreground);
    legend->setBrush(s.legendBackground);
    legend->setBorderPen(QPen(s.grid, 1.0));
    // As tall as a line of the legend's text: the sample line sits level with the middle of its
    // name (an entry's icon and text share their top).
    const int line = QFontMetrics(legend->font()).height();
    legend->setIconSize(big ? QSize(48, std::max(24, line)) : QSize(32, std::max(16, line)));
    legend->setRowSpacing(big ? 2 : 0);
}

} // namespace actviz::ui
