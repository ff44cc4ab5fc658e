// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RFC 8259, exactly: Qt's JSON parser accepts a few things the standard does not (".5", "1.",
// "-.5") and keeps one of two equal keys in an object silently; a scene file must not mean two
// things. This checks the bytes first, and names the first problem with its line and column.

#include <QByteArray>
#include <QString>

#include <optional>

namespace actviz::ui {

/// Objects and arrays nest at most this deep (a scene needs 4).
inline constexpr int kMaxJsonDepth = 64;

/// Why `json` is not one JSON text per RFC 8259 with unique keys in every object (after
/// unescaping: "sl\u006fpe" and "slope" are the same key), or nullopt.
[[nodiscard]] std::optional<QString> strictJsonProblem(const QByteArray& json);

} // namespace actviz::ui
