// SPDX-License-Identifier: GPL-3.0-or-later
#include "help_dialogs.h"

#include "actviz/version.h"
#include "library_versions.h"
#include "plot_gestures.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>
#include <vector>

namespace actviz::app {

namespace {

/// "&Open…" or "打开(&O)…" as a person reads it: "Open", "打开".
QString plain(QString text) {
    // The accelerator in brackets that Chinese menus carry, with or without its '&' (an action's
    // icon text has lost it already).
    static const QRegularExpression accelerator(QStringLiteral("\\(&?[A-Z0-9]\\)"));
    text.remove(accelerator);
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) text.chop(1);
    return text.trimmed();
}

void collect(const QList<QAction*>& actions, QList<QAction*>& out) {
    for (QAction* a : actions)
        if (a->menu() != nullptr)
            collect(a->menu()->actions(), out);
        else if (!out.contains(a))
            out.push_back(a);
}

} // namespace

std::vector<std::pair<QString, QString>> HelpDialogs::shortcuts(QMainWindow* window) {
    // The menus first, in their order; then every other action of the window that has keys
    // (the toolbar's, the plot's Ctrl+C, Esc).
    QList<QAction*> actions;
    collect(window->menuBar()->actions(), actions);
    for (QAction* a : window->findChildren<QAction*>())
        if (!actions.contains(a)) actions.push_back(a);
    std::vector<std::pair<QString, QString>> rows;
    for (QAction* a : actions) {
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            if (const QString s = k.toString(QKeySequence::NativeText); !keys.contains(s))
                keys << s;
        const QString name = plain(a->iconText());
        if (keys.isEmpty() || name.isEmpty()) continue;
        rows.emplace_back(name, keys.join(QStringLiteral(", ")));
    }
    for (const auto& gesture : ui::plotGestures()) {
        const QString& input = gesture.first;
        const QString& effect = gesture.second;
        // Keys that an action above already lists (Home, Ctrl+C) are not listed twice.
        if (std::none_of(rows.begin(), rows.end(),
                         [&input](const auto& r) { return r.second == input; }))
            rows.emplace_back(effect.left(1).toUpper() + effect.mid(1), input);
    }
    rows.emplace_back(tr("Move a slider a step / a large step"),
                      tr("Arrow keys / Page Up, Page Down"));
    rows.emplace_back(tr("Move a slider a tenth of a step"), tr("Shift+arrow keys"));
    rows.emplace_back(tr("Move between panels and controls"), tr("Tab, Shift+Tab"));
    rows.emplace_back(tr("Next slide (presentation mode)"),
                      tr("Page Down, Space, Right or Down arrow"));
    rows.emplace_back(tr("Previous slide (presentation mode)"),
                      tr("Page Up, Backspace, Left or Up arrow"));
    rows.emplace_back(tr("First / last slide (presentation mode)"), tr("Home / End"));
    return rows;
}

void HelpDialogs::showShortcuts(QMainWindow* window) {
    const std::vector<std::pair<QString, QString>> rows = shortcuts(window);
    QDialog dialog(window);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* table = new QTableWidget(static_cast<int>(rows.size()), 2, &dialog);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[static_cast<std::size_t>(r)].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[static_cast<std::size_t>(r)].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(dialog.fontMetrics().averageCharWidth() * 70,
                  dialog.fontMetrics().height() * (static_cast<int>(rows.size()) + 6));
    dialog.exec();
}

void HelpDialogs::showAbout(QWidget* parent) {
    QStringList libraries;
    for (const ui::LibraryVersion& l : ui::libraryVersions())
        libraries << QStringLiteral("%1 %2").arg(l.name, l.version);
    const QString text =
        QStringLiteral("<h3>actviz %1</h3><p>%2</p><p>%3</p><p>%4</p>")
            .arg(QString::fromLatin1(kVersion),
                 tr("Activation functions of neural networks, shown and compared."),
                 tr("Copyright © 2026 the actviz developers. Free software under the GNU General "
                    "Public License, version 3 or (at your option) any later version; it comes "
                    "with no warranty."),
                 tr("Built on %1.").arg(libraries.join(QStringLiteral(", "))));
    QMessageBox::about(parent, tr("About actviz"), text);
}

} // namespace actviz::app
