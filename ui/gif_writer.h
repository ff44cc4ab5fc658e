// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Animated GIF encoding with giflib (frames share one palette; the animation loops).

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QIODevice;

namespace actviz::ui {

/// A looping GIF written one frame at a time to a device (memory independent of the frame count).
/// The first frame's colours make the palette every frame shares.
class GifStream {
public:
    /// Frames of `size`, `delayCs` hundredths of a second each, written to `device`.
    GifStream(QIODevice* device, QSize size, int delayCs);
    ~GifStream();
    GifStream(const GifStream&) = delete;
    GifStream& operator=(const GifStream&) = delete;

    /// Adds a frame; false (with error()) when it cannot be encoded or written.
    bool add(const QImage& frame);
    /// Writes the end of the file; false (with error()) on failure.
    bool finish();
    [[nodiscard]] const QString& error() const { return m_error; }

private:
    bool fail(const QString& why);
    struct State;
    std::unique_ptr<State> m_state;
    QString m_error;
};

/// How many frames a GIF has (0 if it is not a GIF): for tests and checks.
[[nodiscard]] int gifFrameCount(const QByteArray& data);

} // namespace actviz::ui
