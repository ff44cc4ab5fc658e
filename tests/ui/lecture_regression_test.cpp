// SPDX-License-Identifier: GPL-3.0-or-later
// The window under a lecturer's hands: animations with curve edits, typed and zoomed ranges at
// the limits, drags with tangents and a live legend, dashes at steep slopes, the palette, jumps
// at every range, a wrapped legend, and what Save writes opening again.

#include "curve_graph.h"
#include "draft_items.h"
#include "legend_layout.h"
#include "live_region.h"
#include "main_window.h"
#include "parameter_panel.h"
#include "plot_canvas.h"
#include "plot_style.h"
#include "plot_view.h"
#include "scene_json.h"
#include "scene_model.h"
#include "view_range_bar.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"

#include <qcustomplot.h>

#include <QBackingStore>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>

#include <gtest/gtest.h>

#include <cmath>
#include <set>

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
    // f, f' and their two differences per curve, and swish's df/dbeta
    EXPECT_EQ(w->plotView()->plot()->graphCount(), w->model()->curveCount() * 4 + 1);
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
    // The mark and the message go as soon as the field holds a number again.
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

namespace actviz::ui {
namespace {

TEST(Drag, TangentsAndTheLegendFollowADragWithoutFullReplots) {
    auto w = freshWindow(1920, 1080);
    const int i = w->model()->addCurve(QStringLiteral("swish"));
    for (double x0 : {-1.0, 0.5, 2.0})
        w->model()->addTangent(i, x0);
    QApplication::processEvents();
    w->plotView()->replotNow();
    int fullReplots = 0;
    QObject::connect(w->plotView()->plot(), &QCustomPlot::afterReplot, [&] { ++fullReplots; });
    w->plotView()->beginLiveEdit(i);
    QApplication::processEvents();
    fullReplots = 0; // the one full replot that sets the dragged layer up
    for (int step = 1; step <= 20; ++step) {
        const double beta = 1.0 + 0.25 * step;
        ASSERT_FALSE(w->model()->setParameter(i, 0, beta).has_value());
        QApplication::processEvents();
        // The legend and the tangent labels show the current value at every step.
        EXPECT_TRUE(w->plotView()->functionGraph(i)->name().contains(
            QString::fromStdString(core::formatShort(beta))))
            << w->plotView()->functionGraph(i)->name().toStdString();
        const Curve& c = w->model()->curve(i);
        EXPECT_DOUBLE_EQ(w->plotView()->tangentLine(1)->point1->coords().y(),
                         c.function->f(0.5, c.params));
    }
    // None, from the first step on: Swish's ghosts (ReLU and x/2) do not depend on beta and stay
    // in the still image.
    EXPECT_EQ(fullReplots, 0);
    ASSERT_EQ(w->plotView()->ghostCount(), 2);
    for (int k = 0; k < 2; ++k)
        EXPECT_EQ(w->plotView()->ghostGraph(k)->layer()->name(), QStringLiteral("grid"));
    QCPAbstractLegendItem* item =
        w->plotView()->plot()->legend->itemWithPlottable(w->plotView()->functionGraph(i));
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->layer()->name(), QStringLiteral("live"));
    EXPECT_EQ(w->plotView()->tangentLine(0)->layer()->name(), QStringLiteral("live"));
    // Drawn as one-pixel lines while they move, as the curve is; as usual once it stops.
    const auto* line = dynamic_cast<const DraftLine*>(w->plotView()->tangentLine(0));
    ASSERT_NE(line, nullptr);
    EXPECT_TRUE(line->draft);
    // Its label too: glyph runs without a text layout, the box where QCPItemText puts it.
    const DraftLabel* label = nullptr;
    for (QCPLayerable* child : w->plotView()->plot()->layer(QStringLiteral("live"))->children())
        if (const auto* l = dynamic_cast<const DraftLabel*>(child);
            l != nullptr && l->text().startsWith(QStringLiteral("x₀")))
            label = l; // (the ghosts' distance box is one too)
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->draft);
    w->plotView()->endLiveEdit();
    EXPECT_FALSE(line->draft);
    EXPECT_FALSE(label->draft);
    EXPECT_EQ(item->layer()->name(), QStringLiteral("legend"));
    EXPECT_EQ(w->plotView()->tangentLine(0)->layer()->name(), QStringLiteral("main"));
}

