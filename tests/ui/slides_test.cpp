// SPDX-License-Identifier: GPL-3.0-or-later
// The deck in the window: the slides panel's edits as undo steps, undo that goes back to the
// slide it edits, decks saved and opened, and presentation mode stepping and moving between
// slides with a presenter's keys.

#include "export_actions.h"
#include "handout.h"
#include "main_window.h"
#include "plot_view.h"
#include "presentation.h"
#include "scene_document.h"
#include "scene_history.h"
#include "scene_model.h"
#include "slide_deck.h"
#include "slide_strip.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace actviz::app {
namespace {

const QString kDeck = QStringLiteral(ACTVIZ_SOURCE_DIR "/docs/lecture-deck.json");

std::unique_ptr<MainWindow> window() {
    QSettings().clear();
    return std::make_unique<MainWindow>();
}

double swishBeta(const MainWindow& w) {
    return w.model()->curve(1).params[0];
}

void waitFor(const std::function<bool()>& done, int ms = 3000) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
}

TEST(Slides, AddDuplicateMoveRetitleAndRemoveAreEachOneUndoStep) {
    auto w = window();
    ui::SlideDeck* deck = w->deck();
    QUndoStack* stack = w->history()->stack();
    ASSERT_EQ(deck->count(), 1);
    const ui::Scene first = w->model()->scene();
    deck->addSlide();
    EXPECT_EQ(deck->count(), 2);
    EXPECT_EQ(deck->current(), 1);
    ASSERT_FALSE(w->model()->setParameter(3, 0, 0.3).has_value()); // on slide 2
    deck->setTitle(1, {QStringLiteral("Leaky"), QStringLiteral("泄漏")});
    deck->duplicateSlide(1);
    EXPECT_EQ(deck->count(), 3);
    EXPECT_EQ(deck->slide(2).title.en, QStringLiteral("Leaky"));
    deck->moveSlide(2, 0);
    EXPECT_EQ(deck->current(), 0);
    EXPECT_EQ(deck->slide(0).scene.curves[3].params[0], 0.3);
    deck->removeSlide(1);
    EXPECT_EQ(deck->count(), 2);
    EXPECT_EQ(stack->count(), 6);
    for (int i = 0; i < 6; ++i)
        stack->undo();
    EXPECT_EQ(deck->count(), 1);
    EXPECT_EQ(deck->current(), 0);
    EXPECT_EQ(w->model()->scene(), first);
    for (int i = 0; i < 6; ++i)
        stack->redo();
    EXPECT_EQ(deck->count(), 2);
    EXPECT_EQ(deck->slide(0).title.zh, QStringLiteral("泄漏"));
    // The first slide was moved down by the copy, then removed: both left have 0.3.
    EXPECT_EQ(deck->slide(0).scene.curves[3].params[0], 0.3);
    EXPECT_EQ(deck->slide(1).scene.curves[3].params[0], 0.3);
    // The last slide cannot be removed.
    deck->removeSlide(0);
    deck->removeSlide(0);
    EXPECT_EQ(deck->count(), 1);
}

TEST(Slides, UndoOfAnEditGoesBackToTheSlideItWasMadeOn) {
    auto w = window();
    ui::SlideDeck* deck = w->deck();
    deck->addSlide();
    deck->goTo(0);
    ASSERT_FALSE(w->model()->setParameter(3, 0, 0.4).has_value()); // slide 1's Leaky ReLU
    deck->goTo(1);
    EXPECT_EQ(w->model()->curve(3).params[0], 0.1); // slide 2 has its own
    w->history()->stack()->undo();
    EXPECT_EQ(deck->current(), 0);
    EXPECT_EQ(w->model()->curve(3).params[0], 0.1);
    EXPECT_EQ(deck->slide(1).scene.curves[3].params[0], 0.1);
    deck->goTo(1);
    w->history()->stack()->redo();
    EXPECT_EQ(deck->current(), 0);
    EXPECT_EQ(w->model()->curve(3).params[0], 0.4);
    EXPECT_EQ(deck->slide(1).scene.curves[3].params[0], 0.1);
}

