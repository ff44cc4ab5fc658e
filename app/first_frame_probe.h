// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Measurement hook for tests/bench/startup.sh, shared by actviz (ACTVIZ_STARTUP_PROBE=window)
// and its baseline, actviz_bench_bare_window: once `widget` or one of its children has painted
// its first frame, prints the time since ACTVIZ_STARTUP_T0 (nanoseconds since the epoch, set by
// the script just before the start) and quits.

#include <QApplication>
#include <QByteArray>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace actviz::app {

class FirstFrameProbe : public QObject {
public:
    static void quitAfterFirstFrame(QWidget* widget) {
        auto* probe = new FirstFrameProbe;
        for (QWidget* w : widget->findChildren<QWidget*>())
            w->installEventFilter(probe);
        widget->installEventFilter(probe);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] { // once this frame is painted
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

} // namespace actviz::app