/// While a curve is dragged, the rest of the plot is copied from an image composed after the last
/// full replot: a full replot mid-drag (another curve changes, the theme changes) shows at once,
/// and what the window shows is what a plain QCustomPlot paints.
TEST(Drag, TheStillPartIsRecomposedAfterEveryFullReplot) {
    auto w = freshWindow(1280, 720);
    const int swish = w->model()->addCurve(QStringLiteral("swish"));
    QApplication::processEvents();
    w->plotView()->replotNow();
    w->plotView()->beginLiveEdit(swish);
    w->plotView()->replotNow();
    ASSERT_FALSE(w->model()->setParameter(swish, 0, 2.0).has_value());
    QApplication::processEvents();
    QCustomPlot* plot = w->plotView()->plot();
    const QImage light = plot->grab().toImage();
    const QPoint corner(2, 2);
    EXPECT_EQ(light.pixelColor(corner), themeStyle(Theme::Light).background);
    w->model()->setTheme(Theme::Dark); // a full replot in the middle of the drag
    w->plotView()->replotNow();
    QApplication::processEvents();
    const QImage dark = plot->grab().toImage();
    EXPECT_EQ(dark.pixelColor(corner), themeStyle(Theme::Dark).background);
    EXPECT_NE(dark.pixelColor(corner), light.pixelColor(corner));
    ASSERT_FALSE(w->model()->setParameter(swish, 0, 3.0).has_value());
    QApplication::processEvents();
    const QImage live = plot->grab().toImage();
    w->plotView()->endLiveEdit();
    w->plotView()->replotNow();
    const QImage still = plot->grab().toImage();
    ASSERT_EQ(live.size(), still.size());
    // The x axis with its tick labels: the same pixels.
    const QRect axes(0, live.height() - 40, live.width(), 40);
    const QImage a = live.copy(axes).convertToFormat(QImage::Format_ARGB32);
    const QImage b = still.copy(axes).convertToFormat(QImage::Format_ARGB32);
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    EXPECT_EQ(differing, 0);
}

/// A frame of a drag is composed from a copy of the still part and the dragged layer's items drawn
/// straight onto the window: after several steps (tangents and legend entry following), what the
/// window shows (its backing store, as the event loop painted it) is what drawing every layer
/// afresh shows.
TEST(Drag, EachFrameShowsWhatAFreshDrawingShows) {
    auto w = freshWindow(1280, 720);
    const int swish = w->model()->addCurve(QStringLiteral("swish"));
    w->model()->setShowDerivative(swish, true);
    w->model()->addTangent(swish, 1.0);
    QApplication::processEvents();
    w->plotView()->replotNow();
    w->plotView()->beginLiveEdit(swish);
    QApplication::processEvents(); // what the press queued, as before a first mouse move
    QCustomPlot* plot = w->plotView()->plot();
    auto* canvas = dynamic_cast<PlotCanvas*>(plot);
    ASSERT_NE(canvas, nullptr);
    EXPECT_TRUE(canvas->composesFrames()); // the fast path, not QCustomPlot's own
    int replots = 0;
    QObject::connect(plot, &QCustomPlot::beforeReplot, [&replots] { ++replots; });
    for (const double beta : {1.25, 1.5, 2.5, 4.0}) {
        ASSERT_FALSE(w->model()->setParameter(swish, 0, beta).has_value());
        QApplication::processEvents();
    }
    EXPECT_EQ(replots, 0); // each step redrew the live items only
    // What the window shows: its backing store's image, in device pixels (at the screen's ratio:
    // ctest runs this at 1 and at 2).
    const auto* store = w->backingStore() != nullptr ? w->backingStore()->paintDevice() : nullptr;
    ASSERT_TRUE(store != nullptr && store->devType() == QInternal::Image);
    const double ratio = plot->devicePixelRatioF();
    const auto device = [ratio](const QRect& r) {
        return QRect((QPointF(r.topLeft()) * ratio).toPoint(), (QSizeF(r.size()) * ratio).toSize());
    };
    const QImage frame = static_cast<const QImage*>(store)
                             ->copy(device(QRect(plot->mapTo(w.get(), QPoint(0, 0)), plot->size())))
                             .convertToFormat(QImage::Format_RGB32);
    // Inside the axis rectangle (curves, tangents, legend): the tick labels outside it are drawn
    // from a cache on screen and afresh in a pixmap, with slightly different glyph edges.
    const QRect inside = device(plot->axisRect()->rect());
    auto differing = [&](const QImage& other, int threshold = 48) {
        int n = 0;
        for (int y = inside.top(); y <= inside.bottom(); ++y)
            for (int x = inside.left(); x <= inside.right(); ++x) {
                const QColor a = frame.pixelColor(x, y);
                const QColor b = other.pixelColor(x, y);
                const int d =
                    std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                              std::abs(a.blue() - b.blue())});
                n += d > threshold ? 1 : 0;
            }
        return n;
    };
    // The same frame composed whole (the still image copied everywhere, through a painter): the
    // frames' copies of the regions that changed, row by row into the window, left nothing behind.
    // (At a fractional ratio the window's and a pixmap's painters place the items' edges on
    // different device pixels.)
    if (ratio != std::floor(ratio)) GTEST_SKIP() << "a fractional device pixel ratio";
    EXPECT_GT(canvas->rowCopiedFrames(), 0) << "no frame was copied by rows";
    // (In a 24-bit image: a copy through the painter, not by rows as into the window's image.)
    QImage whole(frame.size(), QImage::Format_RGB888);
    whole.setDevicePixelRatio(ratio);
    plot->render(&whole);
    whole = whole.convertToFormat(QImage::Format_RGB32);
    whole.setDevicePixelRatio(1.0);
    ASSERT_EQ(whole.size(), frame.size());
    // (A one-pixel line clipped to the frame's region may step a pixel differently at its edge.)
    EXPECT_LT(differing(whole, 4), 20);
    // Every layer drawn afresh: a curve left where the previous step put it, or not drawn,
    // differs in thousands of pixels. (At ratio 2 a fresh drawing's edges differ too much.)
    if (ratio == 1.0) {
        const QImage fresh = plot->toPixmap(plot->width(), plot->height(), 1.0)
                                 .toImage()
                                 .convertToFormat(QImage::Format_RGB32);
        ASSERT_EQ(fresh.size(), frame.size());
        EXPECT_LT(differing(fresh), 50);
    }
    w->plotView()->endLiveEdit();
}

