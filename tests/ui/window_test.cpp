// SPDX-License-Identifier: GPL-3.0-or-later
// The window, driven as a lecturer would: pick functions, drag and type parameters, toggle
// derivatives, hover, zoom, restart.

#include "curve_list.h"
#include "formula_panel.h"
#include "function_picker.h"
#include "main_window.h"
#include "parameter_panel.h"
#include "parameter_slider.h"
#include "plot_view.h"
#include "properties_panel.h"
#include "scene_json.h"
#include "scene_model.h"

#include "actviz/core/catalogue.h"

#include <qcustomplot.h>

#include <QLineEdit>
#include <QSettings>
#include <QSlider>
#include <QTreeWidgetItem>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace actviz::ui {
namespace {

using app::MainWindow;

/// A fresh window on the lecture scene (settings cleared first).
std::unique_ptr<MainWindow> freshWindow() {
    QSettings().clear();
    auto w = std::make_unique<MainWindow>();
    w->resize(1280, 720);
    w->show();
    QApplication::processEvents();
    return w;
}

/// Every drawn point of the graph equals the core's value at its key. f is drawn solid; f' and
/// df/dparam are dashed and dotted by gaps (NaN) cut into the data: returns the gap count.
int expectGraphEqualsCore(QCPGraph* graph, const core::FunctionSpec& fn,
                          const std::vector<double>& params, int what, std::size_t param = 0) {
    EXPECT_NE(graph, nullptr);
    if (graph == nullptr) return 0;
    EXPECT_GT(graph->data()->size(), 100);
    int drawn = 0, gaps = 0;
    const std::vector<double> kinks = fn.kinks(params);
    auto value = [&](double x) {
        return what == 0   ? fn.f(x, params)
               : what == 1 ? fn.df(x, params)
                           : fn.grad(x, params, param);
    };
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
        const double x = it->key;
        double expected = value(x);
        const bool nextSame = std::next(it) != graph->data()->constEnd() && std::next(it)->key == x;
        const bool prevSame = it != graph->data()->constBegin() && std::prev(it)->key == x;
        if ((nextSame || prevSame) && std::find(kinks.begin(), kinks.end(), x) != kinks.end()) {
            // A jump: the left limit, a gap, the right limit (see breakAtJumps).
            if (nextSame && prevSame) {
                EXPECT_TRUE(std::isnan(it->value));
                continue;
            }
            expected = value(std::nextafter(x, nextSame ? -INFINITY : INFINITY));
        }
        if (what != 0 && std::isnan(it->value) && !std::isnan(expected)) {
            ++gaps;
            continue;
        }
        ++drawn;
        EXPECT_EQ(it->value, expected) << fn.id << " at x = " << x;
        if (it->value != expected) break;
    }
    EXPECT_GT(drawn, graph->data()->size() / 5); // dots: one third drawn
    return gaps;
}

int indexOf(const SceneModel* m, const char* id) {
    for (int i = m->curveCount() - 1; i >= 0; --i)
        if (m->curve(i).function->id == id) return i;
    return -1;
}

TEST(Window, StartsWithTheLectureScene) {
    auto w = freshWindow();
    ASSERT_EQ(w->model()->curveCount(), 4);
    EXPECT_EQ(w->model()->curve(0).function->id, "sigmoid");
    EXPECT_EQ(w->model()->curve(3).function->id, "leaky_relu");
    EXPECT_EQ(w->model()->view().xMin, -6.0);
    EXPECT_EQ(w->model()->view().xMax, 6.0);
    // f and f' per curve, and their differences from the catalogue's definition (hidden)
    EXPECT_EQ(w->plotView()->plot()->graphCount(), 4 * 4);
}

TEST(Window, CheckingAFunctionAddsAGraphWhoseDataEqualTheCore) {
    auto w = freshWindow();
    QTreeWidgetItem* item = w->picker()->itemFor(QStringLiteral("swish"));
    ASSERT_NE(item, nullptr);
    item->setCheckState(0, Qt::Checked);
    const int i = indexOf(w->model(), "swish");
    ASSERT_GE(i, 0);
    const Curve& c = w->model()->curve(i);
    expectGraphEqualsCore(w->plotView()->functionGraph(i), *c.function, c.params, 0);
    EXPECT_NE(c.color, w->model()->curve(0).color);
    item->setCheckState(0, Qt::Unchecked);
    EXPECT_EQ(indexOf(w->model(), "swish"), -1);
}

