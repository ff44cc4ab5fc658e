// SPDX-License-Identifier: GPL-3.0-or-later
// A screen reader can announce every control: each interactive widget of the window, its panels
// and its softmax and depth views has an accessible name and a description (through QAccessible, as
// an assistive technology asks), in both languages. And the Help menu lists the keys and names the
// licence.

#include "actviz/version.h"
#include "help_dialogs.h"
#include "languages.h"
#include "main_window.h"
#include "parameter_panel.h"
#include "parameter_slider.h"
#include "plot_gestures.h"
#include "plot_view.h"
#include "scene_model.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSlider>
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

/// Every visible interactive widget without an accessible name or a description, described.
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
        // A description (or a tooltip, which Qt announces as one) for every control but a
        // selectable label and a tab bar, which are their own description.
        if (!qobject_cast<QLabel*>(w) && !w->inherits("QTabBar") && a != nullptr &&
            a->text(QAccessible::Description).trimmed().isEmpty())
            found << QStringLiteral("%1 '%2' has no description")
                         .arg(QString::fromLatin1(w->metaObject()->className()), name);
        if (name.isEmpty())
            found << QStringLiteral("%1 '%2' (%3)")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->toolTip(),
                              w->objectName());
    }
    return found;
}

class Accessibility : public ::testing::TestWithParam<const char*> {};

TEST_P(Accessibility, EveryControlHasANameAndADescription) {
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

/// Tab visits the plot, the toolbar's fields, then the panels in the order they are shown, each
/// panel's controls together; also after the parameter panel has made new sliders (a new
/// widget goes last in Qt's focus chain unless placed).
TEST(Keyboard, TabVisitsThePanelsInTheOrderTheyAreShown) {
    QSettings().clear();
    auto w = std::make_unique<MainWindow>();
    w->show();
    QApplication::processEvents();
    (void)w->parameterPanel();
    w->model()->setSelected(w->model()->addCurve(QStringLiteral("swish")));
    QApplication::processEvents();
    QStringList regions; // the toolbar or dock each Tab stop is in, once per run
    QWidget* x = w->nextInFocusChain();
    for (int n = 0; x != w.get() && n < 1000; ++n, x = x->nextInFocusChain()) {
        if (!x->isVisibleTo(w.get()) || !x->isEnabled() || !(x->focusPolicy() & Qt::TabFocus) ||
            x->inherits("QTabBar"))
            continue;
        QString region = QStringLiteral("plot");
        for (QWidget* p = x; p != nullptr; p = p->parentWidget())
            if (p->inherits("QDockWidget") || p->inherits("QToolBar")) {
                region = p->objectName();
                break;
            }
        if (regions.isEmpty() || regions.back() != region) regions << region;
    }
    EXPECT_EQ(regions.join(QLatin1Char(' ')).toStdString(),
              "plot viewToolBar functions curves slides parameters properties");
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, Accessibility, ::testing::Values("en", "zh_CN"));

/// The plot shows when the keyboard moved the focus to it: a frame in the highlight colour. Not
/// after a click or in presentation mode (a frame around the projected plot would only distract).
TEST(Keyboard, ThePlotShowsItHasTheFocus) {
    QSettings().clear();
    auto w = std::make_unique<MainWindow>();
    w->show();
    QApplication::processEvents();
    QWidget* canvas = w->plotView()->canvas();
    const QColor highlight = canvas->palette().color(QPalette::Highlight);
    w->plotView()->clearFocus();
    QApplication::processEvents();
    EXPECT_NE(canvas->grab().toImage().pixelColor(1, 1), highlight);
    w->activateWindow();
    w->plotView()->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    ASSERT_TRUE(w->plotView()->hasFocus());
    const QImage focused = canvas->grab().toImage();
    EXPECT_EQ(focused.pixelColor(1, 1), highlight);
    EXPECT_EQ(focused.pixelColor(focused.width() / 2, focused.height() - 1), highlight);
    w->plotView()->clearFocus();
    w->plotView()->setFocus(Qt::MouseFocusReason);
    QApplication::processEvents();
    ASSERT_TRUE(w->plotView()->hasFocus());
    EXPECT_NE(canvas->grab().toImage().pixelColor(1, 1), highlight);
    w->setPresentationMode(true);
    QApplication::processEvents();
    EXPECT_NE(canvas->grab().toImage().pixelColor(1, 1), highlight);
    w->setPresentationMode(false);
}

/// What a click on a curve does, from the keyboard: View → Pin a tangent (Ctrl+T) asks for x and
/// pins a tangent to the selected curve there.
TEST(Keyboard, CtrlTPinsATangentAtATypedX) {
    QSettings().clear();
    auto w = std::make_unique<MainWindow>();
    w->show();
    QApplication::processEvents();
    const int swish = w->model()->addCurve(QStringLiteral("swish"));
    w->model()->setSelected(swish);
    QAction* pin = nullptr;
    for (QAction* a : w->findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_T)) pin = a;
    ASSERT_NE(pin, nullptr);
    QTimer::singleShot(0, w.get(), [] {
        if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
            dialog->setDoubleValue(1.5);
            dialog->accept();
        }
    });
    pin->trigger();
    ASSERT_EQ(w->model()->scene().tangents.size(), 1u);
    EXPECT_EQ(w->model()->scene().tangents[0].curve, swish);
    EXPECT_DOUBLE_EQ(w->model()->scene().tangents[0].x0, 1.5);
}

