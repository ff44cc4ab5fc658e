// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "curve_list.h"
#include "depth_view.h"
#include "dock_layout.h"
#include "export_actions.h"
#include "formula_dialog.h"
#include "formula_panel.h"
#include "function_picker.h"
#include "languages.h"
#include "parameter_panel.h"
#include "plot_view.h"
#include "presentation.h"
#include "properties_panel.h"
#include "scene_document.h"
#include "scene_history.h"
#include "scene_json.h"
#include "slide_deck.h"
#include "slide_strip.h"
#include "softmax_view.h"
#include "window_menus.h"

#include "actviz/core/catalogue.h"
#include "actviz/core/formula.h"
#include "actviz/core/limits.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace actviz::app {
namespace {

/// A dock with an empty frame for its panel (see fill): the layout, the title and the fonts
/// are there before the panel is.
QDockWidget* dock(QMainWindow* window, const QString& name) {
    auto* d = new QDockWidget(window);
    d->setObjectName(name);
    auto* frame = new QWidget;
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    d->setWidget(frame);
    d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                   QDockWidget::DockWidgetClosable);
    return d;
}

void fill(QDockWidget* dock, QWidget* panel) {
    dock->widget()->layout()->addWidget(panel);
}

/// Content that may be narrower than its natural width: it scrolls instead of widening the dock.
QWidget* scrollable(QWidget* content, bool horizontal = false) {
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus); // Tab goes to the controls inside, not to the area
    area->setHorizontalScrollBarPolicy(horizontal ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    return area;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_model(new ui::SceneModel(this))
    , m_history(new ui::SceneHistory(m_model, this))
    , m_deck(new ui::SlideDeck(m_model, m_history, this))
    , m_document(new SceneDocument(m_deck, this))
    , m_translators(new ui::Translators(this))
    , m_exports(new ExportActions(this, m_deck, m_document)) {
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setAcceptDrops(true);
    buildInterface();
    m_presentation = new Presentation(this, m_deck, m_plot, centralWidget());
    m_menus = new WindowMenus(this);
    connect(m_document, &SceneDocument::changed, this, [this] {
        updateTitle();
        m_menus->retranslate(); // enables "Open recent" when there is something in it
    });
    connect(m_exports, &ExportActions::status, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    // The language is switched in place: the translators change and every widget retranslates
    // itself on QEvent::LanguageChange; nothing is rebuilt, so nothing is lost.
    auto language = [this] { m_translators->apply(m_model->language()); };
    connect(m_model, &ui::SceneModel::languageChanged, this, language);
    connect(m_model, &ui::SceneModel::sceneReset, this, language);
    // A deck of several slides opens with its slides in view.
    connect(m_deck, &ui::SlideDeck::deckReplaced, this, [this] {
        if (m_deck->count() > 1) m_slidesDock->raise();
    });
    restoreSettings();
    m_history->clear();
    m_document->setBaseline();
    retranslate();
    // A narrow window's panels are tabbed while it is hidden: cheaper than at its first show.
    fitDocks();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildInterface() {
    m_plot = new ui::PlotView(m_model);
    // The panels come once the plot has been drawn (see eventFilter).
    m_plot->canvas()->installEventFilter(this);
    // The curves, or the vanishing-gradient or softmax view (View menu, scene files); those
    // are made the first time they are shown, not at start-up.
    // A slide's title and caption join the page above and below them while presenting.
    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    auto* central = new QStackedWidget(page);
    central->addWidget(m_plot);
    pageLayout->addWidget(central, 1);
    setCentralWidget(page);
    auto showView = [this, central] {
        if (m_model->softmax().shown) {
            if (m_softmax == nullptr) {
                m_softmax = new ui::SoftmaxView(m_model, true, central);
                central->addWidget(m_softmax);
                groupHeldEdits(m_softmax);
            }
            central->setCurrentWidget(m_softmax);
        } else if (m_model->depth().shown) {
            if (m_depth == nullptr) {
                m_depth = new ui::DepthView(m_model, true, central);
                central->addWidget(m_depth);
                groupHeldEdits(m_depth);
            }
            central->setCurrentWidget(m_depth);
        } else {
            central->setCurrentWidget(m_plot);
        }
        // The plot's first frame brings the panels; another view does not wait for it.
        if (central->currentWidget() != m_plot && m_picker == nullptr)
            QTimer::singleShot(0, this, &MainWindow::ensurePanels);
    };
    connect(m_model, &ui::SceneModel::depthChanged, central, showView);
    connect(m_model, &ui::SceneModel::softmaxChanged, central, showView);
    connect(m_model, &ui::SceneModel::sceneReset, central, showView);
    showView();

    m_functionsDock = dock(this, QStringLiteral("functions"));
    m_curvesDock = dock(this, QStringLiteral("curves"));
    m_parametersDock = dock(this, QStringLiteral("parameters"));
    m_formulaDock = dock(this, QStringLiteral("formula"));
    m_propertiesDock = dock(this, QStringLiteral("properties"));
    m_slidesDock = dock(this, QStringLiteral("slides"));
    addDockWidget(Qt::LeftDockWidgetArea, m_functionsDock);
    addDockWidget(Qt::LeftDockWidgetArea, m_curvesDock);
    tabifyDockWidget(m_curvesDock, m_slidesDock);
    m_curvesDock->raise();
    addDockWidget(Qt::RightDockWidgetArea, m_parametersDock);
    addDockWidget(Qt::RightDockWidgetArea, m_formulaDock);
    tabifyDockWidget(m_formulaDock, m_propertiesDock);
    m_formulaDock->raise();
    resizeDocks({m_parametersDock, m_formulaDock}, {300, 420}, Qt::Vertical);
    m_dockLayout = std::make_unique<DockLayout>(
        this, DockLayout::Docks{m_functionsDock, m_curvesDock, m_slidesDock, m_parametersDock,
                                m_formulaDock, m_propertiesDock});
}

template <class View> void MainWindow::groupHeldEdits(View* view) {
    connect(view, &View::liveEditStarted, m_history, &ui::SceneHistory::beginGroup);
    connect(view, &View::liveEditFinished, m_history, &ui::SceneHistory::endGroup);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint && watched == m_plot->canvas()) {
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::ensurePanels); // once this frame is out
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::ensurePanels() {
    if (m_picker != nullptr) return;
    // The icon installed with the desktop entry (the compiled-in copy when run from a build
    // tree). Looking it up in the icon theme and loading the SVG icon engine is not needed for
    // the first frame.
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.actviz.Actviz"),
                                                     QIcon(QStringLiteral(":/icons/actviz.svg"))));
    m_picker = new ui::FunctionPicker(m_model);
    m_curves = new ui::CurveList(m_model);
    m_parameters = new ui::ParameterPanel(m_model);
    m_formula = new ui::FormulaPanel(m_model);
    m_properties = new ui::PropertiesPanel(m_model);
    m_slides = new ui::SlideStrip(m_deck);
    fill(m_functionsDock, m_picker);
    connect(m_picker, &ui::FunctionPicker::formulaRequested, this, &MainWindow::addFormulaCurve);
    fill(m_curvesDock, m_curves);
    fill(m_slidesDock, m_slides);
    fill(m_parametersDock, scrollable(m_parameters));
    fill(m_formulaDock, scrollable(m_formula, true));
    fill(m_propertiesDock, m_properties);
    m_properties->setActive(m_propertiesDock->isVisible());
    connect(m_propertiesDock, &QDockWidget::visibilityChanged, m_properties,
            &ui::PropertiesPanel::setActive);
    // A slider drag or an animation is one undo step, drawn on the plot's live layer.
    connect(m_parameters, &ui::ParameterPanel::liveEditStarted, m_plot,
            &ui::PlotView::beginLiveEdit);
    connect(m_parameters, &ui::ParameterPanel::liveEditFinished, m_plot,
            &ui::PlotView::endLiveEdit);
    connect(m_parameters, &ui::ParameterPanel::liveEditStarted, m_history,
            &ui::SceneHistory::beginGroup);
    connect(m_parameters, &ui::ParameterPanel::liveEditFinished, m_history,
            &ui::SceneHistory::endGroup);
    QTimer::singleShot(0, this, &MainWindow::fitDocks);
}

ui::FunctionPicker* MainWindow::picker() {
    ensurePanels();
    return m_picker;
}

ui::CurveList* MainWindow::curveList() {
    ensurePanels();
    return m_curves;
}

ui::ParameterPanel* MainWindow::parameterPanel() {
    ensurePanels();
    return m_parameters;
}

ui::FormulaPanel* MainWindow::formulaPanel() {
    ensurePanels();
    return m_formula;
}

ui::PropertiesPanel* MainWindow::propertiesPanel() {
    ensurePanels();
    return m_properties;
}

ui::SlideStrip* MainWindow::slideStrip() {
    ensurePanels();
    return m_slides;
}

void MainWindow::showSlides() {
    ensurePanels();
    m_slidesDock->show();
    m_slidesDock->raise();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
    m_functionsDock->setWindowTitle(tr("Functions"));
    m_curvesDock->setWindowTitle(tr("Curves"));
    m_parametersDock->setWindowTitle(tr("Parameters"));
    m_formulaDock->setWindowTitle(tr("Formula"));
    m_propertiesDock->setWindowTitle(tr("Properties"));
    m_slidesDock->setWindowTitle(tr("Slides"));
    // The page around the plot takes the keyboard while presenting a softmax or depth slide.
    centralWidget()->setAccessibleName(tr("Slide"));
    centralWidget()->setAccessibleDescription(
        tr("The slide shown: its title, plot or view, and caption"));
    m_history->retranslate(); // the Edit menu names the steps
    if (m_menus != nullptr) m_menus->retranslate();
    updateTitle();
    statusBar()->showMessage(
        tr("Wheel: zoom · drag: pan · Home: reset the view · hover: exact values · click a curve: "
           "tangent · F5: presentation"));
    // Longer words (or shorter ones) may need the panels resized.
    QTimer::singleShot(0, this, &MainWindow::fitDocks);
}

void MainWindow::updateTitle() {
    const QString name =
        m_document->path().isEmpty() ? tr("untitled") : QFileInfo(m_document->path()).fileName();
    setWindowTitle(tr("%1[*] — actviz").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    QMainWindow::resizeEvent(event);
    QTimer::singleShot(0, this, &MainWindow::fitDocks);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // A narrow window tabs its panels before its first frame, not after it. (A window restored
    // from the taskbar keeps its panels' sizes.)
    if (!event->spontaneous()) fitDocks();
}

void MainWindow::fitDocks() {
    if (m_dockLayout && !presentationMode()) m_dockLayout->fit();
}

void MainWindow::restoreSettings() {
    QSettings settings;
    // The deck (or scene) of the last session, on the slide it showed.
    const ui::DeckParse parsed =
        ui::deckFromJson(settings.value(QStringLiteral("scene")).toByteArray());
    if (parsed.deck) {
        m_deck->setDeck(*parsed.deck, settings.value(QStringLiteral("slide")).toInt());
    } else { // first start: the lecture scene, in the user's language if the interface has it
        ui::Scene first = ui::SceneModel::lectureScene();
        first.language = ui::interfaceLanguageFor(QLocale::system());
        m_deck->setDeck(ui::Deck{{ui::Slide{first, {}, {}}}});
    }
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // First start: 1280x720, the size a lecture projector shows without scaling.
        const QRect screen = this->screen()->availableGeometry();
        resize(std::min(1280, screen.width()), std::min(720, screen.height()));
    }
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    m_document->setRecentFiles(settings.value(QStringLiteral("recentFiles")).toStringList());
    m_exports->loadSettings(settings);
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("scene"), ui::documentToJson(m_deck->deck()));
    settings.setValue(QStringLiteral("slide"), m_deck->current());
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    // While presenting, the layout worth keeping is the one from before.
    settings.setValue(QStringLiteral("windowState"),
                      presentationMode() ? m_presentation->stateBefore() : saveState());
    settings.setValue(QStringLiteral("recentFiles"), m_document->recentFiles());
    m_exports->saveSettings(settings);
}

