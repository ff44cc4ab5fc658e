// SPDX-License-Identifier: GPL-3.0-or-later
// Exports: every format decodes at the requested size, transparency only where asked, the same
// scene gives the same raster, CSV equals the core; and `actviz export`/`table` as a process.

#include "code_writer.h"
#include "exporter.h"
#include "properties_panel.h"
#include "scene_model.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/parameter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace actviz::ui {
namespace {

std::unique_ptr<SceneModel> lecture() {
    auto m = std::make_unique<SceneModel>();
    m->setScene(SceneModel::lectureScene());
    return m;
}

QByteArray render(SceneModel& m, ImageFormat f, int w, int h, double scale = 1.0,
                  bool transparent = false) {
    ExportOptions o;
    o.format = f;
    o.width = w;
    o.height = h;
    o.scale = scale;
    o.transparent = transparent;
    QString error;
    const auto bytes = renderPlot(m, o, &error);
    EXPECT_TRUE(bytes.has_value()) << error.toStdString();
    return bytes.value_or(QByteArray());
}

TEST(Export, RasterFormatsDecodeAtTheRequestedPixelSize) {
    auto m = lecture();
    for (ImageFormat f : {ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::Bmp}) {
        const QImage img = QImage::fromData(render(*m, f, 800, 450));
        ASSERT_FALSE(img.isNull()) << imageFormatName(f).toStdString();
        EXPECT_EQ(img.size(), QSize(800, 450));
    }
    const QImage sharp = QImage::fromData(render(*m, ImageFormat::Png, 640, 360, 2.0));
    EXPECT_EQ(sharp.size(), QSize(1280, 720));
}

TEST(Export, VectorFormatsHaveTheRequestedSize) {
    auto m = lecture();
    QSvgRenderer svg(render(*m, ImageFormat::Svg, 1000, 600));
    ASSERT_TRUE(svg.isValid());
    EXPECT_EQ(svg.viewBoxF().size(), QSizeF(1000, 600)); // and 1000 px at 96 dpi in mm
    const QByteArray pdf = render(*m, ImageFormat::Pdf, 1000, 600);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_TRUE(pdf.contains("/MediaBox [0 0 1000.000000 600.000000]"))
        << pdf.left(2000).toStdString();
}

TEST(Export, TransparencyOnlyWhereAsked) {
    auto m = lecture();
    const QImage clear = QImage::fromData(render(*m, ImageFormat::Png, 400, 300, 1.0, true));
    const QImage opaque = QImage::fromData(render(*m, ImageFormat::Png, 400, 300));
    EXPECT_TRUE(clear.hasAlphaChannel());
    EXPECT_EQ(qAlpha(clear.pixel(2, 2)), 0);
    EXPECT_EQ(qAlpha(opaque.pixel(2, 2)), 255);
    ExportOptions jpg;
    jpg.format = ImageFormat::Jpeg;
    jpg.transparent = true;
    EXPECT_TRUE(validateExportOptions(jpg).has_value());
}

TEST(Export, TheSameSceneGivesTheSameRaster) {
    auto m = lecture();
    EXPECT_EQ(render(*m, ImageFormat::Png, 500, 300), render(*m, ImageFormat::Png, 500, 300));
}

TEST(Export, SvgDataStaysInsideThePlotArea) {
    auto m = lecture(); // ReLU and Leaky ReLU leave the y range [-1.5, 3.5] at the right
    const QByteArray svg = render(*m, ImageFormat::Svg, 800, 600);
    QSvgRenderer r(svg);
    QImage img(800, 600, QImage::Format_ARGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    r.render(&p);
    p.end();
    // Above the axis rectangle (the top margin) nothing but background.
    for (int x = 100; x < 780; x += 7)
        EXPECT_EQ(img.pixel(x, 1), qRgb(255, 255, 255)) << x;
}

TEST(Export, CsvValuesAreTheCores) {
    auto m = lecture();
    const int s = m->addCurve(QStringLiteral("swish"));
    m->setParameter(s, 0, 1.75);
    const QList<QByteArray> lines = tableCsv(*m, 11).split('\n');
    int header = 0;
    while (lines[header].startsWith('#'))
        ++header;
    EXPECT_TRUE(lines[header].startsWith("x,Sigmoid f,Sigmoid f'"));
    const core::FunctionSpec* swish = core::findFunction("swish");
    const std::vector<double> p{1.75};
    const QList<QByteArray> cols = lines[header].split(',');
    const int fCol = static_cast<int>(cols.indexOf("Swish (beta=1.75) f"));
    ASSERT_GT(fCol, 0);
    for (int r = header + 1; r < lines.size() && !lines[r].isEmpty(); ++r) {
        const QList<QByteArray> v = lines[r].split(',');
        const double x = *core::parseNumber(v[0].toStdString());
        EXPECT_EQ(v[fCol].toStdString(), core::formatNumber(swish->f(x, p)));
        EXPECT_EQ(v[fCol + 1].toStdString(), core::formatNumber(swish->df(x, p)));
        EXPECT_EQ(v[fCol + 2].toStdString(), core::formatNumber(swish->grad(x, p, 0)));
    }
}

/// A table's x column on a decimal range is those decimals (the doubles nearest them), not the
/// rounding noise of x0 + i*step.
TEST(Export, TableXValuesAreTheDecimalsOfTheGrid) {
    SceneModel m;
    Scene s;
    s.view = {-6, 6, -1.5, 3.5};
    m.setScene(s);
    m.addCurve(QStringLiteral("sigmoid"));
    QByteArrayList xs;
    for (const QByteArray& line : tableCsv(m, 11).split('\n'))
        if (!line.isEmpty() && !line.startsWith('#') && !line.startsWith('x'))
            xs << line.split(',').front();
    EXPECT_EQ(xs.join(' '), "-6 -4.8 -3.6 -2.4 -1.2 0 1.2 2.4 3.6 4.8 6");
    // Ends that are not short binary fractions: evenly spaced all the same, rising, ends exact.
    s.view = {0.1, 0.7, -1, 1};
    m.setScene(s);
    m.addCurve(QStringLiteral("sigmoid"));
    std::vector<double> x;
    for (const QByteArray& line : tableCsv(m, 7).split('\n'))
        if (!line.isEmpty() && !line.startsWith('#') && !line.startsWith('x'))
            x.push_back(*core::parseNumber(line.split(',').front().toStdString()));
    ASSERT_EQ(x.size(), 7U);
    EXPECT_EQ(x.front(), 0.1);
    EXPECT_EQ(x.back(), 0.7);
    for (std::size_t k = 1; k < x.size(); ++k) {
        EXPECT_GT(x[k], x[k - 1]);
        EXPECT_NEAR(x[k] - x[k - 1], 0.1, 1e-15);
    }
}

struct ProcessResult {
    int status;
    QByteArray err;
};

ProcessResult actviz(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // must work without either
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACTVIZ_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

TEST(ExportCli, WritesEveryFormatWithoutADisplay) {
    QTemporaryDir dir;
    for (const char* ext : {"png", "jpg", "bmp", "pdf", "svg"}) {
        const QString out = dir.filePath(QStringLiteral("plot.") + ext);
        const ProcessResult r = actviz({"export", "--functions", "sigmoid,gelu", "--derivatives",
                                        "--size", "640x400", "--theme", "presentation", "-o", out});
        EXPECT_EQ(r.status, 0) << ext << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
        EXPECT_GT(QFile(out).size(), 1000) << ext;
    }
    const QImage png(dir.filePath("plot.png"));
    EXPECT_EQ(png.size(), QSize(640, 400));
    const QString depth = dir.filePath(QStringLiteral("depth.svg"));
    const ProcessResult d =
        actviz({"export", "--functions", "sigmoid,relu", "--view", "depth", "--depth", "30",
                "--weight", "1", "--input", "0.5", "-o", depth});
    EXPECT_EQ(d.status, 0) << d.err.toStdString();
    EXPECT_TRUE(QSvgRenderer(depth).isValid());
    const QString soft = dir.filePath(QStringLiteral("softmax.png"));
    const ProcessResult sm = actviz({"export", "--view", "softmax", "--logits", "2,1,0.1",
                                     "--temperature", "0.5", "--size", "640x400", "-o", soft});
    EXPECT_EQ(sm.status, 0) << sm.err.toStdString();
    EXPECT_EQ(QImage(soft).size(), QSize(640, 400));
}

/// The text a PDF holds, as pdftotext extracts it.
QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << "pdftotext (Debian poppler-utils) is needed";
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The text of every <text> element of an SVG.
QString svgText(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(f.readAll());
    QString text;
    static const QRegularExpression element(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (auto it = element.globalMatch(svg); it.hasNext();)
        text += it.next().captured(1);
    return text;
}

TEST(ExportCli, VectorFilesKeepEveryTextLabelInBothLanguages) {
    QTemporaryDir dir;
    for (const char* language : {"en", "zh_CN"}) {
        for (const char* ext : {"pdf", "svg"}) {
            const QString out = dir.filePath(QStringLiteral("labels_%1.%2").arg(language, ext));
            const ProcessResult r =
                actviz({"export", "--functions", "sigmoid,relu", "--derivatives", "--tangent",
                        "relu@1.5", "--x-range", "-4:4", "--y-range", "-1:3", "--language",
                        language, "--size", "800x500", "-o", out});
            ASSERT_EQ(r.status, 0) << r.err.toStdString();
            const QString text =
                QLatin1String(ext) == QLatin1String("pdf") ? pdfText(out) : svgText(out);
            const QString where = QStringLiteral("%1 %2:\n%3").arg(language, ext, text);
            // Runs of text may be split where the font changes (the CJK colon), and lines where
            // the layout breaks them: compare without white space.
            const QString compact = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
            for (const char* label :
                 {"f(x)", "Sigmoid", "ReLU", "x₀ = 1.5", "f′(x₀) = 1", "-2", "2", "3"})
                EXPECT_TRUE(compact.contains(QString::fromUtf8(label).remove(QLatin1Char(' '))))
                    << label << " missing in " << where.toStdString();
            // The derivative's legend entry in the interface's language.
            const QString derivative = QLatin1String(language) == QLatin1String("en")
                                           ? QStringLiteral("Sigmoid: f′")
                                           : QStringLiteral("Sigmoid：f′");
            EXPECT_TRUE(compact.contains(QString(derivative).remove(QLatin1Char(' '))))
                << where.toStdString();
        }
    }
}

TEST(ExportCli, EachErrorClassGivesOneLineANonZeroStatusAndNoFile) {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.png"));
    const QString bad =
        QStringLiteral(ACTVIZ_BAD_SCENES) + QStringLiteral("/16-unknown-function.json");
    const std::vector<QStringList> cases{
        {"export", "--frobnicate", "-o", out},
        {"export", "--functions", "nope", "-o", out},
        {"export", "--param", "swish.beta=abc", "-o", out},
        {"export", "--functions", "squareplus", "--param", "squareplus.b=-1", "-o", out},
        {"export", "--functions", "swish", "--param", "swish.beta=1", "--param", "swish.beta=2",
         "-o", out},
        {"export", "--size", "12x", "-o", out},
        {"export", "--x-range", "3:1", "-o", out},
        {"export", "--scale", "9", "-o", out},
        {"export", "--theme", "neon", "-o", out},
        {"export", "--format", "tiff", "-o", out},
        {"export", "--scene", bad, "-o", out},
        {"export", "--scene", dir.filePath("missing.json"), "-o", out},
        {"export"},
        {"export", "-o", dir.filePath("no/such/dir/x.png")},
        {"table", "--points", "1", "-o", out},
        {"export", "--functions", "tanh", "--tangent", "swish@1", "-o", out},
        {"export", "--functions", "tanh", "--tangent", "tanh@x", "-o", out},
        {"export", "--view", "sideways", "-o", out},
        {"export", "--view", "softmax", "--logits", "1", "-o", out},
        {"export", "--view", "softmax", "--temperature", "0", "-o", out},
        {"export", "--view", "depth", "--depth", "0", "-o", out},
        {"export", "--view", "depth", "--weight", "inf", "-o", out},
    };
    for (const QStringList& args : cases) {
        const ProcessResult r = actviz(args);
        EXPECT_NE(r.status, 0) << args.join(' ').toStdString();
        EXPECT_EQ(r.err.count('\n'), 1)
            << args.join(' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << args.join(' ').toStdString();
    }
}

TEST(ExportCli, MalformedScenesNeverCrashTheExporter) {
    QTemporaryDir dir;
    const QDir bad(QStringLiteral(ACTVIZ_BAD_SCENES));
    for (const QString& name : bad.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const ProcessResult r =
            actviz({"export", "--scene", bad.filePath(name), "-o", dir.filePath("x.png")});
        EXPECT_EQ(r.status, 2) << name.toStdString() << ": " << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(dir.filePath("x.png")));
    }
}

TEST(Code, EveryCatalogueFunctionIsWrittenInEveryLanguage) {
    Scene scene;
    for (const core::FunctionSpec& fn : core::catalogue()) {
        Curve c;
        c.function = &fn;
        c.params = fn.defaults();
        c.color = QColor(0x00, 0x72, 0xb2);
        scene.curves.push_back(c);
    }
    for (const CodeLanguageInfo& l : codeLanguages()) {
        const QByteArray code = sceneCode(scene, l.language);
        for (const core::FunctionSpec& fn : core::catalogue()) {
            const QByteArray id = QByteArray(fn.id.data(), static_cast<qsizetype>(fn.id.size()));
            if (l.language == CodeLanguage::Pgfplots) {
                EXPECT_TRUE(code.contains("\\addlegendentry{")) << l.id;
                continue;
            }
            EXPECT_TRUE(code.contains("\ndef " + id + "(x")) << l.id << " " << fn.id;
            EXPECT_TRUE(code.contains("    (\"")) << l.id; // the CURVES list
        }
        if (l.language == CodeLanguage::Pgfplots) {
            EXPECT_EQ(code.count("\\addlegendentry{"),
                      static_cast<qsizetype>(core::catalogue().size()));
        }
    }
    // A hidden curve is left out; none at all still makes a program.
    scene.curves.front().visible = false;
    EXPECT_FALSE(sceneCode(scene, CodeLanguage::Numpy).contains("\ndef sigmoid("));
    scene.curves.clear();
    EXPECT_TRUE(sceneCode(scene, CodeLanguage::Numpy).contains("CURVES = [\n]"));
}

/// What pdfinfo says about a PDF: "Pages", "Page size", ...
QString pdfInfo(const QString& path, const QString& key) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(p.waitForFinished(30000));
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split('\n'))
        if (line.startsWith(key + QLatin1Char(':'))) return line.mid(key.size() + 1).trimmed();
    return {};
}

/// Text as a reader compares it: compatibility forms folded (CJK fonts map some glyphs to the
/// Kangxi radicals), white space removed (lines break where the layout breaks them).
QString compact(const QString& text) {
    return text.normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

TEST(Handout, OnePagePerSlideWithItsTextsExtractableInBothLanguages) {
    QTemporaryDir dir;
    const QString deck = QStringLiteral(ACTVIZ_SOURCE_DIR "/docs/lecture-deck.json");
    struct Case {
        const char* language;
        const char* page;
        const char* orientation;
        const char* size;
        std::vector<const char*> texts;
    };
    const Case cases[] = {
        {"en",
         "a4",
         "portrait",
         "595 x 842",
         {"Smooth gates: Swish with a small β", "With β = 0.5 Swish is almost linear near 0",
          "β = 1: SiLU", "Large β: Swish becomes ReLU", "Slide 3 of 3", "Swish (β=0.5)",
          "Swish (β=8)", "f(0) = 0, f′(0) = 0.5", "Smooth everywhere"}},
        {"zh_CN",
         "letter",
         "landscape",
         "792 x 612",
         {"平滑门控：β 较小的 Swish", "β = 0.5 时，Swish 在 0 附近几乎是直线",
          "β 很大：Swish 趋近 ReLU", "Swish (β=1)", "处处光滑"}},
    };
    for (const Case& c : cases) {
        const QString out = dir.filePath(QStringLiteral("handout_%1.pdf").arg(c.language));
        const ProcessResult r =
            actviz({"export", "--deck", deck, "--language", c.language, "--page", c.page,
                    "--orientation", c.orientation, "-o", out});
        ASSERT_EQ(r.status, 0) << r.err.toStdString();
        EXPECT_EQ(pdfInfo(out, QStringLiteral("Pages")), QStringLiteral("3")) << c.language;
        EXPECT_TRUE(pdfInfo(out, QStringLiteral("Page size")).startsWith(QLatin1String(c.size)))
            << pdfInfo(out, QStringLiteral("Page size")).toStdString();
        const QString text = compact(pdfText(out));
        for (const char* expected : c.texts)
            EXPECT_TRUE(text.contains(compact(QString::fromUtf8(expected))))
                << c.language << ": '" << expected << "' missing in\n"
                << text.toStdString();
        // Plots and formulas are vector: the file holds no image.
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), out});
        ASSERT_TRUE(images.waitForFinished(30000));
        EXPECT_LE(QString::fromUtf8(images.readAllStandardOutput()).trimmed().count('\n'), 1)
            << "an image in " << c.language;
    }
}

