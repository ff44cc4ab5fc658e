// actviz: the window, or a command-line subcommand when one is named.

#include "cli/cli.h"
#include "main_window.h"

#include <QApplication>

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    // `actviz` opens the window, `actviz SCENE.json` opens it on a scene file; anything else is
    // a subcommand.
    const bool sceneArgument =
        args.size() == 1 && !actviz::cli::isCommand(args[0]) && !args[0].starts_with('-');
    if (!args.empty() && !sceneArgument) {
        std::ios::sync_with_stdio(false);
        return actviz::cli::run(args, std::cin, std::cout, std::cerr);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("actviz"));
    QApplication::setApplicationName(QStringLiteral("actviz"));
    QApplication::setApplicationVersion(QStringLiteral(ACTVIZ_VERSION));
    actviz::app::MainWindow window;
    if (sceneArgument) {
        if (const auto error = window.openSceneFile(QString::fromLocal8Bit(argv[1]))) {
            std::cerr << "actviz: " << error->toStdString() << '\n';
            return actviz::cli::kUsageError;
        }
    }
    window.show();
    return QApplication::exec();
}
