// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A lecture deck: an ordered list of slides, each a complete scene with a title and a caption
// in English and Chinese. The file format is versioned JSON read as strictly as a scene file;
// a scene file reads as a deck of one slide.

#include "scene_model.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace actviz::ui {

/// The format version this program writes, and the newest it reads.
inline constexpr int kDeckFormatVersion = 1;
/// The value of a deck file's "format" key.
inline constexpr char kDeckFormat[] = "actviz-deck";
/// Limits: slides in a deck, characters in a title and in a caption, bytes in a deck file.
inline constexpr int kMaxSlides = 200;
inline constexpr int kMaxSlideTitle = 120;
inline constexpr int kMaxSlideCaption = 600;
inline constexpr qint64 kMaxDeckFileBytes = qint64{16} * 1024 * 1024;

/// A text in the interface's languages; either may be empty.
struct SlideText {
    QString en;
    QString zh; ///< Simplified Chinese (zh_CN)
    /// The text in `language` ("en" or "zh_CN"), or the other one when that is empty.
    [[nodiscard]] QString in(const QString& language) const;
    [[nodiscard]] bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    friend bool operator==(const SlideText&, const SlideText&) = default;
};

struct Slide {
    Scene scene;
    SlideText title;
    SlideText caption; ///< a sentence or two shown under the plot
    friend bool operator==(const Slide&, const Slide&) = default;
};

struct Deck {
    std::vector<Slide> slides;
    /// Whether a scene file holds it all: one slide with neither title nor caption.
    [[nodiscard]] bool isPlainScene() const;
    friend bool operator==(const Deck&, const Deck&) = default;
};

/// A parsed deck, or why the text is not one.
struct DeckParse {
    std::optional<Deck> deck;
    QString error; ///< one sentence, empty on success
};

/// The deck as a deck file (even of one slide).
[[nodiscard]] QByteArray deckToJson(const Deck& deck);
/// What is worth saving: a scene file for a plain scene, else a deck file.
[[nodiscard]] QByteArray documentToJson(const Deck& deck);
/// Reads a deck file, or a scene file as a deck of one slide.
[[nodiscard]] DeckParse deckFromJson(const QByteArray& json);
/// Reads and parses `path` (at most kMaxDeckFileBytes of it); the error names the file.
[[nodiscard]] DeckParse readDeckFile(const QString& path);

/// Why `text` cannot be a slide's title (`caption` false) or caption, or nullopt: too long, or
/// control characters (a caption may have line breaks).
[[nodiscard]] std::optional<QString> slideTextProblem(const QString& text, bool caption);

} // namespace actviz::ui
