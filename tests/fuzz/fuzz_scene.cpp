// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the scene and deck loaders (strict JSON, then the scene's and the deck's own
// rules) on any bytes.
#include "deck.h"
#include "scene_json.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = actviz::ui::sceneFromJson(bytes);
    if (parsed.scene) (void)actviz::ui::sceneToJson(*parsed.scene); // and back
    const auto deck = actviz::ui::deckFromJson(bytes);
    if (deck.deck && !actviz::ui::deckFromJson(actviz::ui::deckToJson(*deck.deck)).deck)
        __builtin_trap(); // what was read is written so that it reads again
    return 0;
}
