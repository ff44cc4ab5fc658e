// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The move from one slide to the next: when both show the same functions, their parameter
// values, colours, tangents and view ranges pass smoothly from one slide's to the other's, so a
// class sees Swish's beta grow rather than a jump.

#include "scene_model.h"

#include <optional>

namespace actviz::ui {

/// Whether `from` can move smoothly to `to`: the same functions with the same definitions, in
/// the same order, in the same view (curves, depth or softmax).
[[nodiscard]] bool canMorph(const Scene& from, const Scene& to);

/// The scene a fraction `t` (0 to 1) of the way from `from` to `to`: parameters on a logarithmic
/// slider, the softmax temperature and the view's extent change by a constant factor, the rest
/// linearly; what cannot be in between (visibility, theme, a different number of tangents) is
/// `to`'s. A curve whose values in between would be invalid (a domain with a hole) takes `to`'s
/// at once. nullopt unless canMorph.
[[nodiscard]] std::optional<Scene> morphScene(const Scene& from, const Scene& to, double t);

} // namespace actviz::ui
