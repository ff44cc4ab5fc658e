// SPDX-License-Identifier: GPL-3.0-or-later
// Regressions of the window as a lecturer meets it: layout at every size and language, the
// language switched in place, undo, presentation mode and the document, duplicates, dialogs.

#include "curve_list.h"
#include "depth_view.h"
#include "function_picker.h"
#include "main_window.h"
#include "parameter_panel.h"
#include "parameter_slider.h"
#include "plot_style.h"
#include "plot_view.h"
#include "properties_panel.h"
#include "scene_document.h"
#include "scene_history.h"
#include "scene_json.h"
#include "scene_model.h"
#include "softmax_view.h"
#include "sweep_dialog.h"
#include "text.h"

#include "actviz/core/catalogue.h"

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSlider>
#include <QStackedWidget>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItem>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

namespace actviz::app {
namespace {

std::unique_ptr<MainWindow> shownWindow(int width, int height, const QString& language = "en") {
    QSettings().clear();
    auto w = std::make_unique<MainWindow>();
    w->model()->setLanguage(language);
    w->resize(width, height);
    w->show();
    for (int k = 0; k < 5; ++k)
        QApplication::processEvents();
    return w;
}

/// Records the width of a widget's first painted frame.
class FirstPaintWidth : public QObject {
public:
    int width = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && width < 0)
            width = static_cast<QWidget*>(watched)->width();
        return QObject::eventFilter(watched, event);
    }
};

/// At its first start (at the size the screen allows), the window fits its side panels before
/// the first frame: the plot is drawn at its final width once, and does not jump narrower (and
/// get drawn again) when the panels arrive just after it.
TEST(Layout, TheFirstFrameShowsThePlotAtItsFinalWidth) {
    QSettings().clear();
    MainWindow w;
    QCustomPlot* plot = w.plotView()->plot();
    FirstPaintWidth first;
    plot->installEventFilter(&first);
    int replots = 0;
    QObject::connect(plot, &QCustomPlot::beforeReplot, [&replots] { ++replots; });
    w.show();
    for (int k = 0; k < 50 && first.width < 0; ++k)
        QApplication::processEvents();
    ASSERT_GT(first.width, 0) << "no frame";
    replots = 0;
    ASSERT_NE(w.picker(), nullptr); // the panels, as they come after the first frame
    for (int k = 0; k < 10; ++k)
        QApplication::processEvents();
    EXPECT_EQ(plot->width(), first.width) << "window " << w.width() << "x" << w.height();
    EXPECT_EQ(replots, 0);
}

TEST(Layout, ThePlotKeepsMoreThanHalfTheWidthAt1280x720InEveryLanguage) {
    for (const char* language : {"en", "zh_CN"}) {
        auto w = shownWindow(1280, 720, QString::fromLatin1(language));
        const int plot = w->centralWidget()->width();
        EXPECT_GE(plot, 0.55 * w->width()) << language << ": plot " << plot << " of " << w->width();
    }
}

TEST(Layout, LanguageSwitchAtNormalSizeKeepsThePlotWide) {
    auto w = shownWindow(1280, 720);
    w->model()->setLanguage(QStringLiteral("zh_CN"));
    for (int k = 0; k < 5; ++k)
        QApplication::processEvents();
    EXPECT_GE(w->centralWidget()->width(), 0.55 * w->width());
}

TEST(Layout, SmallWindowsStackThePanelsAsTabsAndKeepThePlotUsable) {
    for (const QSize size : {QSize(1024, 768), QSize(800, 600)}) {
        for (const char* language : {"en", "zh_CN"}) {
            auto w = shownWindow(size.width(), size.height(), QString::fromLatin1(language));
            EXPECT_GE(w->centralWidget()->width(), 0.45 * w->width())
                << language << " at " << size.width();
            EXPECT_GE(w->centralWidget()->height(), 0.6 * w->height());
            // Each side's panels share one column as tabs.
            EXPECT_EQ(w->tabifiedDockWidgets(w->findChild<QDockWidget*>("parameters")).size(), 2);
        }
    }
}

