// SPDX-License-Identifier: GPL-3.0-or-later
#include "gif_writer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QObject>

#include <gif_lib.h>

#include <cstring>

namespace actviz::ui {
namespace {

/// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(actviz::ui::Gif)
};

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

static int writeToDevice(GifFileType* gif, const GifByteType* bytes, int length) {
    auto* device = static_cast<QIODevice*>(gif->UserData);
    return static_cast<int>(device->write(reinterpret_cast<const char*>(bytes), length));
}

struct GifStream::State {
    GifFileType* gif = nullptr;
    QSize size;
    int delayCs = 4;
    QList<QRgb> table; ///< the palette, from the first frame
    bool failed = false;
};

GifStream::GifStream(QIODevice* device, QSize size, int delayCs)
    : m_state(std::make_unique<State>()) {
    m_state->size = size;
    m_state->delayCs = delayCs;
    int err = 0;
    m_state->gif = EGifOpen(device, writeToDevice, &err);
    if (m_state->gif == nullptr) fail(Text::tr("GIF encoder: %1").arg(GifErrorString(err)));
}

GifStream::~GifStream() {
    if (m_state->gif != nullptr) {
        int err = 0;
        EGifCloseFile(m_state->gif, &err);
    }
}

bool GifStream::fail(const QString& why) {
    m_state->failed = true;
    if (m_error.isEmpty()) m_error = why;
    return false;
}

bool GifStream::add(const QImage& frame) {
    State& s = *m_state;
    if (s.failed) return false;
    if (frame.isNull() || frame.size() != s.size)
        return fail(Text::tr("GIF frames must all have the same, non-zero size."));
    GifFileType* gif = s.gif;
    auto libraryError = [&] {
        return fail(Text::tr("GIF encoder: %1").arg(GifErrorString(gif->Error)));
    };
    if (s.table.isEmpty()) {
        // One palette for every frame, from the first: the curves' colours stay put.
        const QImage first = frame.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither);
        if (first.isNull()) return fail(Text::tr("GIF encoder: out of memory"));
        s.table = first.colorTable();
        s.table.resize(256, qRgb(0, 0, 0));
        EGifSetGifVersion(gif, true); // GIF89a: delays and looping are extensions
        ColorMapObject* map = GifMakeMapObject(256, nullptr);
        if (map == nullptr) return fail(Text::tr("GIF encoder: out of memory"));
        for (int i = 0; i < 256; ++i)
            map->Colors[i] = {static_cast<GifByteType>(qRed(s.table[i])),
                              static_cast<GifByteType>(qGreen(s.table[i])),
                              static_cast<GifByteType>(qBlue(s.table[i]))};
        const bool ok =
            EGifPutScreenDesc(gif, s.size.width(), s.size.height(), 8, 0, map) == GIF_OK;
        GifFreeMapObject(map);
        if (!ok) return libraryError();
        // Loop forever (the Netscape application extension).
        const GifByteType loop[3] = {1, 0, 0};
        if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) != GIF_OK ||
            EGifPutExtensionBlock(gif, 11, "NETSCAPE2.0") != GIF_OK ||
            EGifPutExtensionBlock(gif, 3, loop) != GIF_OK || EGifPutExtensionTrailer(gif) != GIF_OK)
            return libraryError();
    }
    const QImage indexed =
        frame.convertToFormat(QImage::Format_Indexed8, s.table, Qt::ThresholdDither);
    if (indexed.isNull()) return fail(Text::tr("GIF encoder: out of memory"));
    GraphicsControlBlock gcb{DISPOSAL_UNSPECIFIED, false, s.delayCs, NO_TRANSPARENT_COLOR};
    GifByteType ext[4];
    EGifGCBToExtension(&gcb, ext);
    if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, ext) != GIF_OK ||
        EGifPutImageDesc(gif, 0, 0, s.size.width(), s.size.height(), false, nullptr) != GIF_OK)
        return libraryError();
    for (int y = 0; y < s.size.height(); ++y)
        if (EGifPutLine(gif, const_cast<GifPixelType*>(indexed.constScanLine(y)), s.size.width()) !=
            GIF_OK)
            return libraryError();
    return true;
}

bool GifStream::finish() {
    State& s = *m_state;
    if (s.gif == nullptr) return !s.failed;
    int err = 0;
    const int before = s.gif->Error;
    const bool closed = EGifCloseFile(s.gif, &err) == GIF_OK;
    s.gif = nullptr;
    if (s.failed) return false;
    if (s.table.isEmpty()) return fail(Text::tr("No frames to encode."));
    if (!closed) return fail(Text::tr("GIF encoder: %1").arg(GifErrorString(err ? err : before)));
    return true;
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
