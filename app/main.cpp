// actviz: the window, or a command-line subcommand when one is named.

#include "cli/cli.h"
#include "main_window.h"

#include <QApplication>

#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    if (!args.empty()) {
        std::ios::sync_with_stdio(false);
        return actviz::cli::run(args, std::cin, std::cout, std::cerr);
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("actviz"));
    QApplication::setApplicationName(QStringLiteral("actviz"));
    QApplication::setApplicationVersion(QStringLiteral(ACTVIZ_VERSION));
    actviz::app::MainWindow window;
    window.show();
    return QApplication::exec();
}
