#include "gif_writer.h"

#include <QCoreApplication>
#include <QObject>

#include <gif_lib.h>

#include <cstring>

namespace actviz::ui {
namespace {

/// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::Gif)
};

int appendTo(GifFileType* gif, const GifByteType* bytes, int length) {
    static_cast<QByteArray*>(gif->UserData)->append(reinterpret_cast<const char*>(bytes), length);
    return length;
}

struct ReadState {
    const QByteArray* data;
    qsizetype at;
};

int readFrom(GifFileType* gif, GifByteType* bytes, int length) {
    auto* s = static_cast<ReadState*>(gif->UserData);
    const int n = static_cast<int>(std::min<qsizetype>(length, s->data->size() - s->at));
    std::memcpy(bytes, s->data->constData() + s->at, static_cast<size_t>(n));
    s->at += n;
    return n;
}

} // namespace

std::optional<QByteArray> encodeGif(const std::vector<QImage>& frames, int delayCs,
                                    QString* error) {
    auto fail = [&](const QString& why) -> std::optional<QByteArray> {
        if (error) *error = why;
        return std::nullopt;
    };
    if (frames.empty()) return fail(Text::tr("No frames to encode."));
    const QSize size = frames.front().size();
    // One palette for every frame, from the first: the curves' colours stay put.
    const QImage first =
        frames.front().convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
    QList<QRgb> table = first.colorTable();
    table.resize(256, qRgb(0, 0, 0));
    QByteArray out;
    int err = 0;
    GifFileType* gif = EGifOpen(&out, appendTo, &err);
    if (gif == nullptr) return fail(Text::tr("GIF encoder: %1").arg(GifErrorString(err)));
    EGifSetGifVersion(gif, true); // GIF89a: delays and looping are extensions
    ColorMapObject* map = GifMakeMapObject(256, nullptr);
    for (int i = 0; i < 256; ++i)
        map->Colors[i] = {static_cast<GifByteType>(qRed(table[i])),
                          static_cast<GifByteType>(qGreen(table[i])),
                          static_cast<GifByteType>(qBlue(table[i]))};
    bool ok = EGifPutScreenDesc(gif, size.width(), size.height(), 8, 0, map) == GIF_OK;
    GifFreeMapObject(map);
    // Loop forever (the Netscape application extension).
    const GifByteType loop[3] = {1, 0, 0};
    ok = ok && EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_OK &&
         EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0") == GIF_OK &&
         EGifPutExtensionBlock(gif, 3, loop) == GIF_OK && EGifPutExtensionTrailer(gif) == GIF_OK;
    for (const QImage& frame : frames) {
        if (!ok) break;
        if (frame.size() != size) {
            EGifCloseFile(gif, &err);
            return fail(Text::tr("GIF frames must all have the same size."));
        }
        const QImage indexed =
            frame.convertToFormat(QImage::Format_Indexed8, table, Qt::ThresholdDither);
        GraphicsControlBlock gcb{DISPOSAL_UNSPECIFIED, false, delayCs, NO_TRANSPARENT_COLOR};
        GifByteType ext[4];
        EGifGCBToExtension(&gcb, ext);
        ok = EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, ext) == GIF_OK &&
             EGifPutImageDesc(gif, 0, 0, size.width(), size.height(), false, nullptr) == GIF_OK;
        for (int y = 0; ok && y < size.height(); ++y)
            ok = EGifPutLine(gif, const_cast<GifPixelType*>(indexed.constScanLine(y)),
                             size.width()) == GIF_OK;
    }
    const int before = gif->Error;
    if (EGifCloseFile(gif, &err) != GIF_OK || !ok)
        return fail(Text::tr("GIF encoder: %1").arg(GifErrorString(ok ? err : before)));
    return out;
}

int gifFrameCount(const QByteArray& data) {
    ReadState state{&data, 0};
    int err = 0;
    GifFileType* gif = DGifOpen(&state, readFrom, &err);
    if (gif == nullptr) return 0;
    const int count = DGifSlurp(gif) == GIF_OK ? gif->ImageCount : 0;
    DGifCloseFile(gif, &err);
    return count;
}

} // namespace actviz::ui
