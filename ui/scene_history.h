#pragma once
// Undo and redo of every scene edit, whoever makes it (widgets, the plot, the command line of
// the window): each change of the scene becomes a QUndoCommand holding the scene before and after.
// Steps of one slider drag or one animation merge into one, and so do zoom, pan and tangent
// moves that follow each other closely. The language is not an edit that undo takes back.

#include "scene_model.h"

#include <QElapsedTimer>
#include <QObject>

class QAbstractSlider;
class QUndoStack;

namespace actviz::ui {

class SceneHistory : public QObject {
    Q_OBJECT
public:
    explicit SceneHistory(SceneModel* model, QObject* parent = nullptr);

    [[nodiscard]] QUndoStack* stack() const { return m_stack; }
    /// While a group is open (a slider drag, an animation), the parameter edits merge into one
    /// step.
    void beginGroup();
    void endGroup();
    /// While `slider` is held, its edits (and any other parameter, depth or softmax edits) are
    /// one step, however slowly it is dragged.
    void groupWhileHeld(QAbstractSlider* slider);
    /// Forgets every step (a new document); the current scene is where undo stops.
    void clear();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// What kind of edit a signal reports, for the step's name and for merging.
    enum class Kind { Curves, Parameter, Style, View, Theme, Tangents, Depth, Softmax };
    /// What a step's name is made of, kept so that it can be said again in another language.
    struct Step {
        Kind kind;
        QString curveName;
        bool added = false; ///< Kind::Curves: a curve was added (else removed)
    };
    void record(Kind kind, int curve);
    void restore(const Scene& scene);
    /// Names every step again in the current language.
    void retranslate();
    [[nodiscard]] static QString describe(const Step& step);

    SceneModel* m_model;
    QUndoStack* m_stack;
    Scene m_last; ///< the scene after the last recorded step
    bool m_restoring = false;
    int m_group = 0;
    int m_groupSerial = 0; ///< changes with every group, so two drags never merge
    QElapsedTimer m_sinceLast;
    friend class SceneCommand;
};

} // namespace actviz::ui
