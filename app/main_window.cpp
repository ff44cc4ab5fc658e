#include "main_window.h"

#include "curve_list.h"
#include "formula_panel.h"
#include "function_picker.h"
#include "parameter_panel.h"
#include "plot_view.h"
#include "properties_panel.h"
#include "scene_json.h"
#include "scene_model.h"
#include "view_range_bar.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace actviz::app {
namespace {

QDockWidget* dock(QMainWindow* window, const QString& title, const QString& name,
                  QWidget* content) {
    auto* d = new QDockWidget(title, window);
    d->setObjectName(name);
    d->setWidget(content);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                   QDockWidget::DockWidgetClosable);
    return d;
}

QWidget* scrollable(QWidget* content) {
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new ui::SceneModel(this))
    , m_plot(new ui::PlotView(m_model, this))
    , m_picker(new ui::FunctionPicker(m_model))
    , m_curves(new ui::CurveList(m_model))
    , m_parameters(new ui::ParameterPanel(m_model))
    , m_formula(new ui::FormulaPanel(m_model))
    , m_properties(new ui::PropertiesPanel(m_model)) {
    setWindowTitle(tr("actviz — activation functions"));
    setCentralWidget(m_plot);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    auto* functions = dock(this, tr("Functions"), "functions", m_picker);
    auto* curves = dock(this, tr("Curves"), "curves", m_curves);
    addDockWidget(Qt::LeftDockWidgetArea, functions);
    addDockWidget(Qt::LeftDockWidgetArea, curves);
    auto* parameters = dock(this, tr("Parameters"), "parameters", scrollable(m_parameters));
    auto* formula = dock(this, tr("Formula"), "formula", m_formula);
    auto* properties = dock(this, tr("Properties"), "properties", m_properties);
    addDockWidget(Qt::RightDockWidgetArea, parameters);
    addDockWidget(Qt::RightDockWidgetArea, formula);
    tabifyDockWidget(formula, properties);
    formula->raise();
    m_properties->setActive(false);
    connect(properties, &QDockWidget::visibilityChanged, m_properties,
            &ui::PropertiesPanel::setActive);
    resizeDocks({parameters, formula}, {300, 420}, Qt::Vertical);
    resizeDocks({functions, parameters}, {250, 380}, Qt::Horizontal);

    connect(m_parameters, &ui::ParameterPanel::liveEditStarted, m_plot,
            &ui::PlotView::beginLiveEdit);
    connect(m_parameters, &ui::ParameterPanel::liveEditFinished, m_plot,
            &ui::PlotView::endLiveEdit);

    buildToolBar();
    statusBar()->showMessage(
        tr("Wheel: zoom · drag: pan · Home: reset the view · hover: exact values"));
    restoreSettings();
}

void MainWindow::buildToolBar() {
    QToolBar* bar = addToolBar(tr("View"));
    bar->setObjectName(QStringLiteral("viewToolBar"));
    bar->setMovable(false);
    QAction* home = bar->addAction(tr("Reset view"), m_model, &ui::SceneModel::resetView);
    home->setShortcut(Qt::Key_Home);
    home->setToolTip(tr("Back to the scene's initial view (Home)"));
    bar->addSeparator();
    bar->addWidget(new ui::ViewRangeBar(m_model, bar));
    bar->addSeparator();

    m_theme = new QComboBox(bar);
    m_theme->addItem(tr("Light"), static_cast<int>(ui::Theme::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(ui::Theme::Dark));
    m_theme->addItem(tr("Presentation"), static_cast<int>(ui::Theme::Presentation));
    m_theme->setToolTip(tr("Theme of the plot"));
    bar->addWidget(m_theme);
    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        m_model->setTheme(static_cast<ui::Theme>(m_theme->itemData(index).toInt()));
    });

    m_language = new QComboBox(bar);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setToolTip(tr("Language of the texts"));
    bar->addWidget(m_language);
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { m_model->setLanguage(m_language->itemData(index).toString()); });

    auto syncCombos = [this] {
        m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(m_model->theme())));
        m_language->setCurrentIndex(m_language->findData(m_model->language()));
    };
    connect(m_model, &ui::SceneModel::themeChanged, this, syncCombos);
    connect(m_model, &ui::SceneModel::languageChanged, this, syncCombos);
    connect(m_model, &ui::SceneModel::sceneReset, this, syncCombos);
    syncCombos();
}

void MainWindow::restoreSettings() {
    QSettings settings;
    const ui::SceneParse parsed =
        ui::sceneFromJson(settings.value(QStringLiteral("scene")).toByteArray());
    m_model->setScene(parsed.scene.value_or(ui::SceneModel::lectureScene()));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // First start: 1280x720, the size a lecture projector shows without scaling.
        const QRect screen = this->screen()->availableGeometry();
        resize(std::min(1280, screen.width()), std::min(720, screen.height()));
    }
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("scene"), ui::sceneToJson(m_model->scene()));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
}

std::optional<QString> MainWindow::openSceneFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot open %1: %2.").arg(path, file.errorString());
    // A scene is a few kilobytes; refuse anything absurdly large before parsing it.
    if (file.size() > 16 * 1024 * 1024) return tr("%1 is too large to be a scene file.").arg(path);
    const ui::SceneParse parsed = ui::sceneFromJson(file.readAll());
    if (!parsed.scene) return tr("%1: %2").arg(QFileInfo(path).fileName(), parsed.error);
    m_model->setScene(*parsed.scene);
    return std::nullopt;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    event->accept();
}

} // namespace actviz::app
