// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The curves of the scene: show or hide each, its f' and df/dparam, recolour, remove, select.

#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace actviz::ui {

class SceneModel;

class CurveList : public QWidget {
    Q_OBJECT
public:
    explicit CurveList(SceneModel* model, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    /// Asks for a new colour of curve i (a colour dialog).
    void recolour(int i);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void refreshRow(int i);

    SceneModel* m_model;
    QTreeWidget* m_tree;
    QPushButton* m_colour;
    QPushButton* m_remove;
    bool m_syncing = false;
};

} // namespace actviz::ui
