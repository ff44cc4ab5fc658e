// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the number and range parsers of the command line and scene files.
#include "actviz/core/limits.h"
#include "actviz/core/parameter.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto v = actviz::core::parseNumber(text);
    if (v) {
        // What is printed reads back as the same double.
        const auto again = actviz::core::parseNumber(actviz::core::formatNumber(*v));
        if (!again || (*again != *v && !(std::isnan(*again) && std::isnan(*v)))) std::abort();
        (void)actviz::core::formatShort(*v, 6);
        (void)actviz::core::checkAxisRange(*v, *v + 1.0);
    }
    const auto colon = text.find(':');
    if (colon != std::string_view::npos) {
        const auto a = actviz::core::parseNumber(text.substr(0, colon));
        const auto b = actviz::core::parseNumber(text.substr(colon + 1));
        if (a && b) (void)actviz::core::checkAxisRange(*a, *b);
    }
    return 0;
}
