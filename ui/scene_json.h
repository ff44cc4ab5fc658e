// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The scene file format: versioned JSON, read strictly. A file that is not exactly a scene this
// version understands is refused with one message naming the problem.

#include "scene_model.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QJsonObject;

namespace actviz::ui {

/// The format version this program writes, and the newest it reads.
inline constexpr int kSceneFormatVersion = 1;
/// The value of a scene file's "format" key.
inline constexpr char kSceneFormat[] = "actviz-scene";

/// A parsed scene, or why the text is not one.
struct SceneParse {
    std::optional<Scene> scene;
    QString error; ///< one sentence, empty on success
};

[[nodiscard]] QByteArray sceneToJson(const Scene& scene);
[[nodiscard]] SceneParse sceneFromJson(const QByteArray& json);
/// The same as a JSON object (a deck's slide holds one), and read from one.
[[nodiscard]] QJsonObject sceneToObject(const Scene& scene);
[[nodiscard]] SceneParse sceneFromObject(const QJsonObject& root);
/// Why `json` is not one strict JSON object (strict_json.h), or nullopt with it in `object`.
[[nodiscard]] std::optional<QString> jsonObjectProblem(const QByteArray& json, QJsonObject& object);
/// `object` as indented JSON with its "format" and "version" first.
[[nodiscard]] QByteArray jsonWithFormatFirst(QJsonObject object);
/// Reads `path` into `bytes`, never more than `limit` bytes of it, whatever the file is (a pipe,
/// /dev/zero, a device that reports no size); returns why it cannot (`what`: "a scene file").
[[nodiscard]] std::optional<QString> readBoundedFile(const QString& path, qint64 limit,
                                                     const QString& what, QByteArray& bytes);

/// A scene file is at most this large (a scene of 64 curves is a few kilobytes).
inline constexpr qint64 kMaxSceneFileBytes = qint64{1024} * 1024;

/// Reads and parses the scene file `path`, never more than kMaxSceneFileBytes of it, whatever
/// the file is (a pipe, /dev/zero, a device that reports no size); the error names the file.
[[nodiscard]] SceneParse readSceneFile(const QString& path);

[[nodiscard]] QString themeName(Theme theme);
[[nodiscard]] std::optional<Theme> themeFromName(const QString& name);

} // namespace actviz::ui
