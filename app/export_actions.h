// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's exports: image (with the dialog), CSV, animation, code, handout, clipboard.
// Remembers the last image export's choices (size, scale, format, theme) in the settings; every
// export renders the scene through the same code as `actviz export`.

#include "code_writer.h"
#include "exporter.h"
#include "scene_model.h"

#include <QObject>

#include <functional>
#include <optional>

class QSettings;
class QWidget;

namespace actviz::ui {
class SlideDeck;
struct Sweep;
} // namespace actviz::ui

namespace actviz::app {

class SceneDocument;

class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(QWidget* window, ui::SlideDeck* deck, SceneDocument* document);

    void loadSettings(const QSettings& settings);
    void saveSettings(QSettings& settings) const;

    /// Writes the plot to `path` (format, size and theme as given); returns why it failed.
    std::optional<QString> exportTo(const QString& path, const ui::ExportOptions& options,
                                    std::optional<ui::Theme> theme = std::nullopt);
    /// Puts the plot on the clipboard as an image and as SVG, at the last export's size (or
    /// the plot's own size before any export); returns why it failed.
    std::optional<QString> copyToClipboard(QSize plotSize);
    /// Writes the visible curves as CSV.
    std::optional<QString> exportDataTo(const QString& path);
    /// Puts the visible curves on the clipboard as a program in `language` (copy as code).
    void copyCode(ui::CodeLanguage language);
    /// Writes the visible curves as a program in `language`; returns why it failed.
    std::optional<QString> exportCodeTo(const QString& path, ui::CodeLanguage language);
    /// Writes a parameter sweep (a GIF or numbered PNGs) at the last export's size and theme;
    /// returns why it failed, or nullopt (also when `progress` cancelled it).
    std::optional<QString> exportAnimationTo(const QString& path, const ui::Sweep& sweep,
                                             const std::function<bool(int)>& progress = {});

    // interactive (dialogs; the outcome goes to the status bar or a message box):
    void exportInteractive();
    void exportDataInteractive();
    void exportAnimationInteractive();
    void exportCodeInteractive();
    /// Every slide as a page of a PDF handout (see ui/handout.h).
    std::optional<QString> exportHandoutTo(const QString& path, const ui::HandoutOptions& options);
    void exportHandoutInteractive();

signals:
    /// A short message for the status bar.
    void status(const QString& message);

private:
    QWidget* m_window;
    ui::SlideDeck* m_deck;
    ui::SceneModel* m_model;
    SceneDocument* m_document;
    ui::ExportOptions m_options; ///< the last export's choices
    std::optional<ui::Theme> m_theme;
    bool m_exported = false;
};

/// "NumPy functions", "pgfplots (LaTeX)": a language as the menus name it, translated.
[[nodiscard]] QString codeLanguageTitle(ui::CodeLanguage language);

} // namespace actviz::app