/// Draws one layer's items, as the window does during a drag (QCPLayer::draw is protected).
struct LayerDraw : QCPLayer {
    static void items(QCPLayer* layer, QCPPainter* painter) {
        void (QCPLayer::*draw)(QCPPainter*) = &LayerDraw::draw;
        (layer->*draw)(painter);
    }
};

/// A drag frame repaints only the region the dragged layer's items cover (where they were and
/// where they are): everything they draw lies inside it, at every step, from the curve and its
/// derivative to the tangents, their labels and the legend entry; and the region, and still more
/// the part of it a frame copies, is much smaller than the plot.
TEST(Drag, TheRepaintedRegionCoversEverythingTheDraggedLayerDraws) {
    for (const int setup : {0, 1, 2}) { // light; presentation (wide pens, big type); deep zoom
        SCOPED_TRACE(setup);
        auto w = freshWindow(1280, 720);
        if (setup == 1) w->model()->setTheme(Theme::Presentation);
        // Far from 0, narrow: Swish is x there, a diagonal across the plot.
        if (setup == 2) {
            ASSERT_FALSE(w->model()->setView({1e6, 1e6 + 1e-3, 1e6, 1e6 + 1e-3}).has_value());
        }
        const int swish = w->model()->addCurve(QStringLiteral("swish"));
        w->model()->setShowDerivative(swish, true);
        for (double x0 : {-2.0, 0.5, 2.5})
            w->model()->addTangent(swish, x0);
        QApplication::processEvents();
        w->plotView()->beginLiveEdit(swish);
        QApplication::processEvents();
        QCustomPlot* plot = w->plotView()->plot();
        QCPLayer* live = plot->layer(QStringLiteral("live"));
        ASSERT_NE(live, nullptr);
        bool opaqueSeen = false;
        // Beta from small to large, and steps the curve leaves the view with.
        for (const double beta : {0.1, 1.0, 3.0, 8.0, 0.5}) {
            ASSERT_FALSE(w->model()->setParameter(swish, 0, beta).has_value());
            QApplication::processEvents();
            const QRegion region = layerRegion(live, plot->rect());
            QImage image(plot->size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            {
                QCPPainter painter(&image);
                LayerDraw::items(live, &painter);
            }
            int outside = 0, drawn = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qAlpha(image.pixel(x, y)) != 0) {
                        ++drawn;
                        outside += region.contains(QPoint(x, y)) ? 0 : 1;
                    }
            EXPECT_GT(drawn, 500) << beta;
            EXPECT_EQ(outside, 0) << beta;
            // The labels' opaque insides, which a frame does not restore, are theirs to paint.
            const QRegion opaque = opaqueRegion(live);
            EXPECT_TRUE((opaque - region).isEmpty()) << beta;
            opaqueSeen = opaqueSeen || !opaque.isEmpty();
            auto areaOf = [](const QRegion& r) {
                long long area = 0;
                for (const QRect& q : r)
                    area += static_cast<long long>(q.width()) * q.height();
                return area;
            };
            // (In presentation type the three labels' boxes alone take a fifth of this plot.)
            if (setup != 1) {
                EXPECT_LT(areaOf(region), plot->width() * plot->height() / 2) << beta;
            }
            // What a frame copies from the still image: the labels' opaque insides left out.
            EXPECT_LT(areaOf(region - opaque), plot->width() * plot->height() / 2) << beta;
            // In QRegion's canonical form (its bands are given to it directly): the same
            // rectangles as the union of them.
            QRegion united;
            for (const QRect& r : region)
                united += r;
            EXPECT_EQ(united, region) << beta;
        }
        EXPECT_TRUE(opaqueSeen) << "the tangents' labels are opaque in every theme";
        w->plotView()->endLiveEdit();
    }
}

