// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "gif_writer.h"
#include "output_file.h"
#include "png_writer.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/limits.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cmath>
#include <cstring>

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
    if (sweep.frames < 2 || sweep.frames > core::kMaxSweepFrames)
        return Text::tr("an animation has 2 to %1 frames, not %2")
            .arg(core::kMaxSweepFrames)
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

namespace {

/// PATH_0001.png for frame 0 of PATH.png.
QString frameName(const QFileInfo& info, int k) {
    return info.dir().filePath(QStringLiteral("%1_%2.png")
                                   .arg(info.completeBaseName())
                                   .arg(k + 1, 4, 10, QLatin1Char('0')));
}

} // namespace

std::optional<QString> exportSweep(const Scene& scene, const Sweep& sweep, ExportOptions options,
                                   const QString& path, const std::function<bool(int)>& progress,
                                   QStringList* written) {
    if (auto why = validateSweep(scene, sweep)) return why;
    options.format = ImageFormat::Png;
    if (auto why = validateExportOptions(options)) return why;
    // The whole animation's drawing, before any of it starts.
    const double pixels = options.width * options.scale * options.height * options.scale;
    if (pixels * sweep.frames > static_cast<double>(core::kMaxSweepPixels))
        return Text::tr("%1 frames of %2 pixels are %3 pixels to draw; the limit is %4")
            .arg(sweep.frames)
            .arg(qRound64(pixels))
            .arg(qRound64(pixels * sweep.frames))
            .arg(core::kMaxSweepPixels);
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const bool gif = suffix == QLatin1String("gif");
    if (!gif && suffix != QLatin1String("png"))
        return Text::tr("an animation is written as an animated .gif or numbered .png frames, "
                        "not '%1'")
            .arg(path);
    SceneModel model;
    auto frame = [&](int k, QString* why) -> std::optional<QImage> {
        Scene s = scene;
        for (int i : sweep.curves)
            s.curves[static_cast<std::size_t>(i)].params[sweep.param] = sweepValue(sweep, k);
        model.setScene(s);
        return renderImage(model, options, why);
    };
    if (gif) {
        OutputFile out;
        if (auto why = out.open(path)) return why;
        const QSize size(static_cast<int>(std::lround(options.width * options.scale)),
                         static_cast<int>(std::lround(options.height * options.scale)));
        GifStream stream(out.device(), size, 4); // 4 centiseconds: 25 frames a second
        for (int k = 0; k < sweep.frames; ++k) {
            if (progress && !progress(k)) return std::nullopt; // `out` cancels itself
            QString why;
            const auto image = frame(k, &why);
            if (!image) return why;
            if (!stream.add(image->size() == size ? *image : image->scaled(size)))
                return Text::tr("cannot write %1: %2").arg(path, stream.error());
        }
        if (!stream.finish()) return Text::tr("cannot write %1: %2").arg(path, stream.error());
        if (auto why = out.commit()) return why;
        if (written != nullptr) *written = {path};
        return std::nullopt;
    }
    // Numbered PNGs: every frame to a temporary file, then all renamed.
    QStringList temporary;
    auto discard = [&] {
        for (const QString& t : temporary)
            QFile::remove(t);
    };
    for (int k = 0; k < sweep.frames; ++k) {
        if (progress && !progress(k)) {
            discard();
            return std::nullopt;
        }
        QString why;
        const auto image = frame(k, &why);
        const auto png = image ? encodePng(*image, options.dpi, &why) : std::nullopt;
        if (!png) {
            discard();
            return why;
        }
        const QString name = frameName(info, k);
        const QString tmp =
            info.dir().filePath(QStringLiteral(".%1.partial").arg(QFileInfo(name).fileName()));
        QFile file(tmp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(*png) != png->size() || !file.flush()) {
            const QString reason = Text::tr("cannot write %1: %2")
                                       .arg(name, QString::fromLocal8Bit(std::strerror(errno)));
            file.close();
            QFile::remove(tmp);
            discard();
            return reason;
        }
        file.close();
        temporary << tmp;
    }
    QStringList names;
    for (int k = 0; k < sweep.frames; ++k) {
        const QString name = frameName(info, k);
        QFile::remove(name);
        if (!QFile::rename(temporary[k], name)) {
            // None, then: the frames already in place go too (an earlier set is lost by now).
            for (const QString& placed : names)
                QFile::remove(placed);
            discard();
            return Text::tr("cannot write %1").arg(name);
        }
        names << name;
    }
    // Frames of an earlier, longer sweep would pass for part of this one.
    for (int k = sweep.frames; QFile::exists(frameName(info, k)); ++k)
        QFile::remove(frameName(info, k));
    if (written != nullptr) *written = names;
    return std::nullopt;
}

} // namespace actviz::ui
