// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The vanishing-gradient view: |d output / d input| through a chain of layers, against depth, on
// a log axis, one line per visible curve of the scene, with sliders for depth, weight and input.

#include <QWidget>

class QCustomPlot;
class QLabel;
class QSlider;

namespace actviz::ui {

class SceneModel;

class DepthView : public QWidget {
    Q_OBJECT
public:
    /// With `controls` false only the plot is made (exports).
    explicit DepthView(SceneModel* model, bool controls = true, QWidget* parent = nullptr);

    [[nodiscard]] QCustomPlot* plot() const { return m_plot; }
    [[nodiscard]] QSlider* layersSlider() const { return m_layers; }

signals:
    /// A slider is held / let go: its edits in between are one undo step.
    void liveEditStarted();
    void liveEditFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void syncControls();

    SceneModel* m_model;
    QCustomPlot* m_plot;
    QSlider* m_layers = nullptr;
    QSlider* m_weight = nullptr;
    QSlider* m_input = nullptr;
    QLabel* m_values = nullptr;
    QLabel* m_labels[3] = {nullptr, nullptr, nullptr};
    bool m_syncing = false;
};

} // namespace actviz::ui
