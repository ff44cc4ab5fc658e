// SPDX-License-Identifier: GPL-3.0-or-later
// `actviz export` and `table` under abuse: every request beyond a documented limit is refused up
// front with one line; special files are written, never replaced; a failure leaves nothing and
// never exits 0; PNGs are compressed; scene files are strict RFC 8259.

#include "scene_json.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace actviz::ui {
namespace {

struct Outcome {
    int status;
    QByteArray out;
    QByteArray err;
};

Outcome actviz(const QStringList& args, const QString& stdoutFile = {}) {
    QProcess p;
    if (!stdoutFile.isEmpty()) p.setStandardOutputFile(stdoutFile);
    p.start(QStringLiteral(ACTVIZ_BINARY), args);
    p.closeWriteChannel(); // an empty standard input (eval reads it)
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/// One line on stderr that mentions `words`, a non-zero status.
void expectRefused(const Outcome& r, const char* words) {
    EXPECT_NE(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(words)) << r.err.toStdString();
}

TEST(Abuse, RequestsBeyondTheLimitsAreRefusedUpFront) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    expectRefused(actviz({"export", "--size", "10000x10000", "-o", out}), "67108864");
    expectRefused(actviz({"export", "--functions", "swish", "--size", "4000x4000", "--scale", "4",
                          "--sweep", "swish.beta=0:1:2", "-o", out}),
                  "67108864");
    expectRefused(actviz({"table", "--functions",
                          "sigmoid,tanh,relu,gelu,swish,smu,smu1,prelu,elu,mish,softplus,selu",
                          "--points", "10000000", "-o", dir.filePath("t.csv")}),
                  "100000000");
    expectRefused(actviz({"export", "--scene", "/dev/zero", "-o", out}), "1048576");
    QStringList tangents{"export", "--functions", "relu"};
    for (int k = 0; k < 65; ++k)
        tangents << "--tangent" << QStringLiteral("relu@%1").arg(k);
    expectRefused(actviz(tangents << "-o" << out), "64");
    expectRefused(actviz({"export", "--x-range", "-1e308:1e308", "-o", out}), "within");
    expectRefused(actviz({"table", "--size", "10x10", "-o", dir.filePath("t.csv")}), "--size");
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty()) << "a refused run wrote a file";
}

