// SPDX-License-Identifier: GPL-3.0-or-later
#include "scene_history.h"

#include "text.h"

#include "actviz/core/catalogue.h"

#include <QUndoStack>

namespace actviz::ui {

/// One edit: the scene before and after it. Edits of one kind on one curve merge while a group
/// is open, or when they follow each other within a moment (zoom, pan, tangent moves).
class SceneCommand : public HistoryStep {
public:
    SceneCommand(SceneHistory* history, Scene before, Scene after, SceneHistory::Step step,
                 int mergeId, int key)
        : HistoryStep(SceneHistory::describe(step))
        , m_history(history)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_step(std::move(step))
        , m_mergeId(mergeId)
        , m_key(key)
        , m_place(history->currentPlace()) {}

    /// The name in the current language.
    void retranslate() override { setText(SceneHistory::describe(m_step)); }

    void undo() override {
        m_history->goToPlace(m_place);
        m_history->restore(m_before);
    }
    void redo() override {
        if (m_first) { // the edit is already in the model
            m_first = false;
            return;
        }
        m_history->goToPlace(m_place);
        m_history->restore(m_after);
    }
    [[nodiscard]] int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* o = static_cast<const SceneCommand*>(other);
        if (o->m_key != m_key || o->m_place != m_place) return false;
        m_after = o->m_after;
        return true;
    }

private:
    SceneHistory* m_history;
    Scene m_before;
    Scene m_after;
    SceneHistory::Step m_step;
    int m_mergeId;
    int m_key;
    int m_place; ///< the slide the edit was made on
    bool m_first = true;
};

namespace {

/// Merge ids: one per kind of edit that may merge; -1 never merges.
constexpr int kMergeGroup = 1;
constexpr int kMergeView = 2;
constexpr int kMergeTangent = 3;
constexpr int kMergeParameter = 4;
/// Edits closer than this merge (one wheel gesture, one pan).
constexpr qint64 kMergeWindowMs = 700;

} // namespace

SceneHistory::SceneHistory(SceneModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_stack(new QUndoStack(this))
    , m_last(model->scene()) {
    m_sinceLast.start();
    connect(model, &SceneModel::curveAdded, this, [this](int i) { record(Kind::Curves, i); });
    connect(model, &SceneModel::curveRemoved, this, [this](int i) { record(Kind::Curves, i); });
    connect(model, &SceneModel::curveParametersChanged, this,
            [this](int i) { record(Kind::Parameter, i); });
    connect(model, &SceneModel::curveStyleChanged, this, [this](int i) { record(Kind::Style, i); });
    // A definition is a step of its own, never merged (its parameter signal follows: no change).
    connect(model, &SceneModel::curveDefinitionChanged, this,
            [this](int i) { record(Kind::Definition, i); });
    connect(model, &SceneModel::viewChanged, this, [this] { record(Kind::View, -1); });
    connect(model, &SceneModel::themeChanged, this, [this] { record(Kind::Theme, -1); });
    connect(model, &SceneModel::tangentsChanged, this, [this] { record(Kind::Tangents, -1); });
    connect(model, &SceneModel::depthChanged, this, [this] { record(Kind::Depth, -1); });
    connect(model, &SceneModel::softmaxChanged, this, [this] { record(Kind::Softmax, -1); });
    // The language follows along without being a step; a new scene starts a new history.
    connect(model, &SceneModel::languageChanged, this,
            [this] { m_last.language = m_model->scene().language; });
    connect(model, &SceneModel::sceneReset, this, [this] {
        if (!m_restoring) clear();
    });
}

void SceneHistory::retranslate() {
    for (int i = 0; i < m_stack->count(); ++i)
        // The stack hands out const pointers to the commands it owns; they are ours.
        const_cast<HistoryStep*>(static_cast<const HistoryStep*>(m_stack->command(i)))
            ->retranslate();
}

void SceneHistory::beginGroup() {
    if (m_group++ == 0) ++m_groupSerial;
}

void SceneHistory::endGroup() {
    if (m_group > 0) --m_group;
}

void SceneHistory::clear() {
    m_group = 0;
    m_stack->clear();
    m_last = m_model->scene();
}

void SceneHistory::show(const Scene& scene) {
    replace(scene, /*asNew=*/true);
}

void SceneHistory::quietly(const std::function<void()>& change) {
    const bool was = m_restoring;
    m_restoring = true;
    change();
    m_last = m_model->scene();
    m_restoring = was;
}

void SceneHistory::setLast(const Scene& scene) {
    m_last = scene;
    m_last.language = m_model->scene().language;
}

void SceneHistory::setPlaces(std::function<int()> current, std::function<void(int)> goTo) {
    m_currentPlace = std::move(current);
    m_goToPlace = std::move(goTo);
}

void SceneHistory::goToPlace(int place) {
    // Also to the slide shown: a move between slides under way ends first.
    if (m_goToPlace) m_goToPlace(place);
}

void SceneHistory::record(Kind kind, int curve) {
    if (m_restoring) return;
    const Scene& now = m_model->scene();
    if (now == m_last) return; // a signal of an edit already recorded (or a drawn-theme change)
    if (m_beforeRecord) m_beforeRecord();
    const bool recent = m_sinceLast.restart() < kMergeWindowMs;
    int mergeId = -1;
    int key = 0;
    if (m_group > 0 && (kind == Kind::Parameter || kind == Kind::Depth || kind == Kind::Softmax)) {
        mergeId = kMergeGroup;
        key = m_groupSerial;
    } else if (recent && kind == Kind::View) {
        mergeId = kMergeView;
    } else if (recent && kind == Kind::Tangents) {
        mergeId = kMergeTangent;
        key = static_cast<int>(now.tangents.size());
    } else if (recent && kind == Kind::Parameter) {
        mergeId = kMergeParameter; // a typed value, or the steps of a keyboard slider move
        key = curve;
    } else if (recent && (kind == Kind::Depth || kind == Kind::Softmax)) {
        mergeId = kMergeView + 10 + static_cast<int>(kind); // a slider or bar dragged there
    }
    Step step{kind,
              curve >= 0 && curve < m_model->curveCount() ? m_model->curveName(curve) : QString(),
              m_model->curveCount() > static_cast<int>(m_last.curves.size())};
    m_stack->push(new SceneCommand(this, m_last, now, std::move(step), mergeId, key));
    m_last = now;
}

void SceneHistory::replace(const Scene& scene, bool asNew) {
    m_restoring = true;
    Scene s = scene;
    s.language = m_model->scene().language;
    if (asNew)
        m_model->setScene(s);
    else
        m_model->restoreScene(s);
    m_last = m_model->scene();
    m_restoring = false;
}

QString SceneHistory::describe(const Step& step) {
    switch (step.kind) {
    case Kind::Curves:
        return step.added ? tr("add %1").arg(step.curveName) : tr("remove a curve");
    case Kind::Parameter:
        return tr("change %1").arg(step.curveName);
    case Kind::Style:
        return tr("style of %1").arg(step.curveName);
    case Kind::Definition:
        return tr("definition of %1").arg(step.curveName);
    case Kind::View:
        return tr("zoom and pan");
    case Kind::Theme:
        return tr("theme");
    case Kind::Tangents:
        return tr("tangents");
    case Kind::Depth:
        return tr("depth view");
    case Kind::Softmax:
        return tr("softmax view");
    }
    return {};
}

} // namespace actviz::ui
