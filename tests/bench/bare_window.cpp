// The start-up baseline of tests/bench/startup.sh: a bare QMainWindow holding one QCustomPlot
// with two axes, shown at 1280x720, quitting at its first painted frame (as `actviz` does with
// ACTVIZ_STARTUP_PROBE=window).

#include <qcustomplot.h>

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

class QuitOnFirstPaint : public QObject {
protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Once this frame is painted: the time since ACTVIZ_STARTUP_T0 (nanoseconds since the
            // epoch, set by tests/bench/startup.sh just before the start), then quit.
            QTimer::singleShot(0, qApp, [] {
                const QByteArray t0 = qgetenv("ACTVIZ_STARTUP_T0");
                if (!t0.isEmpty()) {
                    timespec now{};
                    clock_gettime(CLOCK_REALTIME, &now);
                    const long long ns = now.tv_sec * 1'000'000'000LL + now.tv_nsec;
                    std::fprintf(stderr, "first frame %.1f ms\n",
                                 static_cast<double>(ns - t0.toLongLong()) / 1e6);
                }
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QMainWindow window;
    auto* plot = new QCustomPlot(&window);
    plot->xAxis->setRange(-6, 6);
    plot->yAxis->setRange(-1.5, 3.5);
    window.setCentralWidget(plot);
    window.resize(1280, 720);
    QuitOnFirstPaint quit;
    plot->installEventFilter(&quit);
    window.show();
    return QApplication::exec();
}
