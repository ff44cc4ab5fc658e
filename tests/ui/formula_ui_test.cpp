// SPDX-License-Identifier: GPL-3.0-or-later
// Typed formulas in the window and in files: the dialog's messages as the user types, the formula
// and properties panels, switching to the catalogue's version, undo, and scene files.
#include "exporter.h"
#include "formula_curve.h"
#include "formula_dialog.h"
#include "formula_panel.h"
#include "function_picker.h"
#include "main_window.h"
#include "parameter_slider.h"
#include "properties_panel.h"
#include "scene_document.h"
#include "scene_history.h"
#include "scene_json.h"
#include "scene_model.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidgetItem>
#include <QUndoStack>
#include <QUrl>

#include <gtest/gtest.h>

namespace actviz::app {
namespace {

const core::FunctionSpec& typed(const char* text,
                                std::vector<core::FormulaParameter> settings = {}) {
    const core::FormulaResult r = core::compileFormula(text, settings);
    if (r.error) throw std::runtime_error(r.error->message);
    return *r.function->spec;
}

void waitFor(const std::function<bool()>& done, int ms = 3000) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

bool anyLabelContains(const QWidget* w, const QString& text) {
    for (const QLabel* l : w->findChildren<QLabel*>())
        if (l->isVisibleTo(w) && l->text().contains(text)) return true;
    return false;
}

TEST(FormulaFile, CurvesOfFormulasRoundTripWithTheirSettings) {
    ui::Scene scene;
    ui::Curve c;
    c.function = &typed("(x + sqrt(x^2 + b))/2", {{"b", 0.5, 0.01, 16.0, core::Scale::Log}});
    c.params = {2.0};
    c.color = QColor("#0072b2");
    scene.curves.push_back(c);
    const QByteArray json = ui::sceneToJson(scene);
    EXPECT_TRUE(json.contains("\"formula\": \"(x + sqrt(x^2 + b))/2\"")) << json.constData();
    EXPECT_FALSE(json.contains("\"function\""));
    const ui::SceneParse back = ui::sceneFromJson(json);
    ASSERT_TRUE(back.scene) << back.error.toStdString();
    EXPECT_EQ(back.scene->curves.at(0).function, c.function); // the same compiled function
    EXPECT_EQ(back.scene->curves.at(0).params, c.params);
    EXPECT_EQ(back.scene->curves.at(0).function->params[0].scale, core::Scale::Log);
    EXPECT_EQ(*back.scene, scene);
}

TEST(FormulaFile, MalformedFormulaCurvesAreRefusedWithTheReason) {
    const auto problem = [](const char* curve) {
        const QByteArray json =
            QByteArray(R"({"format": "actviz-scene", "version": 1, "curves": [)") + curve + "]}";
        const ui::SceneParse p = ui::sceneFromJson(json);
        EXPECT_FALSE(p.scene) << curve;
        return p.error;
    };
    EXPECT_TRUE(problem(R"({"formula": "x * sigmoid(beta*x"})")
                    .contains(QStringLiteral("missing ) at column 18")));
    EXPECT_TRUE(problem(R"({"formula": 3})").contains(QStringLiteral("must be a string")));
    EXPECT_TRUE(
        problem(R"({"formula": "x*b", "function": "relu"})").contains(QStringLiteral("both")));
    EXPECT_TRUE(
        problem(R"({"function": "relu", "parameters": {}})").contains(QStringLiteral("belong to")));
    EXPECT_TRUE(
        problem(R"({"formula": "x*b", "flavor": "pytorch"})").contains(QStringLiteral("flavor")));
    EXPECT_TRUE(problem(R"({"formula": "x*b", "parameters": {"b": {"scale": "cubic"}}})")
                    .contains(QStringLiteral("scale")));
    EXPECT_TRUE(problem(R"({"formula": "x*b", "parameters": {"b": {"min": 3, "max": 1}}})")
                    .contains(QStringLiteral("lower end")));
    EXPECT_TRUE(problem(R"({"formula": "x*b", "parameters": {"q": {}}})")
                    .contains(QStringLiteral("no parameter q")));
    EXPECT_TRUE(problem(R"({"formula": "x*b", "parameters": {"b": {"log": true}}})")
                    .contains(QStringLiteral("unknown key")));
    EXPECT_TRUE(problem(R"({"formula": "x*b", "params": {"b": "two"}})")
                    .contains(QStringLiteral("not a number")));
    const QString outside =
        problem(R"({"formula": "x*b", "parameters": {"b": {"scale": "log", "min": 0.1}},
                    "params": {"b": -1}})");
    EXPECT_TRUE(outside.contains(QStringLiteral("formula.b must be"))) << outside.toStdString();
}

TEST(FormulaDialog, MessagesFollowTheTypingAndOkWaitsForAValidFormula) {
    ui::FormulaDialog dialog;
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    dialog.formulaField()->setText(QStringLiteral("x * sigmoid(beta*x"));
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("missing ) at column 18")))
        << dialog.message().toStdString();
    EXPECT_FALSE(ok->isEnabled());
    dialog.formulaField()->setText(QStringLiteral("x * sigmoid(beta*x)"));
    ASSERT_EQ(dialog.parameterTable()->rowCount(), 1);
    EXPECT_TRUE(dialog.parameterTable()->item(0, 0)->text().contains(QStringLiteral("β")));
    waitFor([&] { return ok->isEnabled(); });
    ASSERT_TRUE(ok->isEnabled());
    EXPECT_TRUE(anyLabelContains(&dialog, QStringLiteral("∂f/∂β = x²·σ′(β·x)")));

