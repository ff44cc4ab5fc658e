// SPDX-License-Identifier: GPL-3.0-or-later
// The scene file format: round trip and clear refusals.

#include "scene_json.h"

#include <QDir>
#include <QFile>

#include "actviz/core/catalogue.h"

#include <gtest/gtest.h>

#include <cmath>

namespace actviz::ui {
namespace {

TEST(SceneJson, RoundTripsEveryField) {
    Scene s = SceneModel::lectureScene();
    s.curves[1].showDerivative = true;
    s.curves[2].visible = false;
    Curve sp;
    sp.function = core::findFunction("softplus");
    sp.params = {2.0, INFINITY};
    sp.color = QColor(0x12, 0x34, 0x56);
    sp.showGradient = true;
    s.curves.push_back(sp);
    s.view = {-2.5, 7.25, -1, 3};
    s.theme = Theme::Presentation;
    s.language = QStringLiteral("zh_CN");
    const QByteArray json = sceneToJson(s);
    const SceneParse back = sceneFromJson(json);
    ASSERT_TRUE(back.scene.has_value()) << back.error.toStdString();
    EXPECT_EQ(sceneToJson(*back.scene), json);
    EXPECT_EQ(back.scene->curves[4].params[1], INFINITY);
    EXPECT_EQ(back.scene->view, s.view);
}

/// The MIME type's magic (resources/desktop) finds the format within the first bytes, however
/// many curves follow.
TEST(SceneJson, TheFormatAndVersionComeFirst) {
    Scene s = SceneModel::lectureScene();
    for (int i = 0; i < 40; ++i)
        s.curves.push_back(s.curves.front());
    const QByteArray json = sceneToJson(s);
    EXPECT_TRUE(json.startsWith("{\n    \"format\": \"actviz-scene\",\n    \"version\": 1,\n"))
        << json.left(80).toStdString();
    EXPECT_EQ(json.count("\"format\""), 1);
    EXPECT_TRUE(sceneFromJson(json).scene.has_value());
}

TEST(SceneJson, RefusesWithOneMessageNamingTheProblem) {
    struct Case {
        const char* json;
        const char* mention;
    };
    const Case cases[] = {
        {"", "empty"},
        {"{", "Not valid JSON"},
        {"[]", "not an object"},
        {R"({"format":"other","version":1})", "format"},
        {R"({"format":"actviz-scene","version":2})", "newer actviz"},
        {R"({"format":"actviz-scene","version":"1"})", "version"},
        {R"({"format":"actviz-scene","version":1,"curves":[{"function":"nope"}]})",
         "unknown function \"nope\""},
        {R"({"format":"actviz-scene","version":1,"curves":[{"function":"elu","params":{"beta":1}}]})",
         "no parameter \"beta\""},
        {R"({"format":"actviz-scene","version":1,"curves":[{"function":"squareplus","params":{"b":-1}}]})",
         "squareplus.b must be"},
        {R"({"format":"actviz-scene","version":1,"curves":[{"function":"elu","params":{"alpha":"x"}}]})",
         "not a number"},
        {R"({"format":"actviz-scene","version":1,"view":{"x":[1,0]}})", "start below"},
        {R"({"format":"actviz-scene","version":1,"view":{"x":[-1e308,1e308]}})", "within ±1e100"},
        {R"({"format":"actviz-scene","version":1,"view":{"y":[1,1.000000000000001]}})",
         "y range is too narrow"},
        {R"({"format":"actviz-scene","version":1,"view":{"y":[0,1e-250]}})", "too narrow"},
        {R"({"format":"actviz-scene","version":1,"view":{"x":[5e-324,1]}})", "0 or at least"},
        {R"({"format":"actviz-scene","version":1,"view":{"x":[-1,-1e-300]}})", "0 or at least"},
        {R"({"format":"actviz-scene","version":1,"theme":"neon"})", "theme"},
        {R"({"format":"actviz-scene","version":1,"extra":1})", "unknown key \"extra\""},
        {R"({"format":"actviz-scene","version":1,"curves":[{"function":"relu","color":"notacolour"}]})",
         "colour"},
        // Which tangent, and what is wrong with it.
        {R"({"format":"actviz-scene","version":1,"curves":[{"function":"relu"}],
             "tangents":[{"curve":0,"x":1},{"curve":3,"x":1}]})",
         "Tangent 2: \"curve\" must be the index of one of the scene's curves, from 0 to 0."},
        {R"({"format":"actviz-scene","version":1,"curves":[{"function":"relu"}],
             "tangents":[{"curve":0,"x":"a"}]})",
         "Tangent 1: \"x\" must be a finite number."},
        {R"({"format":"actviz-scene","version":1,"curves":[{"function":"relu"}],
             "tangents":[{"curve":0,"x":1,"y":2}]})",
         "Tangent 1 has an unknown key \"y\"."},
        {R"({"format":"actviz-scene","version":1,"curves":[{"function":"relu"}],
             "tangents":[{"curve":0,"x":1},3]})",
         "Tangent 2 is not an object."},
        {R"({"format":"actviz-scene","version":1,"tangents":[{"curve":0,"x":1}]})",
         "Tangent 1: the scene has no curve for it."},
    };
    for (const Case& c : cases) {
        const SceneParse p = sceneFromJson(QByteArray(c.json));
        EXPECT_FALSE(p.scene.has_value()) << c.json;
        EXPECT_TRUE(p.error.contains(QString::fromUtf8(c.mention)))
            << c.json << " -> " << p.error.toStdString();
        EXPECT_FALSE(p.error.contains(QLatin1Char('\n'))) << c.json;
    }
}

TEST(SceneJson, MissingOptionalFieldsTakeDefaults) {
    const SceneParse p = sceneFromJson(
        R"({"format":"actviz-scene","version":1,"curves":[{"function":"smu"},{"function":"smu1"}]})");
    ASSERT_TRUE(p.scene.has_value()) << p.error.toStdString();
    EXPECT_EQ(p.scene->curves[0].params, core::findFunction("smu")->defaults());
    EXPECT_NE(p.scene->curves[0].color, p.scene->curves[1].color);
    EXPECT_EQ(p.scene->view, ViewRange{});
}

} // namespace
} // namespace actviz::ui

namespace actviz::ui {
namespace {

TEST(SceneJson, EveryFileOfTheMalformedCorpusIsRefusedWithOneLine) {
    const QDir dir(QStringLiteral(ACTVIZ_BAD_SCENES));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 30);
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        const SceneParse p = sceneFromJson(f.readAll());
        EXPECT_FALSE(p.scene.has_value()) << name.toStdString();
        EXPECT_FALSE(p.error.isEmpty()) << name.toStdString();
        EXPECT_FALSE(p.error.contains(QLatin1Char('\n'))) << name.toStdString();
        EXPECT_LT(p.error.size(), 300) << name.toStdString();
    }
}

} // namespace
} // namespace actviz::ui