TEST(Window, TheSameFunctionCanBeComparedAtTwoParameterValues) {
    auto w = freshWindow();
    const int a = w->model()->addCurve(QStringLiteral("leaky_relu"));
    ASSERT_FALSE(w->model()->setParameter(a, 0, 0.3).has_value());
    EXPECT_EQ(w->model()->curve(3).params[0], 0.1);
    EXPECT_EQ(w->model()->curve(a).params[0], 0.3);
    EXPECT_NE(w->model()->curve(3).color, w->model()->curve(a).color);
    EXPECT_EQ(w->plotView()->functionGraph(a)->name(), QStringLiteral("Leaky ReLU #2 (a=0.3)"));
}

TEST(Window, MovingASliderUpdatesModelAndGraph) {
    auto w = freshWindow();
    const int i = w->model()->addCurve(QStringLiteral("swish"));
    ASSERT_EQ(w->parameterPanel()->sliderCount(), 1);
    ParameterSlider* s = w->parameterPanel()->slider(0);
    emit s->dragStarted();
    s->slider()->setValue(700); // beta = 7
    emit s->dragFinished();
    EXPECT_DOUBLE_EQ(w->model()->curve(i).params[0], s->valueAt(700));
    EXPECT_DOUBLE_EQ(w->model()->curve(i).params[0], 7.0);
    expectGraphEqualsCore(w->plotView()->functionGraph(i), *w->model()->curve(i).function,
                          w->model()->curve(i).params, 0);
}

TEST(Window, TypingAnExactValueWorksEvenBeyondTheSliderRange) {
    auto w = freshWindow();
    const int i = w->model()->addCurve(QStringLiteral("swish"));
    QLineEdit* field = w->parameterPanel()->slider(0)->field();
    field->setText(QStringLiteral("12.375"));
    emit field->editingFinished();
    EXPECT_EQ(w->model()->curve(i).params[0], 12.375);
    EXPECT_TRUE(w->parameterPanel()->slider(0)->message().isEmpty());
}

TEST(Window, ARefusedValueLeavesTheSceneUnchangedAndShowsWhy) {
    auto w = freshWindow();
    const int i = w->model()->addCurve(QStringLiteral("squareplus"));
    const QByteArray before = sceneToJson(w->model()->scene());
    ParameterSlider* s = w->parameterPanel()->slider(0);
    for (const char* bad : {"-1", "0", "abc", "inf"}) {
        s->field()->setText(QString::fromLatin1(bad));
        emit s->field()->editingFinished();
        EXPECT_EQ(sceneToJson(w->model()->scene()), before) << bad;
        EXPECT_FALSE(s->message().isEmpty()) << bad;
        EXPECT_EQ(w->model()->curve(i).params[0], 0.2);
    }
    EXPECT_TRUE(s->message().contains(QStringLiteral("Squareplus curvature near 0 (b) must be")))
        << s->message().toStdString();
    EXPECT_FALSE(s->message().contains(QStringLiteral("squareplus.b"))); // no internal ids
    s->field()->setText(QStringLiteral("4"));
    emit s->field()->editingFinished();
    EXPECT_EQ(w->model()->curve(i).params[0], 4.0);
    EXPECT_TRUE(s->message().isEmpty());
}

