// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Presentation mode (F5): full screen, the presentation theme, panels, toolbar, menus and status
// bar hidden (F6 shows the parameters); Esc or F5 brings the window back as it was. The theme is
// a drawing override, not an edit: the scene and its document stay unmodified.

#include <QByteArray>
#include <QObject>

class QMainWindow;
class QWidget;

namespace actviz::ui {
class SceneModel;
}

namespace actviz::app {

class Presentation : public QObject {
    Q_OBJECT
public:
    /// `focus` gets the keyboard focus while presenting (the plot).
    Presentation(QMainWindow* window, ui::SceneModel* model, QWidget* focus);

    void setActive(bool on);
    [[nodiscard]] bool active() const { return m_active; }
    /// Shows or hides the parameters panel while presenting (F6).
    void toggleParameters();
    /// The window layout from before presenting (what the settings keep while presenting).
    [[nodiscard]] const QByteArray& stateBefore() const { return m_stateBefore; }

private:
    QMainWindow* m_window;
    ui::SceneModel* m_model;
    QWidget* m_focus;
    bool m_active = false;
    bool m_wasMaximized = false;
    QByteArray m_stateBefore;
};

} // namespace actviz::app
