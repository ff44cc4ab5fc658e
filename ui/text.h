// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The catalogue's strings (UTF-8 string_views) as QStrings.

#include <QString>

#include <string_view>
#include <utility>

namespace actviz::ui {

[[nodiscard]] inline QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// A parameter's TeX symbol as plain text for labels and legends: "\\alpha" -> "α",
/// "x_{\\min}" -> "xₘᵢₙ"; anything else as it is.
[[nodiscard]] inline QString texSymbolToText(const QString& tex) {
    static const std::pair<const char*, const char*> kSymbols[] = {
        {"\\alpha", "α"},  {"\\beta", "β"},       {"\\mu", "μ"},
        {"\\lambda", "λ"}, {"x_{\\min}", "xₘᵢₙ"}, {"x_{\\max}", "xₘₐₓ"}};
    for (const auto& [t, u] : kSymbols)
        if (tex == QLatin1String(t)) return QString::fromUtf8(u);
    return tex;
}

} // namespace actviz::ui
