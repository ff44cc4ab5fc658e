// SPDX-License-Identifier: GPL-3.0-or-later
// The options of `export` and `table`, read in-process: forms of values, what each command takes,
// and that every value is checked before any file is read.

#include "export_request.h"

#include <gtest/gtest.h>

#include <variant>

namespace actviz::app {
namespace {

ExportRequest accepted(const QStringList& args, bool table = false) {
    auto parsed = parseExportRequest(args, table ? ExportKind::Table : ExportKind::Image);
    if (const auto* f = std::get_if<Failure>(&parsed)) {
        ADD_FAILURE() << args.join(' ').toStdString() << ": " << f->message.toStdString();
        return {};
    }
    return std::get<ExportRequest>(parsed);
}

std::string refused(const QStringList& args, bool table = false) {
    auto parsed = parseExportRequest(args, table ? ExportKind::Table : ExportKind::Image);
    const auto* f = std::get_if<Failure>(&parsed);
    if (f == nullptr) {
        ADD_FAILURE() << args.join(' ').toStdString() << " was accepted";
        return {};
    }
    EXPECT_EQ(f->status, 2);
    return f->message.toStdString();
}

TEST(ExportRequest, ValuesMayStartWithADashOrFollowAnEqualsSign) {
    const ExportRequest r =
        accepted({"--x-range", "-5:-1", "--y-range=-2:2", "-o", "-", "--format", "svg"});
    ASSERT_TRUE(r.xRange && r.yRange);
    EXPECT_EQ(*r.xRange, Range(-5, -1));
    EXPECT_EQ(*r.yRange, Range(-2, 2));
    EXPECT_EQ(r.output, QStringLiteral("-"));
    EXPECT_EQ(r.image.format, ui::ImageFormat::Svg);
    // One dash is as good as two for a long name.
    EXPECT_EQ(accepted({"-scene", "s.json", "-o", "x.png"}).sceneFile, QStringLiteral("s.json"));
}

TEST(ExportRequest, EachCommandTakesItsOwnOptions) {
    EXPECT_EQ(refused({"--size", "800x600", "-o", "x.csv"}, true),
              "--size is only for images (actviz export), not for a table");
    EXPECT_EQ(refused({"--derivatives", "-o", "x.csv"}, true),
              "--derivatives is only for images (actviz export), not for a table");
    EXPECT_EQ(refused({"--points", "5", "-o", "x.png"}),
              "--points is only for tables (actviz table)");
    EXPECT_EQ(accepted({"--points", "5", "-o", "-"}, true).points, 5);
    EXPECT_NE(refused({"--derivatives=1", "-o", "x.png"}).find("try 'actviz export --help'"),
              std::string::npos);
    EXPECT_EQ(refused({"-frobnicate", "-o", "x.png"}),
              "unknown option '-frobnicate' (try 'actviz export --help')");
}

TEST(ExportRequest, EveryValueIsCheckedBeforeAnyFileIsRead) {
    // The scene file does not exist: the malformed values are reported, not the file.
    const QString missing = QStringLiteral("/nonexistent/scene.json");
    EXPECT_EQ(refused({"--scene", missing, "--sweep", "swish.beta=0:1", "-o", "x.gif"}),
              "--sweep expects FUNCTION.PARAM=FROM:TO:FRAMES, got 'swish.beta=0:1'");
    EXPECT_NE(refused({"--scene", missing, "--size", "100000x100", "-o", "x.png"})
                  .find("between 16x16 and 10000x10000"),
              std::string::npos);
    EXPECT_NE(refused({"--scene", missing, "--sweep", "swish.beta=0:1:5", "-o", "x.svg"})
                  .find("animated .gif or numbered .png"),
              std::string::npos);
    EXPECT_EQ(refused({"--scene", missing, "-o", "plot"}),
              "cannot tell the format from 'plot'; give --format png|jpg|bmp|pdf|svg");
    EXPECT_EQ(refused({"--scene", "", "-o", "x.png"}), "--scene needs a file name");
    EXPECT_EQ(refused({"--logits", "1", "-o", "x.png"}), "--logits takes 2 to 10 values, got 1");
    EXPECT_EQ(refused({"--points", "1", "-o", "-"}, true),
              "--points expects 2 to 10000000, got '1'");
    const ExportRequest sweep = accepted({"--sweep", "smu.mu=1e-6:1:40", "-o", "x.gif"});
    ASSERT_TRUE(sweep.sweep.has_value());
    EXPECT_EQ(sweep.sweep->function, QStringLiteral("smu"));
    EXPECT_EQ(sweep.sweep->param, QStringLiteral("mu"));
    EXPECT_EQ(sweep.sweep->frames, 40);
}

TEST(ExportRequest, TheSceneGetsWhatWasAskedFor) {
    const ExportRequest r = accepted({"--functions", "relu,swish", "--param", "swish.beta=2",
                                      "--tangent", "swish@1", "--derivatives", "-o", "x.png"});
    const auto built = requestedScene(r);
    ASSERT_TRUE(std::holds_alternative<ui::Scene>(built));
    const auto& scene = std::get<ui::Scene>(built);
    ASSERT_EQ(scene.curves.size(), 2u);
    EXPECT_EQ(scene.curves[1].params[0], 2.0);
    EXPECT_TRUE(scene.curves[0].showDerivative);
    ASSERT_EQ(scene.tangents.size(), 1u);
    EXPECT_EQ(scene.tangents[0].curve, 1);
    const auto bad = requestedScene(accepted({"--param", "swish.beta=2", "-o", "-"}, true));
    ASSERT_TRUE(std::holds_alternative<Failure>(bad)); // the lecture scene has no Swish
}

} // namespace
} // namespace actviz::app
