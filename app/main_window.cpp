#include "main_window.h"

#include "curve_list.h"
#include "depth_view.h"
#include "export_dialog.h"
#include "formula_panel.h"
#include "function_picker.h"
#include "parameter_panel.h"
#include "plot_view.h"
#include "properties_panel.h"
#include "scene_document.h"
#include "scene_json.h"
#include "scene_model.h"
#include "softmax_view.h"
#include "sweep_dialog.h"
#include "text.h"
#include "view_range_bar.h"

#include "actviz/core/catalogue.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTranslator>

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
    , m_document(new SceneDocument(m_model, this)) {
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    setAcceptDrops(true);
    connect(m_document, &SceneDocument::changed, this, &MainWindow::updateTitleAndRecent);
    buildInterface();
    restoreSettings();
    relanguage(); // the last session's language
    // Queued: the language box that asked for the switch is among the widgets replaced.
    connect(m_model, &ui::SceneModel::languageChanged, this, &MainWindow::relanguage,
            Qt::QueuedConnection);
    connect(m_model, &ui::SceneModel::sceneReset, this, &MainWindow::relanguage,
            Qt::QueuedConnection);
}

void MainWindow::relanguage() {
    // The interface is re-created in the new language; the scene (the model) and the document
    // stay, since the widgets keep no state of their own.
    if (m_model->language() == m_interfaceLanguage) return;
    m_interfaceLanguage = m_model->language();
    applyLanguage(m_interfaceLanguage);
    // The docks keep their places, sizes and visibility: a closed panel stays closed.
    const QByteArray layout = saveState();
    tearDownInterface();
    buildInterface();
    restoreState(layout);
    updateTitleAndRecent();
}

