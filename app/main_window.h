#pragma once
// The window: composes the plot, the picker, the curve list and the panels around one scene
// model, and keeps the scene across restarts (QSettings). Composition only.

#include <QMainWindow>

#include <optional>

class QComboBox;

namespace actviz::ui {
class CurveList;
class FormulaPanel;
class FunctionPicker;
class ParameterPanel;
class PlotView;
class PropertiesPanel;
class SceneModel;
} // namespace actviz::ui

namespace actviz::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Opens with the last scene from the settings, or the lecture scene.
    explicit MainWindow(QWidget* parent = nullptr);

    [[nodiscard]] ui::SceneModel* model() const { return m_model; }
    [[nodiscard]] ui::PlotView* plotView() const { return m_plot; }
    [[nodiscard]] ui::FunctionPicker* picker() const { return m_picker; }
    [[nodiscard]] ui::CurveList* curveList() const { return m_curves; }
    [[nodiscard]] ui::ParameterPanel* parameterPanel() const { return m_parameters; }
    [[nodiscard]] ui::FormulaPanel* formulaPanel() const { return m_formula; }
    [[nodiscard]] ui::PropertiesPanel* propertiesPanel() const { return m_properties; }

    /// Writes the scene and window layout to the settings (also done on close).
    void saveSettings() const;
    /// Replaces the scene with the one in `path`; on any problem the scene stays as it was and
    /// the reason is returned.
    std::optional<QString> openSceneFile(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildToolBar();
    void restoreSettings();

    ui::SceneModel* m_model;
    ui::PlotView* m_plot;
    ui::FunctionPicker* m_picker;
    ui::CurveList* m_curves;
    ui::ParameterPanel* m_parameters;
    ui::FormulaPanel* m_formula;
    ui::PropertiesPanel* m_properties;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
};

} // namespace actviz::app
