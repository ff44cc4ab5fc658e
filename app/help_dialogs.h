// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Help menu's dialogs: the keyboard shortcuts, and About.

#include <QCoreApplication>

class QMainWindow;
class QWidget;

namespace actviz::app {

class HelpDialogs {
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
public:
    /// Every action of the window's menus (and the window's own, such as Esc) with its keys, in
    /// the current language, and the keys of the plot and of the sliders.
    static void showShortcuts(QMainWindow* window);
    /// The version, the licence and the libraries with their versions.
    static void showAbout(QWidget* parent);
};

} // namespace actviz::app
