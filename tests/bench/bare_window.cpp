// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up baseline of tests/bench/startup.sh: a bare QMainWindow holding one QCustomPlot
// with two axes, shown at 1280x720, quitting at its first painted frame (as `actviz` does with
// ACTVIZ_STARTUP_PROBE=window).

#include "first_frame_probe.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QMainWindow>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    auto* plot = new QCustomPlot(&window);
    plot->xAxis->setRange(-6, 6);
    plot->yAxis->setRange(-1.5, 3.5);
    window.setCentralWidget(plot);
    window.resize(1280, 720);
    actviz::app::FirstFrameProbe::quitAfterFirstFrame(plot);
    window.show();
    return QApplication::exec();
}