/// The ghosts' distance box shows the distance for the current parameter at every step of a
/// drag, however quick the steps, and so also while the slider is held still after them.
TEST(Drag, TheGhostDistanceIsCurrentAtEveryStep) {
    auto w = freshWindow(1280, 720);
    const int swish = w->model()->addCurve(QStringLiteral("swish"));
    QApplication::processEvents();
    w->plotView()->beginLiveEdit(swish);
    QApplication::processEvents();
    QCustomPlot* plot = w->plotView()->plot();
    QCPLayer* live = plot->layer(QStringLiteral("live"));
    auto drawnBox = [&] {
        QImage image(plot->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QCPPainter painter(&image);
        LayerDraw::items(live, &painter);
        painter.end();
        // The box sits in the bottom right corner of the axis rectangle.
        const QRect area = plot->axisRect()->rect();
        return image.copy(area.adjusted(area.width() / 2, area.height() / 2, 0, 0));
    };
    QImage previous;
    for (const double beta : {1.5, 2.0, 2.5}) {
        ASSERT_FALSE(w->model()->setParameter(swish, 0, beta).has_value());
        QApplication::processEvents();
        // What is drawn is the current text: a visible text item on the dragged layer.
        bool shown = false;
        for (QCPLayerable* child : live->children())
            if (const auto* t = qobject_cast<const QCPItemText*>(child))
                shown = shown || (t->realVisibility() && t->text() == w->plotView()->ghostText());
        EXPECT_TRUE(shown) << beta;
        const QImage box = drawnBox();
        if (!previous.isNull()) {
            EXPECT_NE(box, previous) << beta; // a new distance, drawn now
        }
        previous = box;
    }
    w->plotView()->endLiveEdit();
}

/// An item of a kind whose extent is not known counts as the whole plot, so that it is never
/// left half drawn; a hidden one counts as nothing.
TEST(Drag, AnItemOfAnotherKindRepaintsTheWholePlot) {
    QCustomPlot plot;
    plot.resize(640, 480);
    plot.addLayer(QStringLiteral("live"));
    QCPLayer* live = plot.layer(QStringLiteral("live"));
    auto* ellipse = new QCPItemEllipse(&plot);
    ellipse->setLayer(live);
    EXPECT_EQ(layerRegion(live, plot.rect()), QRegion(plot.rect()));
    ellipse->setVisible(false);
    EXPECT_TRUE(layerRegion(live, plot.rect()).isEmpty());
}

/// A tangent's label drawn in a drag (glyph runs, no layout) shows the same box with the same
/// text as the label drawn afresh: the same place and extent and about as much ink, in both
/// themes' fonts and at device pixel ratio 2.
TEST(Drag, ADraggedLabelLooksLikeTheLabelDrawnAfresh) {
    for (const auto& [points, ratio] : {std::pair{10, 1.0}, {20, 1.0}, {10, 2.0}}) {
        QCustomPlot plot;
        plot.resize(480, 320);
        auto* label = new DraftLabel(&plot);
        label->setClipToAxisRect(false);
        label->position->setType(QCPItemPosition::ptAbsolute);
        label->position->setCoords(100.4, 80.6); // as a tangent's point gives it
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setTextAlignment(Qt::AlignLeft);
        label->setFont(plotFont(points));
        label->setBrush(Qt::white);
        label->setPen(QPen(Qt::blue, 1.0));
        label->setPadding(QMargins(6, 4, 6, 4));
        label->setText(QStringLiteral("x₀ = 0.5\nf(x₀) = 0.731059\nf′(x₀) = -0.196612"));
        label->draft = true;
        ASSERT_TRUE(label->draftBox().has_value()) << "the font lacks a glyph: no fast path";
        auto inkAndBox = [&](bool draft) {
            label->draft = draft;
            const QImage image = plot.toPixmap(480, 320, ratio).toImage();
            QRect box;
            int ink = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c != QColor(Qt::white)) box |= QRect(x, y, 1, 1);
                    ink += c.red() < 128 && c.blue() < 128 ? 1 : 0; // the text, not the frame
                }
            return std::pair{ink, box};
        };
        const auto [freshInk, freshBox] = inkAndBox(false);
        const auto [draftInk, draftBox] = inkAndBox(true);
        EXPECT_GT(freshInk, 200) << points << " pt, ratio " << ratio;
        EXPECT_NEAR(draftInk, freshInk, freshInk / 10) << points << " pt, ratio " << ratio;
        // On whole pixels, both: the box does not move when a drag ends.
        EXPECT_EQ(draftBox.left(), freshBox.left()) << points << " pt, ratio " << ratio;
        EXPECT_EQ(draftBox.top(), freshBox.top()) << points << " pt, ratio " << ratio;
        EXPECT_LE(std::abs(draftBox.right() - freshBox.right()), 2)
            << points << " pt, ratio " << ratio;
        EXPECT_LE(std::abs(draftBox.bottom() - freshBox.bottom()), 2)
            << points << " pt, ratio " << ratio;
    }
}

