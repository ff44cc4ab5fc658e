// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Help menu's dialogs: the keyboard shortcuts, and About.

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

class QMainWindow;
class QWidget;

namespace actviz::app {

class HelpDialogs {
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
public:
    /// (what, keys) for every action of the window that has keys (the menus' first, in their
    /// order), what the mouse and keys do on the plot, and the keys of the sliders and panels,
    /// in the current language.
    static std::vector<std::pair<QString, QString>> shortcuts(QMainWindow* window);
    /// The shortcuts above, as a table.
    static void showShortcuts(QMainWindow* window);
    /// The version, the licence and the libraries with their versions.
    static void showAbout(QWidget* parent);
};

} // namespace actviz::app