TEST(Slides, ADeckSavesAndOpensAndAPlainSceneStaysASceneFile) {
    auto w = window();
    QTemporaryDir dir;
    const QString scene = dir.filePath(QStringLiteral("scene.actviz.json"));
    ASSERT_FALSE(w->document()->saveAs(scene).has_value());
    QFile f(scene);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("\"actviz-scene\""));
    ASSERT_FALSE(w->document()->open(kDeck).has_value());
    EXPECT_EQ(w->deck()->count(), 3);
    EXPECT_FALSE(w->document()->isModified());
    w->deck()->goTo(2);
    EXPECT_FALSE(w->document()->isModified()); // going to a slide is no edit
    w->deck()->setCaption(2, {QStringLiteral("New caption"), {}});
    EXPECT_TRUE(w->document()->isModified());
    EXPECT_FALSE(w->deck()->matches(ui::Deck{}));
    EXPECT_TRUE(w->deck()->matches(w->deck()->deck()));
    ui::Deck changed = w->deck()->deck();
    changed.slides[0].scene.view.xMax = 7;
    EXPECT_FALSE(w->deck()->matches(changed));
    changed = w->deck()->deck();
    changed.slides[1].scene.language = QStringLiteral("zh_CN");
    EXPECT_FALSE(w->deck()->matches(changed));
    const QString copy = dir.filePath(QStringLiteral("deck.actviz.json"));
    ASSERT_FALSE(w->document()->saveAs(copy).has_value());
    EXPECT_FALSE(w->document()->isModified());
    auto other = window();
    ASSERT_FALSE(other->document()->open(copy).has_value());
    EXPECT_EQ(other->deck()->deck(), w->deck()->deck());
    EXPECT_EQ(other->deck()->current(), 0);
    // A malformed deck leaves the open one as it was.
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "actviz-deck", "version": 1, "slides": []})");
    bad.close();
    EXPECT_TRUE(other->document()->open(bad.fileName()).has_value());
    EXPECT_EQ(other->deck()->count(), 3);
}

TEST(Slides, ThePanelListsTheSlidesAndEditsTitlesInBothLanguages) {
    auto w = window();
    ASSERT_FALSE(w->document()->open(kDeck).has_value());
    ui::SlideStrip* strip = w->slideStrip();
    ASSERT_EQ(strip->list()->count(), 3);
    EXPECT_TRUE(strip->list()->item(1)->text().startsWith(QStringLiteral("2. β = 1")));
    strip->list()->setCurrentRow(2);
    EXPECT_EQ(w->deck()->current(), 2);
    EXPECT_EQ(swishBeta(*w), 8.0);
    strip->titleField(true)->setText(QStringLiteral("新的标题"));
    emit strip->titleField(true)->editingFinished();
    EXPECT_EQ(w->deck()->slide(2).title.zh, QStringLiteral("新的标题"));
    EXPECT_EQ(w->deck()->slide(2).title.en, QStringLiteral("Large β: Swish becomes ReLU"));
    w->history()->stack()->undo();
    EXPECT_EQ(w->deck()->slide(2).title.zh, QStringLiteral("β 很大：Swish 趋近 ReLU"));
    EXPECT_EQ(strip->titleField(true)->text(), QStringLiteral("β 很大：Swish 趋近 ReLU"));
    // What a field cannot hold is refused with the reason, and nothing changes.
    EXPECT_TRUE(ui::slideTextProblem(QStringLiteral("a\tb"), false).has_value());
    EXPECT_TRUE(ui::slideTextProblem(QString(ui::kMaxSlideCaption + 1, 'x'), true).has_value());
    EXPECT_FALSE(ui::slideTextProblem(QStringLiteral("two\nlines"), true).has_value());
}

