// SPDX-License-Identifier: GPL-3.0-or-later
// Scene files from the window: save and open, refusals that leave the scene alone, unsaved
// changes, recent files, exports, the clipboard and the export dialog.

#include "export_actions.h"
#include "export_dialog.h"
#include "main_window.h"
#include "plot_view.h"

#include "scene_document.h"
#include "scene_json.h"
#include "scene_model.h"
#include <qcustomplot.h>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace actviz::app {
namespace {

std::unique_ptr<MainWindow> window() {
    QSettings().clear();
    return std::make_unique<MainWindow>();
}

/// Scenes are saved as NAME.actviz.json unless the user gave a suffix: that is the name the
/// desktop's MIME type knows.
TEST(Document, ANameWithoutSuffixIsSavedAsAnActvizJsonFile) {
    EXPECT_EQ(sceneFileName(QStringLiteral("/tmp/lecture")),
              QStringLiteral("/tmp/lecture.actviz.json"));
    EXPECT_EQ(sceneFileName(QStringLiteral("/tmp/lecture.json")),
              QStringLiteral("/tmp/lecture.json"));
    EXPECT_EQ(sceneFileName(QStringLiteral("/tmp/a.b/lecture")),
              QStringLiteral("/tmp/a.b/lecture.actviz.json"));
}

TEST(Document, SaveThenOpenRestoresTheSceneAndClearsTheModifiedMark) {
    QTemporaryDir dir;
    auto w = window();
    const int i = w->model()->addCurve(QStringLiteral("mish"));
    EXPECT_TRUE(w->document()->isModified());
    const QString path = dir.filePath(QStringLiteral("lecture.json"));
    ASSERT_FALSE(w->document()->saveAs(path).has_value());
    EXPECT_FALSE(w->document()->isModified());
    EXPECT_TRUE(w->windowTitle().startsWith(QStringLiteral("lecture.json")));
    const QByteArray saved = ui::sceneToJson(w->model()->scene());
    w->model()->removeCurve(i);
    EXPECT_TRUE(w->document()->isModified());
    ASSERT_FALSE(w->document()->open(path).has_value());
    EXPECT_EQ(ui::sceneToJson(w->model()->scene()), saved);
    EXPECT_FALSE(w->document()->isModified());
    EXPECT_EQ(w->document()->recentFiles().front(), QFileInfo(path).absoluteFilePath());
}

TEST(Document, EveryMalformedFileIsRefusedAndTheSceneStaysAsItWas) {
    auto w = window();
    w->model()->addCurve(QStringLiteral("gelu"));
    const QByteArray before = ui::sceneToJson(w->model()->scene());
    const QDir bad(QStringLiteral(ACTVIZ_BAD_SCENES));
    for (const QString& name : bad.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const auto error = w->document()->open(bad.filePath(name));
        ASSERT_TRUE(error.has_value()) << name.toStdString();
        EXPECT_TRUE(error->contains(name)) << error->toStdString();
        EXPECT_EQ(ui::sceneToJson(w->model()->scene()), before) << name.toStdString();
    }
    EXPECT_TRUE(w->document()->open(QStringLiteral("/no/such/scene.json")).has_value());
}

TEST(Document, AFailedSaveLeavesNoFileAndKeepsTheModifiedMark) {
    auto w = window();
    w->model()->addCurve(QStringLiteral("elu"));
    EXPECT_TRUE(w->document()->saveAs(QStringLiteral("/no/such/dir/scene.json")).has_value());
    EXPECT_TRUE(w->document()->isModified());
}

TEST(Document, ExportWritesTheFileAndCopyUsesItsSize) {
    QTemporaryDir dir;
    auto w = window();
    ui::ExportOptions o;
    o.format = ui::ImageFormat::Svg;
    o.width = 320;
    o.height = 200;
    const QString path = dir.filePath(QStringLiteral("plot.svg"));
    ASSERT_FALSE(w->exportTo(path, o, ui::Theme::Dark).has_value());
    EXPECT_TRUE(QSvgRenderer(path).isValid());
    w->copyToClipboard();
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    EXPECT_TRUE(mime->hasImage());
    EXPECT_TRUE(mime->hasFormat(QStringLiteral("image/svg+xml")));
    EXPECT_EQ(qvariant_cast<QImage>(mime->imageData()).size(), QSize(320, 200));
    EXPECT_TRUE(QSvgRenderer(mime->data(QStringLiteral("image/svg+xml"))).isValid());
}

TEST(Document, CopyAsCodeFromTheEditMenuAndExportCode) {
    QTemporaryDir dir;
    auto w = window();
    // Edit -> Copy as code -> each language, by its menu entry.
    QMenu* edit = w->menuBar()->actions().at(1)->menu();
    ASSERT_NE(edit, nullptr);
    QMenu* code = nullptr;
    for (QAction* a : edit->actions())
        if (a->menu() != nullptr) code = a->menu();
    ASSERT_NE(code, nullptr);
    ASSERT_EQ(code->actions().size(), 5);
    EXPECT_EQ(code->actions().at(0)->text(), QStringLiteral("NumPy functions"));
    code->actions().at(0)->trigger();
    const QString numpy = QApplication::clipboard()->text();
    EXPECT_TRUE(numpy.contains(QStringLiteral("def sigmoid(x):"))) << numpy.toStdString();
    EXPECT_TRUE(numpy.contains(QStringLiteral("def leaky_relu(x, slope=0.1):")));
    code->actions().at(4)->trigger();
    EXPECT_TRUE(QApplication::clipboard()->text().contains(QStringLiteral("\\begin{axis}")));
    // A hidden curve is not written.
    w->model()->setVisible(0, false);
    code->actions().at(2)->trigger();
    EXPECT_FALSE(QApplication::clipboard()->text().contains(QStringLiteral("def sigmoid")));
    EXPECT_TRUE(QApplication::clipboard()->text().contains(QStringLiteral("F.leaky_relu")));
    // File -> Export code writes the same; an unwritable place says why.
    const QString path = dir.filePath(QStringLiteral("plot.py"));
    ASSERT_FALSE(w->exports()->exportCodeTo(path, ui::CodeLanguage::Matplotlib).has_value());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("fig.savefig("));
    const auto refused =
        w->exports()->exportCodeTo(QStringLiteral("/nonexistent/x.py"), ui::CodeLanguage::Numpy);
    ASSERT_TRUE(refused.has_value());
    EXPECT_TRUE(refused->contains(QStringLiteral("/nonexistent/x.py")));
    // In Chinese the entries are translated.
    w->model()->setLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    EXPECT_NE(code->actions().at(0)->text(), QStringLiteral("NumPy functions"));
    w->model()->setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
}

