#pragma once
// The typeset formulas of the selected curve (f and f', rendered from the committed MathJax SVGs)
// and its current parameter values.

#include <QWidget>

class QLabel;

namespace actviz::ui {

class SceneModel;

class FormulaPanel : public QWidget {
    Q_OBJECT
public:
    explicit FormulaPanel(SceneModel* model, QWidget* parent = nullptr);

    /// The resource path of a function's formula: kind is "f" or "df".
    [[nodiscard]] static QString formulaPath(const QString& functionId, const QString& kind);
    [[nodiscard]] QString parameterText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void render(QLabel* target, const QString& path);

    SceneModel* m_model;
    QLabel* m_title;
    QLabel* m_f;
    QLabel* m_df;
    QLabel* m_params;
};

} // namespace actviz::ui
