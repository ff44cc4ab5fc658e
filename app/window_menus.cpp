// SPDX-License-Identifier: GPL-3.0-or-later
#include "window_menus.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/limits.h"
#include "export_actions.h"
#include "help_dialogs.h"
#include "languages.h"
#include "main_window.h"
#include "plot_view.h"
#include "precision_view.h"
#include "presentation.h"
#include "scene_document.h"
#include "scene_history.h"
#include "scene_model.h"
#include "slide_deck.h"
#include "view_range_bar.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace actviz::app {

WindowMenus::WindowMenus(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_stack(window->history()->stack()) {
    buildMenus();
    buildToolBar();
    connect(m_stack, &QUndoStack::indexChanged, this, &WindowMenus::updateUndoTexts);
    connect(m_stack, &QUndoStack::cleanChanged, this, &WindowMenus::updateUndoTexts);
    retranslate();
}

QAction* WindowMenus::add(QMenu* menu, const char* text, const char* tip) {
    auto* action = menu->addAction(QString());
    m_texts.push_back({action, text, tip});
    return action;
}

void WindowMenus::buildMenus() {
    MainWindow* w = m_window;
    m_file = w->menuBar()->addMenu(QString());
    connect(add(m_file, QT_TR_NOOP("&Open…")), &QAction::triggered, w,
            [w] { w->document()->openInteractive(); });
    m_file->actions().back()->setShortcut(QKeySequence::Open);
    m_recent = m_file->addMenu(QString());
    // Filled when it opens: rebuilding it from a signal of one of its own actions would delete
    // the action while it is being triggered.
    connect(m_recent, &QMenu::aboutToShow, this, &WindowMenus::updateRecent);
    QAction* save = add(m_file, QT_TR_NOOP("&Save"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, w, [w] { w->document()->saveInteractive(); });
    QAction* saveAs = add(m_file, QT_TR_NOOP("Save &as…"));
    // Not every desktop has a key for Save as: Ctrl+Shift+S where it has none.
    saveAs->setShortcuts(QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty()
                             ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                             : QKeySequence::keyBindings(QKeySequence::SaveAs));
    connect(saveAs, &QAction::triggered, w, [w] { w->document()->saveAsInteractive(); });
    m_file->addSeparator();
    QAction* image = add(m_file, QT_TR_NOOP("&Export image…"));
    image->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(image, &QAction::triggered, w->exports(), &ExportActions::exportInteractive);
    connect(add(m_file, QT_TR_NOOP("Export &data (CSV)…")), &QAction::triggered, w->exports(),
            &ExportActions::exportDataInteractive);
    connect(add(m_file, QT_TR_NOOP("Export a&nimation…")), &QAction::triggered, w->exports(),
            &ExportActions::exportAnimationInteractive);
    connect(add(m_file, QT_TR_NOOP("Export &code…"),
                QT_TR_NOOP("The visible curves as a NumPy, Matplotlib, PyTorch, JAX or pgfplots "
                           "program")),
            &QAction::triggered, w->exports(), &ExportActions::exportCodeInteractive);
    connect(add(m_file, QT_TR_NOOP("Export &handout (PDF)…"),
                QT_TR_NOOP("Every slide as a printable page: title, plot, caption, formulas and "
                           "properties")),
            &QAction::triggered, w->exports(), &ExportActions::exportHandoutInteractive);
    m_file->addSeparator();
    QAction* quit = add(m_file, QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, w, &QWidget::close);

    m_edit = w->menuBar()->addMenu(QString());
    m_undo = m_edit->addAction(QString());
    m_undo->setShortcut(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, w->history()->stack(), &QUndoStack::undo);
    m_redo = m_edit->addAction(QString());
    // Ctrl+Shift+Z everywhere, and the desktop's own key for Redo if it is another (Ctrl+Y).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k)) redoKeys << k;
    m_redo->setShortcuts(redoKeys);
    connect(m_redo, &QAction::triggered, w->history()->stack(), &QUndoStack::redo);
    m_edit->addSeparator();
    // Ctrl+C copies the plot while the plot has the focus; text fields keep their own copy.
    QAction* copy = add(m_edit, QT_TR_NOOP("&Copy plot"),
                        QT_TR_NOOP("The plot as image and SVG (Ctrl+C on the plot)"));
    connect(copy, &QAction::triggered, w, &MainWindow::copyToClipboard);
    auto* plotCopy = new QAction(w->plotView());
    m_texts.push_back(
        {plotCopy, QT_TR_NOOP("Copy the plot (while the plot has the focus)"), nullptr});
    plotCopy->setShortcut(QKeySequence::Copy);
    plotCopy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(plotCopy, &QAction::triggered, w, &MainWindow::copyToClipboard);
    w->plotView()->addAction(plotCopy);
    // Copy as code: the visible curves as a program, one entry per language.
    m_copyCode = m_edit->addMenu(QString());
    for (const ui::CodeLanguageInfo& l : ui::codeLanguages()) {
        QAction* action = m_copyCode->addAction(QString());
        action->setData(static_cast<int>(l.language));
        connect(action, &QAction::triggered, w->exports(),
                [w, language = l.language] { w->exports()->copyCode(language); });
    }

    m_functions = w->menuBar()->addMenu(QString());
    QAction* typed = add(m_functions, QT_TR_NOOP("New from &formula…"),
                         QT_TR_NOOP("Add a curve of a function you type, with f′ and the "
                                    "parameters' derivatives derived symbolically"));
    typed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(typed, &QAction::triggered, w, &MainWindow::addFormulaCurve);
    QAction* edit = add(m_functions, QT_TR_NOOP("&Edit formula…"),
                        QT_TR_NOOP("Change the selected typed formula, its parameters' defaults "
                                   "and sliders"));
    connect(edit, &QAction::triggered, w, &MainWindow::editFormulaCurve);
    // Only for a typed formula's curve.
    const auto enable = [w, edit] {
        const int i = w->model()->selected();
        edit->setEnabled(i >= 0 && w->model()->curve(i).function->program != nullptr);
    };
    for (auto signal : {&ui::SceneModel::selectionChanged, &ui::SceneModel::curveDefinitionChanged})
        connect(w->model(), signal, edit, enable);
    connect(w->model(), &ui::SceneModel::sceneReset, edit, enable);
    enable();

    m_view = w->menuBar()->addMenu(QString());
    QAction* present = add(m_view, QT_TR_NOOP("&Presentation mode"));
    present->setShortcut(Qt::Key_F5);
    present->setShortcutContext(Qt::ApplicationShortcut);
    connect(present, &QAction::triggered, w,
            [w] { w->setPresentationMode(!w->presentationMode()); });
    auto* leave = new QAction(w);
    m_texts.push_back({leave, QT_TR_NOOP("Leave presentation mode"), nullptr});
    leave->setShortcut(Qt::Key_Escape);
    connect(leave, &QAction::triggered, w, [w] { w->setPresentationMode(false); });
    w->addAction(leave);
    QAction* panels = add(m_view, QT_TR_NOOP("Show the parameters (presentation)"));
    panels->setShortcut(Qt::Key_F6);
    connect(panels, &QAction::triggered, w, [w] { w->presentation()->toggleParameters(); });
    w->addAction(panels); // works while the menu bar is hidden
    ui::SceneModel* model = w->model();
    QAction* depth = add(m_view, QT_TR_NOOP("&Vanishing gradients (depth)"));
    depth->setCheckable(true);
    depth->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(depth, &QAction::triggered, model, [model](bool on) {
        ui::DepthSettings d = model->depth();
        d.shown = on;
        model->setDepth(d);
    });
    QAction* softmax = add(m_view, QT_TR_NOOP("&Softmax of several logits"));
    softmax->setCheckable(true);
    softmax->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(softmax, &QAction::triggered, model, [model](bool on) {
        ui::SoftmaxSettings s = model->softmax();
        s.shown = on;
        (void)model->setSoftmax(s);
    });
    auto sync = [model, depth, softmax] {
        depth->setChecked(model->depth().shown);
        softmax->setChecked(model->softmax().shown);
    };
    for (auto signal : {&ui::SceneModel::depthChanged, &ui::SceneModel::softmaxChanged,
                        &ui::SceneModel::sceneReset})
        connect(model, signal, this, sync);
    sync();
    QAction* lens = add(m_view, QT_TR_NOOP("&Precision lens…"),
                        QT_TR_NOOP("The selected curve's textbook and stable formulas in "
                                   "float32, float16 or bfloat16, against the exact values"));
    lens->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lens, &QAction::triggered, this, &WindowMenus::showPrecisionLens);
    m_view->addSeparator();
    // The keyboard's way to what a click on a curve does.
    QAction* pin = add(m_view, QT_TR_NOOP("Pin a ta&ngent…"),
                       QT_TR_NOOP("A tangent to the selected curve at an x you type"));
    pin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(pin, &QAction::triggered, this, &WindowMenus::pinTangentInteractive);
    connect(add(m_view, QT_TR_NOOP("Remove all &tangents"),
                QT_TR_NOOP("Click a curve to pin a tangent, drag its point along the curve, "
                           "right-click it to remove")),
            &QAction::triggered, model, &ui::SceneModel::clearTangents);

    buildSlidesMenu();

    m_help = w->menuBar()->addMenu(QString());
    QAction* keys = add(m_help, QT_TR_NOOP("&Keyboard shortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, w, [w] { HelpDialogs::showShortcuts(w); });
    connect(add(m_help, QT_TR_NOOP("&About actviz")), &QAction::triggered, w,
            [w] { HelpDialogs::showAbout(w); });
}

void WindowMenus::buildSlidesMenu() {
    MainWindow* w = m_window;
    ui::SlideDeck* deck = w->deck();
    m_slides = w->menuBar()->addMenu(QString());
    QAction* add = this->add(m_slides, QT_TR_NOOP("&New slide from this view"),
                             QT_TR_NOOP("The view as a new slide after the current one"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(add, &QAction::triggered, deck, [w, deck] {
        deck->addSlide();
        w->showSlides();
    });
    connect(this->add(m_slides, QT_TR_NOOP("&Duplicate slide")), &QAction::triggered, deck,
            [deck] { deck->duplicateSlide(deck->current()); });
    QAction* remove = this->add(m_slides, QT_TR_NOOP("&Remove slide"));
    connect(remove, &QAction::triggered, deck, [deck] { deck->removeSlide(deck->current()); });
    QAction* up = this->add(m_slides, QT_TR_NOOP("Move slide &up"));
    connect(up, &QAction::triggered, deck,
            [deck] { deck->moveSlide(deck->current(), deck->current() - 1); });
    QAction* down = this->add(m_slides, QT_TR_NOOP("Move slide do&wn"));
    connect(down, &QAction::triggered, deck,
            [deck] { deck->moveSlide(deck->current(), deck->current() + 1); });
    m_slides->addSeparator();
    QAction* previous = this->add(m_slides, QT_TR_NOOP("&Previous slide"));
    // With Ctrl: Page Up and Page Down alone belong to the focused slider or list (presenting,
    // they step through the slides: see Presentation).
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previous, &QAction::triggered, deck, [deck] { deck->goTo(deck->current() - 1); });
    QAction* next = this->add(m_slides, QT_TR_NOOP("Ne&xt slide"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(next, &QAction::triggered, deck, [deck] { deck->goTo(deck->current() + 1); });
    QAction* morph =
        this->add(m_slides, QT_TR_NOOP("&Move smoothly between slides"),
                  QT_TR_NOOP("When two slides show the same functions, their parameters and "
                             "ranges move to the next slide's values (presentation mode)"));
    morph->setCheckable(true);
    morph->setChecked(QSettings().value(QStringLiteral("slides/morph"), true).toBool());
    deck->setMorphing(morph->isChecked());
    connect(morph, &QAction::toggled, deck, [deck](bool on) {
        deck->setMorphing(on);
        QSettings().setValue(QStringLiteral("slides/morph"), on);
    });
    m_slides->addSeparator();
    connect(this->add(m_slides, QT_TR_NOOP("&Show the slides panel")), &QAction::triggered, w,
            &MainWindow::showSlides);
    auto sync = [deck, previous, next, remove, up, down] {
        const bool first = deck->current() == 0;
        const bool last = deck->current() == deck->count() - 1;
        previous->setEnabled(!first);
        next->setEnabled(!last);
        up->setEnabled(!first);
        down->setEnabled(!last);
        remove->setEnabled(deck->count() > 1);
    };
    connect(deck, &ui::SlideDeck::currentChanged, this, sync);
    connect(deck, &ui::SlideDeck::slidesChanged, this, sync);
    sync();
}

void WindowMenus::buildToolBar() {
    MainWindow* w = m_window;
    ui::SceneModel* model = w->model();
    m_bar = w->addToolBar(QString());
    m_bar->setObjectName(QStringLiteral("viewToolBar"));
    m_bar->setMovable(false);
    QAction* home = m_bar->addAction(QString());
    m_texts.push_back(
        {home, QT_TR_NOOP("Reset view"), QT_TR_NOOP("Back to the scene's initial view (Home)")});
    home->setShortcut(Qt::Key_Home);
    connect(home, &QAction::triggered, model, &ui::SceneModel::resetView);
    m_bar->addSeparator();
    m_bar->addWidget(new ui::ViewRangeBar(model, m_bar));
    m_bar->addSeparator();
    m_theme = new QComboBox(m_bar);
    for (int t = 0; t < 3; ++t)
        m_theme->addItem(QString(), t);
    m_bar->addWidget(m_theme);
    connect(m_theme, &QComboBox::activated, model, [this, model](int index) {
        model->setTheme(static_cast<ui::Theme>(m_theme->itemData(index).toInt()));
    });
    m_language = new QComboBox(m_bar);
    // Sized by character count, not by measuring every name: measuring "简体中文" would load a
    // CJK font before the first frame, which only shows the current language.
    int widest = 0;
    for (const auto& [code, name] : ui::interfaceLanguages()) {
        m_language->addItem(name, code);
        widest = std::max(widest, ui::textWidthInLetters(name));
    }
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_language->setMinimumContentsLength(widest);
    m_bar->addWidget(m_language);
    connect(m_language, &QComboBox::activated, model, [this, model](int index) {
        model->setLanguage(m_language->itemData(index).toString());
    });
    auto sync = [this, model] {
        m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(model->scene().theme)));
        m_language->setCurrentIndex(m_language->findData(model->language()));
    };
    for (auto signal : {&ui::SceneModel::themeChanged, &ui::SceneModel::languageChanged,
                        &ui::SceneModel::sceneReset})
        connect(model, signal, this, sync);
    sync();
}

void WindowMenus::retranslate() {
    m_file->setTitle(tr("&File"));
    m_edit->setTitle(tr("&Edit"));
    m_functions->setTitle(tr("F&unctions"));
    m_view->setTitle(tr("&View"));
    m_slides->setTitle(tr("&Slides"));
    m_help->setTitle(tr("&Help"));
    m_recent->setTitle(tr("Open &recent"));
    m_copyCode->setTitle(tr("Copy as c&ode"));
    for (QAction* action : m_copyCode->actions())
        action->setText(codeLanguageTitle(static_cast<ui::CodeLanguage>(action->data().toInt())));
    m_bar->setWindowTitle(tr("View"));
    for (const Text& t : m_texts) {
        t.action->setText(tr(t.text));
        if (t.tip != nullptr) t.action->setToolTip(tr(t.tip));
    }
    const char* themes[] = {QT_TR_NOOP("Light"), QT_TR_NOOP("Dark"), QT_TR_NOOP("Presentation")};
    for (int t = 0; t < 3; ++t)
        m_theme->setItemText(t, tr(themes[t]));
    m_theme->setToolTip(tr("Theme of the plot"));
    m_language->setToolTip(tr("Language of the texts"));
    updateUndoTexts();
    m_recent->setEnabled(!m_window->document()->recentFiles().isEmpty());
}

void WindowMenus::pinTangentInteractive() {
    ui::SceneModel* model = m_window->model();
    const int curve = model->selected();
    if (curve < 0) {
        QMessageBox::information(m_window, tr("Pin a tangent"),
                                 tr("Select a curve first, in the Curves panel."));
        return;
    }
    const ui::ViewRange& view = model->scene().view;
    bool ok = false;
    const double x0 = QInputDialog::getDouble(
        m_window, tr("Pin a tangent"), tr("Tangent to the selected curve at x ="),
        (view.xMin + view.xMax) / 2, -core::kMaxAxisMagnitude, core::kMaxAxisMagnitude, 6, &ok);
    if (ok && model->addTangent(curve, x0) < 0)
        QMessageBox::warning(m_window, tr("Pin a tangent"),
                             tr("A scene holds at most %1 tangents.").arg(core::kMaxTangents));
}

void WindowMenus::updateUndoTexts() {
    const QUndoStack* stack = m_stack;
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_undo->setIconText(tr("&Undo")); // the name of the action itself (Help → Keyboard shortcuts)
    m_redo->setIconText(tr("&Redo"));
}

void WindowMenus::updateRecent() {
    m_recent->clear();
    SceneDocument* document = m_window->document();
    for (const QString& path : document->recentFiles())
        m_recent
            ->addAction(QFileInfo(path).fileName(), document,
                        [document, path] { document->openInteractive(path); })
            ->setToolTip(path);
    m_recent->setEnabled(!document->recentFiles().isEmpty());
}

void WindowMenus::showPrecisionLens() {
    if (m_lens == nullptr) {
        // A window beside the plot, made the first time it is asked for; it follows the scene
        // (and the selected curve) for as long as it is open.
        m_lens = new QDialog(m_window);
        auto* view = new ui::PrecisionView(m_window->model(), m_lens);
        auto* layout = new QVBoxLayout(m_lens);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(view);
        m_lens->setWindowTitle(view->windowTitle());
        connect(view, &QWidget::windowTitleChanged, m_lens, &QWidget::setWindowTitle);
        const QSize screen = m_window->screen()->availableSize();
        m_lens->resize(std::min(960, screen.width() * 9 / 10),
                       std::min(680, screen.height() * 9 / 10));
    }
    m_lens->show();
    m_lens->raise();
    m_lens->activateWindow();
}

} // namespace actviz::app
