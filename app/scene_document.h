// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deck (a scene, or several as slides) as a document: its file, whether it has unsaved
// changes, the recent files; opening and saving (atomic), and the question before changes would
// be lost. A deck of one slide without a title or caption is saved as a scene file.

#include <QObject>
#include <QStringList>

#include <optional>

class QWidget;

#include "deck.h"

namespace actviz::ui {
class SlideDeck;
}

namespace actviz::app {

/// The name a scene is saved under when `chosen` has no suffix: NAME.actviz.json, which
/// desktops know as a scene (resources/desktop); a name with a suffix is kept as it is.
[[nodiscard]] QString sceneFileName(const QString& chosen);

class SceneDocument : public QObject {
    Q_OBJECT
public:
    SceneDocument(ui::SlideDeck* deck, QWidget* window);

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] bool isModified() const { return m_modified; }
    [[nodiscard]] const QStringList& recentFiles() const { return m_recent; }
    void setRecentFiles(const QStringList& files);
    /// The current scene counts as unmodified from now on (a restored session).
    void setBaseline();

    /// Loads `path`; on any problem the scene stays as it was and the reason is returned.
    std::optional<QString> open(const QString& path);
    /// Writes the scene to `path` atomically; returns why it failed.
    std::optional<QString> saveAs(const QString& path);

    // interactive (dialogs and message boxes):
    void openInteractive(const QString& given = {});
    bool saveInteractive();   ///< to the current file, or asks for one; false if not saved
    bool saveAsInteractive(); ///< false if cancelled or failed
    /// Before the scene would be replaced or the window closed: asks to save unsaved changes.
    /// True when it is fine to go on. On quitting, an untitled scene is not asked about: it is
    /// kept in the settings and reopens with the window.
    bool maybeSave(bool quitting = false);

signals:
    void changed(); ///< path, modified flag or recent files changed

private:
    void setModified(bool modified);
    void remember(const QString& path);

    ui::SlideDeck* m_deck;
    QWidget* m_window;
    QString m_path;
    bool m_modified = false;
    ui::Deck m_saved; ///< the deck as last opened or saved
    bool m_loading = false;
    QStringList m_recent;
};

} // namespace actviz::app