TEST(Window, DerivativeAndGradientToggles) {
    auto w = freshWindow();
    const int i = w->model()->addCurve(QStringLiteral("swish"));
    EXPECT_FALSE(w->plotView()->derivativeGraph(i)->visible());
    w->model()->setShowDerivative(i, true);
    EXPECT_TRUE(w->plotView()->derivativeGraph(i)->visible());
    const Curve& c = w->model()->curve(i);
    EXPECT_GT(expectGraphEqualsCore(w->plotView()->derivativeGraph(i), *c.function, c.params, 1),
              20)
        << "f' is dashed";
    w->model()->setShowGradient(i, true);
    QCPGraph* grad = w->plotView()->gradientGraph(i, 0);
    ASSERT_NE(grad, nullptr);
    EXPECT_TRUE(grad->visible());
    EXPECT_GT(expectGraphEqualsCore(grad, *c.function, c.params, 2, 0), 20) << "df/dbeta is dotted";
    EXPECT_EQ(grad->pen().color(), w->plotView()->functionGraph(i)->pen().color());
    w->model()->setShowDerivative(i, false);
    EXPECT_FALSE(w->plotView()->derivativeGraph(i)->visible());
}

TEST(Window, AJumpInTheDerivativeIsAGapNotAConnector) {
    auto w = freshWindow();
    w->model()->setView({-4.0, 4.0, -1.5, 2.0});
    w->plotView()->setStockRendering(true); // QPen dashes: every sample is in the data
    for (const char* id : {"relu", "hardswish", "hardtanh"}) {
        const int i = w->model()->addCurve(QString::fromLatin1(id));
        w->model()->setShowDerivative(i, true);
        const Curve& c = w->model()->curve(i);
        expectGraphEqualsCore(w->plotView()->derivativeGraph(i), *c.function, c.params, 1);
        const auto data = w->plotView()->derivativeGraph(i)->data();
        for (double k : c.function->kinks(c.params)) {
            // (k, left limit), (k, gap), (k, right limit), and nothing drawn between the sides.
            auto it = std::find_if(data->constBegin(), data->constEnd(),
                                   [&](const QCPGraphData& d) { return d.key == k; });
            ASSERT_NE(it, data->constEnd()) << id << " " << k;
            ASSERT_GE(std::distance(it, data->constEnd()), 3);
            EXPECT_EQ(it->value, c.function->df(std::nextafter(k, -INFINITY), c.params));
            EXPECT_EQ((it + 1)->key, k);
            EXPECT_TRUE(std::isnan((it + 1)->value)) << id << " " << k;
            EXPECT_EQ((it + 2)->key, k);
            EXPECT_EQ((it + 2)->value, c.function->df(std::nextafter(k, INFINITY), c.params));
        }
    }
    // f of ReLU is continuous: no gap at 0.
    const int relu = indexOf(w->model(), "relu");
    const auto f = w->plotView()->functionGraph(relu)->data();
    EXPECT_EQ(std::count_if(f->constBegin(), f->constEnd(),
                            [](const QCPGraphData& d) { return std::isnan(d.value); }),
              0);
}

TEST(Window, HoverReadoutIsTheCoreAtThatExactX) {
    auto w = freshWindow();
    const double x = 0.123456789012345;
    w->plotView()->showReadoutAt(x);
    const auto& rows = w->plotView()->readout();
    ASSERT_EQ(rows.size(), 4u);
    for (const auto& r : rows) {
        const Curve& c = w->model()->curve(r.curve);
        EXPECT_EQ(r.x, x);
        EXPECT_EQ(r.f, c.function->f(x, c.params));
        EXPECT_EQ(r.df, c.function->df(x, c.params));
    }
    EXPECT_TRUE(w->plotView()->readoutText().contains(QStringLiteral("Sigmoid")));
}

TEST(Window, ZoomResamplesAndShowsSmuAtMicroscale) {
    auto w = freshWindow();
    const int i = w->model()->addCurve(QStringLiteral("smu"));
    w->model()->setView({-1e-6, 1e-6, -1e-6, 1e-6});
    QCPGraph* g = w->plotView()->functionGraph(i);
    EXPECT_EQ(g->data()->constBegin()->key, -1e-6);
    EXPECT_EQ((g->data()->constEnd() - 1)->key, 1e-6);
    EXPECT_GE(g->data()->size(), w->plotView()->sampleCount());
    const Curve& c = w->model()->curve(i);
    expectGraphEqualsCore(g, *c.function, c.params, 0);
    // The kinks of a piecewise function are sampled exactly.
    const int r = indexOf(w->model(), "relu");
    w->model()->setView({-0.37, 0.51, -1, 1});
    bool hasZero = false;
    for (auto it = w->plotView()->functionGraph(r)->data()->constBegin();
         it != w->plotView()->functionGraph(r)->data()->constEnd(); ++it)
        hasZero = hasZero || it->key == 0.0;
    EXPECT_TRUE(hasZero);
}

