// Regressions found by trying the window as a lecturer would: each test names the defect it keeps
// fixed.

#include "main_window.h"
#include "parameter_panel.h"
#include "plot_view.h"
#include "scene_json.h"
#include "scene_model.h"
#include "view_range_bar.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/limits.h"

#include <qcustomplot.h>

#include <QLineEdit>
#include <QSettings>

#include <gtest/gtest.h>

#include <cmath>

namespace actviz::ui {
namespace {

using app::MainWindow;

std::unique_ptr<MainWindow> freshWindow(int width = 1280, int height = 720) {
    QSettings().clear();
    auto w = std::make_unique<MainWindow>();
    w->resize(width, height);
    w->show();
    QApplication::processEvents();
    return w;
}

/// Starts animating the first parameter of the last curve (Swish's beta).
int animateNewSwish(MainWindow& w) {
    const int i = w.model()->addCurve(QStringLiteral("swish"));
    w.parameterPanel()->animate(0);
    for (int k = 0; k < 3; ++k)
        w.parameterPanel()->step();
    return i;
}

TEST(Animation, RemovingAnEarlierCurveWhileAnotherAnimatesIsSafe) {
    auto w = freshWindow();
    animateNewSwish(*w);
    EXPECT_NO_THROW(w->model()->removeCurve(0));
    for (int k = 0; k < 3; ++k)
        EXPECT_NO_THROW(w->parameterPanel()->step());
    EXPECT_NO_THROW(w->plotView()->replotNow());
    EXPECT_EQ(w->plotView()->plot()->graphCount(), 3 * 2 + 3); // swish: f, f', df/dbeta
}

TEST(Animation, EveryCurveEditDuringAnAnimationIsSafe) {
    auto w = freshWindow();
    const int i = animateNewSwish(*w);
    EXPECT_NO_THROW(w->model()->removeCurve(i));
    animateNewSwish(*w);
    EXPECT_NO_THROW(w->model()->addCurve(QStringLiteral("swish")));
    EXPECT_NO_THROW(w->parameterPanel()->step());
    animateNewSwish(*w);
    EXPECT_NO_THROW(w->model()->setScene(SceneModel::lectureScene()));
    EXPECT_NO_THROW(w->parameterPanel()->step());
    animateNewSwish(*w);
    while (w->model()->curveCount() > 0)
        EXPECT_NO_THROW(w->model()->removeCurve(0));
    EXPECT_NO_THROW(w->parameterPanel()->step());
    EXPECT_NO_THROW(w->plotView()->replotNow());
}

ViewRangeBar* rangeBar(MainWindow& w) {
    auto* bar = w.findChild<ViewRangeBar*>();
    EXPECT_NE(bar, nullptr);
    return bar;
}

void type(QLineEdit* field, const QString& text) {
    field->setText(text);
    emit field->textEdited(text);
    emit field->editingFinished();
}

TEST(ViewRange, AnAbsurdTypedBoundMarksOnlyItsFieldSaysWhyAndChangesNothing) {
    auto w = freshWindow();
    ViewRangeBar* bar = rangeBar(*w);
    const ViewRange before = w->model()->view();
    type(bar->field(1), QStringLiteral("1e308"));
    EXPECT_EQ(w->model()->view(), before);
    EXPECT_FALSE(bar->marked(0));
    EXPECT_TRUE(bar->marked(1));
    EXPECT_FALSE(bar->marked(2));
    EXPECT_FALSE(bar->marked(3));
    EXPECT_TRUE(bar->message().contains(QStringLiteral("within"))) << bar->message().toStdString();
    // Fixed: the mark and the message go as soon as the field holds a number again.
    type(bar->field(1), QStringLiteral("7"));
    EXPECT_FALSE(bar->marked(1));
    EXPECT_TRUE(bar->message().isEmpty());
    EXPECT_EQ(w->model()->view().xMax, 7.0);
}

TEST(ViewRange, ARangeNarrowerThanADoubleResolvesIsRefused) {
    auto w = freshWindow();
    ViewRangeBar* bar = rangeBar(*w);
    type(bar->field(2), QStringLiteral("1"));
    type(bar->field(3), QStringLiteral("1.000000000000001"));
    EXPECT_TRUE(bar->marked(3));
    EXPECT_FALSE(bar->marked(2));
    EXPECT_TRUE(bar->message().contains(QStringLiteral("too narrow")));
    EXPECT_LT(w->model()->view().yMax - w->model()->view().yMin, 10.0);
    EXPECT_GT(w->model()->view().yMax - w->model()->view().yMin, 1.0);
}

TEST(ViewRange, ZoomingBeyondTheLimitsKeepsAxesAndModelInAgreement) {
    auto w = freshWindow();
    QCustomPlot* plot = w->plotView()->plot();
    const ViewRange before = w->model()->view();
    plot->xAxis->setRange(-1e200, 1e200);
    EXPECT_EQ(w->model()->view(), before);
    EXPECT_EQ(plot->xAxis->range().lower, before.xMin);
    EXPECT_EQ(plot->xAxis->range().upper, before.xMax);
    plot->yAxis->setRange(0.5, 0.5 + 1e-17);
    EXPECT_EQ(plot->yAxis->range().lower, before.yMin);
    EXPECT_EQ(w->model()->view(), before);
    for (const double lo : {-1e100, -3.0})
        EXPECT_FALSE(w->model()->setView({lo, 1e100, -1, 1}).has_value());
    EXPECT_TRUE(w->model()->setView({-1e101, 0, -1, 1}).has_value());
}

TEST(Document, WhatTheWindowCanHoldSavesAndOpensAgain) {
    SceneModel model;
    for (int k = 0; k < 100; ++k)
        model.addCurve(QStringLiteral("relu"));
    EXPECT_EQ(model.curveCount(), core::kMaxCurves);
    for (int k = 0; k < 100; ++k)
        model.addTangent(k % model.curveCount(), 0.5 * k);
    EXPECT_EQ(static_cast<int>(model.tangents().size()), core::kMaxTangents);
    model.setView({-1e100, 1e100, 1, 1 + 1e-9});
    const SceneParse again = sceneFromJson(sceneToJson(model.scene()));
    ASSERT_TRUE(again.scene.has_value()) << again.error.toStdString();
    EXPECT_EQ(sceneToJson(*again.scene), sceneToJson(model.scene()));
}

} // namespace
} // namespace actviz::ui
