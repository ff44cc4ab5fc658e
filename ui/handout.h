// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A printable handout of a deck: a vector PDF, a page per slide (more when its curves need
// them), with the slide's title, its plot, its caption, and for each visible curve its name and
// parameter values, the typeset formulas of f and f' and the key properties the core computes.
// Every text is real text (a PDF reader can search and copy it); plots and formulas stay vector.

#include "deck.h"
#include "export_options.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace actviz::ui {

/// The handout of `deck` as the bytes of a PDF file, in the interface's language (the translators
/// installed); nullopt and `error` when it cannot be rendered.
[[nodiscard]] std::optional<QByteArray>
renderHandout(const Deck& deck, const HandoutOptions& options, QString* error = nullptr);

} // namespace actviz::ui
