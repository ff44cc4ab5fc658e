// SPDX-License-Identifier: GPL-3.0-or-later
// One parameter change of the lecture scene (10 functions with f' shown: 20 graphs, legend and
// axes, 1920x1080, offscreen) until the plot has finished painting, as the window does it (the
// dragged curve's items drawn over a copy of the rest), beside the same scene with QCustomPlot's
// default settings and a full replot per change; and the window's path again with three tangents
// pinned to the dragged curve (tangents and the legend entry follow every step). Reports median and
// p99 per step, the share of the plot a step repaints, and the ratio. QT_SCALE_FACTOR=2 gives the
// figures at device pixel ratio 2 (a 4K projector showing 1920x1080 logical pixels).

#include "plot_view.h"
#include "scene_model.h"

#include "actviz/core/formula.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QPaintEvent>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using actviz::ui::PlotView;
using actviz::ui::SceneModel;

constexpr int kSwish = 5; // the curve whose beta is dragged (its limits drawn as ghosts)

std::unique_ptr<SceneModel> lectureScene10() {
    auto model = std::make_unique<SceneModel>();
    actviz::ui::Scene s;
    s.view = {-6, 6, -1.5, 3.5};
    model->setScene(s);
    for (const char* id : {"sigmoid", "tanh", "relu", "leaky_relu", "elu", "swish", "gelu", "mish",
                           "softplus", "squareplus"}) {
        const int i = model->addCurve(QString::fromLatin1(id));
        model->setShowDerivative(i, true);
    }
    return model;
}

/// 20 typed formulas, f' shown, the first with a parameter (the one dragged).
std::unique_ptr<SceneModel> typedScene20() {
    auto model = std::make_unique<SceneModel>();
    actviz::ui::Scene s;
    s.view = {-6, 6, -1.5, 3.5};
    model->setScene(s);
    const char* texts[] = {"x*sigmoid(b*x)",
                           "x*tanh(softplus(x))",
                           "(x + sqrt(x^2 + b))/2",
                           "max(a*x, x)",
                           "erf(x)",
                           "x*sigmoid(b*x + g)",
                           "x*sigmoid(b*x) + a*tanh(x/2) - c*log1p(exp(-abs(x)))*x",
                           "if(x > 0, x, a*expm1(x))",
                           "tanh(x)*k",
                           "log1p(exp(k*x))/k"};
    for (int n = 0; n < 20; ++n) {
        const auto r =
            actviz::core::compileFormula(std::string(texts[n % 10]) + (n < 10 ? "" : " + 0.25"));
        const int i = model->addCurve(*r.function->spec);
        model->setShowDerivative(i, true);
    }
    return model;
}

bool g_typed = false;

struct Stats {
    double median;
    double p99;
};

Stats stats(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 99 / 100)]};
}

Stats g_fast{}, g_default{}, g_tangents{}, g_typedStats{};
double g_fastShare = 0, g_tangentsShare = 0;

/// Sums the area of the regions a widget is asked to repaint.
class PaintedArea : public QObject {
public:
    [[nodiscard]] double area() const { return m_area; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            for (const QRect& r : static_cast<QPaintEvent*>(event)->region())
                m_area += static_cast<double>(r.width()) * r.height();
        return QObject::eventFilter(watched, event);
    }

private:
    double m_area = 0;
};

