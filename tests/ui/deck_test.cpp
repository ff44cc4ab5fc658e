// SPDX-License-Identifier: GPL-3.0-or-later
// Deck files (round trip, scene files as one slide, refusals naming the slide) and the move
// between slides (slide_morph.h).

#include "deck.h"
#include "scene_json.h"
#include "slide_morph.h"

#include "actviz/core/catalogue.h"

#include <QDir>
#include <QFile>

#include <cmath>

#include <gtest/gtest.h>

namespace actviz::ui {
namespace {

Curve curveOf(const char* id) {
    Curve c;
    c.function = core::findFunction(id);
    c.params = c.function->defaults();
    c.color = QColor(0x12, 0x34, 0x56);
    return c;
}

Deck threeSlides() {
    Deck deck;
    for (double beta : {0.5, 1.0, 8.0}) {
        Scene s;
        s.curves = {curveOf("relu"), curveOf("swish")};
        s.curves[1].params = {beta};
        s.curves[1].showDerivative = true;
        deck.slides.push_back({s, {}, {}});
    }
    deck.slides[0].title = {QStringLiteral("Small β"), QStringLiteral("β 较小")};
    deck.slides[0].caption = {QStringLiteral("Almost linear.\nA second line."), {}};
    deck.slides[2].title = {{}, QStringLiteral("只有中文")};
    deck.slides[2].scene.view = {-3, 3, -0.8, 3};
    return deck;
}

TEST(DeckJson, RoundTripsTitlesCaptionsAndScenes) {
    const Deck deck = threeSlides();
    const QByteArray json = deckToJson(deck);
    EXPECT_TRUE(json.startsWith("{\n    \"format\": \"actviz-deck\",\n    \"version\": 1,\n"));
    const DeckParse back = deckFromJson(json);
    ASSERT_TRUE(back.deck.has_value()) << back.error.toStdString();
    EXPECT_EQ(*back.deck, deck);
    EXPECT_EQ(deckToJson(*back.deck), json);
    // A title in one language shows in the other too.
    EXPECT_EQ(back.deck->slides[2].title.in(QStringLiteral("en")), QStringLiteral("只有中文"));
    EXPECT_EQ(back.deck->slides[0].title.in(QStringLiteral("zh_CN")), QStringLiteral("β 较小"));
}

TEST(DeckJson, ASceneFileIsADeckOfOneSlideAndAPlainDeckSavesAsAScene) {
    const Scene scene = SceneModel::lectureScene();
    const DeckParse parsed = deckFromJson(sceneToJson(scene));
    ASSERT_TRUE(parsed.deck.has_value()) << parsed.error.toStdString();
    ASSERT_EQ(parsed.deck->slides.size(), 1U);
    EXPECT_EQ(parsed.deck->slides[0].scene.curves.size(), scene.curves.size());
    EXPECT_TRUE(parsed.deck->isPlainScene());
    EXPECT_EQ(documentToJson(*parsed.deck), sceneToJson(parsed.deck->slides[0].scene));
    Deck titled = *parsed.deck;
    titled.slides[0].title.en = QStringLiteral("Four functions");
    EXPECT_FALSE(titled.isPlainScene());
    EXPECT_TRUE(documentToJson(titled).contains("actviz-deck"));
    // A title given as one string is that text in both languages.
    const QByteArray one = R"({"format": "actviz-deck", "version": 1, "slides": [
        {"title": "Same", "scene": {"format": "actviz-scene", "version": 1}}]})";
    const DeckParse p = deckFromJson(one);
    ASSERT_TRUE(p.deck.has_value()) << p.error.toStdString();
    EXPECT_EQ(p.deck->slides[0].title.en, QStringLiteral("Same"));
    EXPECT_EQ(p.deck->slides[0].title.zh, QStringLiteral("Same"));
}

