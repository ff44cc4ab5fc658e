// SPDX-License-Identifier: GPL-3.0-or-later
#include "library_versions.h"

#include <gif_lib.h>
#include <png.h>
#include <qcustomplot.h>
#include <zlib.h>

namespace actviz::ui {

std::vector<LibraryVersion> libraryVersions() {
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("QCustomPlot"), QStringLiteral(QCUSTOMPLOT_VERSION_STR)},
        {QStringLiteral("libpng"), QString::fromLatin1(png_get_libpng_ver(nullptr))},
        {QStringLiteral("zlib"), QString::fromLatin1(zlibVersion())},
        {QStringLiteral("giflib"),
         QStringLiteral("%1.%2.%3").arg(GIFLIB_MAJOR).arg(GIFLIB_MINOR).arg(GIFLIB_RELEASE)},
    };
}

} // namespace actviz::ui
