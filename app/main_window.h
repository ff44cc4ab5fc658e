#pragma once
// The window: composes the plot, the picker, the curve list and the panels around one scene
// model, and keeps the scene across restarts (QSettings). Composition only.

#include <QMainWindow>

#include <functional>
#include <optional>

class QComboBox;
class QMenu;

namespace actviz::ui {
class CurveList;
class DepthView;
class SoftmaxView;
class FormulaPanel;
class FunctionPicker;
class ParameterPanel;
class PlotView;
class PropertiesPanel;
class SceneModel;
struct Sweep;
} // namespace actviz::ui

#include "exporter.h"
#include "scene_model.h"

namespace actviz::app {

class SceneDocument;

/// Installs the translators of `language` ("en", "zh_CN"): actviz's own and Qt's.
void applyLanguage(const QString& language);

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
    [[nodiscard]] ui::DepthView* depthView() const { return m_depth; }
    [[nodiscard]] ui::SoftmaxView* softmaxView() const { return m_softmax; }

    /// Writes the scene and window layout to the settings (also done on close).
    void saveSettings() const;
    /// Replaces the scene with the one in `path`; on any problem the scene stays as it was and
    /// the reason is returned.
    std::optional<QString> openSceneFile(const QString& path);
    [[nodiscard]] SceneDocument* document() const { return m_document; }
    /// Writes the plot to `path` (format, size and theme as given); returns why it failed.
    std::optional<QString> exportTo(const QString& path, const ui::ExportOptions& options,
                                    std::optional<ui::Theme> theme = std::nullopt);
    /// Puts the plot on the clipboard as an image and as SVG, at the last export's size (or
    /// the plot's own size before any export).
    void copyToClipboard();
    /// Writes the visible curves as CSV.
    std::optional<QString> exportDataTo(const QString& path);
    /// Writes a parameter sweep (a GIF or numbered PNGs) at the last export's size and theme;
    /// returns why it failed, or nullopt (also when `progress` cancelled it).
    std::optional<QString> exportAnimationTo(const QString& path, const ui::Sweep& sweep,
                                             const std::function<bool(int)>& progress = {});
    /// Presentation mode (F5): full screen, the presentation theme, panels hidden (F6 shows the
    /// parameters); Esc or F5 leaves and restores the window as it was.
    void setPresentationMode(bool on);
    [[nodiscard]] bool presentationMode() const { return m_presenting; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildInterface();
    void tearDownInterface();
    void relanguage();
    void buildToolBar();
    void buildMenus();
    void restoreSettings();
    void updateTitleAndRecent();
    void exportInteractive();
    void exportDataInteractive();
    void exportAnimationInteractive();

    ui::SceneModel* m_model;
    ui::PlotView* m_plot = nullptr;
    ui::FunctionPicker* m_picker = nullptr;
    ui::CurveList* m_curves = nullptr;
    ui::ParameterPanel* m_parameters = nullptr;
    ui::FormulaPanel* m_formula = nullptr;
    ui::PropertiesPanel* m_properties = nullptr;
    ui::DepthView* m_depth = nullptr;
    ui::SoftmaxView* m_softmax = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_language = nullptr;
    SceneDocument* m_document;
    QMenu* m_recentMenu = nullptr;
    ui::ExportOptions m_exportOptions; ///< the last export's choices
    std::optional<ui::Theme> m_exportTheme;
    bool m_exported = false;
    bool m_presenting = false;
    QString m_interfaceLanguage = QStringLiteral("en");
    ui::Theme m_themeBeforePresenting = ui::Theme::Light;
    QByteArray m_stateBeforePresenting;
};

} // namespace actviz::app