TEST(Abuse, SpecialFilesAreWrittenNotReplaced) {
    // /dev/null stays a character device.
    const Outcome null =
        actviz({"export", "--functions", "relu", "--format", "png", "-o", "/dev/null"});
    EXPECT_EQ(null.status, 0) << null.err.toStdString();
    struct stat st {};
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
    // "-" is standard output.
    const Outcome svg = actviz({"export", "--functions", "relu", "--format", "svg", "-o", "-"});
    EXPECT_EQ(svg.status, 0) << svg.err.toStdString();
    EXPECT_TRUE(svg.out.contains("<svg"));
    const Outcome csv = actviz({"table", "--functions", "relu", "--points", "5", "-o", "-"});
    EXPECT_TRUE(csv.out.contains("x,ReLU f"));
    // A FIFO is written through, and stays a FIFO.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    ASSERT_TRUE(reader.waitForStarted());
    const Outcome piped = actviz({"export", "--functions", "relu", "--format", "png", "-o", fifo});
    EXPECT_EQ(piped.status, 0) << piped.err.toStdString();
    ASSERT_TRUE(reader.waitForFinished(30000));
    EXPECT_TRUE(reader.readAllStandardOutput().startsWith("\x89PNG"));
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST(Abuse, AFullDiskSaysSoNamesTheFileAndNeverExitsZero) {
    if (!QFileInfo::exists(QStringLiteral("/dev/full"))) FAIL() << "/dev/full is missing";
    for (const QStringList& args :
         {QStringList{"export", "--functions", "relu", "--format", "png", "-o", "/dev/full"},
          QStringList{"table", "--functions", "relu", "-o", "/dev/full"}}) {
        const Outcome r = actviz(args);
        EXPECT_EQ(r.status, 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("/dev/full")) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains("No space left on device")) << r.err.toStdString();
    }
    for (const QStringList& args :
         {QStringList{"list", "--json"}, QStringList{"list"}, QStringList{"eval", "relu"},
          QStringList{"table", "--functions", "relu", "-o", "-"}, QStringList{"export", "--help"},
          QStringList{"table", "--help"}, QStringList{"help", "export"}}) {
        const Outcome r = actviz(args, QStringLiteral("/dev/full"));
        EXPECT_EQ(r.status, 1) << args.join(' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString(); // said once
    }
}

TEST(Abuse, UserInputEchoedInAMessageStaysOnOneLine) {
    const Outcome r = actviz({"export", "--functions", "relu\nfoo\x1b[31m", "-o", "x.png"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains('\x1b'));
    EXPECT_TRUE(r.err.contains("relu\\nfoo\\x1b"));
    const Outcome help = actviz({"help", "export"});
    EXPECT_EQ(help.status, 0);
    EXPECT_TRUE(help.out.contains("Usage: actviz export"));
}

TEST(Abuse, AFailedFrameSetWritesNoFrameAndASuccessfulOneLeavesNoStaleFrame) {
    QTemporaryDir dir;
    const QString frames = dir.filePath(QStringLiteral("f.png"));
    ASSERT_EQ(actviz({"export", "--functions", "swish", "--sweep", "swish.beta=0:1:5", "--size",
                      "320x200", "-o", frames})
                  .status,
              0);
    EXPECT_EQ(QDir(dir.path()).entryList({"f_*.png"}).size(), 5);
    // A shorter run replaces the set: no frame of the earlier one is left among the new ones.
    ASSERT_EQ(actviz({"export", "--functions", "swish", "--sweep", "swish.beta=0:1:3", "--size",
                      "320x200", "-o", frames})
                  .status,
              0);
    EXPECT_EQ(QDir(dir.path()).entryList({"f_*.png"}),
              QStringList({"f_0001.png", "f_0002.png", "f_0003.png"}));
    // A run that cannot write leaves the old set as it was and no partial files.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const Outcome failed = actviz({"export", "--functions", "swish", "--sweep", "swish.beta=0:1:4",
                                   "--size", "320x200", "-o", frames});
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (::geteuid() != 0) { // root writes anyway
        EXPECT_EQ(failed.status, 1) << failed.err.toStdString();
        EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
    }
}

TEST(Abuse, PngsAreCompressed) {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("p.png"));
    const Outcome r =
        actviz({"export", "--functions",
                "sigmoid,tanh,relu,leaky_relu,elu,swish,gelu,mish,softplus,squareplus",
                "--derivatives", "--size", "1920x1080", "-o", png});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_LE(QFileInfo(png).size(), 300 * 1024);
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1920, 1080));
    EXPECT_NEAR(image.dotsPerMeterX(), 96 / 0.0254, 1.0);
}

TEST(Abuse, SceneFilesAreStrictJson) {
    const char* header = R"({"format":"actviz-scene","version":1,)";
    for (const char* bad :
         {R"("view":{"x":[.5,2]}})", R"("view":{"x":[1.,2]}})", R"("view":{"x":[-.5,2]}})",
          R"("view":{"x":[01,2]}})",
          R"("curves":[{"function":"leaky_relu","params":{"slope":0.1,"sl\u006fpe":0.2}}]})",
          R"("theme":"light",   "the\u006de":"dark"})", R"("theme":"light"} trailing)",
          "\"theme\":\"li\x01ght\"}"}) {
        const SceneParse p = sceneFromJson(QByteArray(header) + bad);
        EXPECT_FALSE(p.scene.has_value()) << bad;
        EXPECT_FALSE(p.error.isEmpty());
    }
    EXPECT_TRUE(
        sceneFromJson(QByteArray(header) + R"("view":{"x":[-0.5,2e0]}})").scene.has_value());
    // Deep nesting is refused, not a stack overflow.
    EXPECT_FALSE(sceneFromJson(QByteArray(header) + "\"x\":" + QByteArray(100000, '[')).scene);
}

} // namespace
} // namespace actviz::ui
