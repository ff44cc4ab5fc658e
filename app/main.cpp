// SPDX-License-Identifier: GPL-3.0-or-later
// actviz: the window, or a command-line subcommand when one is named.

#include "actviz/version.h"
#include "app_style.h"
#include "cli/cli.h"
#include "export_cli.h"
#include "export_request.h"
#include "first_frame_probe.h"
#include "main_window.h"
#include "plot_view.h"
#include "precision_cli.h"

#include <QApplication>
#include <QFileInfo>
#include <QWidget>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace {

bool looksLikeAFile(std::string_view word) {
    const QString path = QString::fromLocal8Bit(word.data(), static_cast<qsizetype>(word.size()));
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
           path.contains(QLatin1Char('/')) || QFileInfo::exists(path);
}

/// Qt's messages while the window's QApplication connects to the display, held back: when the
/// display cannot be opened (a stale DISPLAY over SSH) Qt aborts after a page of plugin messages,
/// and this says so in one line and exits with status 1 instead.
class StartupMessages {
public:
    StartupMessages()
        : m_previous(qInstallMessageHandler(&StartupMessages::hold)) {}
    StartupMessages(const StartupMessages&) = delete;
    StartupMessages& operator=(const StartupMessages&) = delete;
    /// Connected: Qt's own handler again, and what was held goes to it.
    ~StartupMessages() {
        qInstallMessageHandler(m_previous);
        for (const auto& [type, message] : held())
            qt_message_output(type, QMessageLogContext(), message);
        held().clear();
    }

private:
    static std::vector<std::pair<QtMsgType, QString>>& held() {
        static std::vector<std::pair<QtMsgType, QString>> messages;
        return messages;
    }
    static void hold(QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type != QtFatalMsg) {
            held().emplace_back(type, message);
            return;
        }
        // The platform plugin's reason ("could not connect to display :97") if it gave one, else
        // the first line of Qt's.
        QString reason = message.section(QLatin1Char('\n'), 0, 0);
        for (const auto& [t, m] : held())
            if (m.contains(QLatin1String("display"), Qt::CaseInsensitive)) {
                reason = m;
                break;
            }
        std::cerr << "actviz: the window cannot start: " << reason.toStdString()
                  << " ('actviz export' and 'actviz table' need no display)\n";
        std::_Exit(1);
    }

    QtMessageHandler m_previous;
};

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    // `actviz help export` is `actviz export --help` (likewise table, code and precision).
    if (args.size() >= 2 && args[0] == "help" &&
        (args[1] == "export" || args[1] == "table" || args[1] == "code" ||
         args[1] == "precision")) {
        if (args.size() > 2) {
            std::cerr << "actviz help: unexpected argument '" << actviz::cli::oneLine(args[2])
                      << "' (one command only)\n";
            return actviz::cli::kUsageError;
        }
        args = {args[1], "--help"};
    }
    if (!args.empty() && args[0] == "precision") {
        std::ios::sync_with_stdio(false);
        const int status = actviz::app::runPrecision(
            std::span<const std::string_view>(args).subspan(1), std::cout, std::cerr);
        std::cout.flush();
        return status;
    }
    // Exports render with Qt but need no display: offscreen unless the caller chose a platform.
    if (!args.empty() && (args[0] == "export" || args[0] == "table" || args[0] == "code")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        // Errors are one line of ours on stderr: Qt's own chatter (runtime directory and the like)
        // stays out of it.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& msg) {
            if (type == QtFatalMsg) std::cerr << msg.toStdString() << '\n';
        });
        QApplication app(argc, argv);
        QStringList rest;
        for (std::size_t i = 1; i < args.size(); ++i)
            rest << QString::fromLocal8Bit(args[i].data(), static_cast<qsizetype>(args[i].size()));
        using actviz::app::ExportKind;
        const ExportKind kind = args[0] == "table"  ? ExportKind::Table
                                : args[0] == "code" ? ExportKind::Code
                                                    : ExportKind::Image;
        return actviz::app::runExport(rest, kind, std::cout, std::cerr);
    }
    // `actviz` opens the window, `actviz FILE.json` opens it on a scene or deck file (a word that
    // names a file, or looks like one), `actviz --present [FILE.json]` in presentation mode;
    // anything else is a subcommand, and a mistyped one is told so.
    std::vector<std::string_view> windowArgs = args;
    const auto presentAt = std::find(windowArgs.begin(), windowArgs.end(), "--present");
    const bool present = presentAt != windowArgs.end() && !actviz::cli::isCommand(args[0]);
    if (present) windowArgs.erase(presentAt);
    const bool sceneArgument = windowArgs.size() == 1 && !actviz::cli::isCommand(windowArgs[0]) &&
                               !windowArgs[0].starts_with('-') && looksLikeAFile(windowArgs[0]);
    if (present && !windowArgs.empty() && !sceneArgument) {
        std::cerr << "actviz --present: expected one scene or deck file, got ";
        if (windowArgs.size() == 1)
            std::cerr << "'" << actviz::cli::oneLine(windowArgs[0]) << "'";
        else
            std::cerr << windowArgs.size() << " arguments";
        std::cerr << " (try 'actviz --help')\n";
        return actviz::cli::kUsageError;
    }
    if (!present && !args.empty() && !sceneArgument) {
        std::ios::sync_with_stdio(false);
        return actviz::cli::run(args, std::cin, std::cout, std::cerr);
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without a display Qt would abort after a page of plugin messages: one line instead.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        std::cerr << "actviz: no display for the window (DISPLAY and WAYLAND_DISPLAY are not set); "
                     "'actviz export' and 'actviz table' need none\n";
        return 1;
    }
#endif
    std::optional<StartupMessages> startup(std::in_place);
    QApplication app(argc, argv);
    startup.reset();
    QApplication::setStyle(new actviz::app::AppStyle);
    QApplication::setOrganizationName(QStringLiteral("actviz"));
    QApplication::setApplicationName(QStringLiteral("actviz"));
    QApplication::setApplicationVersion(QString::fromLatin1(actviz::kVersion));
    // The desktop entry (the window sets the icon installed with it after its first frame).
    QApplication::setDesktopFileName(QStringLiteral("io.github.actviz.Actviz"));
    // Measurement hook for tests/bench/startup.sh: quit as soon as the first frame is painted.
    const QByteArray probe = qgetenv("ACTVIZ_STARTUP_PROBE");
    actviz::app::MainWindow window;
    if (probe == "window") actviz::app::FirstFrameProbe::quitAfterFirstFrame(window.plotView());
    // A scene file that cannot be opened: the window opens anyway and says why.
    if (sceneArgument)
        if (const auto error = window.openFromCommandLine(QString::fromLocal8Bit(
                windowArgs[0].data(), static_cast<qsizetype>(windowArgs[0].size()))))
            std::cerr << "actviz: " << error->toStdString() << '\n';
    window.show();
    if (present) window.setPresentationMode(true);
    return QApplication::exec();
}
