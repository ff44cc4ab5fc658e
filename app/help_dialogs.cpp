// SPDX-License-Identifier: GPL-3.0-or-later
#include "help_dialogs.h"

#include "actviz/version.h"
#include "library_versions.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>
#include <vector>

namespace actviz::app {

namespace {

/// "&Open…" as a person reads it: "Open".
QString plain(QString text) {
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026))) text.chop(1);
    return text;
}

void collect(const QList<QAction*>& actions, std::vector<QAction*>& out) {
    for (QAction* a : actions) {
        if (a->menu() != nullptr)
            collect(a->menu()->actions(), out);
        else if (!a->shortcuts().isEmpty() && std::find(out.begin(), out.end(), a) == out.end())
            out.push_back(a);
    }
}

} // namespace

void HelpDialogs::showShortcuts(QMainWindow* window) {
    std::vector<QAction*> actions;
    collect(window->menuBar()->actions(), actions);
    std::vector<std::pair<QString, QString>> rows;
    for (QAction* a : actions) {
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        rows.emplace_back(plain(a->text()), keys.join(QStringLiteral(", ")));
    }
    rows.emplace_back(tr("Leave presentation mode"), QStringLiteral("Esc"));
    rows.emplace_back(tr("Zoom the plot"), tr("Mouse wheel"));
    rows.emplace_back(tr("Pan the plot"), tr("Drag with the mouse"));
    rows.emplace_back(tr("Move a slider a step / a large step"),
                      tr("Arrow keys / Page Up, Page Down"));
    rows.emplace_back(tr("Move between panels and controls"), tr("Tab, Shift+Tab"));

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
