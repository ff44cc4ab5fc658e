// SPDX-License-Identifier: GPL-3.0-or-later
// Library flavours in the window: a curve drawn as PyTorch, JAX or Keras defines it, its
// difference from the catalogue's definition on the right axis, and everything that reads the
// curve (legend, readout, tangents, parameter panel, scene files, undo, tables) following it.

#include "export_options.h"
#include "exporter.h"
#include "flavor_box.h"
#include "main_window.h"
#include "parameter_panel.h"
#include "parameter_slider.h"
#include "plot_view.h"
#include "scene_history.h"
#include "scene_json.h"
#include "scene_model.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parity.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardItemModel>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>

namespace actviz::ui {
namespace {

using core::Flavor;

const core::FunctionSpec& spec(const char* id) {
    return *core::findFunction(id);
}

TEST(Flavor, TheModelRefusesWhatALibraryLacksAndLabelsWhatItDraws) {
    SceneModel m;
    const int smu = m.addCurve(QStringLiteral("smu"));
    const auto refused = m.setFlavor(smu, Flavor::Jax);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(*refused, QStringLiteral("JAX has no SMU."));
    EXPECT_EQ(m.curve(smu).flavor, Flavor::Exact);

    const int swish = m.addCurve(QStringLiteral("swish"));
    ASSERT_FALSE(m.setParameter(swish, 0, 2.0));
    int changed = 0;
    QObject::connect(&m, &SceneModel::curveParametersChanged, [&] { ++changed; });
    ASSERT_FALSE(m.setFlavor(swish, Flavor::PyTorch));
    EXPECT_EQ(changed, 1);
    // PyTorch's silu has no beta: the curve takes its fixed 1, and refuses another value.
    EXPECT_EQ(m.curveLabel(swish), QStringLiteral("Swish · PyTorch (β=1)"));
    EXPECT_EQ(m.curve(swish).params[0], 1.0);
    EXPECT_EQ(drawnFunction(m.curve(swish)).f(1.0), spec("swish").f(1.0, std::vector{1.0}));
    const auto fixed = m.setParameter(swish, 0, 3.0);
    ASSERT_TRUE(fixed.has_value());
    EXPECT_TRUE(fixed->contains(QStringLiteral("takes no beta (it is fixed at 1)")));
    ASSERT_FALSE(m.setFlavor(swish, Flavor::Exact));
    EXPECT_EQ(m.curveLabel(swish), QStringLiteral("Swish (β=1)"));

    // A value left at the default follows the definition's default (Keras' slope is 0.2); a
    // chosen one stays; a reset goes to the definition's defaults.
    const int leaky = m.addCurve(QStringLiteral("leaky_relu"));
    ASSERT_FALSE(m.setFlavor(leaky, Flavor::Keras));
    EXPECT_EQ(m.curve(leaky).params[0], 0.2);
    EXPECT_EQ(drawnFunction(m.curve(leaky)).f(-1.0), -0.2);
    ASSERT_FALSE(m.setParameter(leaky, 0, 0.3));
    ASSERT_FALSE(m.setFlavor(leaky, Flavor::Jax));
    EXPECT_EQ(m.curve(leaky).params[0], 0.3);
    m.resetParameters(leaky);
    EXPECT_EQ(m.curve(leaky).params[0], 0.01);
}

TEST(Flavor, TheCurveIsTheLibrarysAndItsDifferenceIsOnTheRightAxis) {
    SceneModel m;
    PlotView v(&m);
    v.resize(900, 600);
    v.show();
    const int gelu = m.addCurve(QStringLiteral("gelu"));
    m.setShowDerivative(gelu, true);
    EXPECT_FALSE(v.plot()->yAxis2->visible());
    ASSERT_FALSE(m.setFlavor(gelu, Flavor::Jax));
    m.setShowDifference(gelu, true);
    v.replotNow();
    // JAX's default GELU is the tanh form.
    const auto& tanhForm = spec("gelu_tanh");
    const auto& exact = spec("gelu");
    QCPGraph* f = v.functionGraph(gelu);
    int checked = 0;
    for (const QCPGraphData& d : *f->data())
        if (!std::isnan(d.value)) {
            EXPECT_EQ(d.value, tanhForm.f(d.key, {})) << d.key;
            ++checked;
        }
    EXPECT_GT(checked, 400);
    // The difference: f_tanh - f_exact, on the right axis, whose range holds it.
    QCPGraph* diff = v.differenceGraph(gelu);
    ASSERT_NE(diff, nullptr);
    EXPECT_TRUE(diff->visible());
    EXPECT_EQ(diff->valueAxis(), v.plot()->yAxis2);
    EXPECT_TRUE(v.plot()->yAxis2->visible());
    double largest = 0.0;
    for (const QCPGraphData& d : *diff->data())
        if (!std::isnan(d.value)) {
            EXPECT_NEAR(d.value, tanhForm.f(d.key, {}) - exact.f(d.key, {}), 1e-17) << d.key;
            largest = std::max(largest, std::fabs(d.value));
        }
    EXPECT_GT(largest, 4e-4); // 4.7e-4 near x = +-2.7
    EXPECT_LT(largest, 5e-4);
    const QCPRange right = v.plot()->yAxis2->range();
    EXPECT_LT(right.size(), 5e-3); // fitted, not [-1, 1]
    EXPECT_LE(right.lower, -largest * 0.99);
    EXPECT_GE(right.upper, largest * 0.99);
    EXPECT_NEAR(v.plot()->yAxis2->coordToPixel(0.0), v.plot()->yAxis->coordToPixel(0.0), 0.5);
    // With 0 at the edge of the view, the differences are fitted alone.
    ASSERT_FALSE(m.setView({-4.0, 4.0, 0.0, 2.0}));
    EXPECT_LE(v.plot()->yAxis2->range().lower, -largest * 0.99);
    EXPECT_LT(v.plot()->yAxis2->range().size(), 3e-3);
    // With the derivative, the difference of f' too.
    EXPECT_TRUE(v.derivativeDifferenceGraph(gelu)->visible());
    EXPECT_TRUE(v.plot()->legend->hasItemWithPlottable(diff));

    // Back to the catalogue's: no difference, no right axis.
    ASSERT_FALSE(m.setFlavor(gelu, Flavor::Exact));
    v.replotNow();
    EXPECT_FALSE(diff->visible());
    EXPECT_FALSE(v.plot()->yAxis2->visible());
    EXPECT_FALSE(v.plot()->legend->hasItemWithPlottable(diff));
}

TEST(Flavor, IdenticalDefinitionsDrawAFlatDifferenceAndKinksAreTheLibrarys) {
    SceneModel m;
    PlotView v(&m);
    v.resize(900, 600);
    v.show();
    const int relu = m.addCurve(QStringLiteral("leaky_relu"));
    ASSERT_FALSE(m.setFlavor(relu, Flavor::Keras));
    m.setShowDifference(relu, true);
    v.replotNow();
    for (const QCPGraphData& d : *v.differenceGraph(relu)->data())
        if (!std::isnan(d.value)) {
            EXPECT_EQ(d.value, 0.0) << d.key;
        }
    // Zero on the right axis is level with zero on the left one.
    EXPECT_NEAR(v.plot()->yAxis2->coordToPixel(0.0), v.plot()->yAxis->coordToPixel(0.0), 0.5);
    EXPECT_LT(v.plot()->yAxis2->range().size(), 10.0);

    // A tangent and the readout at the kink read the library's f': JAX's Leaky ReLU has 1 at 0.
    ASSERT_FALSE(m.setFlavor(relu, Flavor::Jax));
    v.showReadoutAt(0.0);
    ASSERT_EQ(v.readout().size(), 1U);
    EXPECT_EQ(v.readout()[0].df, 1.0);
    EXPECT_EQ(v.readout()[0].difference, 0.0);
    EXPECT_TRUE(v.readoutText().contains(QStringLiteral("Leaky ReLU · JAX")));
    EXPECT_TRUE(v.readoutText().contains(QStringLiteral("Δf = 0")));
    ASSERT_EQ(m.addTangent(relu, 0.0), 0);
    const QPointF a = v.tangentLine(0)->point1->coords();
    const QPointF b = v.tangentLine(0)->point2->coords();
    EXPECT_EQ((b.y() - a.y()) / (b.x() - a.x()), 1.0);
    ASSERT_FALSE(m.setFlavor(relu, Flavor::PyTorch));
    const QPointF c = v.tangentLine(0)->point1->coords();
    const QPointF d = v.tangentLine(0)->point2->coords();
    EXPECT_EQ((d.y() - c.y()) / (d.x() - c.x()), 0.01); // PyTorch's: the slope at 0
}

TEST(Flavor, SceneFilesKeepItAndRefuseWhatCannotBe) {
    Scene s;
    Curve c;
    c.function = &spec("hardsigmoid");
    c.params = c.function->defaults();
    c.color = QColor(0x00, 0x72, 0xb2);
    c.flavor = Flavor::Keras;
    c.showDifference = true;
    s.curves.push_back(c);
    s.curves.push_back(c);
    s.curves.back().flavor = Flavor::Exact;
    s.curves.back().showDifference = false;
    const QByteArray json = sceneToJson(s);
    EXPECT_TRUE(json.contains("\"flavor\": \"keras\"")) << json.toStdString();
    EXPECT_EQ(json.count("\"flavor\""), 1); // the catalogue's is not written
    const SceneParse back = sceneFromJson(json);
    ASSERT_TRUE(back.scene) << back.error.toStdString();
    EXPECT_EQ(*back.scene, s);

    auto error = [](const char* curve) {
        return sceneFromJson(QByteArray(R"({"format": "actviz-scene", "version": 1, "curves": [)") +
                             curve + "]}")
            .error;
    };
    EXPECT_EQ(error(R"({"function": "relu", "flavor": "tensorflow"})"),
              QStringLiteral("Curve 1: unknown \"flavor\" \"tensorflow\" (use exact, pytorch, "
                             "jax or keras)."));
    EXPECT_EQ(error(R"({"function": "relu", "flavor": 3})"),
              QStringLiteral("Curve 1: unknown \"flavor\" a value that is not a string (use "
                             "exact, pytorch, jax or keras)."));
    // A parameter the library fixes, at another value; one it takes, at any.
    EXPECT_EQ(error(R"({"function": "swish", "flavor": "pytorch", "params": {"beta": 2}})"),
              QStringLiteral("Curve 1: PyTorch's torch.nn.functional.silu(x) takes no beta (it is "
                             "fixed at 1)."));
    EXPECT_TRUE(
        error(R"({"function": "swish", "flavor": "pytorch", "params": {"beta": 1}})").isEmpty());
    // Parameters not given take the library's defaults: Keras' slope is 0.2.
    const SceneParse keras = sceneFromJson(
        R"({"format": "actviz-scene", "version": 1,
            "curves": [{"function": "leaky_relu", "flavor": "keras"}]})");
    ASSERT_TRUE(keras.scene) << keras.error.toStdString();
    EXPECT_EQ(keras.scene->curves[0].params, std::vector<double>{0.2});
    EXPECT_EQ(error(R"({"function": "smu", "flavor": "pytorch"})"),
              QStringLiteral("Curve 1: PyTorch has no SMU."));
    EXPECT_EQ(error(R"({"function": "relu", "difference": "yes"})"),
              QStringLiteral("Curve 1: \"difference\" must be true or false."));
    EXPECT_TRUE(error(R"({"function": "gelu", "flavor": "jax", "difference": true})").isEmpty());
}

TEST(Flavor, AChoiceIsOneUndoableStep) {
    QSettings().clear();
    app::MainWindow w;
    w.model()->setScene(SceneModel::lectureScene());
    w.history()->clear();
    const int sigmoid = 0;
    ASSERT_FALSE(w.model()->setFlavor(sigmoid, Flavor::Jax));
    w.model()->setShowDifference(sigmoid, true);
    QUndoStack* stack = w.history()->stack();
    ASSERT_EQ(stack->count(), 2);
    stack->undo();
    EXPECT_FALSE(w.model()->curve(sigmoid).showDifference);
    EXPECT_EQ(w.model()->curve(sigmoid).flavor, Flavor::Jax);
    stack->undo();
    EXPECT_EQ(w.model()->curve(sigmoid).flavor, Flavor::Exact);
    stack->redo();
    EXPECT_EQ(w.model()->curve(sigmoid).flavor, Flavor::Jax);
}

TEST(Flavor, TheDefinitionBoxOffersWhatEachLibraryHasAndFixesWhatItFixes) {
    QSettings().clear();
    app::MainWindow w;
    w.model()->setScene(Scene{});
    ParameterPanel* panel = w.parameterPanel();
    FlavorBox* box = panel->flavorBox();
    const int prelu = w.model()->addCurve(QStringLiteral("prelu"));
    auto* items = qobject_cast<QStandardItemModel*>(box->flavorChoice()->model());
    ASSERT_EQ(box->flavorChoice()->count(), 4);
    EXPECT_TRUE(items->item(0)->isEnabled());  // the catalogue's
    EXPECT_TRUE(items->item(1)->isEnabled());  // torch.nn.functional.prelu
    EXPECT_FALSE(items->item(2)->isEnabled()); // JAX has none
    EXPECT_FALSE(items->item(3)->isEnabled()); // Keras: only as a layer
    EXPECT_TRUE(box->flavorChoice()
                    ->itemData(3, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("keras.layers.PReLU")));
    EXPECT_TRUE(box->differenceBox()->isHidden()); // nothing to compare with

    // Choosing a library draws it, says how it is called, and fixes what it fixes.
    w.model()->removeCurve(prelu);
    const int swish = w.model()->addCurve(QStringLiteral("swish"));
    ASSERT_EQ(panel->sliderCount(), 1);
    EXPECT_FALSE(panel->slider(0)->fixed());
    box->flavorChoice()->setCurrentIndex(1);
    emit box->flavorChoice()->activated(1);
    EXPECT_EQ(w.model()->curve(swish).flavor, Flavor::PyTorch);
    EXPECT_TRUE(box->noteText().contains(QStringLiteral("torch.nn.functional.silu(x)")));
    EXPECT_TRUE(panel->slider(0)->fixed());
    EXPECT_FALSE(panel->slider(0)->slider()->isEnabled());
    EXPECT_FALSE(box->differenceBox()->isHidden());
    box->differenceBox()->setChecked(true);
    EXPECT_TRUE(w.model()->curve(swish).showDifference);
    // Back to the catalogue's: the slider is free again.
    emit box->flavorChoice()->activated(0);
    EXPECT_FALSE(panel->slider(0)->fixed());
    EXPECT_TRUE(panel->slider(0)->slider()->isEnabled());
    // A function no library has says so.
    w.model()->addCurve(QStringLiteral("smu"));
    EXPECT_EQ(box->noteText(), QStringLiteral("PyTorch, JAX and Keras have no SMU."));
}

TEST(Flavor, TheDefinitionBoxSpeaksChinese) {
    QSettings().clear();
    app::MainWindow w;
    w.model()->setScene(Scene{});
    const int gelu = w.model()->addCurve(QStringLiteral("gelu"));
    ASSERT_FALSE(w.model()->setFlavor(gelu, Flavor::Jax));
    w.model()->setLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    FlavorBox* box = w.parameterPanel()->flavorBox();
    EXPECT_TRUE(box->noteText().contains(QStringLiteral("jax.nn.gelu(x)")));
    EXPECT_FALSE(box->noteText().contains(QStringLiteral("approximation"))) // translated
        << box->noteText().toStdString();
    EXPECT_FALSE(box->differenceBox()->text().contains(QStringLiteral("Difference")));
    w.model()->setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
}

TEST(Flavor, TablesGiveTheLibrarysValuesAndTheDifference) {
    SceneModel m;
    m.setScene(Scene{});
    const int gelu = m.addCurve(QStringLiteral("gelu"));
    ASSERT_FALSE(m.setFlavor(gelu, Flavor::Jax));
    m.setShowDifference(gelu, true);
    QByteArray csv;
    const auto error = writeTableCsv(m, 11, [&](const QByteArray& b) -> std::optional<QString> {
        csv += b;
        return std::nullopt;
    });
    ASSERT_FALSE(error) << error->toStdString();
    EXPECT_TRUE(csv.contains(
        "# curve 1: gelu, as JAX defines it (called with its defaults: jax.nn.gelu(x))\n"))
        << csv.toStdString();
    EXPECT_TRUE(csv.contains("x,GELU · JAX f,GELU · JAX f',GELU · JAX f-exact f,GELU · JAX "
                             "f'-exact f'\n"))
        << csv.toStdString();
    // Every row: f is the tanh form's, then f - f_exact.
    int rows = 0;
    for (const QByteArray& line : csv.split('\n')) {
        if (line.isEmpty() || line.startsWith('#') || line.startsWith('x')) continue;
        const QList<QByteArray> cells = line.split(',');
        ASSERT_EQ(cells.size(), 5) << line.toStdString();
        const double x = cells[0].toDouble();
        EXPECT_EQ(cells[1].toDouble(), spec("gelu_tanh").f(x, {})) << x;
        EXPECT_EQ(cells[3].toDouble(), spec("gelu_tanh").f(x, {}) - spec("gelu").f(x, {})) << x;
        ++rows;
    }
    EXPECT_EQ(rows, 11);
}

TEST(Flavor, AChoiceIsItsOwnStepRightAfterAParameterEdit) {
    QSettings().clear();
    app::MainWindow w;
    w.model()->setScene(Scene{});
    const int leaky = w.model()->addCurve(QStringLiteral("leaky_relu"));
    w.history()->clear();
    ASSERT_FALSE(w.model()->setParameter(leaky, 0, 0.05)); // merges with what follows quickly
    ASSERT_FALSE(w.model()->setFlavor(leaky, Flavor::Keras));
    QUndoStack* stack = w.history()->stack();
    ASSERT_EQ(stack->count(), 2);
    EXPECT_EQ(stack->text(1), QStringLiteral("definition of Leaky ReLU"));
    stack->undo();
    EXPECT_EQ(w.model()->curve(leaky).flavor, Flavor::Exact);
    EXPECT_EQ(w.model()->curve(leaky).params[0], 0.05);
}

TEST(Flavor, AChoiceEndsASweepOfTheCurve) {
    QSettings().clear();
    app::MainWindow w;
    w.model()->setScene(Scene{});
    const int swish = w.model()->addCurve(QStringLiteral("swish"));
    ParameterPanel* panel = w.parameterPanel();
    panel->animate(0);
    ASSERT_EQ(panel->animatedParameter(), 0);
    ASSERT_EQ(w.plotView()->liveCurve(), swish);
    ASSERT_FALSE(w.model()->setFlavor(swish, Flavor::PyTorch)); // fixes beta at 1
    EXPECT_EQ(panel->animatedParameter(), -1);
    EXPECT_EQ(w.plotView()->liveCurve(), -1);
    EXPECT_TRUE(panel->slider(0)->fixed());
    EXPECT_EQ(panel->slider(0)->value(), 1.0);
}

TEST(Flavor, TheRightAxisGoesWithUndoAndSceneFiles) {
    QSettings().clear();
    app::MainWindow w;
    w.model()->setScene(Scene{});
    const int gelu = w.model()->addCurve(QStringLiteral("gelu"));
    w.history()->clear();
    ASSERT_FALSE(w.model()->setFlavor(gelu, Flavor::Jax));
    w.model()->setShowDifference(gelu, true);
    QCustomPlot* plot = w.plotView()->plot();
    EXPECT_TRUE(plot->yAxis2->visible());
    w.history()->stack()->undo();
    EXPECT_FALSE(plot->yAxis2->visible());
    w.history()->stack()->redo();
    EXPECT_TRUE(plot->yAxis2->visible());
    w.model()->setScene(SceneModel::lectureScene());
    EXPECT_FALSE(plot->yAxis2->visible());
}

TEST(Flavor, AValueOnlyAtTheKinkIsNotDrawnAsASpike) {
    // JAX's Leaky ReLU has f'(0) = 1 where the catalogue's has the slope: their difference is
    // 0.99 at x = 0 alone; the line stays at 0 (the readout gives the value at 0).
    SceneModel m;
    PlotView v(&m);
    v.resize(900, 600);
    v.show();
    const int leaky = m.addCurve(QStringLiteral("leaky_relu"));
    m.setShowDerivative(leaky, true);
    ASSERT_FALSE(m.setFlavor(leaky, Flavor::Jax));
    m.setShowDifference(leaky, true);
    v.replotNow();
    int points = 0;
    for (const QCPGraphData& d : *v.derivativeDifferenceGraph(leaky)->data())
        if (!std::isnan(d.value)) {
            EXPECT_EQ(d.value, 0.0) << d.key;
            ++points;
        }
    EXPECT_GT(points, 100);
    v.showReadoutAt(0.0);
    EXPECT_NEAR(v.readout()[0].derivativeDifference, 0.99, 1e-15);
    EXPECT_EQ(v.plot()->yAxis2->label(), QStringLiteral("Δf, Δf′"));
}

TEST(Flavor, VectorExportsCarryTheRightAxis) {
    SceneModel m;
    m.setScene(Scene{});
    const int gelu = m.addCurve(QStringLiteral("gelu"));
    ASSERT_FALSE(m.setFlavor(gelu, Flavor::Jax));
    m.setShowDifference(gelu, true);
    ExportOptions o;
    o.format = ImageFormat::Svg;
    o.width = 900;
    o.height = 600;
    QString error;
    const auto svg = renderPlot(m, o, &error);
    ASSERT_TRUE(svg) << error.toStdString();
    // The fitted right axis's ticks (|Δf| <= 4.7e-4), gone with the difference.
    EXPECT_TRUE(svg->contains(QByteArray("0.0004")));
    m.setShowDifference(gelu, false);
    const auto without = renderPlot(m, o, &error);
    ASSERT_TRUE(without);
    EXPECT_FALSE(without->contains(QByteArray("0.0004")));
}

TEST(Flavor, TablesHaveNoGradientOfAParameterTheLibraryFixes) {
    SceneModel m;
    m.setScene(Scene{});
    const int swish = m.addCurve(QStringLiteral("swish"));
    m.setShowGradient(swish, true);
    const int leaky = m.addCurve(QStringLiteral("prelu"));
    ASSERT_FALSE(m.setFlavor(swish, Flavor::PyTorch));
    ASSERT_FALSE(m.setFlavor(leaky, Flavor::PyTorch));
    m.setShowDifference(leaky, true);
    QByteArray csv;
    ASSERT_FALSE(writeTableCsv(m, 5, [&](const QByteArray& b) -> std::optional<QString> {
        csv += b;
        return std::nullopt;
    }));
    const QList<QByteArray> lines = csv.split('\n');
    QByteArray header;
    for (const QByteArray& line : lines)
        if (line.startsWith("x,")) header = line;
    EXPECT_EQ(header, "x,Swish · PyTorch (beta=1) f,Swish · PyTorch (beta=1) f',PReLU · PyTorch "
                      "(alpha=0.25) f,PReLU · PyTorch (alpha=0.25) f',PReLU · PyTorch "
                      "(alpha=0.25) df/dalpha,PReLU · PyTorch (alpha=0.25) f-exact "
                      "f,PReLU · PyTorch (alpha=0.25) f'-exact f'");
    for (const QByteArray& line : lines)
        if (!line.isEmpty() && !line.startsWith('#') && !line.startsWith('x')) {
            EXPECT_EQ(line.count(','), header.count(',')) << line.toStdString();
        }
}

TEST(Flavor, AFixedParameterSaysSoInChinese) {
    QSettings().clear();
    app::MainWindow w;
    w.model()->setScene(Scene{});
    const int swish = w.model()->addCurve(QStringLiteral("swish"));
    ASSERT_FALSE(w.model()->setFlavor(swish, Flavor::PyTorch));
    w.model()->setLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    ParameterSlider* s = w.parameterPanel()->slider(0);
    ASSERT_TRUE(s->fixed());
    const QString note = s->findChildren<QLabel*>().last()->text();
    EXPECT_TRUE(note.contains(QStringLiteral("固定"))) << note.toStdString();
    w.model()->setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
}

} // namespace
} // namespace actviz::ui