/// Where a dragged label says it paints every pixel opaquely, a drag frame does not restore the
/// still image first: there, what the label draws must not depend on what is beneath, at any
/// device pixel ratio and position, and inside its clip. A brush that lets the plot show through
/// claims no pixel.
TEST(Drag, ALabelsOpaqueInsideHidesWhateverIsBeneath) {
    for (const double ratio : {1.0, 1.25, 1.5, 2.0}) {
        for (const QPointF at : {QPointF(100.4, 80.6), QPointF(0.5, 0.5), QPointF(430.3, 290.7)}) {
            QCustomPlot plot;
            plot.resize(480, 320);
            plot.setViewport(plot.rect()); // (set on the first resize event, when shown)
            plot.axisRect()->setAutoMargins(QCP::msNone);
            plot.axisRect()->setMargins(QMargins(20, 10, 20, 10));
            auto* label = new DraftLabel(&plot);
            label->setClipToAxisRect(true); // as the tangents' labels: partly outside at times
            label->position->setType(QCPItemPosition::ptAbsolute);
            label->position->setCoords(at);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setFont(plotFont(11));
            label->setBrush(QColor(0x26, 0x28, 0x2c));
            label->setPen(QPen(Qt::blue, 1.0));
            label->setPadding(QMargins(6, 4, 6, 4));
            label->setText(QStringLiteral("x₀ = 0.5\nf(x₀) = 0.731059"));
            label->draft = true;
            plot.replot();
            const auto inside = label->opaqueRect();
            ASSERT_TRUE(inside.has_value()) << ratio;
            EXPECT_TRUE(plot.axisRect()->rect().contains(*inside)) << ratio;
            EXPECT_GT(inside->width() * inside->height(), 100) << ratio;
            // The label alone over two backgrounds, in device pixels.
            auto over = [&](const QColor& beneath) {
                QImage image((QSizeF(plot.size()) * ratio).toSize(),
                             QImage::Format_ARGB32_Premultiplied);
                image.setDevicePixelRatio(ratio);
                image.fill(beneath);
                QCPPainter painter(&image);
                painter.setClipRect(label->clipAxisRect()->rect().translated(0, -1));
                LayerDraw::items(label->layer(), &painter);
                return image;
            };
            const QImage black = over(Qt::black), white = over(Qt::white);
            const QRect pixels(
                QPoint(static_cast<int>(std::floor(inside->left() * ratio)),
                       static_cast<int>(std::floor(inside->top() * ratio))),
                QPoint(static_cast<int>(std::ceil((inside->right() + 1) * ratio)) - 1,
                       static_cast<int>(std::ceil((inside->bottom() + 1) * ratio)) - 1));
            ASSERT_TRUE(black.rect().contains(pixels)) << ratio;
            int differing = 0;
            for (int y = pixels.top(); y <= pixels.bottom(); ++y)
                for (int x = pixels.left(); x <= pixels.right(); ++x)
                    differing += black.pixel(x, y) != white.pixel(x, y) ? 1 : 0;
            EXPECT_EQ(differing, 0) << "ratio " << ratio << " at " << at.x() << "," << at.y();
            label->setBrush(QColor(255, 255, 255, 230));
            EXPECT_FALSE(label->opaqueRect().has_value()) << ratio;
            label->setBrush(Qt::NoBrush);
            EXPECT_FALSE(label->opaqueRect().has_value()) << ratio;
        }
    }
}

/// Every entry of the plot's legend is a curve's, of the kind that draws fast in a drag, in the
/// order of the curves (QCustomPlot's own entries, added with each graph, would never be).
TEST(Drag, EveryLegendEntryIsACurvesDraftEntry) {
    SceneModel model;
    model.setScene(SceneModel::lectureScene());
    PlotView view(&model);
    const QCPLegend* legend = view.plot()->legend;
    ASSERT_GE(legend->itemCount(), model.curveCount());
    for (int k = 0; k < legend->itemCount(); ++k)
        EXPECT_NE(dynamic_cast<const DraftLegendItem*>(legend->item(k)), nullptr) << k;
    for (int i = 0; i < model.curveCount(); ++i)
        EXPECT_NE(
            dynamic_cast<const DraftLegendItem*>(legend->itemWithPlottable(view.functionGraph(i))),
            nullptr)
            << i;
    EXPECT_EQ(static_cast<QCPPlottableLegendItem*>(legend->item(0))->plottable(),
              view.functionGraph(0));
}

