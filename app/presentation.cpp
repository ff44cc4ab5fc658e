// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation.h"

#include "plot_style.h"
#include "scene_model.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace actviz::app {

Presentation::Presentation(QMainWindow* window, ui::SceneModel* model, QWidget* focus)
    : QObject(window)
    , m_window(window)
    , m_model(model)
    , m_focus(focus) {}

void Presentation::setActive(bool on) {
    if (on == m_active) return;
    m_active = on;
    if (on) {
        m_stateBefore = m_window->saveState();
        m_wasMaximized = m_window->isMaximized();
        for (QDockWidget* d : m_window->findChildren<QDockWidget*>())
            d->hide();
        for (QToolBar* t : m_window->findChildren<QToolBar*>())
            t->hide();
        m_window->menuBar()->hide();
        m_window->statusBar()->hide();
        m_model->setThemeOverride(ui::Theme::Presentation);
        m_window->showFullScreen();
        m_focus->setFocus();
        return;
    }
    m_model->setThemeOverride(std::nullopt);
    for (QDockWidget* d : m_window->findChildren<QDockWidget*>())
        d->widget()->setFont(m_window->font());
    m_window->menuBar()->show();
    m_window->statusBar()->show();
    for (QToolBar* t : m_window->findChildren<QToolBar*>())
        t->show();
    m_window->restoreState(m_stateBefore);
    if (m_wasMaximized)
        m_window->showMaximized();
    else
        m_window->showNormal();
}

void Presentation::toggleParameters() {
    if (!m_active) return;
    for (QDockWidget* d : m_window->findChildren<QDockWidget*>()) {
        if (d->objectName() != QLatin1String("parameters")) continue;
        // In the presentation's type size, so the class can read the values too.
        const bool show = !d->isVisible();
        QFont font = m_window->font();
        if (show) font.setPointSize(ui::themeStyle(ui::Theme::Presentation).fontPointSize);
        d->widget()->setFont(font);
        d->setVisible(show);
    }
}

} // namespace actviz::app
