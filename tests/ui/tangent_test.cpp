// SPDX-License-Identifier: GPL-3.0-or-later
// Tangent lines: pinned by a click on a curve, dragged along it, removed by a right-click; their
// slope is the core's f' at x0; they survive scene files and `--tangent` exports.

#include "curve_graph.h"
#include "draft_items.h"
#include "main_window.h"
#include "plot_view.h"
#include "scene_json.h"
#include "scene_model.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/chain.h"
#include "actviz/core/parameter.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QMouseEvent>
#include <QSettings>
#include <QSlider>

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace actviz::ui {
namespace {

double slopeOf(QCPItemStraightLine* line) {
    const QPointF a = line->point1->coords();
    const QPointF b = line->point2->coords();
    return (b.y() - a.y()) / (b.x() - a.x());
}

void mouse(QWidget* w, QEvent::Type type, QPoint pos, Qt::MouseButton button) {
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), button,
                  type == QEvent::MouseButtonRelease ? Qt::NoButton : button, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

TEST(Tangent, SlopeIsTheCoresDerivativeAndTheLabelSaysSo) {
    SceneModel m;
    m.setScene(SceneModel::lectureScene());
    PlotView v(&m);
    v.resize(1000, 600);
    const int t = m.addTangent(0, 1.25); // sigmoid
    const core::FunctionSpec* sig = core::findFunction("sigmoid");
    ASSERT_NE(v.tangentLine(t), nullptr);
    EXPECT_DOUBLE_EQ(slopeOf(v.tangentLine(t)), sig->df(1.25, {}));
    EXPECT_EQ(v.tangentLine(t)->point1->coords().y(), sig->f(1.25, {}));
    EXPECT_TRUE(v.tangentLabel(t).contains(QStringLiteral("x₀ = 1.25")));
    m.moveTangent(t, -2.0);
    EXPECT_DOUBLE_EQ(slopeOf(v.tangentLine(t)), sig->df(-2.0, {}));
}

/// The tangents' labels, as drawn.
std::vector<DraftLabel*> tangentLabels(QCustomPlot* plot) {
    std::vector<DraftLabel*> labels;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* l = dynamic_cast<DraftLabel*>(plot->item(i));
            l != nullptr && l->visible() && l->text().startsWith(QStringLiteral("x₀")))
            labels.push_back(l);
    return labels;
}

/// A label goes where it is read whole: inside the plot (beside a point near its right or bottom
/// edge it hangs left or above), and clear of the legend and the other labels where there is
/// room; placed again when the view changes and at every step of a drag.
TEST(Tangent, LabelsStayInsideThePlotAndClearOfEachOther) {
    SceneModel m;
    m.setScene(SceneModel::lectureScene());
    PlotView v(&m);
    v.resize(1280, 720);
    v.show();
    const int swish = m.addCurve(QStringLiteral("swish"));
    for (const double x0 : {-2.0, 1.0})
        m.addTangent(swish, x0);
    m.addTangent(0, 1.0);  // sigmoid, at swish's point at 1 (until swish is dragged)
    m.addTangent(0, 2.5);  // beside them
    m.addTangent(0, 5.8);  // at the right edge
    m.addTangent(2, -0.2); // relu, near the bottom once the view is moved up
    auto check = [&](const char* when, bool replot = true, bool clear = true) {
        if (replot) v.replotNow();
        const QRectF area = v.plot()->axisRect()->rect();
        const auto labels = tangentLabels(v.plot());
        ASSERT_EQ(labels.size(), 6U) << when;
        // The legend first, where it lies over the plot (it is drawn over the labels).
        std::vector<QRectF> boxes;
        const QCPLegend* legend = v.plot()->legend;
        if (legend->realVisibility() && QRectF(legend->outerRect()).intersects(area))
            boxes.emplace_back(legend->outerRect());
        ASSERT_FALSE(boxes.empty()) << when << ": the legend is not over the plot";
        for (DraftLabel* l : labels) {
            const auto box = l->draftBox();
            ASSERT_TRUE(box.has_value()) << when;
            EXPECT_TRUE(area.contains(*box)) << when << ": " << l->text().toStdString();
            for (const QRectF& other : boxes)
                EXPECT_FALSE(clear && other.intersects(*box))
                    << when << ": " << l->text().toStdString();
            boxes.push_back(*box);
        }
    };
    check("at first");
    ASSERT_FALSE(m.setView({-6, 6, -0.4, 3.5}).has_value());
    // (Six labels in the plot's lower third: not all of them find room.)
    check("with the bottom edge near relu's point", true, false);
    v.resize(1600, 900);
    check("resized");
    ASSERT_FALSE(m.setView({-6, 6, -1.5, 3.5}).has_value());
    v.beginLiveEdit(swish);
    QApplication::processEvents(); // what the press queued, as before a first mouse move
    // The other curves' labels are not redrawn in a drag: they stay where they are.
    auto stillBoxes = [&] {
        std::vector<QRectF> boxes;
        for (DraftLabel* l : tangentLabels(v.plot()))
            if (!l->draft) boxes.push_back(*l->draftBox());
        return boxes;
    };
    const std::vector<QRectF> still = stillBoxes();
    ASSERT_EQ(still.size(), 4U);
    for (const double beta : {1.5, 2.5, 0.3}) {
        ASSERT_FALSE(m.setParameter(swish, 0, beta).has_value());
        QApplication::processEvents();
        check("in a drag", false);
        EXPECT_EQ(stillBoxes(), still) << "beta " << beta;
    }
    v.endLiveEdit();
}

TEST(Tangent, ClickPinsDragMovesRightClickRemoves) {
    QSettings().clear();
    app::MainWindow w;
    w.resize(1280, 720);
    w.show();
    QApplication::processEvents();
    PlotView* v = w.plotView();
    v->replotNow();
    QCustomPlot* plot = v->plot();
    // Tanh at x = 0.5, in pixels.
    const Curve& tanh = w.model()->curve(1);
    const QPoint on(
        static_cast<int>(plot->xAxis->coordToPixel(0.5)),
        static_cast<int>(plot->yAxis->coordToPixel(tanh.function->f(0.5, tanh.params))));
    mouse(plot, QEvent::MouseButtonPress, on, Qt::LeftButton);
    ASSERT_EQ(w.model()->tangents().size(), 1u);
    EXPECT_EQ(w.model()->tangents()[0].curve, 1);
    const QPoint further(static_cast<int>(plot->xAxis->coordToPixel(1.5)), on.y());
    mouse(plot, QEvent::MouseMove, further, Qt::LeftButton);
    mouse(plot, QEvent::MouseButtonRelease, further, Qt::LeftButton);
    EXPECT_NEAR(w.model()->tangents()[0].x0, 1.5, 0.05);
    v->replotNow();
    const QPoint point = v->tangentLine(0)->point1->pixelPosition().toPoint();
    mouse(plot, QEvent::MouseButtonPress, point, Qt::RightButton);
    EXPECT_TRUE(w.model()->tangents().empty());
    // A click away from every curve pans instead.
    mouse(plot, QEvent::MouseButtonPress,
          QPoint(static_cast<int>(plot->xAxis->coordToPixel(-4)),
                 static_cast<int>(plot->yAxis->coordToPixel(3))),
          Qt::LeftButton);
    EXPECT_TRUE(w.model()->tangents().empty());
}

TEST(Tangent, SurvivesSceneFilesAndFollowsItsCurve) {
    Scene s = SceneModel::lectureScene();
    s.tangents = {{1, 0.25}, {3, -2.0}};
    const SceneParse back = sceneFromJson(sceneToJson(s));
    ASSERT_TRUE(back.scene.has_value()) << back.error.toStdString();
    EXPECT_EQ(back.scene->tangents, s.tangents);
    EXPECT_FALSE(
        sceneFromJson(R"({"format":"actviz-scene","version":1,"tangents":[{"curve":0,"x":1}]})")
            .scene);
    SceneModel m;
    m.setScene(s);
    m.removeCurve(1);
    ASSERT_EQ(m.tangents().size(), 1u);
    EXPECT_EQ(m.tangents()[0].curve, 2);
}

} // namespace
} // namespace actviz::ui

