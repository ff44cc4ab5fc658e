// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The slides panel: the deck's slides as a numbered list (click one to show it), buttons to add
// the current view as a slide, duplicate, move and remove slides, and the selected slide's title
// and caption in English and Chinese. Every change is an undo step (see SlideDeck).

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;

namespace actviz::ui {

class SlideDeck;

class SlideStrip : public QWidget {
    Q_OBJECT
public:
    explicit SlideStrip(SlideDeck* deck, QWidget* parent = nullptr);

    [[nodiscard]] QListWidget* list() const { return m_list; }
    /// The title and caption fields: English, then Chinese.
    [[nodiscard]] QLineEdit* titleField(bool chinese) const {
        return chinese ? m_titleZh : m_titleEn;
    }
    [[nodiscard]] QLineEdit* captionField(bool chinese) const {
        return chinese ? m_captionZh : m_captionEn;
    }

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void retranslate();
    /// Stores an edited field as the current slide's title or caption, when it can be one.
    void commit(QLineEdit* field);

    SlideDeck* m_deck;
    QListWidget* m_list;
    QToolButton* m_add;
    QToolButton* m_duplicate;
    QToolButton* m_up;
    QToolButton* m_down;
    QToolButton* m_remove;
    QLabel* m_titleLabel;
    QLabel* m_captionLabel;
    QLineEdit* m_titleEn;
    QLineEdit* m_titleZh;
    QLineEdit* m_captionEn;
    QLineEdit* m_captionZh;
    QLabel* m_problem;
    bool m_rebuilding = false;
};

} // namespace actviz::ui