TEST(Handout, AScenePrintsAsOnePageAndImagesAreNumberedPerSlide) {
    QTemporaryDir dir;
    const QString scene = QStringLiteral(ACTVIZ_SOURCE_DIR "/docs/lecture-derivatives.json");
    const QString pdf = dir.filePath(QStringLiteral("scene.pdf"));
    ASSERT_EQ(actviz({"export", "--deck", scene, "-o", pdf}).status, 0);
    EXPECT_EQ(pdfInfo(pdf, QStringLiteral("Pages")), QStringLiteral("1"));
    const QString png = dir.filePath(QStringLiteral("slide.png"));
    const ProcessResult r =
        actviz({"export", "--deck", QStringLiteral(ACTVIZ_SOURCE_DIR "/docs/lecture-deck.json"),
                "--size", "640x360", "--theme", "dark", "-o", png});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(png));
    for (int n = 1; n <= 3; ++n) {
        const QImage image(dir.filePath(QStringLiteral("slide-%1.png").arg(n)));
        EXPECT_EQ(image.size(), QSize(640, 360)) << n;
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("slide-4.png"))));
    // A dotted name keeps its dots; the number goes before the extension.
    ASSERT_EQ(
        actviz({"export", "--deck", QStringLiteral(ACTVIZ_SOURCE_DIR "/docs/lecture-deck.json"),
                "--size", "320x180", "-o", dir.filePath(QStringLiteral("week.3.svg"))})
            .status,
        0);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("week.3-2.svg"))));
    // All or none: the third image cannot be written, and the first two are taken back.
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("part-3.png")));
    const ProcessResult partial =
        actviz({"export", "--deck", QStringLiteral(ACTVIZ_SOURCE_DIR "/docs/lecture-deck.json"),
                "--size", "320x180", "-o", dir.filePath(QStringLiteral("part.png"))});
    EXPECT_EQ(partial.status, 1);
    EXPECT_TRUE(partial.err.contains("slide 3 of 3")) << partial.err.toStdString();
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("part-1.png"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("part-2.png"))));
}

