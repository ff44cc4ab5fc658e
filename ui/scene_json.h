#pragma once
// The scene file format: versioned JSON, read strictly. A file that is not exactly a scene this
// version understands is refused with one message naming the problem.

#include "scene_model.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace actviz::ui {

/// The format version this program writes, and the newest it reads.
inline constexpr int kSceneFormatVersion = 1;

/// A parsed scene, or why the text is not one.
struct SceneParse {
    std::optional<Scene> scene;
    QString error; ///< one sentence, empty on success
};

[[nodiscard]] QByteArray sceneToJson(const Scene& scene);
[[nodiscard]] SceneParse sceneFromJson(const QByteArray& json);

[[nodiscard]] QString themeName(Theme theme);
[[nodiscard]] std::optional<Theme> themeFromName(const QString& name);

} // namespace actviz::ui
