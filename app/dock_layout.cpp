// SPDX-License-Identifier: GPL-3.0-or-later
#include "dock_layout.h"

#include <QDockWidget>
#include <QLayout>
#include <QMainWindow>
#include <QTabBar>

#include <algorithm>

namespace actviz::app {
namespace {

/// The plot keeps at least this share of the window's width.
constexpr double kPlotShare = 0.55;
/// Below this width the side panels stack as tabs.
constexpr int kCompactWidth = 1100;

} // namespace

DockLayout::DockLayout(QMainWindow* window, const Docks& docks)
    : m_window(window)
    , m_docks(docks) {}

void DockLayout::fit() {
    // Before the window is first shown its layout has not placed the panels yet: placed now, the
    // first frame shows them at the sizes fitted here, and the plot is drawn once, not twice.
    if (!m_window->isVisible()) m_window->layout()->activate();
    const int w = m_window->width();
    const bool compact = w < kCompactWidth;
    if (compact != m_compact) {
        m_compact = compact;
        if (compact) { // each side's panels as tabs
            m_window->tabifyDockWidget(m_docks.functions, m_docks.curves);
            m_window->tabifyDockWidget(m_docks.curves, m_docks.slides);
            m_window->tabifyDockWidget(m_docks.parameters, m_docks.formula);
            m_window->tabifyDockWidget(m_docks.formula, m_docks.properties);
            m_docks.curves->raise();
            m_docks.parameters->raise();
        } else { // back to stacked panels
            m_window->addDockWidget(Qt::LeftDockWidgetArea, m_docks.functions);
            m_window->splitDockWidget(m_docks.functions, m_docks.curves, Qt::Vertical);
            m_window->tabifyDockWidget(m_docks.curves, m_docks.slides);
            m_docks.curves->raise();
            m_window->addDockWidget(Qt::RightDockWidgetArea, m_docks.parameters);
            m_window->splitDockWidget(m_docks.parameters, m_docks.formula, Qt::Vertical);
            m_window->tabifyDockWidget(m_docks.formula, m_docks.properties);
            m_docks.formula->raise();
        }
        // Going back to stacked panels, QMainWindow (Qt 6.4) may keep one of its tab bars on
        // screen with no tab left, when the tabs were made while the window was hidden or
        // before it was widened: a nameless control to a screen reader. The new layout is
        // applied at once, and every tab bar left empty is hidden.
        m_window->layout()->activate();
        for (QTabBar* bar : m_window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly))
            if (bar->count() == 0) bar->hide();
    }
    // Resize the side panels when the plot has less than its share, or a panel is too narrow to
    // read; otherwise the user's sizes stay.
    const int left = std::clamp(static_cast<int>(0.18 * w), 170, 260);
    const int right = std::clamp(static_cast<int>(0.25 * w), 210, 380);
    auto narrow = [](const QDockWidget* d, int wanted) {
        return !d->isHidden() && !d->isFloating() && d->width() < 0.8 * wanted;
    };
    const bool panelsNarrow = narrow(m_docks.functions, left) || narrow(m_docks.curves, left) ||
                              narrow(m_docks.slides, left) || narrow(m_docks.parameters, right) ||
                              narrow(m_docks.formula, right) || narrow(m_docks.properties, right);
    if (m_window->centralWidget()->width() >= kPlotShare * w && !compact && !panelsNarrow) return;
    QList<QDockWidget*> docks;
    QList<int> sizes;
    for (QDockWidget* d : {m_docks.functions, m_docks.curves, m_docks.slides})
        if (!d->isHidden() && !d->isFloating()) {
            docks << d;
            sizes << left;
        }
    for (QDockWidget* d : {m_docks.parameters, m_docks.formula, m_docks.properties})
        if (!d->isHidden() && !d->isFloating()) {
            docks << d;
            sizes << right;
        }
    if (!docks.isEmpty()) m_window->resizeDocks(docks, sizes, Qt::Horizontal);
}

} // namespace actviz::app
