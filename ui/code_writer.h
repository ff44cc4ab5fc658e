// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Copy as code: the visible curves of a scene as a program or document someone can run or
// compile: NumPy functions for f and f' (numerically stable), a Matplotlib script that redraws the
// figure, the PyTorch and JAX calls with autograd derivatives, or a standalone pgfplots document
// drawn from sampled coordinates (kinks included).

#include "scene_model.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <span>

namespace actviz::ui {

enum class CodeLanguage { Numpy, Matplotlib, PyTorch, Jax, Pgfplots };

struct CodeLanguageInfo {
    CodeLanguage language;
    const char* id;        ///< "numpy", as --lang takes it
    const char* name;      ///< "NumPy"
    const char* extension; ///< "py", "tex"
};

/// numpy, matplotlib, pytorch, jax, pgfplots, in that order.
[[nodiscard]] std::span<const CodeLanguageInfo> codeLanguages();
[[nodiscard]] const CodeLanguageInfo& codeLanguageInfo(CodeLanguage language);
[[nodiscard]] std::optional<CodeLanguage> codeLanguageFromId(const QString& id);

/// The program (or document) for the visible curves of `scene`; UTF-8.
[[nodiscard]] QByteArray sceneCode(const Scene& scene, CodeLanguage language);

} // namespace actviz::ui
