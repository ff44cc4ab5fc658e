// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The libraries the program is built on, with their versions (Help → About).

#include <QString>

#include <vector>

namespace actviz::ui {

struct LibraryVersion {
    QString name;
    QString version;
};

/// Qt as running, and the versions of QCustomPlot, libpng, zlib and giflib the program uses.
std::vector<LibraryVersion> libraryVersions();

} // namespace actviz::ui