/// A key press, as a presenter's clicker sends it, to the widget with the focus.
void press(QWidget* target, int key) {
    QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

TEST(Slides, PresentationStepsWithAClickersKeysAndShowsTitleCaptionAndNumber) {
    auto w = window();
    ASSERT_FALSE(w->document()->open(kDeck).has_value());
    w->deck()->setMorphing(false);
    w->show();
    w->setPresentationMode(true);
    QApplication::setActiveWindow(w.get());
    QApplication::processEvents();
    Presentation* p = w->presentation();
    EXPECT_EQ(p->counterText(), QStringLiteral("1 / 3"));
    EXPECT_EQ(p->titleText(), QStringLiteral("Smooth gates: Swish with a small β"));
    EXPECT_TRUE(p->captionText().startsWith(QStringLiteral("With β = 0.5")));
    QWidget* plot = w->plotView();
    const struct {
        int key;
        int slide;
    } steps[] = {{Qt::Key_PageDown, 1},  {Qt::Key_Space, 2}, {Qt::Key_Right, 2},
                 {Qt::Key_PageUp, 1},    {Qt::Key_Home, 0},  {Qt::Key_End, 2},
                 {Qt::Key_Backspace, 1}, {Qt::Key_Left, 0},  {Qt::Key_Left, 0}};
    for (const auto& s : steps) {
        press(plot, s.key);
        EXPECT_EQ(w->deck()->current(), s.slide) << s.key;
    }
    press(plot, Qt::Key_End);
    EXPECT_EQ(p->counterText(), QStringLiteral("3 / 3"));
    EXPECT_EQ(swishBeta(*w), 8.0);
    // In Chinese, the slide's Chinese texts.
    w->model()->setLanguage(QStringLiteral("zh_CN"));
    EXPECT_EQ(p->titleText(), QStringLiteral("β 很大：Swish 趋近 ReLU"));
    EXPECT_EQ(p->counterText(), QStringLiteral("3 / 3"));
    // The texts go with presentation mode, and nothing was an edit.
    w->setPresentationMode(false);
    EXPECT_TRUE(p->titleText().isEmpty());
    EXPECT_TRUE(p->counterText().isEmpty());
    EXPECT_EQ(w->history()->stack()->count(), 0);
}

TEST(Slides, SoftmaxAndDepthSlidesLeaveTheSlideKeysToTheSlides) {
    auto w = window();
    ui::Deck deck;
    ui::Scene curves = ui::SceneModel::lectureScene();
    ui::Scene softmax = curves;
    softmax.softmax.shown = true;
    ui::Scene depth = curves;
    depth.depth.shown = true;
    deck.slides = {{curves, {}, {}}, {softmax, {}, {}}, {depth, {}, {}}, {curves, {}, {}}};
    w->deck()->setDeck(deck);
    w->show();
    w->setPresentationMode(true);
    QApplication::setActiveWindow(w.get());
    QApplication::processEvents();
    for (int to : {1, 2, 3}) {
        QWidget* focus = QApplication::focusWidget();
        press(focus != nullptr ? focus : w.get(), Qt::Key_PageDown);
        QApplication::processEvents();
        EXPECT_EQ(w->deck()->current(), to);
    }
    for (int to : {2, 1, 0}) {
        QWidget* focus = QApplication::focusWidget();
        press(focus != nullptr ? focus : w.get(), Qt::Key_Left);
        QApplication::processEvents();
        EXPECT_EQ(w->deck()->current(), to);
    }
    EXPECT_EQ(w->deck()->slide(2).scene.depth, depth.depth); // nothing was edited
    EXPECT_EQ(w->history()->stack()->count(), 0);
}

TEST(Slides, ALongWordInATitleOrCaptionKeepsThePageWithinTheWindow) {
    auto w = window();
    ui::Deck deck;
    ui::Slide slide{ui::SceneModel::lectureScene(), {}, {}};
    slide.title.en = QString(100, QLatin1Char('W'));
    slide.caption.en = QStringLiteral("https://example.org/") + QString(180, QLatin1Char('x'));
    deck.slides = {slide, slide};
    w->deck()->setDeck(deck);
    w->resize(800, 600);
    w->show();
    w->setPresentationMode(true);
    QApplication::processEvents();
    EXPECT_LT(w->centralWidget()->minimumSizeHint().width(), 800);
    EXPECT_EQ(w->presentation()->titleText(), slide.title.en); // as written, without breaks
    EXPECT_EQ(w->presentation()->captionText(), slide.caption.en);
}

TEST(Slides, ConsecutiveSlidesWithTheSameCurvesMoveSmoothlyAndEndExactly) {
    auto w = window();
    ASSERT_FALSE(w->document()->open(kDeck).has_value());
    ui::SlideDeck* deck = w->deck();
    deck->setMorphing(true);
    deck->goTo(1, /*smoothly=*/true); // β from 0.5 to 1
    EXPECT_TRUE(deck->moving());
    std::vector<double> seen;
    waitFor([&] {
        seen.push_back(swishBeta(*w));
        return !deck->moving();
    });
    EXPECT_FALSE(deck->moving());
    EXPECT_EQ(swishBeta(*w), 1.0);
    EXPECT_EQ(w->model()->scene(), deck->slide(1).scene);
    int between = 0;
    for (double b : seen)
        between += b > 0.5 && b < 1.0;
    EXPECT_GE(between, 2) << "no step between the two values";
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_FALSE(w->document()->isModified());
    EXPECT_EQ(w->history()->stack()->count(), 0);
    // An edit during a move ends it first; a move off jumps.
    deck->goTo(2, true);
    deck->addSlide();
    EXPECT_FALSE(deck->moving());
    EXPECT_EQ(deck->slide(2).scene.curves[1].params[0], 8.0);
    EXPECT_EQ(deck->slide(3).scene.curves[1].params[0], 8.0);
    deck->setMorphing(false);
    deck->goTo(0, true);
    EXPECT_FALSE(deck->moving());
    EXPECT_EQ(swishBeta(*w), 0.5);
}

TEST(Slides, TheWindowReopensOnTheDeckAndSlideItShowed) {
    {
        auto w = window();
        ASSERT_FALSE(w->document()->open(kDeck).has_value());
        w->deck()->goTo(1);
        w->saveSettings();
    }
    MainWindow again;
    EXPECT_EQ(again.deck()->count(), 3);
    EXPECT_EQ(again.deck()->current(), 1);
    EXPECT_EQ(swishBeta(again), 1.0);
    QSettings().clear();
}

/// What the handout's text holds, as pdftotext extracts it, without white space.
QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

TEST(Slides, ADeckMadeInTheWindowStepsMovesAndPrints) {
    auto w = window();
    ui::SlideDeck* deck = w->deck();
    ui::SceneModel* model = w->model();
    // Three slides of Swish as β grows, made as a lecturer makes them.
    const int swish = model->addCurve(QStringLiteral("swish"));
    ASSERT_GE(swish, 0);
    ASSERT_FALSE(model->setParameter(swish, 0, 0.5).has_value());
    deck->setTitle(0, {QStringLiteral("Swish, beta 0.5"), QStringLiteral("Swish，β 为 0.5")});
    deck->addSlide();
    ASSERT_FALSE(model->setParameter(swish, 0, 2.0).has_value());
    deck->setTitle(1, {QStringLiteral("Swish, beta 2"), {}});
    deck->addSlide();
    ASSERT_FALSE(model->setParameter(swish, 0, 6.0).has_value());
    ASSERT_FALSE(model->setView({-3, 3, -1, 3}).has_value());
    deck->setCaption(2, {QStringLiteral("Almost ReLU."), QStringLiteral("几乎就是 ReLU。")});
    ASSERT_EQ(deck->count(), 3);
    // Presented from the first slide, PageDown moves β smoothly to the next slide's value.
    deck->goTo(0);
    w->show();
    w->setPresentationMode(true);
    QApplication::setActiveWindow(w.get());
    QApplication::processEvents();
    press(w->plotView(), Qt::Key_PageDown);
    EXPECT_TRUE(deck->moving());
    waitFor(
        [&] { return model->curve(swish).params[0] > 0.5 && model->curve(swish).params[0] < 2; });
    EXPECT_GT(model->curve(swish).params[0], 0.5);
    EXPECT_LT(model->curve(swish).params[0], 2.0);
    waitFor([&] { return !deck->moving(); });
    EXPECT_EQ(model->curve(swish).params[0], 2.0);
    EXPECT_EQ(w->presentation()->counterText(), QStringLiteral("2 / 3"));
    press(w->plotView(), Qt::Key_Space);
    waitFor([&] { return !deck->moving(); });
    EXPECT_EQ(model->view(), (ui::ViewRange{-3, 3, -1, 3}));
    EXPECT_EQ(w->presentation()->captionText(), QStringLiteral("Almost ReLU."));
    w->setPresentationMode(false);
    // And printed: every title and caption is text in the PDF.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    ASSERT_FALSE(w->exports()->exportHandoutTo(path, {}).has_value());
    const QString text = pdfText(path);
    for (const char* expected : {"Swish,beta0.5", "Swish,beta2", "AlmostReLU.", "Slide3of3"})
        EXPECT_TRUE(text.contains(QLatin1String(expected)))
            << expected << " in " << text.toStdString();
}

TEST(Slides, RemovingTheSlideShownShowsTheNextWithItsOwnScene) {
    auto w = window();
    ASSERT_FALSE(w->document()->open(kDeck).has_value());
    ui::SlideDeck* deck = w->deck();
    deck->goTo(1);
    deck->removeSlide(1);
    ASSERT_EQ(deck->count(), 2);
    EXPECT_EQ(deck->current(), 1);
    EXPECT_EQ(swishBeta(*w), 8.0); // the third slide's, not the removed one's
    deck->goTo(0);
    EXPECT_EQ(deck->slide(1).scene.curves[1].params[0], 8.0);
    EXPECT_EQ(deck->slide(1).title.en, QStringLiteral("Large β: Swish becomes ReLU"));
    w->history()->stack()->undo();
    EXPECT_EQ(deck->count(), 3);
    EXPECT_EQ(deck->current(), 1);
    EXPECT_EQ(swishBeta(*w), 1.0);
}

TEST(Slides, AnEditDuringAMoveEndsItAndUndoGivesTheSlideBack) {
    auto w = window();
    ASSERT_FALSE(w->document()->open(kDeck).has_value());
    ui::SlideDeck* deck = w->deck();
    deck->setMorphing(true);
    w->model()->setSelected(1);
    deck->goTo(1, true);
    waitFor([&] { return swishBeta(*w) > 0.5; });
    ASSERT_TRUE(deck->moving());
    EXPECT_EQ(w->model()->selected(), 1);       // frames are edits, not new scenes
    w->model()->setColor(0, QColor(Qt::black)); // an edit while it moves
    EXPECT_FALSE(deck->moving());
    const double kept = swishBeta(*w);
    EXPECT_LT(kept, 1.0);
    QApplication::processEvents();
    EXPECT_EQ(swishBeta(*w), kept); // no frame after the edit
    EXPECT_EQ(deck->slide(1).scene.curves[1].params[0], kept);
    w->history()->stack()->undo();
    EXPECT_EQ(deck->current(), 1);
    EXPECT_EQ(swishBeta(*w), 1.0); // the slide as it was
    EXPECT_NE(w->model()->curve(0).color, QColor(Qt::black));
}

TEST(Slides, ATitleBeingTypedStaysWithItsSlide) {
    auto w = window();
    ASSERT_FALSE(w->document()->open(kDeck).has_value());
    ui::SlideStrip* strip = w->slideStrip();
    QLineEdit* title = strip->titleField(false);
    title->setText(QStringLiteral("Typed, not yet entered"));
    title->setModified(true); // as typing leaves it
    w->deck()->goTo(2);       // PageDown, a click in the list, or a menu key
    EXPECT_EQ(w->deck()->slide(0).title.en, QStringLiteral("Typed, not yet entered"));
    EXPECT_EQ(w->deck()->slide(2).title.en, QStringLiteral("Large β: Swish becomes ReLU"));
    EXPECT_EQ(title->text(), QStringLiteral("Large β: Swish becomes ReLU"));
}

TEST(Slides, NoWindowKeyTakesPageUpOrPageDownFromTheFocusedControl) {
    auto w = window();
    for (const QAction* a : w->findChildren<QAction*>())
        for (const QKeySequence& k : a->shortcuts())
            EXPECT_TRUE(k != QKeySequence(Qt::Key_PageUp) && k != QKeySequence(Qt::Key_PageDown))
                << a->text().toStdString();
}

TEST(Slides, ADeckGoneBeforeItsHistoryLeavesNoStepBehind) {
    ui::SceneModel model;
    model.setScene(ui::SceneModel::lectureScene());
    ui::SceneHistory history(&model);
    {
        ui::SlideDeck deck(&model, &history);
        deck.addSlide();
        deck.setTitle(1, {QStringLiteral("t"), {}});
    }
    EXPECT_EQ(history.stack()->count(), 0);
    ASSERT_FALSE(model.setParameter(3, 0, 0.2).has_value()); // recorded without a slide
    history.stack()->undo();
    EXPECT_EQ(model.curve(3).params[0], 0.1);
}

TEST(Slides, FileExportHandoutWritesOnePagePerSlide) {
    auto w = window();
    ASSERT_FALSE(w->document()->open(kDeck).has_value());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    ASSERT_FALSE(w->exports()->exportHandoutTo(path, {ui::PaperSize::Letter, true}).has_value());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r"), 3);
    EXPECT_TRUE(
        w->exports()->exportHandoutTo(QStringLiteral("/nonexistent-dir/h.pdf"), {}).has_value());
}

} // namespace
} // namespace actviz::app