/// Times steps of beta; `live` uses the window's path, otherwise a full replot with defaults;
/// `tangents` pins three tangents to the dragged curve first.
void parameterStep(benchmark::State& state, bool live, bool tangents) {
    auto model = g_typed ? typedScene20() : lectureScene10();
    if (tangents)
        for (double x0 : {-2.0, 0.5, 2.5})
            model->addTangent(kSwish, x0);
    PlotView view(model.get());
    view.resize(1920, 1080);
    view.show();
    if (!live) view.setStockRendering(true); // QCustomPlot's defaults
    view.replotNow();
    QApplication::processEvents();
    if (live) {
        view.beginLiveEdit(kSwish);
        view.replotNow();
    }
    std::vector<double> ms;
    int step = 0;
    const int curve = g_typed ? 0
                      : qEnvironmentVariableIsSet("ACTVIZ_BENCH_CURVE")
                          ? qEnvironmentVariableIntValue("ACTVIZ_BENCH_CURVE")
                          : kSwish;
    if (live && curve != kSwish) {
        view.endLiveEdit();
        view.beginLiveEdit(curve);
        view.replotNow();
    }
    // What showing and the press queued (layout, resizes, a replot) happens before the first step.
    QApplication::processEvents();
    view.replotNow();
    int replots = 0;
    QObject::connect(view.plot(), &QCustomPlot::beforeReplot, [&replots] { ++replots; });
    PaintedArea painted;
    view.plot()->installEventFilter(&painted);
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        model->setParameter(curve, 0, 0.5 + 0.01 * (step++ % 400));
        // Everything the step asked for, as the event loop would do it next: the queued full
        // replot of the stock path (none is expected while dragging) and the paint.
        QApplication::processEvents();
        if (!live) view.plot()->repaint(); // the replot's paint, if still pending
        const auto t1 = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    // A step of a drag that replots the whole plot has left the fast path: say so. (Ending the
    // drag replots once, so the count is taken before.)
    const int stepReplots = replots;
    if (live) view.endLiveEdit();
    if (live && stepReplots > 0) state.SkipWithError("a drag step replotted the whole plot");
    const Stats s = stats(ms);
    if (g_typed) {
        g_typedStats = s;
        state.counters["median_ms"] = s.median;
        return;
    }
    (tangents ? g_tangents : live ? g_fast : g_default) = s;
    // The share of the plot a step repaints (and copies from the still image), on average.
    const double share = painted.area() / static_cast<double>(ms.size()) /
                         (static_cast<double>(view.plot()->width()) * view.plot()->height());
    if (live) (tangents ? g_tangentsShare : g_fastShare) = share;
    state.counters["repainted_share"] = share;
    state.counters["median_ms"] = s.median;
    state.counters["p99_ms"] = s.p99;
    state.counters["graphs"] = view.plot()->graphCount();
}

/// A full replot of the same scene (what a zoom, pan or resize costs), for reference.
void fullReplot(benchmark::State& state) {
    auto model = lectureScene10();
    PlotView view(model.get());
    view.resize(1920, 1080);
    view.show();
    view.replotNow();
    QApplication::processEvents();
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        view.plot()->repaint();
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    const Stats s = stats(ms);
    state.counters["median_ms"] = s.median;
    state.counters["p99_ms"] = s.p99;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int steps = qEnvironmentVariableIntValue("ACTVIZ_BENCH_STEPS") > 0
                          ? qEnvironmentVariableIntValue("ACTVIZ_BENCH_STEPS")
                          : 400;
    benchmark::RegisterBenchmark("parameter_step/actviz", parameterStep, true, false)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(steps);
    benchmark::RegisterBenchmark("parameter_step/actviz_3_tangents", parameterStep, true, true)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(steps);
    benchmark::RegisterBenchmark("parameter_step/qcustomplot_defaults", parameterStep, false, false)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(100);
    benchmark::RegisterBenchmark("parameter_step/actviz_20_typed_formulas",
                                 [](benchmark::State& state) {
                                     g_typed = true;
                                     parameterStep(state, true, false);
                                     g_typed = false;
                                 })
        ->Unit(benchmark::kMillisecond)
        ->Iterations(steps);
    benchmark::RegisterBenchmark("full_replot/actviz", fullReplot)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(30);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::printf(
        "\nparameter change until painted, 20 graphs at 1920x1080, device pixel ratio %.0f:\n",
        qApp->devicePixelRatio());
    // (A case left out by --benchmark_filter is not printed.)
    if (g_fast.median > 0)
        std::printf(
            "  actviz (live layer):       median %6.2f ms   p99 %6.2f ms   repaints %2.0f%% "
            "of the plot\n",
            g_fast.median, g_fast.p99, 100 * g_fastShare);
    if (g_tangents.median > 0)
        std::printf(
            "  ... with 3 tangents:       median %6.2f ms   p99 %6.2f ms   repaints %2.0f%% "
            "of the plot\n",
            g_tangents.median, g_tangents.p99, 100 * g_tangentsShare);
    if (g_typedStats.median > 0)
        std::printf("  20 typed formulas (live):  median %6.2f ms   p99 %6.2f ms\n",
                    g_typedStats.median, g_typedStats.p99);
    if (g_default.median > 0)
        std::printf("  QCustomPlot defaults:      median %6.2f ms   p99 %6.2f ms\n",
                    g_default.median, g_default.p99);
    if (g_fast.median > 0 && g_default.median > 0)
        std::printf("  ratio (defaults / actviz): %.1fx faster\n",
                    g_default.median / g_fast.median);
    return 0;
}
