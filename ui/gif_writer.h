#pragma once
// Animated GIF encoding with giflib (frames share one palette; the animation loops).

#include <QByteArray>
#include <QImage>
#include <QString>

#include <optional>
#include <vector>

namespace actviz::ui {

/// The frames (all the same size) as one looping GIF, `delayCs` hundredths of a second each.
[[nodiscard]] std::optional<QByteArray> encodeGif(const std::vector<QImage>& frames, int delayCs,
                                                  QString* error = nullptr);

/// How many frames a GIF has (0 if it is not a GIF): for tests and checks.
[[nodiscard]] int gifFrameCount(const QByteArray& gif);

} // namespace actviz::ui