TEST(Document, CsvOfTheVisibleCurves) {
    QTemporaryDir dir;
    auto w = window();
    const QString path = dir.filePath(QStringLiteral("curves.csv"));
    ASSERT_FALSE(w->exportDataTo(path).has_value());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    EXPECT_TRUE(csv.contains("x,Sigmoid f,Sigmoid f',Tanh f"));
    EXPECT_GT(csv.count('\n'), 1000);
}

TEST(ExportDialog, KeepsTheChoicesItWasGivenAndPreviews) {
    ui::SceneModel model;
    model.setScene(ui::SceneModel::lectureScene());
    ui::ExportOptions o;
    o.format = ui::ImageFormat::Pdf;
    o.width = 1024;
    o.height = 512;
    o.scale = 2.0;
    o.dpi = 300;
    ui::ExportDialog d(model, o, ui::Theme::Presentation);
    const ui::ExportOptions back = d.options();
    EXPECT_EQ(back.format, ui::ImageFormat::Pdf);
    EXPECT_EQ(back.width, 1024);
    EXPECT_EQ(back.height, 512);
    EXPECT_EQ(back.scale, 2.0);
    EXPECT_EQ(back.dpi, 300);
    EXPECT_FALSE(back.transparent);
    EXPECT_EQ(d.theme(), ui::Theme::Presentation);
    EXPECT_EQ(d.exportScene().theme, ui::Theme::Presentation);
}

} // namespace
} // namespace actviz::app

namespace actviz::app {
namespace {

TEST(Presentation, F5GoesFullScreenWithLargeTypeAndEscRestores) {
    auto w = window();
    w->show();
    w->model()->setTheme(ui::Theme::Dark);
    w->setPresentationMode(true);
    EXPECT_TRUE(w->presentationMode());
    EXPECT_EQ(w->model()->theme(), ui::Theme::Presentation);
    for (QDockWidget* d : w->findChildren<QDockWidget*>())
        EXPECT_FALSE(d->isVisible());
    EXPECT_GE(w->plotView()->plot()->xAxis->tickLabelFont().pointSize(), 24);
    EXPECT_GE(w->plotView()->plot()->legend->font().pointSize(), 24);
    w->setPresentationMode(false);
    EXPECT_EQ(w->model()->theme(), ui::Theme::Dark);
    bool anyDock = false;
    for (QDockWidget* d : w->findChildren<QDockWidget*>())
        anyDock = anyDock || d->isVisible();
    EXPECT_TRUE(anyDock);
}

} // namespace
} // namespace actviz::app

