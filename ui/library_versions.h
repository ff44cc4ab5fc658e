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

/// Qt, libpng and zlib as running (their libraries report it), QCustomPlot and giflib as built
/// against (they have no run-time version call; the package pins the same versions).
std::vector<LibraryVersion> libraryVersions();

} // namespace actviz::ui
