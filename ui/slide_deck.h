// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's deck: the slides of a lecture, one of which the scene model shows and edits.
// Adding, duplicating, removing, moving and retitling slides are undo steps on the scene
// history's stack; so is every edit of a slide's scene, which undo first goes back to. Going
// from slide to slide is not an edit; in presentation mode it may move smoothly (slide_morph.h).

#include "deck.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QVariantAnimation;

namespace actviz::ui {

class SceneHistory;
class SceneModel;

class SlideDeck : public QObject {
    Q_OBJECT
public:
    /// How long a move between slides that share their curves takes.
    static constexpr int kMorphMs = 400;

    SlideDeck(SceneModel* model, SceneHistory* history, QObject* parent = nullptr);
    ~SlideDeck() override;

    [[nodiscard]] SceneModel* model() const { return m_model; }
    [[nodiscard]] int count() const { return static_cast<int>(m_slides.size()); }
    [[nodiscard]] int current() const { return m_current; }
    /// Slide i as it is now (the current one with the scene the window shows).
    [[nodiscard]] Slide slide(int i) const;
    [[nodiscard]] Deck deck() const;
    /// Whether deck() would equal `other`, without copying the slides (checked at every edit).
    [[nodiscard]] bool matches(const Deck& other) const;
    /// A new document: `deck` (at least one slide), showing slide `current`.
    void setDeck(const Deck& deck, int current = 0);

    /// Shows slide i; `smoothly`: parameters and ranges move there when the slides share their
    /// curves and moves are on (setMorphing). Not an undo step.
    void goTo(int i, bool smoothly = false);
    void setMorphing(bool on) { m_morphing = on; }
    [[nodiscard]] bool morphing() const { return m_morphing; }
    /// Whether a move is under way; finishMove jumps to its end.
    [[nodiscard]] bool moving() const;
    void finishMove();

    // undo steps:
    /// The scene shown, as a new slide after the current one (which it becomes).
    void addSlide();
    void duplicateSlide(int i);
    /// Removes slide i unless it is the only one.
    void removeSlide(int i);
    /// Moves slide `from` to position `to`.
    void moveSlide(int from, int to);
    void setTitle(int i, const SlideText& title);
    void setCaption(int i, const SlideText& caption);

signals:
    /// Slides were added, removed, moved or retitled (not their scenes: see SceneModel).
    void slidesChanged();
    /// Before another slide is shown or the slides change: a title being typed is stored now.
    void aboutToLeave();
    void currentChanged(int i);
    /// A new deck replaced the slides (setDeck: a file opened, the last session's deck).
    void deckReplaced();

private:
    /// The slides, their ids (which undo steps of scene edits name) and the current one.
    struct State {
        std::vector<Slide> slides;
        std::vector<int> ids;
        int current = 0;
    };
    [[nodiscard]] State state() const;
    void restore(const State& state);
    /// One undo step named `name` (a QT_TR_NOOP text): `change` edits a copy of the state.
    void edit(const char* name, const std::function<void(State&)>& change);
    void show(int i);
    /// One frame of a move: the values of `frame` (same curves as the model's) through the
    /// model's setters, recorded as no step.
    void applyFrame(const Scene& frame);
    friend class SlideCommand;

    SceneModel* m_model;
    QPointer<SceneHistory> m_history;
    std::vector<Slide> m_slides; ///< the current slide's scene is the model's, not this copy
    std::vector<int> m_ids;
    int m_current = 0;
    int m_nextId = 0;
    bool m_morphing = true;
    QVariantAnimation* m_move = nullptr;
    Scene m_moveFrom, m_moveTo;
};

} // namespace actviz::ui
