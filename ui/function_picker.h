// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The catalogue by family. Checking a function adds its curve (unchecking removes its curves);
// "Add again" adds another copy, to compare parameter values side by side.

#include <QWidget>

#include <functional>

class QPushButton;
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
    /// Asks before unchecking removes several copies of a function; true to go on. By default
    /// a message box; tests answer for the user.
    using Confirm = std::function<bool(const QString& question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

signals:
    /// "From formula…" was pressed: the window asks for a typed formula.
    void formulaRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void syncChecks();
    void onItemChanged(QTreeWidgetItem* item);

    SceneModel* m_model;
    QTreeWidget* m_tree;
    QPushButton* m_again;
    QPushButton* m_typed;
    Confirm m_confirm;
    bool m_syncing = false;
};

} // namespace actviz::ui