/// A curve's legend entry drawn in a drag (its name as a glyph run) shows the same name in the
/// same place as the entry drawn afresh, at device pixel ratios 1 and 2.
TEST(Drag, ADraggedLegendEntryLooksLikeTheEntryDrawnAfresh) {
    for (const double ratio : {1.0, 2.0}) {
        QCustomPlot plot;
        plot.resize(480, 320);
        plot.legend->setVisible(true);
        plot.legend->setFont(plotFont(12));
        auto* graph = newCurveGraph(&plot);
        graph->removeFromLegend(); // (QCustomPlot adds its own entry)
        graph->setName(QStringLiteral("Swish (β=0.53): f′"));
        graph->setPen(QPen(Qt::blue, 2.0));
        addDraftLegendEntry(graph);
        ASSERT_NE(dynamic_cast<DraftLegendItem*>(plot.legend->itemWithPlottable(graph)), nullptr);
        (void)plot.toPixmap(480, 320, ratio); // lays the legend out
        const QRect entry = plot.legend->itemWithPlottable(graph)->rect();
        ASSERT_FALSE(entry.isEmpty());
        auto inkAndBox = [&](bool draft) {
            graph->draft = draft;
            const QImage image = plot.toPixmap(480, 320, ratio).toImage();
            QRect box;
            int ink = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x) {
                    const QPoint at(static_cast<int>(x / ratio), static_cast<int>(y / ratio));
                    const QColor c = image.pixelColor(x, y);
                    // The name: dark, right of the icon.
                    if (!entry.contains(at) ||
                        at.x() < entry.left() + plot.legend->iconSize().width() || c.red() >= 128 ||
                        c.blue() >= 128)
                        continue;
                    box |= QRect(x, y, 1, 1);
                    ++ink;
                }
            return std::pair{ink, box};
        };
        const auto [freshInk, freshBox] = inkAndBox(false);
        const auto [draftInk, draftBox] = inkAndBox(true);
        EXPECT_GT(freshInk, 100) << ratio;
        EXPECT_NEAR(draftInk, freshInk, freshInk / 10) << ratio;
        EXPECT_LE((draftBox.topLeft() - freshBox.topLeft()).manhattanLength(), 1) << ratio;
        EXPECT_LE((draftBox.bottomRight() - freshBox.bottomRight()).manhattanLength(), 2) << ratio;
    }
}

/// The longest stretch (pixels, along x) of a graph's line between two drawn points with a gap
/// between them, where the quantity itself is finite: what reads as a missing piece of a dotted
/// or dashed line.
double longestGap(const QCustomPlot* plot, const QCPGraph* g) {
    double longest = 0.0;
    double lastX = NAN, lastY = NAN;
    bool inGap = false;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
        if (std::isnan(it->value)) {
            inGap = true;
            continue;
        }
        const double px = plot->xAxis->coordToPixel(it->key);
        const double py = plot->yAxis->coordToPixel(it->value);
        if (inGap && !std::isnan(lastX))
            longest = std::max(longest, std::hypot(px - lastX, py - lastY));
        lastX = px;
        lastY = py;
        inGap = false;
    }
    return longest;
}

TEST(Dashes, DotsAndDashesStayDenseOnSteepParts) {
    auto w = freshWindow(1280, 720);
    const int i = w->model()->addCurve(QStringLiteral("swish"));
    ASSERT_FALSE(w->model()->setParameter(i, 0, 10.0).has_value());
    w->model()->setShowGradient(i, true);
    w->model()->setShowDerivative(i, true);
    (void)w->model()->setView({-2, 2, -2, 2});
    w->plotView()->replotNow();
    const QCustomPlot* plot = w->plotView()->plot();
    // Gaps no longer than the pattern's gap (a few pixels), even where the line is steepest.
    EXPECT_LT(longestGap(plot, w->plotView()->gradientGraph(i, 0)), 8.0);
    EXPECT_LT(longestGap(plot, w->plotView()->derivativeGraph(i)), 12.0);
}