    // A setting typed in the table is part of the function; a bad one disables OK with a reason.
    dialog.parameterTable()->item(0, 1)->setText(QStringLiteral("2.5"));
    waitFor([&] { return ok->isEnabled(); });
    ok->click();
    ASSERT_NE(dialog.function(), nullptr);
    EXPECT_EQ(dialog.function()->spec->defaults(), std::vector<double>{2.5});
    dialog.parameterTable()->item(0, 2)->setText(QStringLiteral("ten"));
    waitFor([&] { return dialog.message().contains(QStringLiteral("not a number")); });
    EXPECT_FALSE(ok->isEnabled());
    dialog.formulaField()->setText(QStringLiteral("x*sigmoid(x)"));
    EXPECT_EQ(dialog.parameterTable()->rowCount(), 0);
    waitFor([&] { return ok->isEnabled(); });
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("Same as SiLU")));
}

TEST(FormulaDialog, MessagesAreInTheInterfacesLanguage) {
    QSettings().clear();
    MainWindow w;
    w.model()->setLanguage(QStringLiteral("zh_CN"));
    ui::FormulaDialog dialog(&w);
    dialog.formulaField()->setText(QStringLiteral("x * sigmoid(beta*x"));
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("第 18 列缺少 )")))
        << dialog.message().toStdString();
    dialog.formulaField()->setText(QStringLiteral("foo(x)"));
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("未知函数 foo")))
        << dialog.message().toStdString();
    w.model()->setLanguage(QStringLiteral("en"));
    EXPECT_EQ(ui::formulaMessage("unknown function foo at column 1"),
              QStringLiteral("unknown function foo at column 1"));
}

