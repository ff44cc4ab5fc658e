// SPDX-License-Identifier: GPL-3.0-or-later
// A seeded, reproducible monkey: thousands of random edits of the window as a restless lecturer
// would make them (drags, absurd typed values, toggles, curves added and removed while animating,
// extreme zooms, themes, languages, presentation, undo and redo, save and reopen), checking after
// every step that nothing threw, no axis range is NaN, infinite or beyond the limits, and that
// the scene saved reopens identical. ACTVIZ_MONKEY_SEED and ACTVIZ_MONKEY_STEPS change the run.

#include "main_window.h"
#include "parameter_panel.h"
#include "parameter_slider.h"
#include "plot_view.h"
#include "scene_history.h"
#include "scene_json.h"
#include "scene_model.h"
#include "view_range_bar.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/limits.h"

#include <qcustomplot.h>

#include <QLineEdit>
#include <QSettings>
#include <QSlider>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace actviz::ui {
namespace {

TEST(Monkey, ThousandsOfRandomEditsNeverBreakTheWindow) {
    const unsigned seed =
        qEnvironmentVariableIsSet("ACTVIZ_MONKEY_SEED")
            ? static_cast<unsigned>(qEnvironmentVariableIntValue("ACTVIZ_MONKEY_SEED"))
            : 20261201u;
    const int steps = qEnvironmentVariableIsSet("ACTVIZ_MONKEY_STEPS")
                          ? qEnvironmentVariableIntValue("ACTVIZ_MONKEY_STEPS")
                          : 2000;
    std::mt19937 rng(seed);
    auto pick = [&](int n) {
        return n <= 0 ? 0 : static_cast<int>(rng() % static_cast<unsigned>(n));
    };
    const double absurd[] = {0.0, -0.0, 1e-300, -1e308,   1e308,     1e100,    -1e101, 1e-17,
                             3.0, -7.5, NAN,    INFINITY, -INFINITY, 4.9e-324, 0.5};
    const char* typed[] = {"abc",
                           "",
                           "1e999",
                           "-inf",
                           "nan",
                           "0x10",
                           "1,5",
                           "  2  ",
                           "1e-320",
                           "\n",
                           "99999999999999999999",
                           "-0"};
    QSettings().clear();
    app::MainWindow w;
    w.resize(1280, 720);
    w.show();
    QApplication::processEvents();
    SceneModel* m = w.model();
    auto* bar = w.findChild<ViewRangeBar*>();
    ASSERT_NE(bar, nullptr);
    const auto& catalogue = core::catalogue();
    for (int step = 0; step < steps; ++step) {
        const int action = pick(20);
        SCOPED_TRACE(::testing::Message()
                     << "seed " << seed << " step " << step << " action " << action);
        const int n = m->curveCount();
        const int curve = pick(std::max(n, 1));
        auto act = [&] {
            switch (action) {
            case 0:
                m->addCurve(QString::fromUtf8(
                    catalogue[static_cast<size_t>(pick(static_cast<int>(catalogue.size())))]
                        .id.data()));
                break;
            case 1: { // a catalogue function, or now and then a typed formula
                static const char* const kTyped[] = {"x*sigmoid(beta*x)", "max(a*x, x)",
                                                     "(x + sqrt(x^2 + b))/2", "log(x)*x",
                                                     "if(x > c, exp(x), 1/x)"};
                if (pick(3) == 0) {
                    const auto typed = core::compileFormula(kTyped[pick(5)]);
                    m->addCurve(*typed.function->spec);
                } else {
                    m->addCurve(QString::fromUtf8(
                        catalogue[static_cast<size_t>(pick(static_cast<int>(catalogue.size())))]
                            .id.data()));
                }
                break;
            }
            case 2:
                if (n > 0) m->removeCurve(curve);
                break;
            case 3:
                m->setSelected(curve);
                break;
            case 4: // a slider drag
                if (w.parameterPanel()->sliderCount() > 0) {
                    ParameterSlider* s =
                        w.parameterPanel()->slider(pick(w.parameterPanel()->sliderCount()));
                    emit s->dragStarted();
                    for (int k = 0; k < 5; ++k)
                        s->slider()->setValue(pick(s->slider()->maximum() + 1));
                    emit s->dragFinished();
                }
                break;
            case 5: // a typed value, often absurd
                if (w.parameterPanel()->sliderCount() > 0) {
                    ParameterSlider* s =
                        w.parameterPanel()->slider(pick(w.parameterPanel()->sliderCount()));
                    s->field()->setText(pick(2) ? QString::fromLatin1(typed[pick(12)])
                                                : QString::number(absurd[pick(15)], 'g', 17));
                    emit s->field()->editingFinished();
                }
                break;
            case 6:
                if (n > 0) m->setVisible(curve, pick(2));
                if (n > 0) m->setShowDerivative(curve, pick(2));
                if (n > 0) m->setShowGradient(curve, pick(2));
                break;
            case 7: // animation, and edits while it runs
                if (w.parameterPanel()->sliderCount() > 0) {
                    w.parameterPanel()->animate(pick(w.parameterPanel()->sliderCount()));
                    for (int k = 0; k < 3; ++k)
                        w.parameterPanel()->step();
                    if (pick(2) && m->curveCount() > 0) m->removeCurve(pick(m->curveCount()));
                    w.parameterPanel()->step();
                    w.parameterPanel()->animate(-1);
                }
                break;
            case 8: { // a zoom, sometimes to extremes
                QCustomPlot* plot = w.plotView()->plot();
                const double a = absurd[pick(15)], b = absurd[pick(15)];
                plot->xAxis->setRange(std::min(a, b), std::max(a, b));
                plot->yAxis->scaleRange(pick(2) ? 1e-9 : 1e9);
                break;
            }
            case 9: // typed ranges
                bar->field(pick(4))->setText(pick(2) ? QString::fromLatin1(typed[pick(12)])
                                                     : QString::number(absurd[pick(15)], 'g', 17));
                emit bar->field(pick(4))->editingFinished();
                break;
            case 10:
                m->setTheme(static_cast<Theme>(pick(3)));
                break;
            case 11:
                m->setLanguage(pick(2) ? QStringLiteral("zh_CN") : QStringLiteral("en"));
                break;
            case 12:
                w.setPresentationMode(!w.presentationMode());
                break;
            case 13:
            case 14:
                for (int k = pick(4); k >= 0; --k)
                    w.history()->stack()->undo();
                break;
            case 15:
                for (int k = pick(3); k >= 0; --k)
                    w.history()->stack()->redo();
                break;
            case 16:
                if (n > 0) m->addTangent(curve, absurd[pick(15)]);
                if (!m->tangents().empty())
                    m->moveTangent(pick(static_cast<int>(m->tangents().size())), absurd[pick(15)]);
                break;
            case 17:
                m->resetView();
                break;
            case 18: { // depth and softmax views
                DepthSettings d = m->depth();
                d.shown = pick(3) == 0;
                d.layers = 1 + pick(1000);
                m->setDepth(d);
                SoftmaxSettings s = m->softmax();
                s.shown = pick(3) == 0;
                s.temperature = absurd[pick(15)];
                (void)m->setSoftmax(s);
                break;
            }
            default:
                if (pick(4) == 0) w.plotView()->replotNow();
                QApplication::processEvents();
                break;
            }
        };
        ASSERT_NO_THROW(act());
        // Invariants: the axes agree with a view the limits allow.
        const ViewRange& v = m->view();
        ASSERT_EQ(core::checkAxisRange(v.xMin, v.xMax), core::AxisRangeProblem::None);
        ASSERT_EQ(core::checkAxisRange(v.yMin, v.yMax), core::AxisRangeProblem::None);
        const QCPRange x = w.plotView()->plot()->xAxis->range();
        const QCPRange y = w.plotView()->plot()->yAxis->range();
        ASSERT_TRUE(std::isfinite(x.lower) && std::isfinite(x.upper) && std::isfinite(y.lower) &&
                    std::isfinite(y.upper));
        ASSERT_EQ(x.lower, v.xMin);
        ASSERT_EQ(x.upper, v.xMax);
        // What would be saved opens again, identical.
        if (step % 50 == 0) {
            const QByteArray saved = sceneToJson(m->scene());
            const SceneParse again = sceneFromJson(saved);
            ASSERT_TRUE(again.scene.has_value()) << again.error.toStdString();
            ASSERT_EQ(sceneToJson(*again.scene), saved);
        }
    }
    w.setPresentationMode(false);
}

} // namespace
} // namespace actviz::ui