TEST(Layout, ANarrowWindowTabsItsPanelsBeforeItsFirstFrame) {
    QSettings().clear();
    MainWindow w;
    w.resize(800, 600); // applied as it is shown
    w.show();
    // No event has been processed: the first frame shows the panels as it will keep them.
    EXPECT_EQ(w.tabifiedDockWidgets(w.findChild<QDockWidget*>("parameters")).size(), 2);
    // Functions, curves and slides; parameters, formula and properties.
    EXPECT_EQ(w.tabifiedDockWidgets(w.findChild<QDockWidget*>("functions")).size(), 2);
}

TEST(Layout, AWidenedWindowShowsNoEmptyTabBar) {
    // Narrow to wide, while the window is shown and while it is hidden: the panels' tabs go back
    // to stacked panels. A tab bar left without tabs would be announced by a screen reader as a
    // nameless control.
    auto check = [](const MainWindow& w) {
        for (const QTabBar* bar : w.findChildren<QTabBar*>())
            EXPECT_TRUE(bar->count() > 0 || !bar->isVisibleTo(&w))
                << "an empty tab bar at " << bar->x() << "," << bar->y();
    };
    auto w = shownWindow(800, 600);
    for (int round = 0; round < 2; ++round) { // and narrow again: the tabs come back
        w->resize(1280, 720);
        for (int k = 0; k < 5; ++k)
            QApplication::processEvents();
        check(*w);
        EXPECT_TRUE(w->tabifiedDockWidgets(w->findChild<QDockWidget*>("functions")).isEmpty());
        w->resize(800, 600);
        for (int k = 0; k < 5; ++k)
            QApplication::processEvents();
        check(*w);
        EXPECT_EQ(w->tabifiedDockWidgets(w->findChild<QDockWidget*>("parameters")).size(), 2);
        int shownTabs = 0;
        for (const QTabBar* bar : w->findChildren<QTabBar*>())
            if (bar->isVisibleTo(w.get())) shownTabs += bar->count();
        EXPECT_EQ(shownTabs, 6) << "each side's panels as tabs";
    }
    QSettings().clear();
    MainWindow widenedBeforeShow;
    widenedBeforeShow.resize(800, 600);
    for (int k = 0; k < 5; ++k) // tabbed while hidden
        QApplication::processEvents();
    widenedBeforeShow.resize(1280, 720);
    widenedBeforeShow.show();
    for (int k = 0; k < 5; ++k)
        QApplication::processEvents();
    check(widenedBeforeShow);
}

TEST(Layout, TheLanguageBoxFitsEveryNameAndIsSizedByCharacterCount) {
    auto w = shownWindow(1280, 720);
    QComboBox* box = nullptr;
    for (QComboBox* c : w->findChildren<QComboBox*>())
        if (c->findData(QStringLiteral("zh_CN")) >= 0) box = c;
    ASSERT_NE(box, nullptr);
    // Measuring "简体中文" would load a CJK font before the first frame, which shows one name.
    EXPECT_EQ(box->sizeAdjustPolicy(), QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (int i = 0; i < box->count(); ++i) {
        QStyleOptionComboBox option;
        option.initFrom(box);
        const QFontMetrics metrics(box->font());
        const QSize text(metrics.horizontalAdvance(box->itemText(i)), metrics.height());
        const int needed =
            box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, box).width();
        EXPECT_GE(box->width(), needed) << box->itemText(i).toStdString();
    }
}

TEST(Layout, ACurveNameCutShortInTheListIsWholeInItsTooltip) {
    auto w = shownWindow(800, 600);
    const int i = w->model()->addCurve(QStringLiteral("leaky_relu"));
    auto* tree = w->curveList()->findChild<QTreeWidget*>();
    ASSERT_NE(tree, nullptr);
    const QString name = w->model()->curveLabel(i);
    EXPECT_TRUE(name.contains(QStringLiteral("a=0.01"))) << name.toStdString();
    EXPECT_TRUE(tree->topLevelItem(i)->toolTip(0).startsWith(name))
        << tree->topLevelItem(i)->toolTip(0).toStdString();
}

