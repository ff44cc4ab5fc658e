#pragma once
// The catalogue by family. Checking a function adds its curve (unchecking removes its curves);
// "Add again" adds another copy, to compare parameter values side by side.

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace actviz::ui {

class SceneModel;

class FunctionPicker : public QWidget {
    Q_OBJECT
public:
    explicit FunctionPicker(SceneModel* model, QWidget* parent = nullptr);

    /// The item of function `id` (tests check and uncheck it).
    [[nodiscard]] QTreeWidgetItem* itemFor(const QString& id) const;
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

private:
    void syncChecks();
    void onItemChanged(QTreeWidgetItem* item);

    SceneModel* m_model;
    QTreeWidget* m_tree;
    bool m_syncing = false;
};

} // namespace actviz::ui
