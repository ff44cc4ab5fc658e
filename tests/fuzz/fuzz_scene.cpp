// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the scene loader (strict JSON, then the scene's own rules) on any bytes.
#include "scene_json.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parsed = actviz::ui::sceneFromJson(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (parsed.scene) (void)actviz::ui::sceneToJson(*parsed.scene); // and back
    return 0;
}