/// A parameter from the keyboard alone: an arrow key moves a hundredth of the slider's range, Page
/// Up a tenth, Shift with an arrow a thousandth; each step reaches the model.
TEST(Keyboard, ArrowsPageKeysAndShiftStepASlider) {
    QSettings().clear();
    auto w = std::make_unique<MainWindow>();
    w->show();
    QApplication::processEvents();
    const int swish = w->model()->addCurve(QStringLiteral("swish"));
    ui::ParameterSlider* s = w->parameterPanel()->slider(0);
    QSlider* slider = s->slider();
    const int start = slider->value();
    auto press = [slider](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QKeyEvent down(QEvent::KeyPress, key, modifiers);
        QApplication::sendEvent(slider, &down);
    };
    press(Qt::Key_Right);
    EXPECT_EQ(slider->value(), start + 10);
    press(Qt::Key_PageUp);
    EXPECT_EQ(slider->value(), start + 110);
    press(Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(slider->value(), start + 109);
    press(Qt::Key_Up, Qt::ShiftModifier);
    press(Qt::Key_Up, Qt::ShiftModifier);
    EXPECT_EQ(slider->value(), start + 111);
    EXPECT_DOUBLE_EQ(w->model()->curve(swish).params[0], s->valueAt(start + 111));
}

/// A lecture hall set up in Chinese starts in Chinese; everyone else in English.
TEST(Languages, TheFirstStartFollowsTheUsersLanguage) {
    EXPECT_EQ(ui::interfaceLanguageFor(QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
    EXPECT_EQ(ui::interfaceLanguageFor(QLocale(QStringLiteral("zh_TW"))), QStringLiteral("zh_CN"));
    EXPECT_EQ(ui::interfaceLanguageFor(QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
    EXPECT_EQ(ui::interfaceLanguageFor(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    EXPECT_EQ(ui::interfaceLanguageFor(QLocale::c()), QStringLiteral("en"));
}

/// Names are sized in letters without a font: a CJK character (or a full-width one) is two.
TEST(Languages, NamesAreSizedInLettersWithWideCharactersCountingTwo) {
    EXPECT_EQ(ui::textWidthInLetters(QStringLiteral("English")), 7);
    EXPECT_EQ(ui::textWidthInLetters(QStringLiteral("简体中文")), 8);
    EXPECT_EQ(ui::textWidthInLetters(QStringLiteral("한국어")), 6);
    EXPECT_EQ(ui::textWidthInLetters(QStringLiteral("Tiếng Việt")), 10);    // not East Asian wide
    EXPECT_EQ(ui::textWidthInLetters(QString::fromUcs4(U"\U00020BB7")), 2); // one, not two halves
    EXPECT_EQ(ui::textWidthInLetters(QStringLiteral("ＡＢ")), 4);
}

/// Runs `open`, which shows a modal dialog, and returns the texts of the dialog's labels, read
/// while it is up; then closes it. Waits at most 5 s for the dialog, then closes whatever modal
/// dialog there is, so a missing dialog fails the test instead of hanging it.
QStringList labelsOfModalDialog(QWidget* context, const std::function<void()>& open) {
    auto texts = std::make_shared<QStringList>();
    auto* poll = new QTimer(context);
    int tries = 0;
    QObject::connect(poll, &QTimer::timeout, context, [poll, texts, &tries] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (dialog == nullptr && ++tries < 500) return;
        poll->stop();
        if (dialog == nullptr) return;
        for (const QLabel* l : dialog->findChildren<QLabel*>())
            *texts << l->text();
        dialog->close();
    });
    poll->start(10);
    open();
    poll->stop();
    poll->deleteLater();
    return *texts;
}

/// Help → Keyboard shortcuts lists every action of the window that has keys (in the menus, on
/// the toolbar, on the plot, Esc), each with its keys once, and what the mouse does on the plot;
/// in Chinese without the menus' (&X) accelerators.
TEST(Help, KeyboardShortcutsListEveryActionWithKeys) {
    QSettings().clear();
    auto w = std::make_unique<MainWindow>();
    w->show();
    QApplication::processEvents();
    for (const char* language : {"en", "zh_CN"}) {
        w->model()->setLanguage(QString::fromLatin1(language));
        QApplication::processEvents();
        const auto rows = HelpDialogs::shortcuts(w.get());
        QStringList keys;
        for (const auto& [what, k] : rows) {
            EXPECT_FALSE(what.isEmpty());
            EXPECT_FALSE(what.contains(QLatin1Char('&'))) << what.toStdString();
            EXPECT_FALSE(what.contains(QRegularExpression(QStringLiteral("\\([A-Z]\\)"))))
                << what.toStdString(); // "打开(O)"
            const QStringList parts = k.split(QStringLiteral(", "));
            EXPECT_EQ(QSet<QString>(parts.begin(), parts.end()).size(), parts.size())
                << what.toStdString() << ": " << k.toStdString();
            keys << parts;
        }
        int withKeys = 0;
        for (QAction* a : w->findChildren<QAction*>())
            for (const QKeySequence& k : a->shortcuts()) {
                EXPECT_TRUE(keys.contains(k.toString(QKeySequence::NativeText)))
                    << a->text().toStdString() << " " << k.toString().toStdString();
                ++withKeys;
            }
        EXPECT_GE(withKeys, 15);
        for (const char* k : {"F1", "F5", "F6", "Esc", "Home", "Ctrl+C", "Ctrl+Shift+S"})
            EXPECT_TRUE(keys.contains(QString::fromLatin1(k))) << k;
        EXPECT_GE(rows.size(), ui::plotGestures().size() + 15);
    }
}

/// The dialog shows the list as a table.
TEST(Help, TheShortcutsDialogOpensAndCloses) {
    QSettings().clear();
    auto w = std::make_unique<MainWindow>();
    w->show();
    QApplication::processEvents();
    bool shown = false;
    QTimer::singleShot(0, w.get(), [&shown] {
        QWidget* dialog = QApplication::activeModalWidget();
        shown = dialog != nullptr && dialog->findChild<QTableWidget*>() != nullptr;
        if (dialog != nullptr) dialog->close();
    });
    HelpDialogs::showShortcuts(w.get());
    EXPECT_TRUE(shown);
}

/// Help → About names the version, the licence and the libraries with their versions.
TEST(Help, AboutNamesVersionLicenceAndLibraries) {
    QWidget parent;
    const QString text = labelsOfModalDialog(&parent, [&parent] {
                             HelpDialogs::showAbout(&parent);
                         }).join(QLatin1Char(' '));
    EXPECT_TRUE(text.contains(QString::fromLatin1(kVersion))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GNU General Public License")));
    EXPECT_TRUE(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    for (const char* library : {"QCustomPlot 2.", "libpng 1.", "zlib 1.", "giflib 5."})
        EXPECT_TRUE(text.contains(QString::fromLatin1(library))) << library;
}

} // namespace
} // namespace actviz::app