TEST(Handout, BadRequestsGiveOneLineAndNoFile) {
    QTemporaryDir dir;
    const QString deck = QStringLiteral(ACTVIZ_SOURCE_DIR "/docs/lecture-deck.json");
    const QString out = dir.filePath(QStringLiteral("h.pdf"));
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "actviz-deck", "version": 1, "slides": [{"scene": 1}]})");
    bad.close();
    struct Case {
        QStringList args;
        int status;
        const char* mention;
    };
    const Case cases[] = {
        {{"--deck", deck, "--functions", "relu", "-o", out}, 2, "--functions cannot be used"},
        {{"--deck", deck, "--sweep", "swish.beta=0:1:3", "-o", out}, 2, "--sweep cannot"},
        {{"--functions", "relu", "--page", "a4", "-o", out}, 2, "--page is for a handout"},
        {{"--deck", deck, "--page", "a5", "-o", out}, 2, "a4 or letter"},
        {{"--deck", deck, "--orientation", "up", "-o", out}, 2, "portrait or landscape"},
        {{"--deck", deck, "--page", "a4", "-o", dir.filePath("x.png")}, 2, "-o FILE.pdf"},
        {{"--deck", deck, "-o", "-", "--format", "png"}, 2, "numbered images"},
        {{"--deck", deck, "--size", "640x360", "-o", out}, 2, "--size is for images"},
        {{"--deck", bad.fileName(), "-o", out}, 2, "Slide 1"},
        {{"--deck", dir.filePath("none.json"), "-o", out}, 2, "cannot open"},
        {{"--deck", deck, "-o", "/nonexistent-dir/h.pdf"}, 1, "nonexistent-dir"},
    };
    for (const Case& c : cases) {
        const ProcessResult r = actviz(QStringList{QStringLiteral("export")} + c.args);
        EXPECT_EQ(r.status, c.status)
            << c.args.join(' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(c.mention)) << r.err.toStdString();
        EXPECT_EQ(r.err.count('\n'), 1) << r.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
}

TEST(Handout, APropertyNamesWhereAJumpIsEvenOutsideTheView) {
    // Softplus jumps where β·x passes its threshold, 20, far right of [-6, 6].
    SceneModel model;
    Scene scene;
    Curve c;
    c.function = core::findFunction("softplus");
    c.params = c.function->defaults();
    c.color = Qt::red;
    scene.curves = {c};
    model.setScene(scene);
    const QStringList lines = PropertiesPanel::computedLines(model, 0);
    ASSERT_FALSE(lines.isEmpty());
    for (const QString& line : lines)
        EXPECT_FALSE(line.endsWith(QLatin1String("x = "))) << line.toStdString();
    EXPECT_TRUE(lines.join(' ').contains(QLatin1String("outside the view")))
        << lines.join('\n').toStdString();
}

} // namespace
} // namespace actviz::ui