namespace actviz::ui {
namespace {

TEST(Ghost, ShownWhileAParameterIsDraggedWithTheCoresDistance) {
    SceneModel m;
    m.setScene(SceneModel::lectureScene());
    PlotView v(&m);
    v.resize(1000, 600);
    const int s = m.addCurve(QStringLiteral("swish"));
    EXPECT_EQ(v.ghostCount(), 0);
    v.beginLiveEdit(s);
    ASSERT_EQ(v.ghostCount(), 2); // ReLU and x/2
    m.setParameter(s, 0, 4.0);
    // The distance shown is the core's max |f - ReLU| over the view, which the drawn samples of
    // the curve come close to.
    double sampled = 0.0;
    for (auto it = v.functionGraph(s)->data()->constBegin();
         it != v.functionGraph(s)->data()->constEnd(); ++it)
        sampled = std::max(sampled, std::fabs(it->value - std::max(it->key, 0.0)));
    const core::FunctionSpec* swish = core::findFunction("swish");
    const QCPRange view = v.plot()->xAxis->range();
    const double d = core::ghostDistance(*swish, std::vector<double>{4.0}, swish->ghosts[0],
                                         view.lower, view.upper);
    EXPECT_NEAR(sampled, d, 1e-3);
    EXPECT_TRUE(v.ghostText().contains(QString::fromStdString(core::formatShort(d, 6))))
        << v.ghostText().toStdString();
    // The ghost's points are ReLU's.
    for (auto it = v.ghostGraph(0)->data()->constBegin(); it != v.ghostGraph(0)->data()->constEnd();
         ++it)
        ASSERT_EQ(it->value, std::max(it->key, 0.0));
    // ReLU and x/2 do not move with beta: they stay on a layer the drag does not redraw.
    EXPECT_EQ(v.ghostGraph(0)->layer()->name(), QStringLiteral("grid"));
    EXPECT_EQ(v.ghostGraph(1)->layer()->name(), QStringLiteral("grid"));
    v.endLiveEdit();
    EXPECT_EQ(v.ghostCount(), 0);
    v.setGhostsAlways(true);
    EXPECT_EQ(v.ghostCount(), 2);
}

double distanceToSegment(QPointF p, QPointF a, QPointF b) {
    const QPointF d = b - a;
    const double len2 = QPointF::dotProduct(d, d);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * d - p;
    return std::sqrt(QPointF::dotProduct(q, q));
}

/// The distance from `p` to the nearest segment of the polyline `line`.
double distanceToPolyline(QPointF p, const QVector<QPointF>& line) {
    double best = INFINITY;
    for (qsizetype k = 0; k + 1 < line.size(); ++k)
        best = std::min(best, distanceToSegment(p, line[k], line[k + 1]));
    return best;
}

/// Every input point is within the tolerance of the simplified line, which keeps both ends and
/// drops most points of a smooth curve sampled twice per pixel.
TEST(Polyline, SimplifiedWithinTheToleranceKeepingBothEnds) {
    for (const double tolerance : {0.05, 0.25, 1.0}) {
        for (const int kind : {0, 1, 2}) {
            QVector<QPointF> in;
            for (int i = 0; i <= 3840; ++i) {
                const double x = 0.5 * i;
                const double y = kind == 0   ? 300 + 200 * std::sin(x / 90.0)           // smooth
                                 : kind == 1 ? 300 + 0.3 * x                            // straight
                                             : 300 + ((i / 7) % 2 == 0 ? 40.0 : -40.0); // steps
                in.append({x, y});
            }
            QVector<QPointF> out;
            simplifyPolyline(in.constData(), static_cast<int>(in.size()), tolerance, out);
            ASSERT_GE(out.size(), 2);
            EXPECT_EQ(out.front(), in.front());
            EXPECT_EQ(out.back(), in.back());
            for (const QPointF& p : in) {
                ASSERT_LE(distanceToPolyline(p, out), tolerance * (1 + 1e-9))
                    << kind << " " << p.x() << " " << p.y();
            }
            if (kind == 1) {
                EXPECT_EQ(out.size(), 2);
            } else if (kind == 0) {
                EXPECT_LT(out.size(), in.size() / 4) << tolerance;
            }
        }
    }
    // Too short to simplify; a line that turns back on itself keeps its far end.
    const QPointF two[] = {{0, 0}, {1, 1}};
    QVector<QPointF> out;
    simplifyPolyline(two, 2, 0.25, out);
    EXPECT_EQ(out, QVector<QPointF>({{0, 0}, {1, 1}}));
    const QPointF zig[] = {{0, 0}, {10, 0}, {5, 0}, {0, 0.1}, {10, 0.1}};
    out.clear();
    simplifyPolyline(zig, 5, 0.25, out);
    for (const QPointF& p : zig)
        EXPECT_LE(distanceToPolyline(p, out), 0.25);
    EXPECT_EQ(out.back(), zig[4]);
    EXPECT_GE(out.size(), 4); // there, back, and there again
}

/// Points that go back and forth within a pixel (the first, lowest, highest and last sample of a
/// column, as QCustomPlot's adaptive sampling gives them), in random walks: none is dropped
/// farther than the tolerance from the line drawn; and a simplified run is appended after what
/// is there already.
TEST(Polyline, RandomZigzagsStayWithinTheTolerance) {
    std::mt19937 random(7);
    std::uniform_real_distribution<double> step(-0.6, 0.6), advance(0.0, 0.5);
    for (int trial = 0; trial < 200; ++trial) {
        QVector<QPointF> in;
        QPointF p(0, 0);
        for (int i = 0; i < 60; ++i) {
            p += QPointF(advance(random) * (trial % 3 == 0 ? 0.0 : 1.0), step(random));
            in.append(p);
        }
        const double tolerance = trial % 2 == 0 ? 0.25 : 0.05;
        QVector<QPointF> out{QPointF(-1, -1)};
        simplifyPolyline(in.constData(), static_cast<int>(in.size()), tolerance, out);
        ASSERT_EQ(out.front(), QPointF(-1, -1)); // kept
        out.removeFirst();
        ASSERT_EQ(out.front(), in.front());
        ASSERT_EQ(out.back(), in.back());
        for (const QPointF& q : in)
            ASSERT_LE(distanceToPolyline(q, out), tolerance * (1 + 1e-9)) << trial;
    }
    // A point short of the one before it, in the direction of the segment: within the tolerance.
    const QPointF back[] = {{0, 0}, {0, -0.4}, {0, 0.2}, {0.5, 5}};
    QVector<QPointF> out;
    simplifyPolyline(back, 4, 0.25, out);
    EXPECT_LE(distanceToPolyline(back[1], out), 0.25);
}

/// A ghost that does depend on the dragged parameter (SMU-1's Leaky ReLU has slope alpha) moves
/// to the dragged layer and shows the current value at every step.
TEST(Ghost, AGhostThatDependsOnTheParameterFollowsTheDrag) {
    SceneModel m;
    PlotView v(&m);
    v.resize(1000, 600);
    const int s = m.addCurve(QStringLiteral("smu1"));
    v.beginLiveEdit(s);
    ASSERT_EQ(v.ghostCount(), 1);
    for (const double alpha : {0.1, 0.3, 0.6}) {
        ASSERT_FALSE(m.setParameter(s, 0, alpha).has_value());
        for (auto it = v.ghostGraph(0)->data()->constBegin();
             it != v.ghostGraph(0)->data()->constEnd(); ++it)
            ASSERT_EQ(it->value, it->key > 0 ? it->key : alpha * it->key) << alpha;
    }
    EXPECT_EQ(v.ghostGraph(0)->layer()->name(), QStringLiteral("live"));
    v.endLiveEdit();
}

} // namespace
} // namespace actviz::ui