TEST(Window, HomeResetsTheView) {
    auto w = freshWindow();
    w->model()->setView({-1, 1, -1, 1});
    w->model()->resetView();
    EXPECT_EQ(w->model()->view(), SceneModel::lectureScene().view);
}

TEST(Window, RemovingAndRecolouringACurve) {
    auto w = freshWindow();
    w->model()->setColor(1, QColor(Qt::red));
    EXPECT_EQ(w->plotView()->functionGraph(1)->pen().color(), QColor(Qt::red));
    w->model()->removeCurve(1);
    EXPECT_EQ(w->model()->curveCount(), 3);
    EXPECT_EQ(w->plotView()->plot()->graphCount(), 3 * 4);
    w->model()->setVisible(0, false);
    EXPECT_FALSE(w->plotView()->functionGraph(0)->visible());
}

TEST(Window, PanelsFollowTheSelection) {
    auto w = freshWindow();
    const int i = w->model()->addCurve(QStringLiteral("swish"));
    w->model()->setSelected(i);
    const QString md = w->propertiesPanel()->markdown();
    EXPECT_TRUE(md.contains(QStringLiteral("Swish")));
    EXPECT_TRUE(md.contains(QStringLiteral("Minimum at x = -1.2785"))) << md.toStdString();
    EXPECT_EQ(w->formulaPanel()->parameterText(), QStringLiteral("β = 1"));
    w->model()->setLanguage(QStringLiteral("zh_CN"));
    EXPECT_TRUE(w->propertiesPanel()->markdown().contains(QStringLiteral("要点")));
}

TEST(Window, TheSceneIsRestoredOnRestart) {
    QByteArray saved;
    {
        auto w = freshWindow();
        const int i = w->model()->addCurve(QStringLiteral("elu"));
        w->model()->setParameter(i, 0, 0.5);
        w->model()->setShowDerivative(i, true);
        w->model()->setView({-3, 2, -1, 2});
        w->model()->setTheme(Theme::Dark);
        saved = sceneToJson(w->model()->scene());
        w->close();
    }
    MainWindow again;
    EXPECT_EQ(sceneToJson(again.model()->scene()), saved);
}

TEST(Resources, EveryFunctionHasFormulasMadeFromItsCurrentTexAndTextsInBothLanguages) {
    for (const core::FunctionSpec& fn : core::catalogue()) {
        const QString id = QString::fromUtf8(fn.id.data(), static_cast<qsizetype>(fn.id.size()));
        std::vector<std::pair<std::string, std::string_view>> formulas{{"f", fn.texF},
                                                                       {"df", fn.texDf}};
        for (const core::ParamSpec& p : fn.params)
            if (!p.texGrad.empty()) formulas.emplace_back("grad_" + std::string(p.id), p.texGrad);
        for (const auto& [kind, tex] : formulas) {
            QFile svg(FormulaPanel::formulaPath(id, QString::fromStdString(kind)));
            ASSERT_TRUE(svg.open(QIODevice::ReadOnly)) << svg.fileName().toStdString();
            const QString text = QString::fromUtf8(svg.readAll());
            const QString desc =
                QStringLiteral("<desc>%1</desc>")
                    .arg(QString::fromUtf8(tex.data(), static_cast<qsizetype>(tex.size()))
                             .toHtmlEscaped());
            EXPECT_TRUE(text.contains(desc))
                << fn.id << " " << kind << ": the SVG is stale; run tools/render_formulas.mjs";
        }
        EXPECT_FALSE(PropertiesPanel::prose(id, QStringLiteral("en")).isEmpty()) << fn.id;
        EXPECT_FALSE(PropertiesPanel::prose(id, QStringLiteral("zh_CN")).isEmpty()) << fn.id;
    }
}

} // namespace
} // namespace actviz::ui
