// SPDX-License-Identifier: GPL-3.0-or-later
#include "slide_deck.h"

#include "scene_history.h"
#include "scene_model.h"
#include "slide_morph.h"

#include <QCoreApplication>
#include <QEasingCurve>
#include <QUndoStack>
#include <QVariantAnimation>

#include <algorithm>

namespace actviz::ui {

/// One edit of the slides: the slides before and after it (with their scenes).
class SlideCommand : public HistoryStep {
public:
    SlideCommand(SlideDeck* deck, const char* name, SlideDeck::State before, SlideDeck::State after)
        : m_deck(deck)
        , m_name(name)
        , m_before(std::move(before))
        , m_after(std::move(after)) {
        SlideCommand::retranslate();
    }
    void retranslate() override {
        setText(QCoreApplication::translate("actviz::ui::SlideDeck", m_name));
    }
    void undo() override { m_deck->restore(m_before); }
    void redo() override {
        if (m_first) { // already done
            m_first = false;
            return;
        }
        m_deck->restore(m_after);
    }

private:
    SlideDeck* m_deck;
    const char* m_name;
    SlideDeck::State m_before;
    SlideDeck::State m_after;
    bool m_first = true;
};

SlideDeck::SlideDeck(SceneModel* model, SceneHistory* history, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_history(history)
    , m_slides{Slide{model->scene(), {}, {}}} {
    m_ids.push_back(m_nextId++);
    m_history->setPlaces([this] { return m_ids.at(static_cast<std::size_t>(m_current)); },
                         [this](int id) {
                             finishMove();
                             for (int i = 0; i < count(); ++i)
                                 if (m_ids[static_cast<std::size_t>(i)] == id) goTo(i);
                         });
    // An edit during a move ends it where it is; undo then gives back the slide as it was.
    m_history->setBeforeRecord([this] {
        if (!moving()) return;
        m_move->stop();
        m_history->setLast(m_moveTo);
    });
}

SlideDeck::~SlideDeck() {
    if (m_history.isNull()) return; // gone first, with its steps
    m_history->setPlaces({}, {});
    m_history->setBeforeRecord({});
    m_history->stack()->clear(); // its slide steps point here
}

Slide SlideDeck::slide(int i) const {
    Slide s = m_slides.at(static_cast<std::size_t>(i));
    if (i == m_current) s.scene = moving() ? m_moveTo : m_model->scene();
    // The language is the window's, not a slide's.
    s.scene.language = m_model->language();
    return s;
}

Deck SlideDeck::deck() const {
    Deck d;
    for (int i = 0; i < count(); ++i)
        d.slides.push_back(slide(i));
    return d;
}

bool SlideDeck::matches(const Deck& other) const {
    if (other.slides.size() != m_slides.size()) return false;
    for (std::size_t i = 0; i < m_slides.size(); ++i) {
        const Slide& mine = m_slides[i];
        const Slide& theirs = other.slides[i];
        if (mine.title != theirs.title || mine.caption != theirs.caption) return false;
        const Scene& scene = static_cast<int>(i) != m_current ? mine.scene
                             : moving()                       ? m_moveTo
                                                              : m_model->scene();
        // slide() gives every slide the window's language.
        const Scene& s = theirs.scene;
        if (s.language != m_model->language() || s.curves != scene.curves ||
            s.depth != scene.depth || s.softmax != scene.softmax || s.tangents != scene.tangents ||
            s.view != scene.view || s.theme != scene.theme)
            return false;
    }
    return true;
}

void SlideDeck::setDeck(const Deck& deck, int current) {
    finishMove();
    if (deck.slides.empty()) return;
    m_slides = deck.slides;
    m_ids.clear();
    for (std::size_t i = 0; i < m_slides.size(); ++i)
        m_ids.push_back(m_nextId++);
    m_current = std::clamp(current, 0, count() - 1);
    m_model->setScene(m_slides[static_cast<std::size_t>(m_current)].scene);
    for (Slide& slide : m_slides) // one language for the whole deck: the window's
        slide.scene.language = m_model->language();
    emit slidesChanged();
    emit currentChanged(m_current);
    emit deckReplaced();
}

bool SlideDeck::moving() const {
    return m_move != nullptr && m_move->state() == QAbstractAnimation::Running;
}

void SlideDeck::finishMove() {
    if (!moving()) return;
    m_move->stop();
    m_history->restore(m_moveTo);
}

void SlideDeck::show(int i) {
    m_current = i;
    m_history->show(m_slides[static_cast<std::size_t>(i)].scene);
}

void SlideDeck::goTo(int i, bool smoothly) {
    emit aboutToLeave();
    finishMove();
    if (i < 0 || i >= count() || i == m_current) return;
    m_slides[static_cast<std::size_t>(m_current)].scene = m_model->scene();
    const Scene& to = m_slides[static_cast<std::size_t>(i)].scene;
    const auto start =
        smoothly && m_morphing ? morphScene(m_model->scene(), to, 0.0) : std::nullopt;
    if (!start || m_model->scene() == to) {
        show(i);
        emit currentChanged(i);
        return;
    }
    // The next slide's curves with this one's values, and its view as the home view; then the
    // values move through the model's setters, drawn as a slider drag is.
    m_moveFrom = m_model->scene();
    m_moveTo = to;
    m_current = i;
    Scene first = *start;
    first.view = to.view;
    const int selected = m_model->selected(); // the same curves: the same one stays selected
    m_history->show(first);
    m_model->setSelected(selected);
    applyFrame(*start);
    if (m_move == nullptr) {
        m_move = new QVariantAnimation(this);
        m_move->setStartValue(0.0);
        m_move->setEndValue(1.0);
        m_move->setEasingCurve(QEasingCurve::InOutCubic);
        connect(m_move, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
            if (!moving()) return;
            if (auto s = morphScene(m_moveFrom, m_moveTo, value.toDouble())) applyFrame(*s);
        });
        connect(m_move, &QVariantAnimation::finished, this,
                [this] { m_history->restore(m_moveTo); });
    }
    m_move->setDuration(kMorphMs);
    emit currentChanged(i);
    m_move->start();
}

void SlideDeck::applyFrame(const Scene& frame) {
    m_history->quietly([this, &frame] {
        for (int i = 0; i < m_model->curveCount(); ++i) {
            const Curve& c = frame.curves[static_cast<std::size_t>(i)];
            // Twice: a cross constraint (hardtanh's min below its max) may refuse one parameter
            // until the other has moved.
            for (int pass = 0; pass < 2; ++pass)
                for (std::size_t p = 0; p < c.params.size(); ++p)
                    if (m_model->curve(i).params[p] != c.params[p])
                        (void)m_model->setParameter(i, p, c.params[p]);
            if (m_model->curve(i).color != c.color) m_model->setColor(i, c.color);
        }
        if (m_model->view() != frame.view) (void)m_model->setView(frame.view);
        const auto& tangents = m_model->tangents();
        if (tangents.size() == frame.tangents.size())
            for (std::size_t k = 0; k < tangents.size(); ++k)
                if (tangents[k].x0 != frame.tangents[k].x0)
                    m_model->moveTangent(static_cast<int>(k), frame.tangents[k].x0);
        if (m_model->depth() != frame.depth) m_model->setDepth(frame.depth);
        if (m_model->softmax() != frame.softmax) (void)m_model->setSoftmax(frame.softmax);
    });
}

SlideDeck::State SlideDeck::state() const {
    State s{m_slides, m_ids, m_current};
    s.slides[static_cast<std::size_t>(m_current)] = slide(m_current);
    return s;
}

void SlideDeck::restore(const State& state) {
    emit aboutToLeave();
    finishMove();
    m_slides = state.slides;
    m_ids = state.ids;
    show(state.current);
    emit slidesChanged();
    emit currentChanged(m_current);
}

void SlideDeck::edit(const char* name, const std::function<void(State&)>& change) {
    emit aboutToLeave(); // a title being typed is kept first, as a step of its own
    finishMove();
    State before = state();
    State after = before;
    change(after);
    if (after.slides == before.slides && after.ids == before.ids) return;
    m_slides = after.slides;
    m_ids = after.ids;
    // Another slide shown (the one after a removed slide has its index): its scene; the same
    // slide at another place keeps what the window shows.
    const auto at = [](const State& s) { return s.ids[static_cast<std::size_t>(s.current)]; };
    if (at(after) != at(before))
        show(after.current);
    else
        m_current = after.current;
    m_history->stack()->push(new SlideCommand(this, name, std::move(before), std::move(after)));
    emit slidesChanged();
    emit currentChanged(m_current);
}

void SlideDeck::addSlide() {
    if (count() >= kMaxSlides) return;
    edit(QT_TR_NOOP("add a slide"), [this](State& s) {
        const int at = s.current + 1;
        s.slides.insert(s.slides.begin() + at, Slide{m_model->scene(), {}, {}});
        s.ids.insert(s.ids.begin() + at, m_nextId++);
        s.current = at;
    });
}

void SlideDeck::duplicateSlide(int i) {
    if (i < 0 || i >= count() || count() >= kMaxSlides) return;
    edit(QT_TR_NOOP("duplicate a slide"), [this, i](State& s) {
        const int at = i + 1;
        s.slides.insert(s.slides.begin() + at, s.slides[static_cast<std::size_t>(i)]);
        s.ids.insert(s.ids.begin() + at, m_nextId++);
        s.current = i + 1;
    });
}

void SlideDeck::removeSlide(int i) {
    if (i < 0 || i >= count() || count() == 1) return;
    edit(QT_TR_NOOP("remove a slide"), [i](State& s) {
        s.slides.erase(s.slides.begin() + i);
        s.ids.erase(s.ids.begin() + i);
        if (s.current > i || s.current == static_cast<int>(s.slides.size())) --s.current;
    });
}

void SlideDeck::moveSlide(int from, int to) {
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to) return;
    edit(QT_TR_NOOP("move a slide"), [from, to](State& s) {
        const int currentId = s.ids[static_cast<std::size_t>(s.current)];
        Slide slide = std::move(s.slides[static_cast<std::size_t>(from)]);
        const int id = s.ids[static_cast<std::size_t>(from)];
        s.slides.erase(s.slides.begin() + from);
        s.ids.erase(s.ids.begin() + from);
        s.slides.insert(s.slides.begin() + to, std::move(slide));
        s.ids.insert(s.ids.begin() + to, id);
        s.current =
            static_cast<int>(std::find(s.ids.begin(), s.ids.end(), currentId) - s.ids.begin());
    });
}

void SlideDeck::setTitle(int i, const SlideText& title) {
    if (i < 0 || i >= count()) return;
    edit(QT_TR_NOOP("title of a slide"),
         [i, &title](State& s) { s.slides[static_cast<std::size_t>(i)].title = title; });
}

void SlideDeck::setCaption(int i, const SlideText& caption) {
    if (i < 0 || i >= count()) return;
    edit(QT_TR_NOOP("caption of a slide"),
         [i, &caption](State& s) { s.slides[static_cast<std::size_t>(i)].caption = caption; });
}

} // namespace actviz::ui