/// Legends and lists name parameters by the symbols the formulas use, in every language (not by
/// the English ids of the command line, which CSV headers keep).
TEST(Language, CurveLabelsUseTheFormulasSymbols) {
    auto w = shownWindow(1280, 720);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        w->model()->setScene(ui::Scene{});
        w->model()->setLanguage(language);
        const int swish = w->model()->addCurve(QStringLiteral("swish"));
        const int leaky = w->model()->addCurve(QStringLiteral("leaky_relu"));
        const int smu = w->model()->addCurve(QStringLiteral("smu"));
        EXPECT_EQ(w->model()->curveLabel(swish), QStringLiteral("Swish (β=1)"));
        EXPECT_EQ(w->model()->curveLabel(leaky), QStringLiteral("Leaky ReLU (a=0.01)"));
        EXPECT_EQ(w->model()->curveLabel(smu), QStringLiteral("SMU (α=0.25, μ=1e6)"));
        EXPECT_EQ(w->plotView()->functionGraph(swish)->name(), w->model()->curveLabel(swish));
        EXPECT_EQ(w->model()->curveLabel(swish, ui::SceneModel::ParameterNames::Ids),
                  QStringLiteral("Swish (beta=1)"));
    }
}

TEST(Language, SwitchesInPlaceKeepingWidgetsSelectionAndValues) {
    auto w = shownWindow(1280, 720);
    const int i = w->model()->addCurve(QStringLiteral("swish"));
    ui::ParameterSlider* slider = w->parameterPanel()->slider(0);
    ui::PlotView* plot = w->plotView();
    slider->field()->setFocus();
    w->model()->setLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(w->parameterPanel()->slider(0), slider) << "the panel was rebuilt";
    EXPECT_EQ(w->plotView(), plot);
    EXPECT_EQ(w->model()->selected(), i);
    EXPECT_TRUE(w->menuBar()->actions().front()->text().contains(QStringLiteral("文件")));
    EXPECT_EQ(w->findChild<QDockWidget*>("parameters")->windowTitle(), QStringLiteral("参数"));
    w->model()->setLanguage(QStringLiteral("en"));
    EXPECT_EQ(w->menuBar()->actions().front()->text(), QStringLiteral("&File"));
    EXPECT_EQ(w->parameterPanel()->slider(0), slider);
}

TEST(Undo, EveryEditIsOneStepAndADragIsOne) {
    auto w = shownWindow(1280, 720);
    QUndoStack* stack = w->history()->stack();
    const ui::Scene start = w->model()->scene();
    const int i = w->model()->addCurve(QStringLiteral("swish"));
    // A slider drag: many steps, one undo.
    ui::ParameterSlider* s = w->parameterPanel()->slider(0);
    emit s->dragStarted();
    for (int p = 100; p <= 800; p += 50)
        s->slider()->setValue(p);
    emit s->dragFinished();
    w->model()->setTheme(ui::Theme::Dark);
    w->model()->setShowDerivative(i, true);
    EXPECT_EQ(stack->count(), 4);
    stack->undo(); // derivative
    EXPECT_FALSE(w->model()->curve(i).showDerivative);
    stack->undo(); // theme
    EXPECT_EQ(w->model()->scene().theme, ui::Theme::Light);
    stack->undo(); // the whole drag
    EXPECT_EQ(w->model()->curve(i).params[0], 1.0);
    stack->undo(); // the added curve
    EXPECT_EQ(w->model()->scene(), start);
    stack->redo();
    stack->redo();
    EXPECT_DOUBLE_EQ(w->model()->curve(i).params[0], 8.0); // beta at slider position 800
    EXPECT_TRUE(stack->undoText().contains(QStringLiteral("Swish")));
}

