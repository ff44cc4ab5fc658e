// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The catalogue's words for people (family and parameter names, the labels of the curves
// functions tend to) in the interface's language.
// The catalogue itself (core) has no Qt; its words are listed for Qt Linguist in
// catalogue_text.cpp, and a test checks that every one is listed.

#include <QString>

#include <string_view>

namespace actviz::ui {

/// A family or parameter name or a ghost's label of the catalogue, translated ("S-shaped" ->
/// "S 形").
[[nodiscard]] QString catalogueText(std::string_view english);

/// Whether `english` is among the listed words (for the test that keeps the list complete).
[[nodiscard]] bool catalogueTextListed(std::string_view english);

} // namespace actviz::ui
