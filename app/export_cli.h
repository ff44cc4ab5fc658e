// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `actviz export`, `actviz table` and `actviz code`: render a scene to a file without a display.

#include <QStringList>

#include <iosfwd>

namespace actviz::app {

enum class ExportKind; // export_request.h

/// Runs `export` (image), `table` (CSV) or `code` (a program) with `args` (the words after the
/// subcommand); a QApplication must exist. Returns the exit status: 0, 2 for bad options or
/// input, 1 when the file cannot be written. Messages are one line on `err`.
int runExport(const QStringList& args, ExportKind kind, std::ostream& out, std::ostream& err);

} // namespace actviz::app
