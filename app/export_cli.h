// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `actviz export` and `actviz table`: render a scene to a file without a display.

#include <QStringList>

#include <iosfwd>

namespace actviz::app {

/// Runs `export` (image) or `table` (CSV) with `args` (the words after the subcommand); a
/// QApplication must exist. Returns the exit status: 0, 2 for bad options or input, 1 when the
/// file cannot be written. Messages are one line on `err`.
int runExport(const QStringList& args, bool table, std::ostream& out, std::ostream& err);

} // namespace actviz::app
