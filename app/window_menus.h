// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's menus and toolbar: every action, its shortcut and its text, retranslated in place
// when the language changes.

#include <QObject>

#include <vector>

class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QMenu;
class QToolBar;
class QUndoStack;

namespace actviz::app {

class MainWindow;

class WindowMenus : public QObject {
    Q_OBJECT
public:
    explicit WindowMenus(MainWindow* window);

    /// Sets every text in the current language.
    void retranslate();
    void updateRecent();
    /// View → Pin a tangent: a tangent to the selected curve at a typed x.
    void pinTangentInteractive();
    /// View → Precision lens: the precision view, in a window of its own.
    void showPrecisionLens();
    [[nodiscard]] QAction* undoAction() const { return m_undo; }
    [[nodiscard]] QAction* redoAction() const { return m_redo; }

private:
    void buildMenus();
    void buildSlidesMenu();
    void buildToolBar();
    void updateUndoTexts();

    MainWindow* m_window;
    /// The undo stack, kept apart from the window: it still signals while the window is being
    /// destroyed.
    QUndoStack* m_stack = nullptr;
    QMenu* m_file = nullptr;
    QMenu* m_edit = nullptr;
    QMenu* m_functions = nullptr;
    QMenu* m_view = nullptr;
    QMenu* m_slides = nullptr;
    QMenu* m_help = nullptr;
    QMenu* m_recent = nullptr;
    QMenu* m_copyCode = nullptr;
    QToolBar* m_bar = nullptr;
    QDialog* m_lens = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    /// Actions whose text is set by retranslate, with their source strings.
    struct Text {
        QAction* action;
        const char* text;
        const char* tip;
    };
    std::vector<Text> m_texts;
    QAction* add(QMenu* menu, const char* text, const char* tip = nullptr);
};

} // namespace actviz::app
