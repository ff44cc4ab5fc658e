// SPDX-License-Identifier: GPL-3.0-or-later
#include "slide_deck.h"

#include "scene_history.h"
#include "scene_model.h"
#include "slide_morph.h"

#include <QCoreApplication>
#include <QEasingCurve>
#include <QUndoStack>
#include <QVariantAnimation>

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
                             for (int i = 0; i < count(); ++i)
                                 if (m_ids[static_cast<std::size_t>(i)] == id) goTo(i);
                         });
}

SlideDeck::~SlideDeck() = default;

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
}

bool SlideDeck::moving() const {
    return m_move != nullptr && m_move->state() == QAbstractAnimation::Running;
}

void SlideDeck::finishMove() {
    if (!moving()) return;
    m_move->stop();
    m_history->show(m_moveTo);
}

void SlideDeck::show(int i) {
    m_current = i;
    m_history->show(m_slides[static_cast<std::size_t>(i)].scene);
}

void SlideDeck::goTo(int i, bool smoothly) {
    finishMove();
    if (i < 0 || i >= count() || i == m_current) return;
    m_slides[static_cast<std::size_t>(m_current)].scene = m_model->scene();
    const Scene& to = m_slides[static_cast<std::size_t>(i)].scene;
    if (!smoothly || !m_morphing || !canMorph(m_model->scene(), to) || m_model->scene() == to) {
        show(i);
        emit currentChanged(i);
        return;
    }
    m_moveFrom = m_model->scene();
    m_moveTo = to;
    m_current = i;
    if (m_move == nullptr) {
        m_move = new QVariantAnimation(this);
        m_move->setStartValue(0.0);
        m_move->setEndValue(1.0);
        m_move->setEasingCurve(QEasingCurve::InOutCubic);
        connect(m_move, &QVariantAnimation::valueChanged, this, [this](const QVariant& value) {
            if (!moving()) return;
            if (auto s = morphScene(m_moveFrom, m_moveTo, value.toDouble())) m_history->show(*s);
        });
        connect(m_move, &QVariantAnimation::finished, this, [this] { m_history->show(m_moveTo); });
    }
    m_move->setDuration(kMorphMs);
    emit currentChanged(i);
    m_move->start();
}

SlideDeck::State SlideDeck::state() const {
    State s{m_slides, m_ids, m_current};
    s.slides[static_cast<std::size_t>(m_current)] = slide(m_current);
    return s;
}

void SlideDeck::restore(const State& state) {
    finishMove();
    m_slides = state.slides;
    m_ids = state.ids;
    show(state.current);
    emit slidesChanged();
    emit currentChanged(m_current);
}

void SlideDeck::edit(const char* name, const std::function<void(State&)>& change) {
    finishMove();
    State before = state();
    State after = before;
    change(after);
    if (after.slides == before.slides && after.ids == before.ids) return;
    m_slides = after.slides;
    m_ids = after.ids;
    if (after.current != m_current) show(after.current);
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
