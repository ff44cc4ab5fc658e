// SPDX-License-Identifier: GPL-3.0-or-later
#include "png_writer.h"

#include <QCoreApplication>
#include <QImage>

#include <png.h>

#include <cmath>
#include <csetjmp>
#include <vector>

namespace actviz::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::Png)
};

struct Sink {
    QByteArray* bytes;
    QString error;
};

// libpng's callbacks are called from C: no exception may pass through them.
void writeBytes(png_structp png, png_bytep data, png_size_t length) {
    auto* sink = static_cast<Sink*>(png_get_io_ptr(png));
    bool full = false;
    try {
        sink->bytes->append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    } catch (...) {
        full = true;
    }
    if (full) png_error(png, "out of memory");
}

void flushNothing(png_structp) {}

void onError(png_structp png, png_const_charp message) {
    auto* sink = static_cast<Sink*>(png_get_error_ptr(png));
    try {
        sink->error = QString::fromLocal8Bit(message);
    } catch (...) {
    }
    png_longjmp(png, 1);
}

void onWarning(png_structp, png_const_charp) {}

} // namespace

std::optional<QByteArray> encodePng(const QImage& source, int dpi, QString* error, int level) {
    auto fail = [&](const QString& why) -> std::optional<QByteArray> {
        if (error != nullptr) *error = Text::tr("PNG encoding failed: %1").arg(why);
        return std::nullopt;
    };
    if (source.isNull() || source.width() <= 0 || source.height() <= 0)
        return fail(Text::tr("the image is empty (0 x 0 pixels)"));
    const bool alpha = source.hasAlphaChannel();
    const QImage image =
        source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    if (image.isNull()) return fail(Text::tr("out of memory converting the image"));
    QByteArray bytes;
    Sink sink{&bytes, {}};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, onError, onWarning);
    if (png == nullptr) return fail(Text::tr("libpng could not start"));
    png_infop info = png_create_info_struct(png);
    if (info == nullptr) {
        png_destroy_write_struct(&png, nullptr);
        return fail(Text::tr("libpng could not start"));
    }
    std::vector<png_const_bytep> rows(static_cast<std::size_t>(image.height()));
    for (int y = 0; y < image.height(); ++y)
        rows[static_cast<std::size_t>(y)] = image.constScanLine(y);
    // libpng reports errors by longjmp: nothing with a destructor is created below this point.
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return fail(sink.error);
    }
    png_set_write_fn(png, &sink, writeBytes, flushNothing);
    png_set_compression_level(png, level);
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.width()),
                 static_cast<png_uint_32>(image.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    const auto perMetre = static_cast<png_uint_32>(std::lround(dpi / 0.0254));
    png_set_pHYs(png, info, perMetre, perMetre, PNG_RESOLUTION_METER);
    png_write_info(png, info);
    png_write_image(png, const_cast<png_bytepp>(rows.data()));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return bytes;
}

} // namespace actviz::ui