TEST(DeckJson, RefusesWithOneMessageNamingTheSlide) {
    const QByteArray scene = R"({"format": "actviz-scene", "version": 1})";
    auto deck = [&scene](const QByteArray& slides, const QByteArray& extra = {}) {
        return QByteArray(R"({"format": "actviz-deck", "version": 1, )") + extra + R"("slides": )" +
               QByteArray(slides).replace("SCENE", scene) + "}";
    };
    struct Case {
        QByteArray json;
        const char* mention;
    };
    const QByteArray longTitle = QByteArray(kMaxSlideTitle + 1, 'a');
    QByteArray many = "[";
    for (int i = 0; i <= kMaxSlides; ++i)
        many += (i ? ",{\"scene\": SCENE}" : "{\"scene\": SCENE}");
    many += "]";
    const Case cases[] = {
        {R"({"format": "actviz-deck", "version": 1})", "at least one slide"},
        {deck("[]"), "at least one slide"},
        {deck("{}"), "at least one slide"},
        {deck("[3]"), "Slide 1 is not an object"},
        {deck("[{}]"), "Slide 1 has no \"scene\""},
        {deck(R"([{"scene": SCENE}, {"scene": SCENE, "notes": 1}])"), "Slide 2 has an unknown key"},
        {deck(R"([{"scene": SCENE}, {"scene": {"format": "actviz-scene", "version": 1,
              "curves": [{"function": "nope"}]}}])"),
         "Slide 2: "},
        {deck(R"([{"scene": SCENE, "title": 5}])"), "Slide 1's title must be a string"},
        {deck(R"([{"scene": SCENE, "title": {"fr": "x"}}])"), "unknown language \"fr\""},
        {deck(R"([{"scene": SCENE, "title": "two\nlines"}])"), "one line"},
        {deck(R"([{"scene": SCENE, "caption": "bell\u0007"}])"), "control characters"},
        {deck(R"([{"scene": SCENE, "title": ")" + longTitle + R"("}])"), "at most 120"},
        {deck(many), "at most 200"},
        {deck(R"([{"scene": SCENE}])", R"("author": "x", )"), "unknown key \"author\""},
        {R"({"format": "actviz-deck", "version": 2, "slides": []})", "newer actviz"},
        {R"({"format": "actviz-deck", "version": 1.5, "slides": []})", "version"},
        {R"({"format": "actviz-slides", "version": 1})", "neither"},
        {R"({"format": "actviz-deck", "version": 1, "slides": [], "slides": []})", "twice"},
    };
    for (const Case& c : cases) {
        const DeckParse p = deckFromJson(c.json);
        EXPECT_FALSE(p.deck.has_value()) << c.json.toStdString();
        EXPECT_TRUE(p.error.contains(QString::fromUtf8(c.mention)))
            << c.json.left(200).toStdString() << " -> " << p.error.toStdString();
        EXPECT_FALSE(p.error.contains(QLatin1Char('\n'))) << p.error.toStdString();
    }
}

TEST(DeckJson, EveryMalformedSceneIsRefusedAsADeckToo) {
    const QDir dir(QStringLiteral(ACTVIZ_BAD_SCENES));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 30);
    for (const QString& name : files) {
        const DeckParse p = readDeckFile(dir.filePath(name));
        EXPECT_FALSE(p.deck.has_value()) << name.toStdString();
        EXPECT_TRUE(p.error.startsWith(name)) << p.error.toStdString();
        EXPECT_FALSE(p.error.contains(QLatin1Char('\n'))) << name.toStdString();
    }
    for (const char* special : {"/dev/zero", "/dev/null", "/", "/nonexistent/deck.json"}) {
        const DeckParse p = readDeckFile(QString::fromLatin1(special));
        EXPECT_FALSE(p.deck.has_value()) << special;
        EXPECT_FALSE(p.error.isEmpty()) << special;
    }
}

TEST(DeckJson, TheLectureDeckInDocsOpens) {
    const DeckParse p = readDeckFile(QStringLiteral(ACTVIZ_SOURCE_DIR "/docs/lecture-deck.json"));
    ASSERT_TRUE(p.deck.has_value()) << p.error.toStdString();
    EXPECT_EQ(p.deck->slides.size(), 3U);
    for (const Slide& s : p.deck->slides) {
        EXPECT_FALSE(s.title.en.isEmpty());
        EXPECT_FALSE(s.title.zh.isEmpty());
        EXPECT_FALSE(s.caption.en.isEmpty());
        EXPECT_FALSE(s.caption.zh.isEmpty());
    }
}

