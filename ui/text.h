#pragma once
// The catalogue's strings (UTF-8 string_views) as QStrings.

#include <QString>

#include <string_view>

namespace actviz::ui {

[[nodiscard]] inline QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace actviz::ui
