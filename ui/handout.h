// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A printable handout of a deck: a vector PDF, one page per slide, with the slide's title, its
// plot, its caption, and for each visible curve its name and parameter values, the typeset
// formulas of f and f' and the key properties the core computes. Every text is real text (a PDF
// reader can search and copy it); plots and formulas stay vector.

#include "deck.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace actviz::ui {

enum class PaperSize { A4, Letter };

struct HandoutOptions {
    PaperSize paper = PaperSize::A4;
    bool landscape = false;
};

/// The handout of `deck` as the bytes of a PDF file, in the language each slide's scene names
/// (the translators must be installed for it); nullopt and `error` when it cannot be rendered.
[[nodiscard]] std::optional<QByteArray>
renderHandout(const Deck& deck, const HandoutOptions& options, QString* error = nullptr);

} // namespace actviz::ui
