// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window: composes the plot, the picker, the curve list and the panels around one scene
// model, and keeps the scene across restarts (QSettings). Composition only: menus, exports,
// presentation mode, undo and translations each live in a class of their own.

#include "exporter.h"
#include "scene_model.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QDockWidget;

namespace actviz::ui {
class CurveList;
class DepthView;
class FormulaPanel;
class FunctionPicker;
class ParameterPanel;
class PlotView;
class PropertiesPanel;
class SceneHistory;
class SlideDeck;
class SlideStrip;
class SoftmaxView;
class Translators;
struct Sweep;
} // namespace actviz::ui

namespace actviz::app {

class DockLayout;
class ExportActions;
class Presentation;
class SceneDocument;
class WindowMenus;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Opens with the last scene from the settings, or the lecture scene.
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ui::SceneModel* model() const { return m_model; }
    [[nodiscard]] ui::PlotView* plotView() const { return m_plot; }
    /// The side panels. They are made once the plot has shown its first frame (start-up draws
    /// the plot first), at once when the window opens on another view, or when first asked for.
    [[nodiscard]] ui::FunctionPicker* picker();
    [[nodiscard]] ui::CurveList* curveList();
    [[nodiscard]] ui::ParameterPanel* parameterPanel();
    [[nodiscard]] ui::FormulaPanel* formulaPanel();
    [[nodiscard]] ui::PropertiesPanel* propertiesPanel();
    [[nodiscard]] ui::SlideStrip* slideStrip();
    /// Shows the slides panel (a tab beside the curves).
    void showSlides();
    /// Makes the side panels now, if they are not made yet (also for tests and tools that need
    /// the panels before the first frame).
    void ensurePanels();
    [[nodiscard]] ui::DepthView* depthView() const { return m_depth; }
    [[nodiscard]] ui::SoftmaxView* softmaxView() const { return m_softmax; }
    [[nodiscard]] SceneDocument* document() const { return m_document; }
    [[nodiscard]] ui::SceneHistory* history() const { return m_history; }
    [[nodiscard]] ui::SlideDeck* deck() const { return m_deck; }
    [[nodiscard]] QDockWidget* slidesDock() const { return m_slidesDock; }
    [[nodiscard]] ExportActions* exports() const { return m_exports; }
    [[nodiscard]] Presentation* presentation() const { return m_presentation; }

    /// Writes the scene and window layout to the settings (also done on close).
    void saveSettings() const;
    /// Replaces the scene with the one in `path`; on any problem the scene stays as it was and
    /// the reason is returned.
    std::optional<QString> openSceneFile(const QString& path);
    /// The same for a file named on the command line: on a problem the window opens on its
    /// usual scene and says why (a message box and the status bar).
    std::optional<QString> openFromCommandLine(const QString& path);

    // exports (see ExportActions):
    std::optional<QString> exportTo(const QString& path, const ui::ExportOptions& options,
                                    std::optional<ui::Theme> theme = std::nullopt);
    void copyToClipboard();
    /// Functions → New from formula…: asks for a formula and adds its curve.
    void addFormulaCurve();
    /// Functions → Edit formula…: the selected typed formula, changed in place (one undo step;
    /// parameters it keeps keep their values).
    void editFormulaCurve();
    std::optional<QString> exportDataTo(const QString& path);
    std::optional<QString> exportAnimationTo(const QString& path, const ui::Sweep& sweep,
                                             const std::function<bool(int)>& progress = {});

    /// Presentation mode (F5): see Presentation.
    void setPresentationMode(bool on);
    [[nodiscard]] bool presentationMode() const;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildInterface();
    bool eventFilter(QObject* watched, QEvent* event) override;
    /// A held slider of `view` (depth or softmax) is one undo step.
    template <class View> void groupHeldEdits(View* view);
    void retranslate();
    void restoreSettings();
    void updateTitle();
    /// Arranges the side panels for the window's width (see DockLayout), except while presenting.
    void fitDocks();

    ui::SceneModel* m_model;
    ui::SceneHistory* m_history;
    ui::SlideDeck* m_deck;
    SceneDocument* m_document;
    ui::Translators* m_translators;
    ExportActions* m_exports;
    ui::PlotView* m_plot = nullptr;
    ui::FunctionPicker* m_picker = nullptr;
    ui::CurveList* m_curves = nullptr;
    ui::ParameterPanel* m_parameters = nullptr;
    ui::FormulaPanel* m_formula = nullptr;
    ui::PropertiesPanel* m_properties = nullptr;
    ui::SlideStrip* m_slides = nullptr;
    ui::DepthView* m_depth = nullptr;
    ui::SoftmaxView* m_softmax = nullptr;
    Presentation* m_presentation = nullptr;
    WindowMenus* m_menus = nullptr;
    QDockWidget* m_functionsDock = nullptr;
    QDockWidget* m_curvesDock = nullptr;
    QDockWidget* m_parametersDock = nullptr;
    QDockWidget* m_formulaDock = nullptr;
    QDockWidget* m_propertiesDock = nullptr;
    QDockWidget* m_slidesDock = nullptr;
    std::unique_ptr<DockLayout> m_dockLayout;
};

} // namespace actviz::app
