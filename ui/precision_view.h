// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The precision lens in the window: for one curve of the scene, the error in ulps of its textbook
// and its stable formulation in float32, float16 or bfloat16 against x, on a log axis, with the
// regions where the textbook form overflows, underflows, cancels or absorbs shaded, numbered and
// explained beneath.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;

namespace actviz::ui {

class SceneModel;

class PrecisionView : public QWidget {
    Q_OBJECT
public:
    explicit PrecisionView(SceneModel* model, QWidget* parent = nullptr);

    [[nodiscard]] QCustomPlot* plot() const { return m_plot; }
    [[nodiscard]] QComboBox* curveBox() const { return m_curve; }
    [[nodiscard]] QComboBox* formatBox() const { return m_dtype; }
    [[nodiscard]] QCheckBox* derivativeBox() const { return m_derivative; }
    /// The explanations beneath the plot, one line per region (plain text).
    [[nodiscard]] QString explanations() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void fillCurves();
    void refresh();

    SceneModel* m_model;
    QComboBox* m_curve;
    QComboBox* m_dtype;
    QCheckBox* m_derivative;
    QCustomPlot* m_plot;
    QLabel* m_curveLabel;
    QLabel* m_dtypeLabel;
    QLabel* m_regions;
    bool m_refreshing = false;
    bool m_stale = true; ///< the scene changed while hidden
};

} // namespace actviz::ui