#include "depth_view.h"

namespace actviz::ui {
namespace {

TEST(Depth, TheViewPlotsTheCoresChainGradientPerCurve) {
    SceneModel m;
    m.setScene(SceneModel::lectureScene());
    DepthView v(&m);
    DepthSettings d;
    d.shown = true;
    d.layers = 12;
    d.weight = 1.5;
    d.input = 0.3;
    m.setDepth(d);
    ASSERT_EQ(v.plot()->graphCount(), 4);
    EXPECT_EQ(v.layersSlider()->value(), 12);
    const Curve& sig = m.curve(0);
    const auto g = core::chainGradient(*sig.function, sig.params, 12, 1.5, 0.3);
    auto data = v.plot()->graph(0)->data();
    ASSERT_EQ(data->size(), 12);
    std::size_t l = 0;
    for (auto it = data->constBegin(); it != data->constEnd(); ++it, ++l) {
        EXPECT_EQ(it->key, static_cast<double>(l + 1));
        EXPECT_EQ(it->value, g[l]);
    }
    v.layersSlider()->setValue(40); // the slider edits the model
    EXPECT_EQ(m.depth().layers, 40);
    const SceneParse back = sceneFromJson(sceneToJson(m.scene()));
    ASSERT_TRUE(back.scene.has_value()) << back.error.toStdString();
    EXPECT_EQ(back.scene->depth, m.depth());
}

} // namespace
} // namespace actviz::ui

