// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Presentation mode (F5): full screen, the presentation theme, panels, toolbar, menus and status
// bar hidden (F6 shows the parameters); Esc or F5 brings the window back as it was. The theme is
// a drawing override, not an edit: the scene and its document stay unmodified. A deck's slides
// follow one another with the keys of a presenter's clicker (PageDown, PageUp, Space, the arrow
// keys, Backspace, Home, End), with the slide's title above the plot and its caption and number
// ("3 / 12") below, in the presentation's type size.

#include <QByteArray>
#include <QObject>

class QLabel;
class QMainWindow;
class QWidget;

namespace actviz::ui {
class SlideDeck;
}

namespace actviz::app {

class Presentation : public QObject {
    Q_OBJECT
public:
    /// `focus` gets the keyboard focus while presenting (the plot); `page` holds it, in a
    /// vertical box layout that the slide's title and caption join (above and below it).
    Presentation(QMainWindow* window, ui::SlideDeck* deck, QWidget* focus, QWidget* page);

    void setActive(bool on);
    [[nodiscard]] bool active() const { return m_active; }
    /// Shows or hides the parameters panel while presenting (F6).
    void toggleParameters();
    /// The window layout from before presenting (what the settings keep while presenting).
    [[nodiscard]] const QByteArray& stateBefore() const { return m_stateBefore; }
    /// The slide's title, caption and number as shown (empty when not presenting).
    [[nodiscard]] QString titleText() const;
    [[nodiscard]] QString captionText() const;
    [[nodiscard]] QString counterText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// Shows the current slide's title, caption and number (hidden when not presenting).
    void updateSlideTexts();
    /// Gives the keyboard focus to the slide shown.
    void focusSlide();
    /// Which slide `key` goes to from the current one, or -1 when it is not a slide key.
    [[nodiscard]] int slideFor(int key) const;

    QMainWindow* m_window;
    ui::SlideDeck* m_deck;
    QWidget* m_focus;
    QWidget* m_page;
    QLabel* m_title;
    QWidget* m_footer;
    QLabel* m_caption;
    QLabel* m_counter;
    bool m_active = false;
    bool m_wasMaximized = false;
    QByteArray m_stateBefore;
};

} // namespace actviz::app
