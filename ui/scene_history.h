// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Undo and redo of every scene edit, whoever makes it (widgets, the plot, the command line of
// the window): each change of the scene becomes a QUndoCommand holding the scene before and after.
// Steps of one slider drag or one animation merge into one, and so do zoom, pan and tangent
// moves that follow each other closely. The language is not an edit that undo takes back.

#include "scene_model.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace actviz::ui {

/// A step on the history's stack, named in the interface's language (retranslate names it again).
class HistoryStep : public QUndoCommand {
public:
    using QUndoCommand::QUndoCommand;
    virtual void retranslate() = 0;
};

class SceneHistory : public QObject {
    Q_OBJECT
public:
    explicit SceneHistory(SceneModel* model, QObject* parent = nullptr);

    [[nodiscard]] QUndoStack* stack() const { return m_stack; }
    /// While a group is open (a slider drag, an animation, a held depth or softmax slider), the
    /// parameter, depth and softmax edits merge into one step.
    void beginGroup();
    void endGroup();
    /// Names every step again in the current language (the window calls it on a language
    /// change, before the Edit menu shows the names).
    void retranslate();
    /// Forgets every step (a new document); the current scene is where undo stops.
    void clear();
    /// Shows `scene` without making it a step (another slide of a deck): the language stays, the
    /// scene's view becomes the home view.
    void show(const Scene& scene);
    /// Puts back `scene` (undo, redo, the end of a move between slides) without making it a step:
    /// the language, the home view and the selection stay.
    void restore(const Scene& scene) { replace(scene, /*asNew=*/false); }
    /// Runs `change` (edits of the model through its setters, a frame of a move between slides)
    /// without making it a step.
    void quietly(const std::function<void()>& change);
    /// Called before an edit is recorded (a move between slides ends there).
    void setBeforeRecord(std::function<void()> hook) { m_beforeRecord = std::move(hook); }
    /// The scene the next step starts from (after a move between slides was cut short: the slide's
    /// own scene, so that undo gives it back).
    void setLast(const Scene& scene);

    /// Where edits happen when a document has several scenes (a deck's slides): `current` names
    /// the one shown, `goTo` shows another. Each step remembers where it was made, and undo or
    /// redo first goes back there.
    void setPlaces(std::function<int()> current, std::function<void(int)> goTo);
    [[nodiscard]] int currentPlace() const { return m_currentPlace ? m_currentPlace() : 0; }
    void goToPlace(int place);

private:
    /// What kind of edit a signal reports, for the step's name and for merging.
    enum class Kind { Curves, Parameter, Definition, Style, View, Theme, Tangents, Depth, Softmax };
    /// What a step's name is made of, kept so that it can be said again in another language.
    struct Step {
        Kind kind;
        QString curveName;
        bool added = false; ///< Kind::Curves: a curve was added (else removed)
    };
    void record(Kind kind, int curve);
    /// Puts `scene` in the model without recording it: as a new scene (setScene) or an earlier
    /// state of this one (restoreScene); the language stays.
    void replace(const Scene& scene, bool asNew);
    [[nodiscard]] static QString describe(const Step& step);

    SceneModel* m_model;
    QUndoStack* m_stack;
    Scene m_last; ///< the scene after the last recorded step
    bool m_restoring = false;
    std::function<int()> m_currentPlace;
    std::function<void(int)> m_goToPlace;
    std::function<void()> m_beforeRecord;
    int m_group = 0;
    int m_groupSerial = 0; ///< changes with every group, so two drags never merge
    QElapsedTimer m_sinceLast;
    friend class SceneCommand;
};

} // namespace actviz::ui
