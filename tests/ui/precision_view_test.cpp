// SPDX-License-Identifier: GPL-3.0-or-later
// The precision lens in the window: what it plots and explains, how it follows the scene, and
// its language.

#include "main_window.h"
#include "precision_view.h"
#include "scene_model.h"

#include "actviz/core/precision.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QSettings>

#include <gtest/gtest.h>

namespace actviz::ui {
namespace {

int itemsOfType(QCustomPlot* plot, const char* type) {
    int n = 0;
    for (int i = 0; i < plot->itemCount(); ++i)
        n += QString::fromLatin1(plot->item(i)->metaObject()->className()) == QLatin1String(type);
    return n;
}

TEST(PrecisionView, PlotsBothErrorsAndExplainsEachRegion) {
    SceneModel m;
    m.setScene(SceneModel::lectureScene());
    PrecisionView v(&m);
    v.show();
    ASSERT_EQ(v.curveBox()->count(), m.curveCount());
    v.curveBox()->setCurrentIndex(0); // Sigmoid
    v.formatBox()->setCurrentText(QStringLiteral("float16"));
    v.derivativeBox()->setChecked(true);
    const QString text = v.explanations();
    EXPECT_TRUE(text.contains(QLatin1String("an exponential overflows float16")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("gives NaN"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("a product overflows float16"))) << text.toStdString();
    EXPECT_EQ(itemsOfType(v.plot(), "QCPItemRect"), 2);
    // Both errors are drawn, the textbook's NaN at the ceiling of the axis.
    ASSERT_EQ(v.plot()->graphCount(), 2);
    EXPECT_GT(v.plot()->graph(0)->dataCount(), 400);
    EXPECT_EQ(v.plot()->graph(0)->dataCount(), v.plot()->graph(1)->dataCount());
    double highest = 0;
    for (auto it = v.plot()->graph(0)->data()->constBegin();
         it != v.plot()->graph(0)->data()->constEnd(); ++it)
        highest = std::max(highest, it->value);
    EXPECT_EQ(highest, 1e9);
    EXPECT_TRUE(v.plot()->graph(1)->visible());
    EXPECT_TRUE(v.plot()->graph(0)->name().startsWith(QLatin1String("textbook: ")));

    // float32 moves the overflow out of [-20, 20]: no region, and it says so.
    v.formatBox()->setCurrentText(QStringLiteral("float32"));
    EXPECT_EQ(itemsOfType(v.plot(), "QCPItemRect"), 0);
    EXPECT_TRUE(v.explanations().contains(QLatin1String("within 8 ulps")));
}

TEST(PrecisionView, FollowsTheSceneAndSaysWhatItCannotShow) {
    SceneModel m;
    m.setScene(SceneModel::lectureScene());
    PrecisionView v(&m);
    v.show();
    // ReLU (curve 2) has one formulation.
    m.setSelected(2);
    EXPECT_EQ(v.curveBox()->currentData().toInt(), 2);
    EXPECT_TRUE(v.explanations().contains(QLatin1String("one formulation")));
    EXPECT_FALSE(v.plot()->graph(1)->visible());
    // Its errors are all 0, drawn at the floor: a line above the axis, not on it.
    EXPECT_EQ(v.plot()->graph(0)->data()->constBegin()->value, 1e-3);
    EXPECT_LT(v.plot()->yAxis->range().lower, 1e-3);
    // A parameter the format rounds out of the function's domain.
    const int smu1 = m.addCurve(QStringLiteral("smu1"));
    m.setSelected(smu1);
    v.formatBox()->setCurrentText(QStringLiteral("float16"));
    EXPECT_TRUE(v.explanations().contains(QStringLiteral("μ = 4.353e-9 is 0 in float16")))
        << v.explanations().toStdString();
    EXPECT_EQ(v.plot()->graph(0)->dataCount(), 0);
    EXPECT_FALSE(v.plot()->legend->visible()); // no "Graph 1" for nothing drawn
    // Removing the curve shown, then every curve.
    m.removeCurve(smu1);
    EXPECT_EQ(v.curveBox()->count(), m.curveCount());
    while (m.curveCount() > 0)
        m.removeCurve(0);
    EXPECT_EQ(v.curveBox()->count(), 0);
    EXPECT_TRUE(v.explanations().contains(QLatin1String("Add a curve")));
    EXPECT_EQ(v.plot()->graph(0)->dataCount(), 0);
}

TEST(PrecisionView, KeepsXWithinTheFormat) {
    SceneModel m;
    m.setScene(SceneModel::lectureScene());
    PrecisionView v(&m);
    v.show();
    v.formatBox()->setCurrentText(QStringLiteral("float16"));
    v.plot()->xAxis->setRange(-1e6, 1e6);
    EXPECT_EQ(v.plot()->xAxis->range().lower, -65504.0);
    EXPECT_EQ(v.plot()->xAxis->range().upper, 65504.0);
    for (auto it = v.plot()->graph(0)->data()->constBegin();
         it != v.plot()->graph(0)->data()->constEnd(); ++it)
        ASSERT_TRUE(std::isfinite(it->key));
}

TEST(PrecisionView, AClosedLensCostsNothingAndCatchesUpWhenShown) {
    SceneModel m;
    m.setScene(SceneModel::lectureScene());
    const int swish = m.addCurve(QStringLiteral("swish"));
    PrecisionView v(&m);
    v.show();
    v.curveBox()->setCurrentIndex(v.curveBox()->findData(swish));
    const auto firstValue = [&v] { return v.plot()->graph(0)->data()->constBegin()->value; };
    const double before = firstValue();
    v.hide();
    ASSERT_FALSE(m.setParameter(swish, 0, 4.0)); // while hidden: nothing is computed
    EXPECT_EQ(firstValue(), before);
    EXPECT_TRUE(v.curveBox()->currentText().contains(QStringLiteral("4")));
    v.show(); // ... until it is shown again
    EXPECT_NE(firstValue(), before);
    // A parameter of another curve does not recompute the one shown.
    const int shown = v.plot()->graph(0)->dataCount();
    v.plot()->graph(0)->data()->clear();
    ASSERT_FALSE(m.setParameter(3, 0, 0.2)); // Leaky ReLU's slope
    EXPECT_EQ(v.plot()->graph(0)->dataCount(), 0);
    ASSERT_FALSE(m.setParameter(swish, 0, 2.0));
    EXPECT_EQ(v.plot()->graph(0)->dataCount(), shown);
}

TEST(PrecisionView, OpensFromTheViewMenuAndSwitchesLanguageInPlace) {
    QSettings().clear();
    app::MainWindow w;
    w.show();
    QAction* lens = nullptr;
    for (QAction* a : w.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L)) lens = a;
    ASSERT_NE(lens, nullptr);
    lens->trigger();
    QApplication::processEvents();
    auto* view = w.findChild<PrecisionView*>();
    ASSERT_NE(view, nullptr);
    auto* dialog = qobject_cast<QDialog*>(view->parentWidget());
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Precision lens"));
    view->formatBox()->setCurrentText(QStringLiteral("float16"));
    view->derivativeBox()->setChecked(true);
    const int format = view->formatBox()->currentIndex();
    w.model()->setLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("精度透镜"));
    EXPECT_EQ(view->derivativeBox()->text(), QStringLiteral("导数 f′(&D)"));
    EXPECT_EQ(view->formatBox()->currentIndex(), format); // nothing rebuilt
    EXPECT_TRUE(view->derivativeBox()->isChecked());
    EXPECT_TRUE(view->plot()->yAxis->label().contains(QStringLiteral("误差")));
    w.model()->setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    lens->trigger(); // the same window again, not a second one
    EXPECT_EQ(w.findChildren<PrecisionView*>().size(), 1);
}

} // namespace
} // namespace actviz::ui
