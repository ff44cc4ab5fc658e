#include "sweep.h"

#include "gif_writer.h"

#include "actviz/core/catalogue.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace actviz::ui {
namespace {

/// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::Sweep)
};

} // namespace
double sweepValue(const Sweep& sweep, int k) {
    if (k <= 0) return sweep.from;
    if (k >= sweep.frames - 1) return sweep.to;
    const double t = static_cast<double>(k) / (sweep.frames - 1);
    if (sweep.geometric) return sweep.from * std::pow(sweep.to / sweep.from, t);
    return std::lerp(sweep.from, sweep.to, t);
}

std::optional<QString> validateSweep(const Scene& scene, const Sweep& sweep) {
    if (sweep.frames < 2 || sweep.frames > kMaxSweepFrames)
        return Text::tr("an animation has 2 to %1 frames, not %2")
            .arg(kMaxSweepFrames)
            .arg(sweep.frames);
    if (!std::isfinite(sweep.from) || !std::isfinite(sweep.to))
        return Text::tr("the first and last values must be finite numbers");
    if (sweep.geometric && !(sweep.from > 0.0 && sweep.to > 0.0))
        return Text::tr("a logarithmic sweep needs positive first and last values");
    if (sweep.curves.empty()) return Text::tr("there is no curve to animate");
    for (int i : sweep.curves) {
        if (i < 0 || i >= static_cast<int>(scene.curves.size()))
            return Text::tr("there is no curve to animate");
        const Curve& c = scene.curves[static_cast<std::size_t>(i)];
        if (sweep.param >= c.params.size())
            return Text::tr("%1 has no such parameter")
                .arg(QString::fromUtf8(c.function->name.data(),
                                       static_cast<qsizetype>(c.function->name.size())));
        // Every frame's value, not only the ends: a domain may have a hole (mu != 0).
        std::vector<double> params = c.params;
        for (int k = 0; k < sweep.frames; ++k) {
            params[sweep.param] = sweepValue(sweep, k);
            if (auto why = c.function->validate(params)) return QString::fromStdString(*why);
        }
    }
    return std::nullopt;
}

std::optional<std::vector<QImage>> renderSweep(const Scene& scene, const Sweep& sweep,
                                               ExportOptions options, QString* error,
                                               const std::function<bool(int)>& progress) {
    auto failed = [&](const QString& why) -> std::optional<std::vector<QImage>> {
        if (error != nullptr) *error = why;
        return std::nullopt;
    };
    if (auto why = validateSweep(scene, sweep)) return failed(*why);
    if (auto why = validateExportOptions(options)) return failed(*why);
    options.format = ImageFormat::Png;
    std::vector<QImage> images;
    images.reserve(static_cast<std::size_t>(sweep.frames));
    SceneModel model;
    for (int k = 0; k < sweep.frames; ++k) {
        if (progress && !progress(k)) {
            if (error != nullptr) error->clear();
            return std::nullopt;
        }
        Scene frame = scene;
        for (int i : sweep.curves)
            frame.curves[static_cast<std::size_t>(i)].params[sweep.param] = sweepValue(sweep, k);
        model.setScene(frame);
        QString why;
        const auto png = renderPlot(model, options, &why);
        if (!png) return failed(why);
        images.push_back(QImage::fromData(*png));
    }
    return images;
}

std::optional<QString> writeSweep(const std::vector<QImage>& frames, const QString& path) {
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("gif")) {
        QString error;
        const auto gif = encodeGif(frames, 4, &error); // 4 centiseconds: 25 frames a second
        if (!gif) return error;
        return writeFileAtomically(path, *gif);
    }
    if (suffix != QLatin1String("png"))
        return Text::tr("an animation is written as an animated .gif or numbered .png frames, "
                        "not '%1'")
            .arg(path);
    QStringList written;
    for (std::size_t k = 0; k < frames.size(); ++k) {
        const QString name = info.dir().filePath(QStringLiteral("%1_%2.png")
                                                     .arg(info.completeBaseName())
                                                     .arg(k + 1, 4, 10, QLatin1Char('0')));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        frames[k].save(&buffer, "PNG");
        if (auto why = writeFileAtomically(name, bytes)) {
            for (const QString& done : written)
                QFile::remove(done);
            return why;
        }
        written << name;
    }
    return std::nullopt;
}

} // namespace actviz::ui