#include "softmax_view.h"

#include "actviz/core/softmax.h"

#include <QLineEdit>

namespace actviz::ui {
namespace {

TEST(SoftmaxViewTest, BarsAreTheCoresSoftmaxAndTypedLogitsAreChecked) {
    SceneModel m;
    m.setScene(SceneModel::lectureScene());
    SoftmaxView v(&m);
    SoftmaxSettings s;
    s.shown = true;
    s.logits = {3.0, -1.0, 0.5, 0.5};
    s.temperature = 2.0;
    ASSERT_FALSE(m.setSoftmax(s).has_value());
    const core::SoftmaxResult r = core::softmax(s.logits, 2.0);
    std::size_t i = 0;
    for (auto it = v.probabilityBars()->data()->constBegin();
         it != v.probabilityBars()->data()->constEnd(); ++it, ++i) {
        EXPECT_EQ(it->value, r.probabilities[i]);
    }
    EXPECT_EQ(i, 4u);
    i = 0;
    for (auto it = v.jacobianBars()->data()->constBegin();
         it != v.jacobianBars()->data()->constEnd(); ++it, ++i)
        EXPECT_EQ(it->value, r.jacobianDiagonal[i]);
    v.logitsField()->setText(QStringLiteral("1, 2"));
    emit v.logitsField()->editingFinished();
    EXPECT_EQ(m.softmax().logits, (std::vector<double>{1.0, 2.0}));
    v.logitsField()->setText(QStringLiteral("7"));
    emit v.logitsField()->editingFinished();
    EXPECT_EQ(m.softmax().logits, (std::vector<double>{1.0, 2.0})); // refused: one logit
    EXPECT_FALSE(v.message().isEmpty());
    const SceneParse back = sceneFromJson(sceneToJson(m.scene()));
    ASSERT_TRUE(back.scene.has_value()) << back.error.toStdString();
    EXPECT_EQ(back.scene->softmax, m.softmax());
}

} // namespace
} // namespace actviz::ui
