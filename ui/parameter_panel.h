#pragma once
// The parameters of the selected curve: one ParameterSlider per catalogue parameter.

#include <QWidget>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace actviz::ui {

class ParameterSlider;
class SceneModel;

class ParameterPanel : public QWidget {
    Q_OBJECT
public:
    explicit ParameterPanel(SceneModel* model, QWidget* parent = nullptr);

    [[nodiscard]] int sliderCount() const { return static_cast<int>(m_sliders.size()); }
    [[nodiscard]] ParameterSlider* slider(int i) const {
        return m_sliders.at(static_cast<size_t>(i));
    }

signals:
    /// A slider of curve `curve` is being dragged / was released.
    void liveEditStarted(int curve);
    void liveEditFinished();

private:
    void rebuild();
    void refreshValues();
    void edit(std::size_t param, double value);

    SceneModel* m_model;
    QVBoxLayout* m_layout;
    QLabel* m_title;
    QWidget* m_body = nullptr;
    std::vector<ParameterSlider*> m_sliders;
    int m_curve = -1;
};

} // namespace actviz::ui