void applyLanguage(const QString& language) {
    // Our strings, and Qt's own (dialog buttons and the like); English needs neither.
    static QTranslator ours;
    static QTranslator qt;
    QCoreApplication::removeTranslator(&ours);
    QCoreApplication::removeTranslator(&qt);
    if (language == QLatin1String("en")) return;
    if (ours.load(QStringLiteral(":/i18n/actviz_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&ours);
    if (qt.load(QStringLiteral("qtbase_%1").arg(language),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
}

void MainWindow::tearDownInterface() {
    for (QDockWidget* d : findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        removeDockWidget(d);
        delete d;
    }
    for (QToolBar* t : findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly)) {
        removeToolBar(t);
        delete t;
    }
    menuBar()->clear();
    for (QAction* a : actions()) {
        removeAction(a);
        delete a;
    }
    delete takeCentralWidget();
    m_depth = nullptr;
    m_softmax = nullptr;
}

void MainWindow::buildInterface() {
    m_plot = new ui::PlotView(m_model);
    m_picker = new ui::FunctionPicker(m_model);
    m_curves = new ui::CurveList(m_model);
    m_parameters = new ui::ParameterPanel(m_model);
    m_formula = new ui::FormulaPanel(m_model);
    m_properties = new ui::PropertiesPanel(m_model);
    setWindowTitle(tr("actviz — activation functions"));
    // The curves, or the vanishing-gradient or softmax view (View menu, scene files); those
    // are made the first time they are shown, not at start-up.
    auto* central = new QStackedWidget(this);
    central->addWidget(m_plot);
    setCentralWidget(central);
    auto showView = [this, central] {
        if (m_model->softmax().shown) {
            if (m_softmax == nullptr) {
                m_softmax = new ui::SoftmaxView(m_model, true, central);
                central->addWidget(m_softmax);
            }
            central->setCurrentWidget(m_softmax);
            return;
        }
        if (m_model->depth().shown && m_depth == nullptr) {
            m_depth = new ui::DepthView(m_model, true, central);
            central->addWidget(m_depth);
        }
        central->setCurrentWidget(m_model->depth().shown ? static_cast<QWidget*>(m_depth) : m_plot);
    };
    connect(m_model, &ui::SceneModel::depthChanged, central, showView);
    connect(m_model, &ui::SceneModel::softmaxChanged, central, showView);
    connect(m_model, &ui::SceneModel::sceneReset, central, showView);
    showView();

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

    buildMenus();
    buildToolBar();
    statusBar()->showMessage(
        tr("Wheel: zoom · drag: pan · Home: reset the view · hover: exact values · click a curve: "
           "tangent · F5: presentation"));
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
    connect(m_model, &ui::SceneModel::themeChanged, bar, syncCombos);
    connect(m_model, &ui::SceneModel::sceneReset, bar, syncCombos);
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
    m_document->setRecentFiles(settings.value(QStringLiteral("recentFiles")).toStringList());
    ui::ExportOptions o;
    o.format = ui::imageFormatFromName(settings.value(QStringLiteral("export/format")).toString())
                   .value_or(o.format);
    o.width =
        std::clamp(settings.value(QStringLiteral("export/width"), o.width).toInt(), 16, 10000);
    o.height =
        std::clamp(settings.value(QStringLiteral("export/height"), o.height).toInt(), 16, 10000);
    o.scale =
        std::clamp(settings.value(QStringLiteral("export/scale"), o.scale).toDouble(), 1.0, 4.0);
    o.dpi = std::clamp(settings.value(QStringLiteral("export/dpi"), o.dpi).toInt(), 10, 2400);
    o.transparent = settings.value(QStringLiteral("export/transparent"), false).toBool();
    m_exportOptions = o;
    m_exportTheme = ui::themeFromName(settings.value(QStringLiteral("export/theme")).toString());
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("scene"), ui::sceneToJson(m_model->scene()));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("recentFiles"), m_document->recentFiles());
    settings.setValue(QStringLiteral("sceneFile"), m_document->path());
    settings.setValue(QStringLiteral("export/format"), ui::imageFormatName(m_exportOptions.format));
    settings.setValue(QStringLiteral("export/width"), m_exportOptions.width);
    settings.setValue(QStringLiteral("export/height"), m_exportOptions.height);
    settings.setValue(QStringLiteral("export/scale"), m_exportOptions.scale);
    settings.setValue(QStringLiteral("export/dpi"), m_exportOptions.dpi);
    settings.setValue(QStringLiteral("export/transparent"), m_exportOptions.transparent);
    if (m_exportTheme)
        settings.setValue(QStringLiteral("export/theme"), ui::themeName(*m_exportTheme));
}

std::optional<QString> MainWindow::openSceneFile(const QString& path) {
    return m_document->open(path);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this,
                    [this] { m_document->openInteractive(); });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("&Save"), QKeySequence::Save, this,
                    [this] { m_document->saveInteractive(); });
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, this,
                    [this] { m_document->saveAsInteractive(); });
    file->addSeparator();
    file->addAction(tr("&Export image…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                    &MainWindow::exportInteractive);
    file->addAction(tr("Export &data (CSV)…"), this, &MainWindow::exportDataInteractive);
    file->addAction(tr("Export a&nimation…"), this, &MainWindow::exportAnimationInteractive);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* present = view->addAction(tr("&Presentation mode"), QKeySequence(Qt::Key_F5), this,
                                       [this] { setPresentationMode(!m_presenting); });
    present->setShortcutContext(Qt::ApplicationShortcut);
    auto* leave = new QAction(this);
    leave->setShortcut(Qt::Key_Escape);
    connect(leave, &QAction::triggered, this, [this] { setPresentationMode(false); });
    addAction(leave);
    auto* panels = new QAction(tr("Show the parameters"), this);
    panels->setShortcut(Qt::Key_F6);
    connect(panels, &QAction::triggered, this, [this] {
        if (!m_presenting) return;
        for (QDockWidget* d : findChildren<QDockWidget*>())
            if (d->objectName() == QLatin1String("parameters")) d->setVisible(!d->isVisible());
    });
    addAction(panels);
    view->addAction(panels);
    QAction* depth = view->addAction(tr("&Vanishing gradients (depth)"), this, [this](bool on) {
        ui::DepthSettings d = m_model->depth();
        d.shown = on;
        m_model->setDepth(d);
    });
    depth->setCheckable(true);
    depth->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction* softmax = view->addAction(tr("&Softmax of several logits"), this, [this](bool on) {
        ui::SoftmaxSettings s = m_model->softmax();
        s.shown = on;
        m_model->setSoftmax(s);
    });
    softmax->setCheckable(true);
    softmax->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    auto syncSoftmax = [this, softmax] { softmax->setChecked(m_model->softmax().shown); };
    connect(m_model, &ui::SceneModel::softmaxChanged, softmax, syncSoftmax);
    connect(m_model, &ui::SceneModel::sceneReset, softmax, syncSoftmax);
    syncSoftmax();
    auto syncDepth = [this, depth] { depth->setChecked(m_model->depth().shown); };
    connect(m_model, &ui::SceneModel::depthChanged, depth, syncDepth);
    connect(m_model, &ui::SceneModel::sceneReset, depth, syncDepth);
    syncDepth();
    view->addSeparator();
    view->addAction(tr("Remove all &tangents"), m_model, &ui::SceneModel::clearTangents)
        ->setToolTip(tr("Click a curve to pin a tangent, drag its point along the curve, "
                        "right-click it to remove"));
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // Ctrl+C copies the plot while the plot has the focus; text fields keep their own copy.
    QAction* copy = edit->addAction(tr("&Copy plot"), this, &MainWindow::copyToClipboard);
    auto* plotCopy = new QAction(this);
    plotCopy->setShortcut(QKeySequence::Copy);
    plotCopy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(plotCopy, &QAction::triggered, this, &MainWindow::copyToClipboard);
    m_plot->addAction(plotCopy);
    copy->setToolTip(tr("The plot as image and SVG (Ctrl+C on the plot)"));
    updateTitleAndRecent();
}

void MainWindow::updateTitleAndRecent() {
    const QString name =
        m_document->path().isEmpty() ? tr("untitled") : QFileInfo(m_document->path()).fileName();
    setWindowTitle(tr("%1[*] — actviz").arg(name));
    setWindowModified(m_document->isModified());
    m_recentMenu->clear();
    for (const QString& path : m_document->recentFiles())
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path] { m_document->openInteractive(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!m_document->recentFiles().isEmpty());
}

std::optional<QString> MainWindow::exportTo(const QString& path, const ui::ExportOptions& options,
                                            std::optional<ui::Theme> theme) {
    ui::SceneModel scene;
    ui::Scene s = m_model->scene();
    if (theme) ui::retheme(s, *theme);
    scene.setScene(s);
    if (auto why = ui::exportPlot(scene, path, options)) return why;
    m_exportOptions = options;
    m_exportTheme = theme;
    m_exported = true;
    return std::nullopt;
}

std::optional<QString> MainWindow::exportDataTo(const QString& path) {
    return ui::writeFileAtomically(path, ui::tableCsv(*m_model, 1001));
}

void MainWindow::copyToClipboard() {
    ui::ExportOptions o = m_exportOptions;
    if (!m_exported) {
        o.width = std::max(m_plot->width(), 16);
        o.height = std::max(m_plot->height(), 16);
        o.scale = 1.0;
    }
    ui::SceneModel scene;
    ui::Scene s = m_model->scene();
    if (m_exportTheme) ui::retheme(s, *m_exportTheme);
    scene.setScene(s);
    o.format = ui::ImageFormat::Png;
    const auto png = ui::renderPlot(scene, o);
    o.format = ui::ImageFormat::Svg;
    const auto svg = ui::renderPlot(scene, o);
    if (!png || !svg) {
        statusBar()->showMessage(tr("Could not render the plot for the clipboard."), 5000);
        return;
    }
    auto* mime = new QMimeData;
    mime->setImageData(QImage::fromData(*png));
    mime->setData(QStringLiteral("image/png"), *png);
    mime->setData(QStringLiteral("image/svg+xml"), *svg);
    QApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied the plot (image and SVG)."), 4000);
}

void MainWindow::exportInteractive() {
    ui::ExportDialog dialog(*m_model, m_exportOptions, m_exportTheme.value_or(m_model->theme()),
                            this);
    if (dialog.exec() != QDialog::Accepted) return;
    const ui::ExportOptions o = dialog.options();
    const QString ext = ui::imageFormatName(o.format);
    const QString base = m_document->path().isEmpty()
                             ? tr("plot")
                             : QFileInfo(m_document->path()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export the plot"), base + "." + ext,
                                                tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += "." + ext;
    if (auto why = exportTo(path, o, dialog.theme()))
        QMessageBox::warning(this, tr("Export failed"), *why);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
    saveSettings();
}

std::optional<QString> MainWindow::exportAnimationTo(const QString& path, const ui::Sweep& sweep,
                                                     const std::function<bool(int)>& progress) {
    ui::Scene s = m_model->scene();
    if (m_exportTheme) ui::retheme(s, *m_exportTheme);
    QString error;
    const auto frames = ui::renderSweep(s, sweep, m_exportOptions, &error, progress);
    if (!frames) return error.isEmpty() ? std::nullopt : std::optional<QString>(error);
    return ui::writeSweep(*frames, path);
}

void MainWindow::exportAnimationInteractive() {
    const int curve = m_model->selected();
    if (curve < 0 || m_model->curve(curve).function->params.empty()) {
        QMessageBox::information(this, tr("Export an animation"),
                                 tr("Select a curve with a parameter first: the animation steps "
                                    "one of its parameters."));
        return;
    }
    ui::SweepDialog dialog(*m_model, curve, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const auto sweep = dialog.sweep();
    if (!sweep) return;
    const QString ext = dialog.suffix();
    QString path = QFileDialog::getSaveFileName(this, tr("Export an animation"),
                                                ui::qs(m_model->curve(curve).function->id) +
                                                    QStringLiteral("-animation.") + ext,
                                                tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().toLower() != ext) path += "." + ext;
    QProgressDialog progress(tr("Drawing the frames…"), tr("Cancel"), 0, sweep->frames, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto why = exportAnimationTo(path, *sweep, [&](int k) {
        progress.setValue(k);
        return !progress.wasCanceled();
    });
    progress.setValue(sweep->frames);
    if (why)
        QMessageBox::warning(this, tr("Export failed"), *why);
    else if (!progress.wasCanceled())
        statusBar()->showMessage(tr("Exported %1 frames to %2").arg(sweep->frames).arg(path), 5000);
}

void MainWindow::exportDataInteractive() {
    QString path = QFileDialog::getSaveFileName(this, tr("Export the curves as CSV"),
                                                tr("curves.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    if (auto why = exportDataTo(path)) QMessageBox::warning(this, tr("Export failed"), *why);
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

void MainWindow::setPresentationMode(bool on) {
    if (on == m_presenting) return;
    m_presenting = on;
    if (on) {
        m_stateBeforePresenting = saveState();
        m_themeBeforePresenting = m_model->theme();
        for (QDockWidget* d : findChildren<QDockWidget*>())
            d->hide();
        for (QToolBar* t : findChildren<QToolBar*>())
            t->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_model->setTheme(ui::Theme::Presentation);
        showFullScreen();
        m_plot->setFocus();
    } else {
        m_model->setTheme(m_themeBeforePresenting);
        menuBar()->show();
        statusBar()->show();
        for (QToolBar* t : findChildren<QToolBar*>())
            t->show();
        restoreState(m_stateBeforePresenting);
        showNormal();
    }
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