#include "depth_view.h"
#include "softmax_view.h"

#include <QStackedWidget>

namespace actviz::app {
namespace {

TEST(DepthInWindow, TheViewMenuSwitchesTheCentralPlotAndBack) {
    auto w = window();
    EXPECT_EQ(w->depthView(), nullptr); // made when first shown
    ui::DepthSettings d = w->model()->depth();
    d.shown = true;
    w->model()->setDepth(d);
    ASSERT_NE(w->depthView(), nullptr);
    auto* central = w->centralWidget()->findChild<QStackedWidget*>();
    ASSERT_NE(central, nullptr);
    EXPECT_EQ(central->currentWidget(), w->depthView());
    d.shown = false;
    w->model()->setDepth(d);
    EXPECT_EQ(central->currentWidget(), w->plotView());
    ui::SoftmaxSettings s = w->model()->softmax();
    s.shown = true;
    ASSERT_FALSE(w->model()->setSoftmax(s).has_value());
    ASSERT_NE(w->softmaxView(), nullptr);
    EXPECT_EQ(central->currentWidget(), w->softmaxView());
    s.shown = false;
    w->model()->setSoftmax(s);
    EXPECT_EQ(central->currentWidget(), w->plotView());
}

} // namespace
} // namespace actviz::app

#include "gif_writer.h"
#include "parameter_panel.h"
#include "parameter_slider.h"
#include "sweep_dialog.h"

#include <QSlider>
#include <QToolButton>

namespace actviz::app {
namespace {

TEST(Animation, APlayButtonSweepsTheParameterOnceLoopOrBounce) {
    auto w = window();
    const int i = w->model()->addCurve(QStringLiteral("swish"));
    ui::ParameterPanel* panel = w->parameterPanel();
    int started = 0, finished = 0;
    QObject::connect(panel, &ui::ParameterPanel::liveEditStarted, [&] { ++started; });
    QObject::connect(panel, &ui::ParameterPanel::liveEditFinished, [&] { ++finished; });
    panel->setSweepMode(ui::ParameterPanel::SweepMode::Once);
    panel->slider(0)->slider()->setValue(0);
    panel->slider(0)->playButton()->click();
    EXPECT_EQ(panel->animatedParameter(), 0);
    EXPECT_EQ(started, 1);
    double last = w->model()->curve(i).params[0];
    for (int k = 0; k < 200 && panel->animatedParameter() >= 0; ++k) {
        panel->step();
        EXPECT_GE(w->model()->curve(i).params[0], last); // smoothly up the range
        last = w->model()->curve(i).params[0];
    }
    EXPECT_EQ(panel->animatedParameter(), -1); // once: stopped at the end
    EXPECT_DOUBLE_EQ(w->model()->curve(i).params[0], 10.0);
    EXPECT_EQ(finished, 1);
    panel->setSweepMode(ui::ParameterPanel::SweepMode::Bounce);
    panel->animate(0);
    for (int k = 0; k < 100; ++k)
        panel->step();
    EXPECT_LT(w->model()->curve(i).params[0], 10.0); // came back down
    EXPECT_EQ(panel->animatedParameter(), 0);
    panel->slider(0)->playButton()->click(); // stop
    EXPECT_EQ(panel->animatedParameter(), -1);
}

TEST(Sweep, ExportWritesAGifWithTheRequestedFramesOrNumberedPngs) {
    QTemporaryDir dir;
    QProcess p;
    const QString gif = dir.filePath(QStringLiteral("sweep.gif"));
    p.start(QStringLiteral(ACTVIZ_BINARY), {"export", "--functions", "swish,relu", "--sweep",
                                            "swish.beta=0:5:12", "--size", "320x200", "-o", gif});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    QFile f(gif);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(ui::gifFrameCount(f.readAll()), 12);
    p.start(QStringLiteral(ACTVIZ_BINARY),
            {"export", "--functions", "squareplus", "--sweep", "squareplus.b=0.01:4:5", "--size",
             "320x200", "-o", dir.filePath(QStringLiteral("b.png"))});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    for (int k = 1; k <= 5; ++k)
        EXPECT_EQ(
            QImage(dir.filePath(QStringLiteral("b_%1.png").arg(k, 4, 10, QLatin1Char('0')))).size(),
            QSize(320, 200));
    // A value outside the domain anywhere in the sweep: nothing is written.
    p.start(QStringLiteral(ACTVIZ_BINARY),
            {"export", "--functions", "squareplus", "--sweep", "squareplus.b=-1:4:5", "-o",
             dir.filePath(QStringLiteral("bad.gif"))});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 2);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("bad.gif"))));
}

