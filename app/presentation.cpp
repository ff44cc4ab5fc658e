// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation.h"

#include "plot_style.h"
#include "scene_model.h"
#include "slide_deck.h"
#include "theme_style.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDockWidget>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace actviz::app {
namespace {

/// `text` with a place to break after every 20 characters of a long word (a URL), so that a
/// label that wraps at word boundaries can wrap it too.
QString breakable(const QString& text) {
    QString out;
    int run = 0;
    for (const QChar c : text) {
        out += c;
        run = c.isSpace() ? 0 : run + 1;
        if (run == 20) {
            out += QChar(0x200B); // zero-width space
            run = 0;
        }
    }
    return out;
}

} // namespace

Presentation::Presentation(QMainWindow* window, ui::SlideDeck* deck, QWidget* focus, QWidget* page)
    : QObject(window)
    , m_window(window)
    , m_deck(deck)
    , m_focus(focus)
    , m_page(page)
    , m_title(new QLabel(page))
    , m_footer(new QWidget(page))
    , m_caption(new QLabel(m_footer))
    , m_counter(new QLabel(m_footer)) {
    m_page->setFocusPolicy(Qt::ClickFocus);
    m_title->setObjectName(QStringLiteral("slideTitle"));
    m_caption->setObjectName(QStringLiteral("slideCaption"));
    m_counter->setObjectName(QStringLiteral("slideCounter"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_caption->setWordWrap(true);
    // Their width is the page's: a long word (a URL) must not widen the window past the screen.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* footer = new QHBoxLayout(m_footer);
    footer->setContentsMargins(24, 4, 24, 12);
    footer->addWidget(m_caption, 1);
    footer->addWidget(m_counter);
    auto* layout = qobject_cast<QBoxLayout*>(page->layout());
    Q_ASSERT(layout != nullptr); // the page's vertical box
    layout->insertWidget(0, m_title);
    layout->addWidget(m_footer);
    m_title->hide();
    m_footer->hide();
    connect(deck, &ui::SlideDeck::currentChanged, this, [this] {
        updateSlideTexts();
        if (m_active) focusSlide();
    });
    connect(deck, &ui::SlideDeck::slidesChanged, this, &Presentation::updateSlideTexts);
    connect(deck->model(), &ui::SceneModel::languageChanged, this, &Presentation::updateSlideTexts);
}

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
        m_deck->model()->setThemeOverride(ui::Theme::Presentation);
        qApp->installEventFilter(this);
        updateSlideTexts();
        m_window->showFullScreen();
        focusSlide();
        return;
    }
    qApp->removeEventFilter(this);
    m_deck->finishMove();
    updateSlideTexts();
    m_deck->model()->setThemeOverride(std::nullopt);
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

QString Presentation::titleText() const {
    return m_title->isVisible() ? m_title->text().remove(QChar(0x200B)) : QString();
}

QString Presentation::captionText() const {
    return m_footer->isVisible() ? m_caption->text().remove(QChar(0x200B)) : QString();
}

QString Presentation::counterText() const {
    return m_footer->isVisible() ? m_counter->text() : QString();
}

void Presentation::updateSlideTexts() {
    const ui::Slide slide = m_deck->slide(m_deck->current());
    const QString language = m_deck->model()->language();
    const QString title = slide.title.in(language);
    const QString caption = slide.caption.in(language);
    m_title->setText(breakable(title));
    m_caption->setText(breakable(caption));
    m_counter->setText(QStringLiteral("%1 / %2").arg(m_deck->current() + 1).arg(m_deck->count()));
    m_counter->setVisible(m_deck->count() > 1);
    // The presentation's colours and type sizes: the title as large as the axis labels and bold,
    // the caption and number as the tick labels.
    const ui::ThemeStyle& style = ui::themeStyle(ui::Theme::Presentation);
    // The page around the plot in the presentation's background (its palette, not a style
    // sheet: that would reach every control inside, the softmax view's too).
    m_page->setAutoFillBackground(m_active);
    QPalette palette =
        m_page->parentWidget() != nullptr ? m_page->parentWidget()->palette() : QPalette();
    if (m_active) palette.setColor(QPalette::Window, style.background);
    m_page->setPalette(palette);
    auto dress = [&style](QLabel* label, int points, bool bold) {
        QFont font = label->font();
        font.setPointSize(points);
        font.setBold(bold);
        label->setFont(font);
        label->setStyleSheet(QStringLiteral("color: %1;").arg(style.foreground.name()));
    };
    dress(m_title, style.labelPointSize + 4, true);
    dress(m_caption, style.fontPointSize, false);
    dress(m_counter, style.fontPointSize, false);
    m_title->setContentsMargins(24, 12, 24, 0);
    // Long texts keep the plot its room: at most two lines of title, four of caption.
    m_title->setMaximumHeight(2 * QFontMetrics(m_title->font()).lineSpacing() + 12);
    m_caption->setMaximumHeight(4 * QFontMetrics(m_caption->font()).lineSpacing());
    m_title->setVisible(m_active && !title.isEmpty());
    m_footer->setVisible(m_active && (!caption.isEmpty() || m_deck->count() > 1));
}

void Presentation::focusSlide() {
    // The plot, or the page when the slide shows the softmax or depth view: never one of that
    // view's fields, which would take the next key.
    if (m_focus->isVisible())
        m_focus->setFocus();
    else
        m_page->setFocus();
}

int Presentation::slideFor(int key) const {
    const int current = m_deck->current();
    switch (key) {
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_Down:
        return std::min(current + 1, m_deck->count() - 1);
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Left:
    case Qt::Key_Up:
        return std::max(current - 1, 0);
    case Qt::Key_Home:
        return 0;
    case Qt::Key_End:
        return m_deck->count() - 1;
    default:
        return -1;
    }
}

bool Presentation::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress || !m_window->isActiveWindow()) return false;
    // The slide keys belong to the slide, whatever of it has the focus (the softmax view's
    // fields too); the parameters panel (F6) keeps its own keyboard.
    for (const QWidget* w = QApplication::focusWidget(); w != nullptr; w = w->parentWidget())
        if (qobject_cast<const QDockWidget*>(w) != nullptr) return false;
    // One slide: Home still resets the view.
    if (m_deck->count() < 2) return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & ~Qt::KeypadModifier) return false;
    const int to = slideFor(key->key());
    if (to < 0) return false;
    Q_UNUSED(watched);
    m_deck->goTo(to, /*smoothly=*/true);
    return true;
}

} // namespace actviz::app