TEST(FormulaWindow, TypedMishOverMishThenSwitchedSavedAndReopened) {
    QSettings().clear();
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    ui::SceneModel* model = w.model();
    const int mish = model->addCurve(QStringLiteral("mish"));
    const int mine = model->addCurve(typed("x*tanh(softplus(x))"));
    ASSERT_GE(mine, 0);
    model->setShowDerivative(mine, true);
    model->setShowDerivative(mish, true);
    // The same curves, f and f′.
    for (double x = -6; x <= 6; x += 0.25) {
        EXPECT_NEAR(model->curve(mine).function->f(x, {}), model->curve(mish).function->f(x, {}),
                    1e-14);
        EXPECT_NEAR(model->curve(mine).function->df(x, {}), model->curve(mish).function->df(x, {}),
                    1e-13);
    }
    model->setSelected(mine);
    QApplication::processEvents();
    EXPECT_TRUE(anyLabelContains(w.formulaPanel(), QStringLiteral("f(x) = x·tanh(softplus(x))")));
    EXPECT_TRUE(anyLabelContains(w.formulaPanel(), QStringLiteral("f′(x) = ")));
    w.propertiesPanel()->setActive(true);
    waitFor(
        [&] { return w.propertiesPanel()->markdown().contains(QStringLiteral("Same as Mish")); });
    const QString md = w.propertiesPanel()->markdown();
    EXPECT_TRUE(md.contains(QStringLiteral("Same as Mish"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("double precision")));
    EXPECT_TRUE(md.contains(QStringLiteral("f(0)"))) << md.toStdString(); // computed properties

    // Saved and reopened: the formula comes back.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typed.json"));
    ASSERT_FALSE(w.document()->saveAs(path));
    MainWindow again;
    ASSERT_FALSE(again.document()->open(path));
    ASSERT_EQ(again.model()->curveCount(), model->curveCount());
    EXPECT_EQ(again.model()->curve(mine).function, model->curve(mine).function);
    EXPECT_TRUE(again.model()->curve(mine).showDerivative);

    // "Switch to the catalogue's Mish": one undo step.
    const int steps = w.history()->stack()->count();
    auto* browser = w.propertiesPanel()->findChild<QTextBrowser*>();
    ASSERT_NE(browser, nullptr);
    emit browser->anchorClicked(QUrl(QStringLiteral("actviz:catalogue")));
    EXPECT_EQ(model->curve(mine).function, core::findFunction("mish"));
    EXPECT_EQ(w.history()->stack()->count(), steps + 1);
    w.history()->stack()->undo();
    EXPECT_NE(core::customFunction(*model->curve(mine).function), nullptr);
}

TEST(FormulaWindow, SwitchingToACatalogueFunctionWithParametersRebuildsThePanels) {
    QSettings().clear();
    MainWindow w;
    w.resize(1280, 720);
    w.show();
    ui::SceneModel* model = w.model();
    model->setScene(ui::Scene{});
    const int i = model->addCurve(typed("if(x > 0, x, 0.01*x)"));
    model->setShowGradient(i, true);
    QApplication::processEvents();
    const core::FunctionSpec* leaky = core::findFunction("leaky_relu");
    ASSERT_EQ(core::customFunction(*model->curve(i).function)->sameAs, leaky);
    const auto sliders = [&] {
        return w.findChildren<ui::ParameterSlider*>(QString(), Qt::FindChildrenRecursively).size();
    };
    EXPECT_EQ(sliders(), 0);
    w.propertiesPanel()->setActive(true);
    emit w.propertiesPanel()->findChild<QTextBrowser*>()->anchorClicked(
        QUrl(QStringLiteral("actviz:catalogue")));
    QApplication::processEvents();
    EXPECT_EQ(model->curve(i).function, leaky);
    EXPECT_EQ(sliders(), 1); // the slope
    EXPECT_EQ(w.picker()->itemFor(QStringLiteral("leaky_relu"))->checkState(0), Qt::Checked);
    w.history()->stack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(sliders(), 0);
    EXPECT_EQ(w.picker()->itemFor(QStringLiteral("leaky_relu"))->checkState(0), Qt::Unchecked);
    w.history()->stack()->redo();
    QApplication::processEvents();
    EXPECT_EQ(model->curve(i).function, leaky);
    EXPECT_EQ(sliders(), 1);
}

TEST(FormulaWindow, EditingAFormulaKeepsTheValuesOfItsParametersInOneUndoStep) {
    QSettings().clear();
    MainWindow w;
    ui::SceneModel* model = w.model();
    const int i =
        model->addCurve(typed("x*sigmoid(b*x)", {{"b", 1.0, 0.0, 10.0, core::Scale::Linear}}));
    ASSERT_FALSE(model->setParameter(i, 0, 2.5));
    const int steps = w.history()->stack()->count();
    // The dialog opens on the formula and its settings; the user adds a parameter.
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ui::FormulaDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->formulaField()->text(), QStringLiteral("x*sigmoid(b*x)"));
        EXPECT_EQ(dialog->parameterTable()->item(0, 3)->text(), QStringLiteral("10"));
        dialog->formulaField()->setText(QStringLiteral("x*sigmoid(b*x + c)"));
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        waitFor([&] { return ok->isEnabled(); });
        ok->click();
    });
    w.editFormulaCurve();
    const core::CustomFunction* now = core::customFunction(*model->curve(i).function);
    ASSERT_NE(now, nullptr);
    EXPECT_EQ(now->text, "x*sigmoid(b*x + c)");
    EXPECT_EQ(model->curve(i).params, (std::vector<double>{2.5, 1.0})); // b kept, c its default
    EXPECT_EQ(now->parameters.at(0).sliderMax, 10.0);                   // b's slider kept
    EXPECT_EQ(w.history()->stack()->count(), steps + 1);
    w.history()->stack()->undo();
    EXPECT_EQ(core::customFunction(*model->curve(i).function)->text, "x*sigmoid(b*x)");
    EXPECT_EQ(model->curve(i).params, std::vector<double>{2.5});
}

TEST(FormulaWindow, ExportsTablesAndHandoutsTakeFormulas) {
    ui::SceneModel model;
    model.setScene(ui::Scene{});
    const int i = model.addCurve(typed("x*sigmoid(b*x)"));
    ASSERT_FALSE(model.setParameter(i, 0, 1.5));
    const QByteArray csv = ui::tableCsv(model, 5);
    EXPECT_TRUE(csv.contains("# curve 1: formula x*sigmoid(b*x) b=1.5")) << csv.constData();
    // df/db is drawn and tabulated as for a learnable catalogue parameter.
    model.setShowGradient(i, true);
    EXPECT_EQ(ui::drawnGradientParams(model.curve(i)), std::vector<std::size_t>{0});
    EXPECT_TRUE(ui::tableCsv(model, 5).contains("df/db")) << ui::tableCsv(model, 5).constData();
}

} // namespace
} // namespace actviz::app