TEST(Undo, StepNamesFollowTheLanguage) {
    auto w = shownWindow(1280, 720);
    w->model()->addCurve(QStringLiteral("relu"));
    w->model()->setTheme(ui::Theme::Dark);
    QUndoStack* stack = w->history()->stack();
    stack->undo(); // the theme is the redo step, the added curve the undo step
    QAction* undo = nullptr;
    for (QAction* a : w->findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::Undo)) undo = a;
    ASSERT_NE(undo, nullptr);
    const QString english = stack->redoText();
    EXPECT_EQ(english, QStringLiteral("theme"));
    w->model()->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    const QString chinese = stack->redoText();
    EXPECT_NE(chinese, english);
    EXPECT_EQ(chinese, QCoreApplication::translate("actviz::ui::SceneHistory", "theme"));
    EXPECT_TRUE(undo->text().contains(
        QCoreApplication::translate("actviz::ui::SceneHistory", "add %1").arg("ReLU")))
        << undo->text().toStdString();
    w->model()->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(stack->redoText(), english);
    EXPECT_TRUE(undo->text().startsWith(QStringLiteral("&Undo add ReLU")))
        << undo->text().toStdString();
}

TEST(Undo, ASlowDragOfADepthSliderIsOneStep) {
    auto w = shownWindow(1280, 720);
    ui::DepthSettings shown = w->model()->depth();
    shown.shown = true;
    w->model()->setDepth(shown);
    QCoreApplication::processEvents();
    QUndoStack* stack = w->history()->stack();
    const int before = stack->count();
    auto* depth = w->findChild<ui::DepthView*>();
    ASSERT_NE(depth, nullptr);
    QSlider* layers = depth->layersSlider();
    const auto pause = [] { std::this_thread::sleep_for(std::chrono::milliseconds(800)); };
    pause(); // a step of its own, whatever came before
    emit layers->sliderPressed();
    layers->setValue(layers->value() + 3);
    pause(); // longer than what separates two steps without a hold
    layers->setValue(layers->value() + 3);
    emit layers->sliderReleased();
    EXPECT_EQ(stack->count(), before + 1);
    pause();
    layers->setValue(layers->value() + 3); // a later edit is a step of its own
    EXPECT_EQ(stack->count(), before + 2);
}

TEST(Startup, ThePanelsAreMadeWhenTheWindowOpensOnAnotherView) {
    QSettings().clear();
    {
        ui::Scene scene = ui::SceneModel::lectureScene();
        scene.depth.shown = true; // the plot is never drawn: the panels must not wait for it
        QSettings().setValue(QStringLiteral("scene"), ui::sceneToJson(scene));
    }
    auto w = std::make_unique<MainWindow>();
    w->resize(1280, 720);
    w->show();
    for (int k = 0; k < 5; ++k)
        QApplication::processEvents();
    EXPECT_NE(w->findChild<ui::ParameterPanel*>(), nullptr);
    EXPECT_NE(w->findChild<ui::FunctionPicker*>(), nullptr);
    QSettings().clear();
}

TEST(Startup, ThePanelsFollowThePlotsFirstFrame) {
    auto w = shownWindow(1280, 720); // not asked for: made after the first frame
    EXPECT_NE(w->findChild<ui::CurveList*>(), nullptr);
    EXPECT_NE(w->findChild<ui::PropertiesPanel*>(), nullptr);
}