TEST(Sweep, TheWindowsAnimationDialogRefusesBadValuesAndStepsLogParametersByAFactor) {
    auto w = window();
    const int leaky = w->model()->addCurve(QStringLiteral("leaky_relu"));
    ui::SweepDialog d(*w->model(), leaky);
    auto s = d.sweep();
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(s->from, 0.0); // the slider's range by default
    EXPECT_EQ(s->to, 1.0);
    EXPECT_FALSE(s->geometric);
    d.setRange(QStringLiteral("0"), QStringLiteral("abc"));
    d.accept();
    EXPECT_EQ(d.result(), QDialog::Rejected);
    EXPECT_TRUE(d.message().contains(QStringLiteral("abc"))) << d.message().toStdString();
    d.setRange(QStringLiteral("0.5"), QStringLiteral("0"));
    d.setFrames(7);
    s = d.sweep();
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(ui::sweepValue(*s, 0), 0.5);
    EXPECT_EQ(ui::sweepValue(*s, 6), 0.0);

    const int smu1 = w->model()->addCurve(QStringLiteral("smu1"));
    ui::SweepDialog m(*w->model(), smu1);
    m.setParameter(1); // mu: a logarithmic slider
    m.setRange(QStringLiteral("1e-8"), QStringLiteral("1"));
    m.setFrames(3);
    s = m.sweep();
    ASSERT_TRUE(s.has_value());
    EXPECT_TRUE(s->geometric);
    EXPECT_NEAR(ui::sweepValue(*s, 1), 1e-4, 1e-18);
    // mu = 0 is outside SMU-1's domain, and the middle frame of -1 .. 1 would be exactly 0.
    m.setRange(QStringLiteral("-1"), QStringLiteral("1"));
    QString why;
    EXPECT_FALSE(m.sweep(&why).has_value());
    EXPECT_TRUE(why.contains(QStringLiteral("mu"))) << why.toStdString();
}

TEST(Sweep, TheWindowWritesTheAnimationOrNothingWhenCancelled) {
    QTemporaryDir dir;
    auto w = window();
    const int i = w->model()->addCurve(QStringLiteral("swish"));
    ui::ExportOptions small; // frames at the last image export's size
    small.width = 320;
    small.height = 200;
    ASSERT_FALSE(w->exportTo(dir.filePath(QStringLiteral("still.png")), small).has_value());
    ui::Sweep sweep;
    sweep.curves = {i};
    sweep.from = 0.0;
    sweep.to = 4.0;
    sweep.frames = 6;
    const QString gif = dir.filePath(QStringLiteral("a.gif"));
    ASSERT_FALSE(w->exportAnimationTo(gif, sweep).has_value());
    QFile f(gif);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(ui::gifFrameCount(f.readAll()), 6);
    ASSERT_FALSE(w->exportAnimationTo(dir.filePath(QStringLiteral("p.png")), sweep).has_value());
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("p_0006.png"))));
    const QString cancelled = dir.filePath(QStringLiteral("c.gif"));
    EXPECT_FALSE(w->exportAnimationTo(cancelled, sweep, [](int k) { return k < 3; }).has_value());
    EXPECT_FALSE(QFile::exists(cancelled));
    const auto unwritable =
        w->exportAnimationTo(dir.filePath(QStringLiteral("no/such/dir/a.gif")), sweep);
    ASSERT_TRUE(unwritable.has_value());
    EXPECT_FALSE(unwritable->isEmpty());
}

} // namespace
} // namespace actviz::app

#include <QMenuBar>
#include <QXmlStreamReader>

#include "properties_panel.h"
#include <map>

