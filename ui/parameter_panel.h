// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parameters of the selected curve: one ParameterSlider per catalogue parameter.

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace actviz::ui {

class FlavorBox;
class ParameterSlider;
class SceneModel;

class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(SceneModel* model, QWidget* parent = nullptr);

    [[nodiscard]] int sliderCount() const { return static_cast<int>(m_sliders.size()); }
    [[nodiscard]] FlavorBox* flavorBox() const { return m_flavor; }
    [[nodiscard]] ParameterSlider* slider(int i) const {
        return m_sliders.at(static_cast<size_t>(i));
    }

    /// How a sweep runs: once across the range, looping, or back and forth.
    enum class SweepMode { Once, Loop, Bounce };
    /// Starts (or stops, with -1) sweeping parameter `param` of the selected curve.
    void animate(int param);
    [[nodiscard]] int animatedParameter() const { return m_animated; }
    void setSweepMode(SweepMode mode);
    /// One animation step (the timer calls it; tests too).
    void step();

signals:
    /// A slider of curve `curve` is being dragged / was released.
    void liveEditStarted(int curve);
    void liveEditFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshTitle();
    void rebuild();
    void refreshValues();
    /// Disables the sliders of the parameters the curve's library definition fixes.
    void refreshFixed();
    void edit(std::size_t param, double value);

    SceneModel* m_model;
    QVBoxLayout* m_layout;
    QLabel* m_title;
    QWidget* m_body = nullptr;
    std::vector<ParameterSlider*> m_sliders;
    int m_curve = -1;
    QTimer* m_timer;
    QComboBox* m_mode;
    QComboBox* m_speed;
    QLabel* m_sweepLabel = nullptr;
    QLabel* m_noParameters = nullptr;
    QPushButton* m_resetAll = nullptr;
    FlavorBox* m_flavor;
    int m_animated = -1;
    double m_position = 0.0;  ///< slider position of the sweep
    double m_direction = 1.0; ///< +1 or -1 (bounce)
};

} // namespace actviz::ui
