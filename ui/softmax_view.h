// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The softmax view: a few logits as bars (drag a bar or type the values), a temperature slider,
// the probabilities softmax(z / T) and the Jacobian's diagonal; below, the source article's own
// plot (softmax of the whole sampled grid) with why its shape depends on the sampling.

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPBars;
class QCPItemText;
class QLabel;
class QLineEdit;
class QSlider;

namespace actviz::ui {

class SceneModel;

class SoftmaxView : public QWidget {
    Q_OBJECT
public:
    /// With `controls` false only the bar plot is made (exports).
    explicit SoftmaxView(SceneModel* model, bool controls = true, QWidget* parent = nullptr);
    ~SoftmaxView() override;

    [[nodiscard]] QCustomPlot* plot() const { return m_plot; }
    [[nodiscard]] QCPBars* probabilityBars() const { return m_probabilities; }
    [[nodiscard]] QCPBars* jacobianBars() const { return m_jacobian; }
    [[nodiscard]] QLineEdit* logitsField() const { return m_field; }
    [[nodiscard]] QString message() const;

    [[nodiscard]] QLineEdit* temperatureField() const { return m_temperatureField; }
    /// The numbers printed above the probability bars, in order.
    [[nodiscard]] QStringList probabilityLabels() const;

signals:
    /// The temperature slider or a logit bar is held / let go: the edits in between are one
    /// undo step.
    void liveEditStarted();
    void liveEditFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void applyField();
    void applyTemperatureField();

    SceneModel* m_model;
    QCustomPlot* m_plot;
    QCPBars* m_logits;
    QCPBars* m_probabilities;
    QCPBars* m_jacobian;
    QCustomPlot* m_grid = nullptr;
    QLineEdit* m_field = nullptr;
    QSlider* m_temperature = nullptr;
    QLineEdit* m_temperatureField = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_logitsLabel = nullptr;
    QLabel* m_temperatureLabel = nullptr;
    QLabel* m_note = nullptr;
    std::vector<QCPItemText*> m_values; ///< a probability above each bar
    int m_dragged = -1;
};

} // namespace actviz::ui
