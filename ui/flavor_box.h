// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whose definition the selected curve draws: the catalogue's, or PyTorch's, JAX's or Keras'
// (core/parity.h), what that library's call is and how it differs, and whether the difference
// from the catalogue's definition is drawn on the right axis.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace actviz::ui {

class SceneModel;

class FlavorBox : public QWidget {
    Q_OBJECT
public:
    explicit FlavorBox(SceneModel* model, QWidget* parent = nullptr);

    // for tests:
    [[nodiscard]] QComboBox* flavorChoice() const { return m_choice; }
    [[nodiscard]] QCheckBox* differenceBox() const { return m_difference; }
    [[nodiscard]] QString noteText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    /// The library's call and how it differs, and the curve's values where they are not its
    /// defaults.
    void refreshNote();

    SceneModel* m_model;
    QLabel* m_title;
    QComboBox* m_choice;
    QCheckBox* m_difference;
    QLabel* m_note;
    bool m_syncing = false;
};

} // namespace actviz::ui