/// Every range the model accepts is one the plot's axes take as it is: a subnormal end (the
/// monkey typed 4.9e-324) made QCustomPlot refuse the range while the model kept it.
TEST(ViewLimits, TheAxesTakeEveryRangeTheModelAccepts) {
    auto w = shownWindow(1280, 720);
    const double ends[] = {0.0, 5e-324, 1e-300, 1e-200, 1e-100, 1.0, 1e100};
    for (const double lo : ends)
        for (const double hi : ends)
            for (const double sign : {1.0, -1.0}) {
                ui::ViewRange v = w->model()->view();
                v.xMin = sign > 0 ? lo : -hi;
                v.xMax = sign > 0 ? hi : -lo;
                if (w->model()->setView(v)) continue; // refused with a reason: fine
                const QCPRange x = w->plotView()->plot()->xAxis->range();
                EXPECT_EQ(x.lower, v.xMin) << v.xMin << " " << v.xMax;
                EXPECT_EQ(x.upper, v.xMax) << v.xMin << " " << v.xMax;
            }
}

TEST(Undo, TheLanguageIsNotAStep) {
    auto w = shownWindow(1280, 720);
    w->model()->addCurve(QStringLiteral("relu"));
    w->model()->setLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(w->history()->stack()->count(), 1);
    w->history()->stack()->undo();
    EXPECT_EQ(w->model()->language(), QStringLiteral("zh_CN"));
}

TEST(Document, PresentationModeIsNotAnEditAndIsNotSavedAsTheLayout) {
    auto w = shownWindow(1280, 720);
    const QByteArray layout = w->saveState();
    w->setPresentationMode(true);
    EXPECT_EQ(w->model()->theme(), ui::Theme::Presentation);
    EXPECT_EQ(w->model()->scene().theme, ui::Theme::Light);
    EXPECT_FALSE(w->document()->isModified());
    EXPECT_EQ(w->history()->stack()->count(), 0);
    w->saveSettings(); // closing while presenting keeps the normal layout
    EXPECT_EQ(QSettings().value("windowState").toByteArray(), layout);
    w->setPresentationMode(false);
    EXPECT_FALSE(w->document()->isModified());
    EXPECT_EQ(w->model()->theme(), ui::Theme::Light);
}

TEST(Document, ABadSceneOnTheCommandLineOpensTheWindowAndSaysWhy) {
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(
        "{\"format\": \"actviz-scene\", \"version\": 1, \"curves\": [{\"function\": \"nope\"}]}");
    f.close();
    auto w = shownWindow(1280, 720);
    const ui::Scene before = w->model()->scene();
    const auto why = w->openFromCommandLine(bad);
    ASSERT_TRUE(why.has_value());
    QApplication::processEvents();
    EXPECT_EQ(w->model()->scene(), before);
    bool shown = false;
    for (QMessageBox* box : w->findChildren<QMessageBox*>())
        shown = shown || (box->isVisible() && box->text().contains(QStringLiteral("nope")));
    EXPECT_TRUE(shown);
    for (QMessageBox* box : w->findChildren<QMessageBox*>())
        box->close();
}

TEST(Duplicates, CopiesAreNumberedAndUncheckingAsksBeforeRemovingThemAll) {
    auto w = shownWindow(1280, 720);
    const int a = w->model()->addCurve(QStringLiteral("elu"));
    const int b = w->model()->addCurve(QStringLiteral("elu"));
    EXPECT_EQ(w->model()->curveName(a), QStringLiteral("ELU #1"));
    EXPECT_EQ(w->model()->curveName(b), QStringLiteral("ELU #2"));
    EXPECT_TRUE(w->plotView()->functionGraph(b)->name().startsWith(QStringLiteral("ELU #2")));
    QString asked;
    w->picker()->setConfirm([&](const QString& q) {
        asked = q;
        return false;
    });
    QTreeWidgetItem* item = w->picker()->itemFor(QStringLiteral("elu"));
    item->setCheckState(0, Qt::Unchecked);
    EXPECT_TRUE(asked.contains(QStringLiteral("2"))) << asked.toStdString();
    EXPECT_EQ(w->model()->curveCount(), 6); // nothing removed
    EXPECT_EQ(item->checkState(0), Qt::Checked);
    w->picker()->setConfirm([](const QString&) { return true; });
    item->setCheckState(0, Qt::Unchecked);
    EXPECT_EQ(w->model()->curveCount(), 4);
}