std::optional<QString> MainWindow::openSceneFile(const QString& path) {
    return m_document->open(path);
}

std::optional<QString> MainWindow::openFromCommandLine(const QString& path) {
    auto why = m_document->open(path);
    if (!why) return why;
    statusBar()->showMessage(*why);
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the scene"), *why,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QTimer::singleShot(0, box, &QMessageBox::show); // once the window is up
    return why;
}

std::optional<QString> MainWindow::exportTo(const QString& path, const ui::ExportOptions& options,
                                            std::optional<ui::Theme> theme) {
    return m_exports->exportTo(path, options, theme);
}

void MainWindow::addFormulaCurve() {
    ui::FormulaDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.function() == nullptr) return;
    if (m_model->addCurve(*dialog.function()->spec) < 0)
        statusBar()->showMessage(
            tr("The plot holds %1 curves already; remove one first.").arg(core::kMaxCurves), 5000);
}

void MainWindow::editFormulaCurve() {
    const int i = m_model->selected();
    const core::CustomFunction* was =
        i >= 0 ? core::customFunction(*m_model->curve(i).function) : nullptr;
    if (was == nullptr) {
        statusBar()->showMessage(tr("Select a curve of a typed formula to edit it."), 5000);
        return;
    }
    ui::FormulaDialog dialog(this);
    dialog.edit(*was);
    if (dialog.exec() != QDialog::Accepted || dialog.function() == nullptr) return;
    const core::FunctionSpec& now = *dialog.function()->spec;
    // Values of the parameters the formula still has stay.
    std::vector<double> params = now.defaults();
    const ui::Curve& c = m_model->curve(i);
    for (std::size_t k = 0; k < now.params.size(); ++k)
        if (const auto old = c.function->paramIndex(now.params[k].id)) params[k] = c.params[*old];
    m_model->setFunction(i, now, params);
}

void MainWindow::copyToClipboard() {
    if (auto why = m_exports->copyToClipboard(m_plot->size())) statusBar()->showMessage(*why, 5000);
}

std::optional<QString> MainWindow::exportDataTo(const QString& path) {
    return m_exports->exportDataTo(path);
}

std::optional<QString> MainWindow::exportAnimationTo(const QString& path, const ui::Sweep& sweep,
                                                     const std::function<bool(int)>& progress) {
    return m_exports->exportAnimationTo(path, sweep, progress);
}

void MainWindow::setPresentationMode(bool on) {
    m_presentation->setActive(on);
}

bool MainWindow::presentationMode() const {
    return m_presentation != nullptr && m_presentation->active();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile()) return;
    event->acceptProposedAction();
    m_document->openInteractive(urls.front().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!m_document->maybeSave(/*quitting=*/true)) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace actviz::app
