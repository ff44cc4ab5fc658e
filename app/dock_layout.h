// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the main window's side panels go: stacked beside the plot in a wide window, each side's
// panels as tabs in a narrow one, and narrowed so that the plot keeps its share of the width.

class QDockWidget;
class QMainWindow;

namespace actviz::app {

class DockLayout {
public:
    struct Docks {
        QDockWidget* functions;  ///< left, above
        QDockWidget* curves;     ///< left, below
        QDockWidget* slides;     ///< left, below, a tab beside the curves
        QDockWidget* parameters; ///< right, above
        QDockWidget* formula;    ///< right, below
        QDockWidget* properties; ///< right, below, a tab beside the formula
    };
    DockLayout(QMainWindow* window, const Docks& docks);

    /// Keeps the plot at least 55% of the window's width: narrows the side panels, and below
    /// 1100 pixels stacks each side's panels as tabs (back to stacked panels above). The user's
    /// sizes stay while the plot has its share and no panel is too narrow to read.
    void fit();

private:
    QMainWindow* m_window;
    Docks m_docks;
    bool m_compact = false; ///< side panels as tabs (narrow windows)
};

} // namespace actviz::app