TEST(SweepDialog, DefaultsAreValidForEveryParameterOfEveryFunction) {
    for (const core::FunctionSpec& fn : core::catalogue()) {
        if (fn.params.empty()) continue;
        ui::SceneModel model;
        model.setScene({});
        const int i = model.addCurve(ui::qs(fn.id));
        ui::SweepDialog d(model, i);
        for (int p = 0; p < static_cast<int>(fn.params.size()); ++p) {
            d.setParameter(p);
            QString why;
            EXPECT_TRUE(d.sweep(&why).has_value())
                << fn.id << " " << p << ": " << why.toStdString();
        }
    }
}

TEST(SweepDialog, AFailedExportKeepsTheDialogOpenWithTheReason) {
    ui::SceneModel model;
    const int i = model.addCurve(QStringLiteral("swish"));
    ui::SweepDialog d(model, i);
    d.setFrames(7);
    d.setExporter([](const ui::Sweep&) { return std::optional<QString>("Cannot write /x: full"); });
    d.show();
    d.accept();
    EXPECT_TRUE(d.isVisible());
    EXPECT_EQ(d.result(), QDialog::Rejected);
    EXPECT_TRUE(d.message().contains(QStringLiteral("full")));
    d.setExporter([](const ui::Sweep&) { return std::optional<QString>(); });
    d.accept();
    EXPECT_EQ(d.result(), QDialog::Accepted);
}

TEST(Softmax, ProbabilitiesHaveTheirOwnAxisNumbersAndNoLegendOverTheBars) {
    ui::SceneModel model;
    ui::SoftmaxSettings s;
    s.shown = true;
    s.logits = {2.0, 1.0, 0.1};
    ASSERT_FALSE(model.setSoftmax(s).has_value());
    ui::SoftmaxView view(&model, true);
    view.resize(900, 700);
    view.show();
    QApplication::processEvents();
    view.plot()->replot();
    EXPECT_EQ(view.probabilityBars()->valueAxis(), view.plot()->yAxis2);
    EXPECT_EQ(view.plot()->yAxis2->range().lower, 0.0);
    EXPECT_GE(view.plot()->yAxis2->range().upper, 1.0);
    EXPECT_EQ(
        view.probabilityLabels(),
        QStringList({QStringLiteral("0.659"), QStringLiteral("0.242"), QStringLiteral("0.0986")}));
    EXPECT_FALSE(view.plot()->axisRect()->rect().intersects(view.plot()->legend->outerRect()));
    view.temperatureField()->setText(QStringLiteral("0.25"));
    emit view.temperatureField()->editingFinished();
    EXPECT_EQ(model.softmax().temperature, 0.25);
    view.temperatureField()->setText(QStringLiteral("-1"));
    emit view.temperatureField()->editingFinished();
    EXPECT_EQ(model.softmax().temperature, 0.25);
    EXPECT_FALSE(view.message().isEmpty());
}

/// The window sets the application's icon once its panels are made (after its first frame).
TEST(Window, SetsTheApplicationIconWithItsPanels) {
    QApplication::setWindowIcon(QIcon());
    MainWindow w;
    EXPECT_TRUE(QApplication::windowIcon().isNull());
    ASSERT_NE(w.picker(), nullptr); // makes the panels
    EXPECT_FALSE(QApplication::windowIcon().isNull());
    EXPECT_FALSE(QApplication::windowIcon().pixmap(64).isNull());
}

/// A legend entry's icon and name share their top: an icon shorter than a line of the name put
/// the sample line above the middle of the text (presentation's large type).
TEST(WindowRegression, LegendSampleLinesSitLevelWithTheirNames) {
    for (ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark, ui::Theme::Presentation}) {
        QCustomPlot plot;
        ui::applyPlotTheme(&plot, theme);
        EXPECT_GE(plot.legend->iconSize().height(), QFontMetrics(plot.legend->font()).height())
            << static_cast<int>(theme);
    }
}

} // namespace
} // namespace actviz::app