TEST(Palette, SixteenDistinctColoursWithThreeToOneContrastOnEveryTheme) {
    auto luminance = [](const QColor& c) {
        auto lin = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    };
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::Presentation}) {
        const auto& palette = curvePalette(theme);
        ASSERT_EQ(palette.size(), 16u);
        const QColor bg = themeStyle(theme).background;
        for (std::size_t k = 0; k < palette.size(); ++k) {
            const double a = luminance(palette[k]), b = luminance(bg);
            const double contrast = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
            EXPECT_GE(contrast, 3.0) << palette[k].name().toStdString();
            for (std::size_t j = 0; j < k; ++j)
                EXPECT_NE(palette[j], palette[k]);
        }
    }
    // Sixteen curves get sixteen colours; a theme switch carries them over.
    SceneModel model;
    for (int k = 0; k < 16; ++k)
        model.addCurve(QStringLiteral("relu"));
    std::set<QRgb> colours;
    for (int k = 0; k < 16; ++k)
        colours.insert(model.curve(k).color.rgb());
    EXPECT_EQ(colours.size(), 16u);
    model.setTheme(Theme::Dark);
    for (int k = 0; k < 16; ++k)
        EXPECT_EQ(model.curve(k).color, curvePalette(Theme::Dark)[static_cast<size_t>(k)]);
    // The seventeenth shares a colour and is told apart by its dash pattern.
    model.addCurve(QStringLiteral("relu"));
    EXPECT_EQ(colourRepeat(model.scene().curves, 16), 1);
}

} // namespace
} // namespace actviz::ui

namespace actviz::ui {
namespace {

/// Adjacent drawn points of `g` that straddle a kink of `fn` where the derivative jumps: a
/// connector that is not part of the graph.
int connectorsAcrossJumps(const QCPGraph* g, const core::FunctionSpec& fn,
                          const std::vector<double>& params) {
    int connectors = 0;
    for (double k : fn.kinks(params)) {
        const double left = fn.df(std::nextafter(k, -INFINITY), params);
        const double right = fn.df(std::nextafter(k, INFINITY), params);
        if (left == right) continue;
        for (auto it = g->data()->constBegin(); it + 1 != g->data()->constEnd(); ++it) {
            const QCPGraphData& a = *it;
            const QCPGraphData& b = *(it + 1);
            if (std::isnan(a.value) || std::isnan(b.value)) continue;
            if (a.key <= k && k <= b.key && (a.key < k || k < b.key) && a.value != b.value &&
                !(a.key == k && a.value == right) && !(b.key == k && b.value == left))
                ++connectors;
        }
    }
    return connectors;
}

TEST(Jumps, NoConnectorAtAnyRangeOrZoomInTheWindowOrAnExport) {
    auto w = freshWindow(1280, 720);
    std::vector<int> curves;
    for (const char* id : {"relu", "hardtanh", "hardswish", "relu6", "hardsigmoid", "leaky_relu"}) {
        const int i = w->model()->addCurve(QString::fromLatin1(id));
        w->model()->setShowDerivative(i, true);
        curves.push_back(i);
    }
    for (double a : {0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 7.5, 10.0, 1e-3, 1e3}) {
        for (double shift : {0.0, 0.25 * a, -1.0}) {
            ASSERT_FALSE(w->model()->setView({-a + shift, a + shift, -2.0, 2.0}).has_value());
            for (int i : curves) {
                const Curve& c = w->model()->curve(i);
                EXPECT_EQ(
                    connectorsAcrossJumps(w->plotView()->derivativeGraph(i), *c.function, c.params),
                    0)
                    << c.function->id << " on [" << -a + shift << ", " << a + shift << "]";
            }
        }
    }
    // The export's own view (another size, clipped for vector formats) follows the same rule.
    (void)w->model()->setView({-4, 4, -2, 2});
    SceneModel scene;
    scene.setScene(w->model()->scene());
    PlotView view(&scene);
    view.resize(640, 480);
    view.setClipDataToView(true);
    for (int i : curves) {
        const Curve& c = scene.curve(i);
        EXPECT_EQ(connectorsAcrossJumps(view.derivativeGraph(i), *c.function, c.params), 0)
            << c.function->id;
    }
}

/// What is drawn follows the data: with more than two samples per pixel (a narrow plot, or
/// points added around a jump), QCustomPlot's adaptive sampling would merge each pixel column's
/// points into one vertical line. No pixel of f' lies between the two sides of a jump.
TEST(Jumps, NoConnectorIsDrawnAtAnySize) {
    for (const char* id : {"relu", "hardtanh"}) {
        for (const QSize size : {QSize(300, 200), QSize(600, 400), QSize(1280, 720)}) {
            SceneModel model;
            Scene s;
            s.view = {-4, 4, -1.5, 2};
            model.setScene(s);
            const int i = model.addCurve(QString::fromLatin1(id));
            model.setShowDerivative(i, true);
            model.setVisible(i, true);
            PlotView view(&model);
            view.resize(size);
            view.show(); // sampled for this width
            QApplication::processEvents();
            view.functionGraph(i)->setVisible(false); // f' alone
            view.replotNow();
            const QImage image = view.plot()->toPixmap().toImage();
            const QColor colour = view.derivativeGraph(i)->pen().color();
            const Curve& c = model.curve(i);
            const QCPAxis* x = view.plot()->xAxis;
            const QCPAxis* y = view.plot()->yAxis;
            for (double k : c.function->kinks(c.params)) {
                const double left = c.function->df(std::nextafter(k, -INFINITY), c.params);
                const double right = c.function->df(std::nextafter(k, INFINITY), c.params);
                const int px = static_cast<int>(std::lround(x->coordToPixel(k)));
                const double y0 = std::min(y->coordToPixel(left), y->coordToPixel(right));
                const double y1 = std::max(y->coordToPixel(left), y->coordToPixel(right));
                int between = 0;
                for (int py = static_cast<int>(y0) + 4; py <= static_cast<int>(y1) - 4; ++py)
                    for (int dx = -1; dx <= 1; ++dx) {
                        const QColor p = image.pixelColor(px + dx, py);
                        if (std::abs(p.red() - colour.red()) +
                                std::abs(p.green() - colour.green()) +
                                std::abs(p.blue() - colour.blue()) <
                            90)
                            ++between;
                    }
                EXPECT_EQ(between, 0) << id << " at " << k << ", " << size.width() << " wide";
            }
        }
    }
}

} // namespace
} // namespace actviz::ui