namespace actviz::app {
namespace {

TEST(Language, EveryTranslatableStringHasAFinishedChineseTranslation) {
    QFile ts(QStringLiteral(ACTVIZ_TS_FILE));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0, unfinished = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("message")) ++messages;
        if (xml.name() == QLatin1String("translation")) {
            const bool marked =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (marked || text.trimmed().isEmpty()) ++unfinished;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 200);
    EXPECT_EQ(unfinished, 0) << "run tools/update-translations.sh and translate the new strings";
}

TEST(Language, SwitchingRebuildsTheInterfaceInChineseAndBack) {
    auto w = window();
    w->model()->addCurve(QStringLiteral("gelu"));
    const QByteArray scene = ui::sceneToJson(w->model()->scene());
    EXPECT_EQ(w->menuBar()->actions().front()->text(), QStringLiteral("&File"));
    w->model()->setLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents(); // the rebuild is queued
    EXPECT_TRUE(w->menuBar()->actions().front()->text().contains(QStringLiteral("文件")))
        << w->menuBar()->actions().front()->text().toStdString();
    EXPECT_TRUE(w->propertiesPanel()->markdown().contains(QStringLiteral("要点")));
    // The scene is untouched but for its language.
    ui::Scene s = w->model()->scene();
    s.language = QStringLiteral("en");
    EXPECT_EQ(ui::sceneToJson(s), scene);
    w->model()->setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    EXPECT_EQ(w->menuBar()->actions().front()->text(), QStringLiteral("&File"));
}

TEST(Language, SwitchingKeepsTheDockLayout) {
    auto w = window();
    w->show();
    QApplication::processEvents();
    auto docks = [&] {
        std::map<QString, std::pair<bool, int>> d; // visible, width
        for (QDockWidget* dw : w->findChildren<QDockWidget*>())
            d[dw->objectName()] = {dw->isVisible(), dw->width()};
        return d;
    };
    QDockWidget* closed = nullptr;
    for (QDockWidget* dw : w->findChildren<QDockWidget*>())
        if (closed == nullptr && dw->isVisible()) closed = dw;
    ASSERT_NE(closed, nullptr);
    closed->close();
    QApplication::processEvents();
    const auto before = docks();
    EXPECT_FALSE(before.at(closed->objectName()).first);
    w->model()->setLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    const auto after = docks();
    EXPECT_EQ(after.size(), before.size());
    for (const auto& [name, state] : before) {
        ASSERT_TRUE(after.count(name)) << name.toStdString();
        EXPECT_EQ(after.at(name).first, state.first) << name.toStdString();
    }
    w->model()->setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
}

TEST(Language, AChineseExportDiffersFromTheEnglishOne) {
    QTemporaryDir dir;
    QProcess p;
    for (const char* lang : {"en", "zh_CN"}) {
        p.start(QStringLiteral(ACTVIZ_BINARY),
                {"export", "--functions", "swish", "--derivatives", "--language", lang, "--size",
                 "400x300", "-o", dir.filePath(QStringLiteral("%1.png").arg(lang))});
        ASSERT_TRUE(p.waitForFinished(60000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    }
    EXPECT_NE(QImage(dir.filePath("en.png")), QImage(dir.filePath("zh_CN.png")));
}

} // namespace
} // namespace actviz::app

#include "catalogue_text.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parity.h"

namespace actviz::app {
namespace {

TEST(Language, EveryCatalogueWordForPeopleIsListedForTranslation) {
    for (const core::FunctionSpec& fn : core::catalogue()) {
        EXPECT_TRUE(ui::catalogueTextListed(fn.family)) << fn.family;
        for (const core::ParamSpec& p : fn.params)
            EXPECT_TRUE(ui::catalogueTextListed(p.name)) << p.name;
        EXPECT_EQ(fn.crossCheck != nullptr, !fn.constraint.empty()) << fn.id;
        if (!fn.constraint.empty()) {
            EXPECT_TRUE(ui::catalogueTextListed(fn.constraint)) << fn.constraint;
        }
        for (const core::Ghost& g : fn.ghosts)
            EXPECT_TRUE(ui::catalogueTextListed(g.label)) << g.label;
        // What the definition box says of each library's definition.
        for (const core::FlavorInfo& f : core::flavors()) {
            const auto d = core::libraryDefinition(fn.id, f.flavor);
            if (d && !d->note.empty()) {
                EXPECT_TRUE(ui::catalogueTextListed(d->note)) << d->note;
            }
        }
    }
}

} // namespace
} // namespace actviz::app
