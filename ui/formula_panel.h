// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The typeset formulas of the selected curve (f, f' and the gradient for each learnable
// parameter, rendered from the committed MathJax SVGs) and its current parameter values. Every
// formula is drawn at one type size; a long one scrolls (the panel sits in a scroll area).

#include <QWidget>

#include <vector>

class QLabel;

namespace actviz::core {
struct CustomFunction;
}

namespace actviz::ui {

class SceneModel;

class FormulaPanel : public QWidget {
    Q_OBJECT
public:
    explicit FormulaPanel(SceneModel* model, QWidget* parent = nullptr);

    /// The resource path of a function's formula: kind is "f", "df" or "grad_<param>".
    [[nodiscard]] static QString formulaPath(const QString& functionId, const QString& kind);
    [[nodiscard]] QString parameterText() const;
    /// How many formulas are shown (f, f' and one per learnable parameter).
    [[nodiscard]] int formulaCount() const;
    /// The size formula k is drawn at, in logical pixels.
    [[nodiscard]] QSize formulaSize(int k) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void render(QLabel* target, const QString& path);
    void showTyped(const core::CustomFunction& fn);

    SceneModel* m_model;
    QLabel* m_title;
    QLabel* m_f;
    QLabel* m_df;
    std::vector<QLabel*> m_grads;
    QLabel* m_params;
};

} // namespace actviz::ui