namespace actviz::ui {
namespace {

TEST(Legend, AWrappedLegendWithRemovedEntriesIsPlacedWithoutCrashing) {
    auto w = freshWindow(1024, 768);
    for (int k = 0; k < 30; ++k)
        w->model()->setShowDerivative(w->model()->addCurve(QStringLiteral("relu")), true);
    w->plotView()->replotNow(); // the legend goes below the plot, wrapped into columns
    for (int k = 0; k < 10; ++k)
        w->model()->removeCurve(3 + k); // leaves holes in the wrapped grid
    EXPECT_NO_THROW(w->plotView()->replotNow());
    EXPECT_NO_THROW(w->plotView()->replotNow());
}

/// Ten entries in the presentation's type size at 1280x720 do not fit inside: below the plot
/// they are spread over as many columns as the width holds, in the window and in an export
/// (whose plot is never shown, so only its viewport has the export's size), and in smaller type
/// when the window is small.
TEST(Legend, BelowThePlotTheEntriesFillSeveralColumns) {
    auto scene = [] {
        Scene s = SceneModel::lectureScene();
        s.curves.clear();
        for (const char* id : {"sigmoid", "tanh", "relu", "swish", "gelu"}) {
            Curve c;
            c.function = core::findFunction(id);
            c.params = c.function->defaults();
            c.showDerivative = true;
            s.curves.push_back(c);
        }
        retheme(s, Theme::Presentation);
        return s;
    };
    auto expectColumns = [](QCustomPlot* plot) {
        if (legendInside(plot)) return; // it found room inside: fine too
        EXPECT_GE(plot->legend->columnCount(), 3);
        EXPECT_LE(plot->legend->rowCount(), 4);
    };
    SceneModel shown;
    shown.setScene(scene());
    PlotView window(&shown);
    window.resize(1280, 720);
    window.show();
    QApplication::processEvents();
    window.replotNow();
    expectColumns(window.plot());

    SceneModel exported;
    exported.setScene(scene());
    PlotView view(&exported);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(1280, 720);
    view.plot()->setViewport(QRect(0, 0, 1280, 720));
    placeLegend(view.plot());
    EXPECT_FALSE(legendInside(view.plot())); // ten entries at this size: below
    expectColumns(view.plot());

    // In a small window the legend leaves the plot 60% of the height, in smaller type if need
    // be; at a larger size the legend has its own type size again.
    const QFont own = view.plot()->legend->font();
    for (const QSize small : {QSize(800, 600), QSize(800, 450)}) {
        view.plot()->setViewport(QRect(QPoint(0, 0), small));
        placeLegend(view.plot());
        EXPECT_LE(view.plot()->legend->minimumOuterSizeHint().height(), 0.4 * small.height());
    }
    EXPECT_LT(view.plot()->legend->font().pointSizeF(), own.pointSizeF());
    view.plot()->setViewport(QRect(0, 0, 1920, 1080));
    placeLegend(view.plot());
    EXPECT_EQ(view.plot()->legend->font(), own);
}

TEST(ViewRange, ABadBoundTypedWhileAnotherFieldHasTheFocusIsAnsweredOnce) {
    auto w = freshWindow();
    w->activateWindow();
    ViewRangeBar* bar = rangeBar(*w);
    bar->field(0)->setFocus();
    QApplication::processEvents();
    bar->field(3)->setText(QStringLiteral("abc"));
    // The focus moves to the blamed field; the field that had it finishes editing meanwhile.
    EXPECT_NO_THROW(emit bar->field(3)->editingFinished());
    QApplication::processEvents();
    EXPECT_TRUE(bar->marked(3));
    EXPECT_FALSE(bar->message().isEmpty());
}

} // namespace
} // namespace actviz::ui