TEST(SlideMorph, ParametersAndRangesPassThroughEveryValueBetweenAndEndExactly) {
    const Deck deck = threeSlides();
    const Scene& a = deck.slides[1].scene; // β = 1 on [-6, 6]
    const Scene& b = deck.slides[2].scene; // β = 8 on [-3, 3]
    ASSERT_TRUE(canMorph(a, b));
    EXPECT_EQ(morphScene(a, b, 0.0)->curves[1].params[0], 1.0);
    EXPECT_EQ(*morphScene(a, b, 1.0), b);
    const Scene half = *morphScene(a, b, 0.5);
    EXPECT_DOUBLE_EQ(half.curves[1].params[0], 4.5); // a linear slider
    // The view zooms by a constant factor: half way, the width is the geometric mean.
    EXPECT_NEAR(half.view.xMax - half.view.xMin, std::sqrt(12.0 * 6.0), 1e-12);
    EXPECT_NEAR(half.view.xMin + half.view.xMax, 0.0, 1e-12);
    // A logarithmic slider (SMU's μ) steps by a constant factor.
    Scene s1, s2;
    s1.curves = {curveOf("smu")};
    s2.curves = {curveOf("smu")};
    s1.curves[0].params[1] = 1.0;
    s2.curves[0].params[1] = 1e6;
    EXPECT_NEAR(morphScene(s1, s2, 0.5)->curves[0].params[1], 1e3, 1e-9);
    // Every value between two valid ones is valid: hardtanh's min stays below its max.
    Scene h1, h2;
    h1.curves = {curveOf("hardtanh")};
    h2.curves = {curveOf("hardtanh")};
    h1.curves[0].params = {-1.0, -0.5};
    h2.curves[0].params = {0.5, 1.0};
    for (double t = 0; t <= 1.0; t += 1.0 / 64) {
        const Scene m = *morphScene(h1, h2, t);
        EXPECT_FALSE(m.curves[0].function->validate(m.curves[0].params).has_value()) << t;
        EXPECT_FALSE(viewRangeProblem(m.view).has_value()) << t;
    }
}

TEST(SlideMorph, ACurveWhoseValuesBetweenWouldBeInvalidJumps) {
    // SMU-1's μ is any finite value but 0: from -1 to 1 it would pass 0.
    Scene a, b;
    a.curves = {curveOf("smu1"), curveOf("swish")};
    b.curves = a.curves;
    a.curves[0].params[1] = -1.0;
    b.curves[0].params[1] = 1.0;
    b.curves[1].params[0] = 3.0;
    for (double t = 0; t <= 1.0; t += 1.0 / 64) {
        const Scene m = *morphScene(a, b, t);
        EXPECT_FALSE(m.curves[0].function->validate(m.curves[0].params).has_value()) << t;
    }
    EXPECT_EQ(morphScene(a, b, 0.5)->curves[0].params[1], 1.0); // at once
    EXPECT_EQ(morphScene(a, b, 0.5)->curves[1].params[0], 2.0); // the other moves
}

TEST(SlideMorph, OnlySlidesWithTheSameFunctionsMoveSmoothly) {
    const Deck deck = threeSlides();
    Scene other = deck.slides[0].scene;
    other.curves[1] = curveOf("gelu");
    EXPECT_FALSE(canMorph(deck.slides[0].scene, other));
    EXPECT_FALSE(morphScene(deck.slides[0].scene, other, 0.5).has_value());
    Scene fewer = deck.slides[0].scene;
    fewer.curves.pop_back();
    EXPECT_FALSE(canMorph(deck.slides[0].scene, fewer));
    Scene depth = deck.slides[0].scene;
    depth.depth.shown = true;
    EXPECT_FALSE(canMorph(deck.slides[0].scene, depth));
}

} // namespace
} // namespace actviz::ui
