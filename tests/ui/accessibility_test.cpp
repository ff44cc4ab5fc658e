// SPDX-License-Identifier: GPL-3.0-or-later
// A screen reader can announce every control: each interactive widget of the window, its panels
// and its softmax and depth views has an accessible name (through QAccessible, as an assistive
// technology asks), in both languages. And the Help menu lists the keys and names the licence.

#include "actviz/version.h"
#include "help_dialogs.h"
#include "main_window.h"
#include "parameter_panel.h"
#include "scene_model.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace actviz::app {
namespace {

bool interactive(const QWidget* w) {
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QAbstractSlider*>(w) ||
           qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractItemView*>(w) ||
           w->focusPolicy() != Qt::NoFocus;
}

/// "ClassName 'tooltip'" of every visible interactive widget that has no accessible name.
QStringList unnamed(const QWidget* root) {
    QStringList found;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || !interactive(w)) continue;
        // A combo box's line edit and a spin box's editor are announced with their box.
        if (qobject_cast<QLineEdit*>(w) && (qobject_cast<QComboBox*>(w->parentWidget()) ||
                                            qobject_cast<QAbstractSpinBox*>(w->parentWidget())))
            continue;
        // Scroll bars of scroll areas and item views are the toolkit's own, named by role.
        if (w->inherits("QScrollBar")) continue;
        // A tree's header is announced as its column headers.
        if (w->inherits("QHeaderView")) continue;
        // Children of item views (the viewport) and of the plot are announced through them.
        if (w->objectName() == QLatin1String("qt_scrollarea_viewport")) continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            found << QStringLiteral("%1 '%2' (%3)")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->toolTip(),
                              w->objectName());
    }
    return found;
}

class Accessibility : public ::testing::TestWithParam<const char*> {};

TEST_P(Accessibility, EveryControlHasAName) {
    QSettings().clear();
    auto w = std::make_unique<MainWindow>();
    w->resize(1280, 720);
    w->show();
    QApplication::processEvents();
    w->model()->setLanguage(QString::fromLatin1(GetParam()));
    (void)w->parameterPanel(); // the side panels are built after the first frame: build them now
    QApplication::processEvents();
    const QStringList main = unnamed(w.get());
    EXPECT_TRUE(main.isEmpty()) << main.join(QStringLiteral("\n")).toStdString();
    ui::SoftmaxSettings s = w->model()->softmax();
    s.shown = true;
    ASSERT_FALSE(w->model()->setSoftmax(s).has_value());
    QApplication::processEvents();
    const QStringList softmax = unnamed(w.get());
    EXPECT_TRUE(softmax.isEmpty()) << softmax.join(QStringLiteral("\n")).toStdString();
    s.shown = false;
    ASSERT_FALSE(w->model()->setSoftmax(s).has_value());
    ui::DepthSettings d = w->model()->depth();
    d.shown = true;
    w->model()->setDepth(d);
    QApplication::processEvents();
    const QStringList depth = unnamed(w.get());
    EXPECT_TRUE(depth.isEmpty()) << depth.join(QStringLiteral("\n")).toStdString();
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Accessibility, ::testing::Values("en", "zh_CN"));

/// Runs `open` (which shows a modal dialog) and returns the dialog's texts, read while it is up,
/// then closes it.
QStringList textsOfModalDialog(const std::function<void()>& open) {
    QStringList texts;
    QTimer::singleShot(0, [&texts] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (dialog == nullptr) return;
        for (const QLabel* l : dialog->findChildren<QLabel*>())
            texts << l->text();
        for (const QTableWidget* t : dialog->findChildren<QTableWidget*>())
            for (int r = 0; r < t->rowCount(); ++r)
                texts << t->item(r, 0)->text() + QStringLiteral(" = ") + t->item(r, 1)->text();
        dialog->close();
    });
    open();
    return texts;
}

/// Help → Keyboard shortcuts lists every menu action that has keys, with them.
TEST(Help, KeyboardShortcutsListEveryMenuShortcut) {
    QSettings().clear();
    auto w = std::make_unique<MainWindow>();
    w->show();
    QApplication::processEvents();
    const QStringList rows = textsOfModalDialog([&w] { HelpDialogs::showShortcuts(w.get()); });
    const QString all = rows.join(QLatin1Char('\n'));
    int listed = 0;
    for (QAction* menu : w->menuBar()->actions())
        for (QAction* a : menu->menu()->actions())
            if (!a->shortcut().isEmpty()) {
                EXPECT_TRUE(all.contains(a->shortcut().toString(QKeySequence::NativeText)))
                    << a->text().toStdString();
                ++listed;
            }
    EXPECT_GE(listed, 10);
    EXPECT_TRUE(all.contains(QStringLiteral("F5")));
    EXPECT_TRUE(all.contains(QStringLiteral("Esc")));
}

/// Help → About names the version, the licence and the libraries with their versions.
TEST(Help, AboutNamesVersionLicenceAndLibraries) {
    QWidget parent;
    const QString text =
        textsOfModalDialog([&parent] { HelpDialogs::showAbout(&parent); }).join(QLatin1Char(' '));
    EXPECT_TRUE(text.contains(QString::fromLatin1(kVersion))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GNU General Public License")));
    EXPECT_TRUE(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    for (const char* library : {"QCustomPlot 2.", "libpng 1.", "zlib 1.", "giflib 5."})
        EXPECT_TRUE(text.contains(QString::fromLatin1(library))) << library;
}

} // namespace
} // namespace actviz::app
