// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the real window offscreen to a PNG: the README screenshot and visual checks.
//   actviz_snapshot -o out.png [--scene FILE] [--size WxH] [--select N] [--tab formula|properties]
//                   [--hover X] [--present] [--lens float32|float16|bfloat16[:derivative]]
// --lens renders the precision lens (View menu) for the selected curve instead of the window.

#include "formula_dialog.h"
#include "main_window.h"
#include "plot_view.h"
#include "precision_view.h"
#include "scene_model.h"
#include "slide_deck.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settings; // never the user's settings
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QApplication::setOrganizationName(QStringLiteral("actviz-snapshot"));

    QString out, scene, tab, lens, typed;
    bool typedGiven = false;
    QSize size(1920, 1080);
    int select = -1;
    int slide = 0;
    double hover = NAN;
    bool present = false;
    const QStringList args = QApplication::arguments();
    for (int i = 1; i < args.size(); i += 2) {
        const QString& key = args[i];
        if (key == "--present") {
            present = true;
            --i;
            continue;
        }
        if (i + 1 >= args.size()) {
            std::fprintf(stderr, "actviz_snapshot: %s needs a value\n", qPrintable(key));
            return 2;
        }
        const QString& value = args[i + 1];
        if (key == "-o")
            out = value;
        else if (key == "--scene")
            scene = value;
        else if (key == "--lens")
            lens = value;
        else if (key == "--tab")
            tab = value;
        else if (key == "--select")
            select = value.toInt();
        else if (key == "--slide")
            slide = value.toInt();
        else if (key == "--hover")
            hover = value.toDouble();
        else if (key == "--formula-dialog") {
            typed = value;
            typedGiven = true;
        } else if (key == "--size")
            size = QSize(value.section('x', 0, 0).toInt(), value.section('x', 1, 1).toInt());
        else {
            std::fprintf(stderr, "actviz_snapshot: unknown option %s\n", qPrintable(key));
            return 2;
        }
    }
    if (out.isEmpty()) {
        std::fprintf(stderr,
                     "usage: actviz_snapshot -o out.png [--scene FILE] [--size WxH] [--select N] "
                     "[--tab formula|properties|slides] [--slide N] [--hover X] "
                     "[--formula-dialog TEXT]\n");
        return 2;
    }
    actviz::app::MainWindow window;
    if (!scene.isEmpty()) {
        if (const auto error = window.openSceneFile(scene)) {
            std::fprintf(stderr, "actviz_snapshot: %s\n", qPrintable(*error));
            return 2;
        }
    }
    window.resize(size);
    window.show();
    window.deck()->goTo(slide);
    if (select >= 0) window.model()->setSelected(select);
    if (present) {
        window.setPresentationMode(true);
        window.setWindowState(Qt::WindowNoState); // the offscreen screen is smaller than --size
        window.resize(size);
    }
    if (!tab.isEmpty())
        for (QDockWidget* d : window.findChildren<QDockWidget*>())
            if (d->objectName() == tab) d->raise();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    window.plotView()->replotNow(); // lays the axes out, so the readout lands beside its point
    if (!std::isnan(hover)) window.plotView()->showReadoutAt(hover);
    QApplication::processEvents();
    if (typedGiven) {
        // Functions → New from formula… with `typed` in its field, once it has been checked.
        actviz::ui::FormulaDialog dialog(&window);
        dialog.formulaField()->setText(typed);
        dialog.show();
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 600)
            QApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!dialog.grab().save(out)) {
            std::fprintf(stderr, "actviz_snapshot: cannot write %s\n", qPrintable(out));
            return 1;
        }
        return 0;
    }
    if (!lens.isEmpty()) {
        actviz::ui::PrecisionView view(window.model());
        view.formatBox()->setCurrentText(lens.section(':', 0, 0));
        view.derivativeBox()->setChecked(lens.section(':', 1, 1) == "derivative");
        view.resize(size);
        view.show();
        QApplication::processEvents();
        if (!view.grab().save(out)) {
            std::fprintf(stderr, "actviz_snapshot: cannot write %s\n", qPrintable(out));
            return 1;
        }
        return 0;
    }
    if (!window.grab().save(out)) {
        std::fprintf(stderr, "actviz_snapshot: cannot write %s\n", qPrintable(out));
        return 1;
    }
    return 0;
}
